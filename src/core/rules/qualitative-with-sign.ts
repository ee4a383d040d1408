/**
 * @fileoverview qualitative-with-sign — a qualitative phrase with a comparator
 * (`≥提升`) or, in the flat layout, with a unit or comparator in its columns.
 */
import { unitWritten } from "./utils/structure-fields";
import { REFERENCE_WORDS, ZERO_IN_WORDS } from "../schema/comparator-words";
import { TIME_WORDS } from "../schema/time-words";
import { comparatorOf, isLowerBound } from "../value/comparator";
import type { Field } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { quantityInWords, tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { shownName, whereData, withoutComparator } from "./utils/value-text";

/** The words right after the sign name a level (`≥国家标准`, `≥上年`, `≤全国平均水平`), not a phrase (`≥提升服务水平`). */
function comparesWithLevel(text: string, sign: string): boolean {
  const at = text.indexOf(sign);
  return at >= 0 && REFERENCE_WORDS.test(text.slice(at + sign.length).trim());
}

/**
 * A value that states an amount in words: a level it is compared with (`≥国家标准`, `≤预算数` in 万元) or none of a
 * thing (`零投诉` in 次). Its sign, unit and comparator columns agree with it.
 */
function statesAmount(text: string, sign: string | undefined, columnSign: boolean): boolean {
  if (ZERO_IN_WORDS.test(text.trim())) return true;
  if (sign !== undefined) return comparesWithLevel(text, sign);
  // The sign in the 指标性质 column (`≤ | 预算数 | 万元`): the value is the level.
  return columnSign && REFERENCE_WORDS.test(text.trim());
}

function checkValue(context: RuleContext, facts: IndicatorFacts, value: ValueFact): void {
  const q = value.parsed;
  // `≥二级`, `≥AAA级`: on a grade the comparator says "or better", and a unit column may hold its `级`.
  if (q.kind !== "qualitative" || q.grade) return;
  // `覆盖村数 | ＝ | 全部 | 个`: the sign and the unit suit a count; the words are the defect, qualitative-quantity's
  // one finding (thirteenth session: three findings on one cause).
  if (quantityInWords(facts, value)) return;
  if (statesAmount(value.field.text, q.comparatorText, value.columnComparator)) return;
  // `≤年底`, `≤三季度末` on a 时效 row: a deadline in words, the sign its "by" (fifteenth session).
  const sign = q.comparatorText ? comparatorOf(q.comparatorText) : undefined;
  if (facts.timeliness && !isLowerBound(sign) && TIME_WORDS.test(value.field.text)) return;
  const name = shownName(facts.name);
  // `＝有效提升`: the equals sign is the one a 定性 row carries (checkTyped below asks for it), written into the cell.
  if (q.comparatorText && !EQUALS.test(q.comparatorText.trim())) {
    const fixed = withoutComparator(value.field.text, q.comparatorText);
    const data = { ...whereData(value.role), name, text: value.field.text, sign: q.comparatorText, fixed: fixed ?? "" };
    const suggestions = fixed ? [{ text: fixed, messageId: "dropSign", data }] : [];
    context.report({ at: value.field, messageId: "comparator", data, suggestions });
  }
  const unit = value.unitColumn;
  // A grade split over the value and the unit column (`Ⅲ | 类`) is still one grade; a dash, `无`, `定性` or `是/否`
  // there says "no unit", as a required 计量单位 column makes officers write.
  if (unit && unitWritten(unit) && !servesFigures(facts, value, (v) => v.unitColumn)) {
    const data = { name, text: value.field.text, unit: unit.text };
    context.report({
      at: unit,
      messageId: "unitColumn",
      data,
      suggestions: [{ text: "", messageId: "clearUnit", data }],
    });
  }
  const comparator = value.comparatorColumn;
  if (!comparator || !value.columnComparator || servesFigures(facts, value, (v) => v.comparatorColumn)) return;
  const data = { name, text: value.field.text, sign: comparator.text };
  const valueType = facts.indicator.valueType;
  if (valueType) checkTyped(context, valueType, comparator, data);
  // `＝` in the sign column is the sign a 定性 row carries, as in the value cell (seventeenth session's review).
  else if (!EQUALS.test(comparator.text.trim()))
    context.report({
      at: comparator,
      messageId: "comparatorColumn",
      data,
      suggestions: [{ text: "定性", messageId: "qualitative", data }],
    });
}

const EQUALS = /^(?:[=＝]|等于)$/;

/**
 * Whether the column's cell serves another target of the row stated in figures: one 计量单位 or 运算符号 column beside
 * both sets (`≥ | 95 | 稳步提升 | %`), where the sign and the unit are the period's `95`'s, not the year's phrase's.
 */
function servesFigures(facts: IndicatorFacts, value: ValueFact, column: (v: ValueFact) => Field | undefined): boolean {
  const cell = column(value);
  return facts.values.some((v) => v !== value && v.parsed.kind === "quantitative" && column(v) === cell);
}

/**
 * A table that types its targets in a column of their own (`指标值类型 | 运算符号`, `指标性质 | 运算符号`): 定性 goes
 * in the type column, and a 定性 row's sign is `＝` (the system fills it so); the sign column takes no word.
 */
function checkTyped(context: RuleContext, valueType: Field, comparator: Field, data: Record<string, string>): void {
  // `正向指标`, `共性指标` in a 指标性质 column say another thing than the kind of target: no type to ask for.
  if (valueType.text && !/定性|定量/.test(valueType.text)) return;
  if (!/定性/.test(valueType.text)) {
    const typed = { ...data, type: valueType.text };
    context.report({
      at: valueType,
      messageId: valueType.text ? "valueType" : "valueTypeBlank",
      data: typed,
      suggestions: [{ text: "定性", messageId: "qualitative", data: typed }],
    });
  } else if (!EQUALS.test(comparator.text.trim()))
    context.report({
      at: comparator,
      messageId: "typedComparator",
      data,
      suggestions: [{ text: "＝", messageId: "equalSign", data }],
    });
}

const rule: RuleModule = {
  meta: {
    id: "qualitative-with-sign",
    severity: "warning",
    // `≤__万元/户`: a number left unfilled, not a phrase with a sign (the ≤ is right).
    yieldsTo: ["placeholder-unfilled"],
    hasSuggestions: true,
    docs: {
      description: {
        zh: "定性指标值带了比较符或单位（≥提升；平铺表中定性值填了计量单位）",
        en: "A qualitative value carries a comparator or a unit (≥提升; a flat 定性 value with a unit)",
      },
      bad: "≥提升",
      good: "提升",
    },
    messages: {
      comparator: {
        zh: "“{{name}}”的{{where}}“{{text}}”是定性表述，不能带比较符“{{sign}}”；去掉比较符，或改写成定量值（如 ≥5%）",
        en: '{{whereEn}} "{{text}}" of "{{name}}" is qualitative and cannot take the comparator "{{sign}}"; drop it or state a number (≥5%)',
      },
      unitColumn: {
        zh: "“{{name}}”的指标值“{{text}}”是定性表述，计量单位列不应填写“{{unit}}”",
        en: 'The value "{{text}}" of "{{name}}" is qualitative; the unit column should not hold "{{unit}}"',
      },
      comparatorColumn: {
        zh: "“{{name}}”的指标值“{{text}}”是定性表述，指标性质应为“定性”，而不是“{{sign}}”",
        en: 'The value "{{text}}" of "{{name}}" is qualitative; its comparator column should say 定性, not "{{sign}}"',
      },
      valueType: {
        zh: "“{{name}}”的指标值“{{text}}”是定性表述，指标值类型应为“定性”，而不是“{{type}}”",
        en: 'The value "{{text}}" of "{{name}}" is qualitative; its type column should say 定性, not "{{type}}"',
      },
      valueTypeBlank: {
        zh: "“{{name}}”的指标值“{{text}}”是定性表述，指标值类型应填“定性”",
        en: 'The value "{{text}}" of "{{name}}" is qualitative; its type column should say 定性',
      },
      typedComparator: {
        zh: "“{{name}}”的指标值“{{text}}”是定性表述，运算符号应为“＝”，而不是“{{sign}}”",
        en: 'The value "{{text}}" of "{{name}}" is qualitative; its comparator column should hold "＝", not "{{sign}}"',
      },
      dropSign: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
      clearUnit: { zh: "清空计量单位", en: "Clear the unit column" },
      qualitative: { zh: "改为“定性”", en: "Change to 定性" },
      equalSign: { zh: "改为“＝”", en: 'Change to "＝"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) for (const value of facts.values) checkValue(context, facts, value);
  },
};

export default rule;
