/**
 * @fileoverview operator-direction — a money cost with a floor (`≥4.5万元/辆`):
 * a cost needs a ceiling; a satisfaction with a ceiling (`≤90%`): it needs a floor.
 */
import { OVERSPEND } from "../schema/name-words";
import { FLOOR_NAME } from "../schema/name-words";
import { isSavingName } from "../value/name-kind";
import type { QuantitativeValue } from "../value/types";
import type { RuleContext, RuleModule } from "./rule";
import { comparatorCell, tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { isLowerBound, isUpperBound, mirrorComparator, shownName, whereData } from "./utils/value-text";

function costWithFloor(facts: IndicatorFacts, q: QuantitativeValue): boolean {
  // `最低工资标准 ≥2100元/月`, `地方配套资金 ≥50万元`: the name asks for a floor.
  if (!facts.cost || !isLowerBound(q.comparator) || FLOOR_NAME.test(facts.name)) return false;
  // A saving (`资金节约额 ≥10万元`, `节约率 ≥5%`): more is better.
  if (q.dimension === "money" || q.dimension === "moneyPerUnit") return !isSavingName(facts.name);
  return q.dimension === "percent" && OVERSPEND.test(facts.name) && !isSavingName(facts.name);
}

function satisfactionWithCeiling(facts: IndicatorFacts, q: QuantitativeValue): boolean {
  return facts.satisfaction && isUpperBound(q.comparator);
}

function check(context: RuleContext, facts: IndicatorFacts, value: ValueFact): void {
  const q = value.parsed;
  if (q.kind !== "quantitative") return;
  const messageId = costWithFloor(facts, q) ? "cost" : satisfactionWithCeiling(facts, q) ? "satisfaction" : undefined;
  if (!messageId) return;
  const at = comparatorCell(facts, value);
  const fixed = mirrorComparator(at.text, q.comparatorText);
  const data = {
    ...whereData(value.role),
    name: shownName(facts.name),
    text: value.field.text,
    sign: q.comparatorText ?? "",
    fixed: fixed ?? "",
  };
  const suggestions = fixed ? [{ text: fixed, messageId: "flip", data }] : [];
  context.report({ at, messageId, data, suggestions });
}

const rule: RuleModule = {
  meta: {
    id: "operator-direction",
    severity: "error",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "比较符方向错误：金额类成本指标用了 ≥，或满意度用了 ≤",
        en: "The comparator points the wrong way: a money cost with ≥, or a satisfaction with ≤",
      },
      bad: "购置补贴标准（成本指标）  ≥4.5万元/辆",
      good: "购置补贴标准（成本指标）  ≤4.5万元/辆",
    },
    messages: {
      cost: {
        zh: "“{{name}}”是成本指标，{{where}}“{{text}}”应设上限（≤），不能用“{{sign}}”",
        en: '"{{name}}" is a cost: {{whereEn}} "{{text}}" needs a ceiling (≤), not "{{sign}}"',
      },
      satisfaction: {
        zh: "“{{name}}”是满意度，{{where}}“{{text}}”应设下限（≥），不能用“{{sign}}”",
        en: '"{{name}}" is a satisfaction: {{whereEn}} "{{text}}" needs a floor (≥), not "{{sign}}"',
      },
      flip: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) for (const value of facts.values) check(context, facts, value);
  },
};

export default rule;
