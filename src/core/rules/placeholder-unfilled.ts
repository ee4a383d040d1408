/**
 * @fileoverview placeholder-unfilled — template placeholders (`XX`, `**`, `××`,
 * `X月X日`, `__`) left in a name, description, value, basis or goal.
 */
import type { Field } from "../model/table";
import type { RuleModule } from "./rule";
import { findPlaceholder } from "./utils/structure-placeholder";

const rule: RuleModule = {
  meta: {
    id: "placeholder-unfilled",
    severity: "error",
    docs: {
      description: {
        zh: "模板占位符未替换：XX、**、××、X月X日、__",
        en: "Template placeholders left unfilled: XX, **, ××, X月X日, __",
      },
      bad: "≥XX%",
      good: "≥95%",
    },
    messages: {
      placeholder: {
        zh: "“{{placeholder}}”是模板占位符：请替换为实际内容",
        en: "“{{placeholder}}” is a template placeholder: replace it with the real content",
      },
    },
  },
  check(context) {
    const { table } = context;
    const fields: (Field | undefined)[] = [table.name, table.goal];
    for (const i of table.indicators)
      fields.push(i.name, i.description, i.value, ...(i.regionValues ?? []), i.periodValue, i.annualValue, i.basis);
    for (const field of fields) {
      const placeholder = field && findPlaceholder(field.text ?? "");
      if (field && placeholder) context.report({ at: field, messageId: "placeholder", data: { placeholder } });
    }
  },
};

export default rule;
