/**
 * @fileoverview qualitative-quantity — a 数量指标 whose value is a qualitative
 * phrase (`提升`, `年度计划数`): a quantity must say how many. So must an economic cost (`符合相关规定`,
 * `控制在预算内`): it is stated in money.
 */
import type { RuleModule } from "./rule";
import { costInWords, eachValue, quantityInWords, type IndicatorFacts } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";
import { WHOLE_WORDS } from "../schema/comparator-words";

/** The cost as the table names it: an old scheme's 成本指标 (under 产出) or one with no 二级 is no 经济成本指标 there. */
function costKind(facts: IndicatorFacts): { costKind: string; costKindEn: string } {
  return facts.level2 === "经济成本指标"
    ? { costKind: "经济成本指标", costKindEn: "an economic cost" }
    : { costKind: "成本指标", costKindEn: "a cost" };
}

const rule: RuleModule = {
  meta: {
    id: "qualitative-quantity",
    severity: "warning",
    hasSuggestions: true,
    // `XX个` left from the template: the placeholder is the finding, not the wording.
    yieldsTo: ["placeholder-unfilled"],
    docs: {
      description: {
        zh: "数量指标或经济成本指标的指标值是定性表述，应写成数值加单位",
        en: "A 数量指标 (quantity) or an economic cost holds a qualitative phrase instead of a number with a unit",
      },
      bad: "巡查巡查次数（数量指标）  年度计划数",
      good: "巡查巡查次数（数量指标）  ≥4次",
    },
    messages: {
      qualitative: {
        zh: "“{{name}}”是数量指标，{{where}}“{{text}}”是定性表述，应写成数值加单位（如 ≥4次）",
        en: '"{{name}}" is a quantity: {{whereEn}} "{{text}}" is qualitative; state a number with a unit (≥4次)',
      },
      // A share (覆盖率, 完成率) is stated in percent: a count's example would mislead (seventeenth session).
      qualitativeShare: {
        zh: "“{{name}}”是数量指标，{{where}}“{{text}}”是定性表述，应写成百分比（如 ≥95%）",
        en: '"{{name}}" is a quantity: {{whereEn}} "{{text}}" is qualitative; state it in percent (≥95%)',
      },
      // Nineteenth session's review: `单项业务成本 | 符合相关规定`, a cost rate `不超预算` had no finding.
      qualitativeCost: {
        zh: "“{{name}}”是{{costKind}}，{{where}}“{{text}}”是定性表述，应写成金额（如 ≤50万元）",
        en: '"{{name}}" is {{costKindEn}}: {{whereEn}} "{{text}}" is qualitative; state an amount (≤50万元)',
      },
      qualitativeCostShare: {
        zh: "“{{name}}”是{{costKind}}，{{where}}“{{text}}”是定性表述，应写成百分比（如 ≤100%）",
        en: '"{{name}}" is {{costKindEn}}: {{whereEn}} "{{text}}" is qualitative; state it in percent (≤100%)',
      },
      useWhole: { zh: "改为 100%", en: "Change to 100%" },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      if (costInWords(facts, value)) {
        const data = {
          ...whereData(value.role),
          name: shownName(facts.name),
          text: value.field.text,
          ...costKind(facts),
        };
        const messageId = facts.kind === "share" ? "qualitativeCostShare" : "qualitativeCost";
        context.report({ at: value.field, messageId, data });
        continue;
      }
      if (!quantityInWords(facts, value)) continue;
      const share = facts.kind === "share";
      // `全覆盖` on a 覆盖率 is 100%: offered, not written, since the officer may mean another share.
      const whole = share && WHOLE_WORDS.test(value.field.text.trim());
      context.report({
        at: value.field,
        messageId: share ? "qualitativeShare" : "qualitative",
        data: { ...whereData(value.role), name: shownName(facts.name), text: value.field.text },
        suggestions: whole ? [{ text: "100%", messageId: "useWhole" }] : undefined,
      });
    }
  },
};

export default rule;
