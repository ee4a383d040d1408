/**
 * @fileoverview placeholder-unfilled — template placeholders (`XX`, `**`, `××`,
 * `X月X日`, `__`) left in a name, description, value, basis or goal.
 */
import type { Field, Indicator } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { findPlaceholder, placeholderHint } from "./utils/structure-placeholder";

/** The row's target as written: filled, and no placeholder of its own. */
function targetFilled(indicator: Indicator): boolean {
  const targets = [indicator.value, indicator.periodValue, indicator.annualValue].filter((f) => f && f.text.trim());
  return targets.length > 0 && targets.every((f) => !findPlaceholder(f!.text));
}

/**
 * `农村低保发放人数(≥**人) | ≥21933人`: the template's hint left in the name beside a filled target (nineteenth
 * session's review: 11 errors on 山西 and 宁夏 tables). Tidying the name is a suggestion; nothing is missing. Whether
 * the hint was reported or left to the target's finding, the name's placeholder is no error of its own.
 */
function hintInName(context: RuleContext, indicator: Indicator): boolean {
  const name = indicator.name;
  const hint = name && placeholderHint(name.text);
  // `XX项目资金拨付率(≥**%)`: a placeholder outside the hint is unfilled all the same.
  if (!name || !hint || findPlaceholder(name.text.replace(hint, ""))) return false;
  // Beside a blank or unfilled target, the target's own finding (value-missing, or its placeholder) asks for it.
  if (!targetFilled(indicator)) return true;
  const data = { hint };
  const tidied = name.text.replace(hint, "").trim();
  const suggestions = tidied ? [{ text: tidied, messageId: "dropHint", data }] : [];
  context.report({ at: name, messageId: "hint", data, severity: "info", suggestions });
  return true;
}

const rule: RuleModule = {
  meta: {
    id: "placeholder-unfilled",
    severity: "error",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "模板占位符未替换：XX、**、××、X月X日、__",
        en: "Template placeholders left unfilled: XX, **, ××, X月X日, __",
      },
      bad: "≥XX%",
      good: "≥95%",
    },
    messages: {
      hint: {
        zh: "名称中的“{{hint}}”是模板的填写提示，指标值已填写：可删去",
        en: "“{{hint}}” in the name is the template's hint, and the target is filled: it can go",
      },
      dropHint: { zh: "删去“{{hint}}”", en: "Remove “{{hint}}”" },
      placeholder: {
        zh: "“{{placeholder}}”是模板占位符：请替换为实际内容",
        en: "“{{placeholder}}” is a template placeholder: replace it with the real content",
      },
    },
  },
  check(context) {
    const { table } = context;
    const fields: (Field | undefined)[] = [table.name, table.goal];
    for (const i of table.indicators) {
      if (!hintInName(context, i)) fields.push(i.name);
      fields.push(i.description, i.value, ...(i.regionValues ?? []), i.periodValue, i.annualValue, i.basis);
    }
    for (const field of fields) {
      const placeholder = field && findPlaceholder(field.text ?? "");
      if (field && placeholder) context.report({ at: field, messageId: "placeholder", data: { placeholder } });
    }
  },
};

export default rule;
