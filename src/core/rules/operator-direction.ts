/**
 * @fileoverview operator-direction — a money cost with a floor (`≥4.5万元/辆`):
 * a cost needs a ceiling; a satisfaction with a ceiling (`≤90%`): it needs a floor.
 * Also a row whose 指标方向 column points against its value's comparator (`正向` beside `≤85%`): a warning, for
 * either of the two may be the wrong one.
 */
import { comparatorOf, isLowerBound, isUpperBound } from "../value/comparator";
import { DOWNWARD_WORDS, UPWARD_WORDS } from "../schema/comparator-words";
import {
  ALLOWANCE_NAME,
  FALLING_NAME,
  OVERSPEND,
  PAYMENT_PER_PERIOD,
  PER_HEAD_FLOOR_PROJECT,
  PER_HEAD_NAME,
} from "../schema/name-words";
import { isFloorCost, isSavingName } from "../value/name-kind";
import type { Dimension, QuantitativeValue } from "../value/types";
import type { Field } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { comparatorCell, harmWithFloor, tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { mirrorComparator, shownName, whereData } from "./utils/value-text";

function costWithFloor(facts: IndicatorFacts, q: QuantitativeValue, project: string): boolean {
  // `最低工资标准 ≥2100元/月`, `地方配套资金 ≥50万元`: the name asks for a floor.
  if (!facts.cost || !isLowerBound(q.comparator) || isFloorCost(facts.name, q)) return false;
  // `人均经费标准 ≥94元/人` in a 基本公共卫生服务项目: the project names the floor, the indicator its amount per head.
  if (PER_HEAD_NAME.test(facts.name) && q.dimension === "moneyPerUnit" && PER_HEAD_FLOOR_PROJECT.test(project))
    return false;
  // `高龄津贴 ≥100元/人·月`: a payment to people, whose standard local policy sets as a minimum.
  if (ALLOWANCE_NAME.test(facts.name) && PAYMENT_PER_PERIOD.test(q.unitStandard)) return false;
  // A saving (`资金节约额 ≥10万元`, `节约率 ≥5%`): more is better.
  if (q.dimension === "money" || q.dimension === "moneyPerUnit") return !isSavingName(facts.name);
  return q.dimension === "percent" && OVERSPEND.test(facts.name) && !isSavingName(facts.name);
}

function satisfactionWithCeiling(facts: IndicatorFacts, q: QuantitativeValue): boolean {
  return facts.satisfaction && isUpperBound(q.comparator);
}

type Direction = "up" | "down";

const TIMES: readonly Dimension[] = ["date", "time"];

/** The direction a 指标方向 (or 指标性质) column states, in words (正向, 反向) or as a comparator (≥, ≤). */
function columnDirection(facts: IndicatorFacts, column: Field): Direction | undefined {
  const text = column.text.trim();
  if (UPWARD_WORDS.test(text)) return "up";
  // `能耗降低率 | 反向 | ≥10%`: 反向 may name what falls, not the target's direction.
  if (DOWNWARD_WORDS.test(text)) return FALLING_NAME.test(facts.name) ? undefined : "down";
  const comparator = comparatorOf(text);
  return isLowerBound(comparator) ? "up" : isUpperBound(comparator) ? "down" : undefined;
}

/**
 * The column that says which way is better: 指标方向 beside a comparator column, else the comparator column the value
 * is read with (its set's own, where each set has one).
 */
function directionColumn(facts: IndicatorFacts, value: ValueFact): Field | undefined {
  return facts.indicator.directionColumn ?? value.comparatorColumn;
}

/** `苗木成活率 | 正向 | ≤85%`, `造林成本 | 正向 | ≤100万元`: the row says two things; which is meant is the officer's. */
function checkColumn(context: RuleContext, facts: IndicatorFacts, value: ValueFact): boolean {
  const q = value.parsed;
  const column = directionColumn(facts, value);
  // A deadline or a time limit (`12月底前`, `≤30天`, `等待时长 ≤15分钟`) is shorter the better, yet officers mark
  // such rows 正向 as often as 反向.
  if (q.kind !== "quantitative" || !column || facts.timeliness || TIMES.includes(q.dimension)) return false;
  // Words around the number (`较上年下降≥3`, `低于市场价10%以上`, `削减≥2`): the comparator bounds a change or a
  // gap, while the direction speaks of the level.
  if (q.words && (q.words.before.trim() || q.words.after.trim())) return false;
  const stated = columnDirection(facts, column);
  const written = isLowerBound(q.comparator) ? "up" : isUpperBound(q.comparator) ? "down" : undefined;
  if (!stated || !written || stated === written) return false;
  const data = {
    ...whereData(value.role),
    name: shownName(facts.name),
    text: value.field.text,
    column: column.text.trim(),
    sign: q.comparatorText ?? "",
  };
  // At the comparator as written: the value's own, or the 计算符号 column's (`正向 | ≤ | 85`).
  context.report({ at: comparatorCell(value), messageId: "column", data, severity: "warning" });
  return true;
}

function check(context: RuleContext, facts: IndicatorFacts, value: ValueFact): void {
  const q = value.parsed;
  if (q.kind !== "quantitative" || checkColumn(context, facts, value)) return;
  const project = context.table.name?.text ?? "";
  const messageId = costWithFloor(facts, q, project)
    ? "cost"
    : satisfactionWithCeiling(facts, q)
      ? "satisfaction"
      : harmWithFloor(facts, q)
        ? "harm"
        : undefined;
  if (!messageId) return;
  const at = comparatorCell(value);
  const fixed = mirrorComparator(at.text, q.comparatorText);
  const data = {
    ...whereData(value.role),
    name: shownName(facts.name),
    text: value.field.text,
    sign: q.comparatorText ?? "",
    fixed: fixed ?? "",
  };
  // `逾期发放率 ≥100%` flipped is `≤100%`, true of any rate: no suggestion then.
  const vacuous = messageId === "harm" && q.unitStandard === "%" && q.number >= 100;
  const suggestions = fixed && !vacuous ? [{ text: fixed, messageId: "flip", data }] : [];
  context.report({ at, messageId, data, suggestions, ...(messageId === "harm" ? { severity: "warning" } : {}) });
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
      harm: {
        zh: "“{{name}}”越低越好，{{where}}“{{text}}”应设上限（≤），不能用“{{sign}}”；如要写降幅，请写明“下降”",
        en: '"{{name}}" is better lower: {{whereEn}} "{{text}}" needs a ceiling (≤), not "{{sign}}"; for a fall, say 下降',
      },
      column: {
        zh: "“{{name}}”的指标方向是“{{column}}”，{{where}}“{{text}}”却用了“{{sign}}”：二者矛盾，请核对方向或比较符号",
        en: '"{{name}}" is marked "{{column}}", yet {{whereEn}} "{{text}}" uses "{{sign}}": they contradict each other; check the direction or the comparator',
      },
      flip: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) for (const value of facts.values) check(context, facts, value);
  },
};

export default rule;
