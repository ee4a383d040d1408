/**
 * @fileoverview value-unparseable — a 指标值 that reads neither as a quantitative
 * target (`≥130次`) nor as a qualitative phrase (`提升`): `≤12.05月|日`, `≥`, `——`.
 */
import { isCellError } from "../grid/grid";
import type { RuleModule } from "./rule";
import { findPlaceholder } from "./utils/structure-placeholder";
import { eachValue } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

const rule: RuleModule = {
  meta: {
    id: "value-unparseable",
    severity: "warning",
    docs: {
      description: {
        zh: "指标值既不是定量值（比较符+数值+单位），也不是定性短语",
        en: "A value that is neither quantitative (comparator, number, unit) nor a qualitative phrase",
      },
      bad: "≤12.05月|日",
      good: "≤12月5日",
    },
    messages: {
      unparseable: {
        zh: "“{{name}}”的{{where}}“{{text}}”无法识别，请写成定量值（如 ≥130次、100%、≤12月5日）或定性短语（如 提升）",
        en: '{{whereEn}} "{{text}}" of "{{name}}" cannot be read; write a quantitative target (≥130次, 100%, ≤12月5日) or a qualitative phrase (提升)',
      },
      cellError: {
        zh: "“{{name}}”的{{where}}单元格显示错误“{{text}}”，请检查公式或改为直接填写",
        en: '{{whereEn}} of "{{name}}" shows the error "{{text}}"; check the formula or type the value',
      },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      // Template placeholders (`≥XX%`) are placeholder-unfilled's finding.
      if (value.parsed.kind !== "unparseable" || findPlaceholder(value.field.text)) continue;
      const messageId = isCellError(value.field.raw) ? "cellError" : "unparseable";
      context.report({
        at: value.field,
        messageId,
        data: { ...whereData(value.role), name: shownName(facts.name), text: value.field.text },
      });
    }
  },
};

export default rule;
