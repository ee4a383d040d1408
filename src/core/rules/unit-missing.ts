/**
 * @fileoverview unit-missing — a quantitative value that is a bare number: no unit
 * in the value, in the name (`（个）`, `（%）`) or in the 计量单位 column.
 */
import type { Field } from "../model/table";
import { NAME_UNITS } from "../schema/name-words";
import { COVERAGE_MULTIPLE, DATE_NAME, RATE_NAME, UNITLESS_NAME, YES_NO_NAME } from "../schema/name-words";
import { serialToDate } from "../grid/number-format";
import { tableYear } from "../model/table-year";
import { comparatorOf, isLowerBound } from "../value/comparator";
import {
  DAY_OFFSET_BEFORE,
  NAME_UNIT_SYMBOL,
  NOT_UNIT_WORDS,
  SHARE_WORD_AFTER,
  STANDARD_CODE,
} from "../schema/unit-words";
import { writesScientific } from "../value/plain-numbers";
import { applySpellings, nonstandardSpellings } from "../value/spelling";
import { hintFormat, type HintFormat } from "./utils/structure-placeholder";
import type { QuantitativeValue } from "../value/types";
import type { FixSpec, RuleContext, RuleModule } from "./rule";
import { isHarmRate, tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

function isBare(value: ValueFact): value is ValueFact & { parsed: QuantitativeValue } {
  const q = value.parsed;
  return (
    q.kind === "quantitative" &&
    q.unitSource === "none" &&
    !unknownUnitAfter(q) &&
    !DAY_OFFSET_BEFORE.test((q.words?.before ?? "").trim())
  );
}

/**
 * A word right after the number that the grammar does not know as a unit (`≤500μS/cm`, `≥1200机时`, `≥800路`,
 * `≥400万像素`): the officer wrote a unit; saying there is none, or suggesting `%` before it, would damage the cell.
 */
function unknownUnitAfter(q: QuantitativeValue): boolean {
  const after = (q.words?.after ?? "").trim();
  return UNIT_LIKE.test(after) && !NOT_UNIT_WORDS.test(after);
}

const UNIT_LIKE = /^[^\s\p{P}]{1,8}/u;

// A sibling's unit is offered only where it does not contradict the name
// (`评审项目数 85` next to `>90%`: a count is not a percentage).
function fitsName(facts: IndicatorFacts, sibling: QuantitativeValue): boolean {
  if (facts.kind === "count") return sibling.dimension === "count";
  if (facts.kind === "share") return sibling.dimension === "percent";
  return sibling.dimension !== "unknown";
}

/** The unit to suggest: the other compact value's, or `%` for a rate. */
function suggestedUnit(facts: IndicatorFacts, value: ValueFact): string | undefined {
  const own = value.parsed as QuantitativeValue;
  for (const other of facts.values) {
    const q = other.parsed;
    if (other !== value && q.kind === "quantitative" && q.unitSource === "value" && fitsName(facts, q)) return q.unit;
  }
  return facts.kind === "share" && !refusesPercent(facts, own) ? "%" : undefined;
}

/**
 * `合格率 0.95` is more likely 95% than 0.95%: no `%` is offered for a fraction; nor for a satisfaction under 50,
 * more likely the row's score (`满意度 | 20` where 分值 went into 指标值) than a target of 20%.
 */
function refusesPercent(facts: IndicatorFacts, own: QuantitativeValue): boolean {
  return (own.number > 0 && upperOf(own) <= 1) || (facts.satisfaction && upperOf(own) < 50);
}

function upperOf(q: QuantitativeValue): number {
  return q.numberMax ?? q.number;
}

/** The units the name implies (none when it does not say what it counts). */
function nameUnits(name: string): readonly string[] {
  const bare = name.replace(/[（(][^（）()]*[)）]\s*$/, "").trim();
  for (const [re, units] of NAME_UNITS) if (re.test(bare)) return units;
  return [];
}

/** A bare 万/亿 (`≥80万` 浏览数): a magnitude, not a unit; suggestions only where the name says what is counted. */
function checkMagnitude(
  context: RuleContext,
  facts: IndicatorFacts,
  value: ValueFact & { parsed: QuantitativeValue },
): void {
  const sibling = facts.values.find(
    (o) =>
      o !== value &&
      o.parsed.kind === "quantitative" &&
      o.parsed.unitSource === "value" &&
      fitsName(facts, o.parsed) &&
      !o.parsed.magnitude,
  );
  const units = sibling && sibling.parsed.kind === "quantitative" ? [sibling.parsed.unit] : nameUnits(facts.name);
  const magnitude = value.parsed.magnitude ?? "万";
  const data = { ...whereData(value.role), name: shownName(facts.name), text: value.field.text, magnitude };
  const suggestions = units.flatMap((u) => suggestion(withUnit(value.field.text, value.parsed, u)));
  context.report({ at: value.field, messageId: "magnitude", data, suggestions });
}

/** The number with its range and magnitude (`95`, `1,200`, `90-95`, `3.5万`), where the unit goes after it. */
const NUMBER =
  /[\d０-９](?:[\d０-９,，]*[\d０-９])?(?:[.．][\d０-９]+)?(?:\s*[-~～至到—–]\s*[\d０-９]+(?:[.．][\d０-９]+)?)?(?:\s*[万亿])?/;

/**
 * The text with the unit right after the number, before what follows it: a suffix comparator (`95%以上`), a note
 * (`≥95%（抽样检查）`) or closing punctuation (`≥98%。`).
 */
function withUnit(text: string, q: QuantitativeValue, unit: string): string {
  const number = NUMBER.exec(text);
  if (number) {
    const end = number.index + number[0].length;
    // `≥95比例`: the share's name stood where its % goes, and goes for it.
    const rest = unit === "%" ? text.slice(end).replace(SHARE_WORD_AFTER, "") : text.slice(end);
    return text.slice(0, end) + unit + rest;
  }
  const c = q.comparatorText;
  if (c && text.endsWith(c) && !text.startsWith(c)) return text.slice(0, text.length - c.length) + unit + c;
  return text + unit;
}

function suggestion(fixed: string | undefined): FixSpec[] {
  return fixed === undefined ? [] : [{ text: fixed, messageId: "addUnit", data: { fixed } }];
}

/**
 * A rate written as a power of ten below one (`误码率 ≤1×10⁻⁶`, `泄漏率 ≤1E-9`): a probability, which engineers write
 * without a unit (thirteenth session). A concentration so written (`铅含量 ≤1×10⁻²`) still needs its mg/L.
 */
function powerOfTenRate(facts: IndicatorFacts, value: ValueFact & { parsed: QuantitativeValue }): boolean {
  return RATE_NAME.test(facts.name) && upperOf(value.parsed) < 1 && writesScientific(value.field.text);
}

/**
 * A bond's coverage is written as a multiple (`偿债备付率 ≥1.2`) or in percent (`≥120%`): a bare number of ten or
 * more (`≥120`) is the percent with its sign left off.
 */
function percentOfMultiple(facts: IndicatorFacts, value: ValueFact): boolean {
  const q = value.parsed;
  return COVERAGE_MULTIPLE.test(facts.name) && q.kind === "quantitative" && upperOf(q) >= 10;
}

const YES_NO_DIGIT: Record<string, string> = { "1": "是", "0": "否" };

/**
 * A yes/no question answered `1` or `0` (a system's checkbox pasted as a number): no unit is missing, the answer is
 * 是 or 否. The digit's meaning is a guess, so a suggestion.
 */
function checkYesNo(context: RuleContext, facts: IndicatorFacts, value: ValueFact): boolean {
  const name = facts.name.trim();
  const answer = YES_NO_DIGIT[value.field.text.trim()];
  if (!answer || !YES_NO_NAME.test(name) || COUNTED_QUESTION.test(name)) return false;
  const data = { ...whereData(value.role), name: shownName(facts.name), text: value.field.text, fixed: answer };
  // `是否实现零事故 | 0`: zero of a harm answers 是; which the digit meant is not certain enough to offer.
  const suggestions =
    answer === "否" && NEGATED_QUESTION.test(name) ? [] : [{ text: answer, messageId: "addUnit", data }];
  context.report({ at: value.field, messageId: "yesNo", data, suggestions });
  return true;
}

/** A question that ends in what is counted (`是否新增户数`, `是否超预算金额`): the digit is a count, not an answer. */
const COUNTED_QUESTION = /(?:数|数量|次数|金额|面积|率|额度)$/;
/** A question about an absence (`是否实现零事故`, `是否无违规`, `安全事故是否为零`): 0 may mean 是. */
const NEGATED_QUESTION = /是否.*(?:零|无|未|不|没有|杜绝|为0)/;

/**
 * A date shown as the workbook's serial number (`资金到位时间 | 44,561`: a date cell formatted as a number, or a
 * system's export): no unit is missing, the cell should read 2021年12月31日. Only a five-digit whole number on a row
 * whose name asks for a day (not a 时效 row counting people, nor a duration: the session's own review), with no floor
 * beside it, that is a day within a year of the table's (of 2015–2035 where the table states none); which day was meant is the serial's, so a suggestion.
 */
function checkDateSerial(context: RuleContext, facts: IndicatorFacts, value: ValueFact): boolean {
  const text = value.field.text.trim();
  if (!SERIAL.test(text) || !DATE_NAME.test(facts.name.trim())) return false;
  if (isLowerBound(comparatorOf(value.comparatorColumn?.text ?? ""))) return false;
  const year = tableYear(context.table);
  const { y, m, d } = serialToDate(Number(text.replace(",", "")));
  // A 1904-system workbook's serial reads four years early. Without the table's year, a day of these years.
  if (year === undefined ? y < RECENT.from || y > RECENT.to : Math.abs(y - year) > 1) return false;
  const fixed = `${y}年${m}月${d}日`;
  const data = { ...whereData(value.role), name: shownName(facts.name), text: value.field.text, fixed };
  context.report({
    at: value.field,
    messageId: "dateSerial",
    data,
    suggestions: [{ text: fixed, messageId: "addUnit", data }],
  });
  return true;
}

const SERIAL = /^\d{2},?\d{3}$/;
/** The years a target date of a table of unknown year may fall in. */
const RECENT = { from: 2015, to: 2035 };

function checkValue(context: RuleContext, facts: IndicatorFacts, value: ValueFact): void {
  if (!isBare(value) || NAME_UNIT_SYMBOL.test(facts.name) || STANDARD_CODE.test(value.field.text)) return;
  if (powerOfTenRate(facts, value) || checkYesNo(context, facts, value) || checkDateSerial(context, facts, value))
    return;
  const unit = suggestedUnit(facts, value);
  const data = { ...whereData(value.role), name: shownName(facts.name), text: value.field.text };
  // Flat layout: the unit belongs in the 计量单位 cell, so the finding points there.
  const column: Field | undefined = value.unitColumn;
  if (column) {
    context.report({ at: column, messageId: "missingColumn", data, suggestions: suggestion(unit) });
    return;
  }
  if (value.parsed.magnitude) return checkMagnitude(context, facts, value);
  const hint = hintFormat(facts.name);
  const suggestions = perThingCost(facts, value)
    ? moneyUnits(hint).flatMap((u) => suggestion(withUnit(respelt(value.field.text), value.parsed, u)))
    : suggestion(fixedValue(facts, value, hint, unit));
  context.report({ at: value.field, messageId: "missing", data, suggestions });
}

/** 元 or 万元, the officer's choice, unless a template's hint in the name says which (`补助标准(≤**元)`). */
function moneyUnits(hint: HintFormat | undefined): string[] {
  const unit = hint?.unit;
  return unit === "元" || unit === "万元" ? [unit] : ["元", "万元"];
}

/** An economic cost per a thing with its money left out (`≤28.40/株`): 元 or 万元, the officer's choice. */
function perThingCost(facts: IndicatorFacts, value: ValueFact & { parsed: QuantitativeValue }): boolean {
  return facts.economicCost && /^[/／]/.test((value.parsed.words?.after ?? "").trim());
}

/**
 * The value with its unit: its comparator respelt as unit-nonstandard's fix does (the two applied one after the other
 * must agree: `>=85` → `≥85%`), and the unit and sign a template's hint in the name asks for where the value has none
 * (`苗木成活率(≥**%) | 85` → `≥85%`: deleting the hint, as placeholder-unfilled suggests, must not lose the floor).
 */
function fixedValue(
  facts: IndicatorFacts,
  value: ValueFact & { parsed: QuantitativeValue },
  hint: HintFormat | undefined,
  unit?: string,
) {
  const chosen = unit ?? (hint?.unit || undefined);
  if (chosen === undefined || (chosen === "%" && refusesPercent(facts, value.parsed))) return undefined;
  const text = respelt(value.field.text);
  const sign = hint ? hintSign(facts, value, hint, chosen) : "";
  return withUnit(sign ? sign + text.trim() : text, value.parsed, chosen);
}

const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;

/**
 * The hint's sign for a bare number, only where operator-direction and percent-trivial would not undo it: a floor
 * for what should rise, a ceiling for a cost or a harm, never at the bound itself (`≥100%`, `≤0`). A template's
 * `项目总投入(≥**万元)` is a cost: its floor is no target (the twentieth session's review).
 */
function hintSign(
  facts: IndicatorFacts,
  value: ValueFact & { parsed: QuantitativeValue },
  hint: HintFormat,
  unit: string,
) {
  const sign = hint.sign;
  if (!sign || !BARE_NUMBER.test(value.field.text)) return "";
  const falling = facts.cost || isHarmRate(facts.name.replace(hint.text, "").trim());
  const n = value.parsed.number;
  if (/^[≥>]/.test(sign)) return !falling && !(unit === "%" && n >= 100) ? sign : "";
  return falling && n > 0 ? sign : "";
}

function respelt(text: string): string {
  return applySpellings(text, comparatorSpellings(text));
}

function comparatorSpellings(text: string) {
  return nonstandardSpellings(text).filter((s) => s.standard === "≥" || s.standard === "≤");
}

const rule: RuleModule = {
  meta: {
    id: "unit-missing",
    severity: "warning",
    // `20XX年底前`: the placeholder is the finding; its unit follows when it is filled.
    yieldsTo: ["placeholder-unfilled"],
    hasSuggestions: true,
    docs: {
      description: {
        zh: "定量指标值只有数字，指标值、名称和计量单位列都没有单位",
        en: "A quantitative value is a bare number, with no unit in the value, the name or the unit column",
      },
      bad: "评审项目数  85",
      good: "评审项目数  85个",
    },
    messages: {
      missing: {
        zh: "“{{name}}”的{{where}}“{{text}}”没有单位，请写明单位（如 个、次、%、万元）",
        en: '{{whereEn}} "{{text}}" of "{{name}}" has no unit; add one (个, 次, %, 万元…)',
      },
      magnitude: {
        zh: "“{{name}}”的{{where}}“{{text}}”中的“{{magnitude}}”是数量级，不是单位：请写明单位（如 {{magnitude}}次、{{magnitude}}人次、{{magnitude}}台）",
        en: '{{whereEn}} "{{text}}" of "{{name}}": {{magnitude}} is a magnitude (ten thousand / a hundred million), not a unit; add the unit ({{magnitude}}次, {{magnitude}}人次, {{magnitude}}台…)',
      },
      missingColumn: {
        zh: "“{{name}}”的指标值“{{text}}”没有单位，请在计量单位列填写单位",
        en: 'The value "{{text}}" of "{{name}}" has no unit; fill in the unit column (计量单位)',
      },
      yesNo: {
        zh: "“{{name}}”是“是否”类指标，{{where}}“{{text}}”应写作“是”或“否”",
        en: '"{{name}}" asks a yes/no question: write {{whereEn}} "{{text}}" as 是 (yes) or 否 (no)',
      },
      dateSerial: {
        zh: "“{{name}}”的{{where}}“{{text}}”像是 Excel 日期的序列号，应写作日期“{{fixed}}”",
        en: '{{whereEn}} "{{text}}" of "{{name}}" looks like an Excel date serial number: write the date, {{fixed}}',
      },
      addUnit: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) {
      // Without a name nothing says what is counted: indicator-incomplete reports the cause.
      if (facts.name.trim() === "") continue;
      // An index or a coefficient has no unit; `万车死亡率` says its base.
      const unitless = UNITLESS_NAME.test(facts.name.trim());
      for (const value of facts.values)
        if (!unitless || percentOfMultiple(facts, value)) checkValue(context, facts, value);
    }
  },
};

export default rule;
