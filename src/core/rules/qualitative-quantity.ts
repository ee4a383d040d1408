/**
 * @fileoverview qualitative-quantity — a 数量指标 whose value is a qualitative
 * phrase (`提升`, `年度计划数`): a quantity must say how many.
 */
import type { RuleModule } from "./rule";
import { eachValue, quantityInWords } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

const rule: RuleModule = {
  meta: {
    id: "qualitative-quantity",
    severity: "warning",
    // `XX个` left from the template: the placeholder is the finding, not the wording.
    yieldsTo: ["placeholder-unfilled"],
    docs: {
      description: {
        zh: "数量指标的指标值是定性表述，应写成数值加单位",
        en: "A 数量指标 (quantity) holds a qualitative phrase instead of a number with a unit",
      },
      bad: "巡查巡查次数（数量指标）  年度计划数",
      good: "巡查巡查次数（数量指标）  ≥4次",
    },
    messages: {
      qualitative: {
        zh: "“{{name}}”是数量指标，{{where}}“{{text}}”是定性表述，应写成数值加单位（如 ≥4次）",
        en: '"{{name}}" is a quantity: {{whereEn}} "{{text}}" is qualitative; state a number with a unit (≥4次)',
      },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      if (!quantityInWords(facts, value)) continue;
      context.report({
        at: value.field,
        messageId: "qualitative",
        data: { ...whereData(value.role), name: shownName(facts.name), text: value.field.text },
      });
    }
  },
};

export default rule;
