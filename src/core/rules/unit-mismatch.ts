/**
 * @fileoverview unit-mismatch — the dimension of a value's unit contradicts the
 * indicator: a rate in 个, a count in %, an economic cost in 人, a timeliness in
 * 次, a flat value against its 计量单位 column, compact period against annual.
 * unit-nonstandard yields to it on the same cell (meta.yieldsTo there).
 */
import type { Field } from "../model/table";
import { isCompoundUnit, percentScale, standardUnit, unitDimension } from "../value/units";
import type { Dimension, QuantitativeValue } from "../value/types";
import { isUpperBound } from "../value/comparator";
import type { RuleModule } from "./rule";
import {
  BASE_SHARE,
  CHANGE_WORDS,
  COUNTED_THINGS,
  FREQUENCY_NAME,
  FREQUENCY_NAME_WORDS,
  FREQUENCY_WORDS,
  LATE_THINGS,
  ON_TIME_THINGS,
  TIMES_NAME,
  MEASURE_MENTIONS,
  MEASURE_NAME,
  MONEY_WORDS,
  OCCURRENCE_RATE,
  PER_TIME_AFTER,
  PHYSICAL_RATE,
  DAYS,
  DURATION,
  IN_TIME_RATE,
  SHARE_OF_DAYS,
  SHARE_OF_THINGS,
} from "../schema/name-words";
import { AMOUNT_UNITS, MEASURE_OF_UNIT, MEASURE_WORDS, sameUnit, type Measure } from "../schema/unit-words";
import { tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

/** A unit-mismatch finding before it is reported. */
interface UnitMismatch {
  readonly at: Field;
  readonly messageId: string;
  readonly data: Record<string, string>;
}

type Quantity = ValueFact & { parsed: QuantitativeValue };

/** The share itself in a bracket beside the days (`≥310天（85%）`, `（比例85%）`), not a change (`（较上年提高5%）`). */
const SHARE_BESIDE = /[(（]\s*(?:比例|占比)?\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]/;

/** Values whose unit is written somewhere and known: bare numbers are unit-missing's. */
function withUnit(value: ValueFact): value is Quantity {
  const q = value.parsed;
  return q.kind === "quantitative" && q.unitSource !== "none" && q.dimension !== "unknown";
}

// `地方配套比例 1:1` is a cost stated as a share.
const COST_UNITS: readonly Dimension[] = ["money", "moneyPerUnit", "percent", "ratio"];

/** The messageId a value's unit earns from what the indicator is, or undefined. */
function nameProblem(facts: IndicatorFacts, value: Quantity): string | undefined {
  const { parsed: q, field } = value;
  const text = field.text;
  const d = q.dimension;
  // `图书流通率 ≥1.2次/册`: a count per thing is a rate too.
  const perThing = d === "count" && isCompoundUnit(q.unitStandard) && perCount(q.unitStandard);
  // `设备故障率 ≤2次/月`, `事故发生率 ≤1起/年`: how often something happens is counted per a time.
  const howOften = d === "count" && isCompoundUnit(q.unitStandard) && OCCURRENCE_RATE.test(facts.name);
  // A rate in the engineer's sense (`土壤侵蚀率 ≤500吨/平方公里`, `透水率 ≤3Lu`) is measured, not shared out.
  const physicalRate = PHYSICAL_RATE.test(facts.name);
  const counted = d === "count" && !perThing && !howOften && !physicalRate;
  if (facts.kind === "share" && (d === "money" || d === "moneyPerUnit" || counted)) return "share";
  // `森林覆盖率 ≥45.5万亩`, `道路硬化率 ≥12公里`: the land, road or weight itself, not its share. Other measures
  // (`坝体渗漏率 ≤0.5L/s`, `衰减率 ≤0.25dB`) are how engineers state such rates.
  if (facts.kind === "share" && d === "physical" && !physicalRate && (isAmountUnit(q.unitStandard) || ofThings(facts)))
    return "share";
  // `优良天数比例 ≥300天`: the days counted, not their share (the eighteenth session's review of sectors).
  // `检测及时率 ≤7工作日`: the time limit given where the share of things done within it belongs.
  if (facts.kind === "share" && d === "time" && IN_TIME_RATE.test(facts.name) && DURATION.test(q.unitStandard))
    return "share";
  // The share written beside the days (`≥310天（85%）`) is there: no wrong unit (the session's own review).
  if (facts.kind === "share" && d === "time" && SHARE_OF_DAYS.test(facts.name) && DAYS.test(q.unitStandard))
    return SHARE_BESIDE.test(text) ? undefined : "share";
  if (d === "physical" && otherMeasure(facts.name, q.unitStandard)) return "measure";
  // `事故起数 较上年下降10%`: a count may change by a percentage, or be given as a share of a base it names.
  // `每千人口床位数 ≥6/千人`: a rate per a base may count things; only % and ‰ say "a share".
  const share = d === "percent" && percentScale(q.unitStandard) !== undefined;
  if (facts.kind === "count" && share && !CHANGE_WORDS.test(wordsOf(q)) && !BASE_SHARE.test(text)) return "count";
  // `演出场次 ≥60万元`: a count given as an amount of money, where its name counts things and speaks of no money
  // (fifteenth session; `“三公”经费控制数` is an amount).
  if (d === "money" && COUNTED_THINGS.test(facts.name) && !MONEY_WORDS.test(facts.name)) return "countMoney";
  // 社会成本 and 生态环境成本 may be physical (亩, 吨): only economic costs must be money.
  if (facts.economicCost && !COST_UNITS.includes(d)) return "cost";
  // `≥1次/月`, `每月≥2次` are frequencies, which a timeliness indicator may state.
  if (
    facts.timeliness &&
    d === "count" &&
    !q.unitStandard.includes("/") &&
    !frequency(facts, value) &&
    !lateCount(facts, q) &&
    !ON_TIME_THINGS.test(facts.name)
  )
    return "timeliness";
  return undefined;
}

/** A length, area or volume by its name (`…长度`, `…面积`, `…容积`) given in a unit of another of them. */
function otherMeasure(name: string, unit: string): boolean {
  if (isCompoundUnit(unit)) return false;
  const measure = MEASURE_OF_UNIT.get(sameUnit(unit));
  const named = namedMeasure(name);
  return measure !== undefined && named !== undefined && measure !== named;
}

function namedMeasure(name: string): Measure | undefined {
  const core = coreName(name);
  // A name of two measures (`新建道路长度及面积 | 3公里/2.1万平方米`, `人行道铺装长度（折合面积）`) asks for both, or
  // either: no one unit is wrong.
  if (MEASURE_MENTIONS.filter((words) => words.test(name)).length > 1) return undefined;
  return MEASURE_NAME.find(([words]) => words.test(core))?.[1];
}

function measureData(name: string): Record<string, string> {
  return { ...MEASURE_WORDS[namedMeasure(name) ?? "length"] };
}

/** The name without a trailing note (`改造长度（主干管）`). */
function coreName(name: string): string {
  return name.replace(/[(（][^()（）]*[)）]\s*$/, "").trim();
}

/** A share of things by its name (`浊度达标率`, `地下水开采率`): any single measure is the thing, not its share. */
function ofThings(facts: IndicatorFacts): boolean {
  return SHARE_OF_THINGS.test(facts.name);
}

function isAmountUnit(unit: string): boolean {
  return !isCompoundUnit(unit) && AMOUNT_UNITS.has(sameUnit(unit));
}

/** `次/册`, `人/户`: per a thing counted, not per a time (`次/月` on a 及时率 is no rate of it). */
function perCount(unit: string): boolean {
  const bottom = unit.split(/[/|｜／]/)[1] ?? "";
  return unitDimension(bottom.split(/[*·×、]/)[0]) === "count";
}

function wordsOf(q: QuantitativeValue): string {
  return q.words ? q.words.before + q.words.after : "";
}

/**
 * A count of things late, held at none or under a ceiling (`超期办件数 0件`, `逾期未办结事项 ≤2件`); `积压档案数字化数量
 * ≥5万卷` is an output in the wrong row (the session's review).
 */
function lateCount(facts: IndicatorFacts, q: QuantitativeValue): boolean {
  return LATE_THINGS.test(facts.name) && (q.number === 0 || isUpperBound(q.comparator));
}

function frequency(facts: IndicatorFacts, value: Quantity): boolean {
  const q = value.parsed;
  const column = value.comparatorColumn?.text ?? "";
  return (
    FREQUENCY_WORDS.test(q.words?.before ?? "") ||
    PER_TIME_AFTER.test(q.words?.after ?? "") ||
    FREQUENCY_WORDS.test(column) ||
    FREQUENCY_NAME.test(facts.name) ||
    ((FREQUENCY_NAME_WORDS.test(facts.name) || TIMES_NAME.test(facts.name)) && q.unitStandard === "次")
  );
}

function shown(value: Quantity): string {
  const q = value.parsed;
  return q.unitSource === "column" ? `${value.field.text}（计量单位：${q.unit}）` : value.field.text;
}

function checkName(out: UnitMismatch[], facts: IndicatorFacts, value: Quantity): boolean {
  const messageId = nameProblem(facts, value);
  if (!messageId) return false;
  const column = value.unitColumn;
  // Where the unit came from the 计量单位 column, that cell is the one to change: once, though it serves two values
  // (`实施周期指标值 | 年度指标值 | 计量单位`).
  const at = value.parsed.unitSource === "column" && column ? column : value.field;
  if (out.some((m) => m.at === at && m.messageId === messageId)) return true;
  const data = { ...whereData(value.role), name: shownName(facts.name), text: shown(value), unit: value.parsed.unit };
  out.push({ at, messageId, data: messageId === "measure" ? { ...data, ...measureData(facts.name) } : data });
  return true;
}

/**
 * Flat layout: a value that carries its own unit, against the 计量单位 column. Only a unit of another kind
 * contradicts it (`28.8万元` under `%`): one written twice in two spellings (`≥10公里 | km`, `1.2万人次 | 万人次`,
 * `≥2场 | 场次`) states the same thing, and the value says in full what it means.
 */
function checkColumn(out: UnitMismatch[], facts: IndicatorFacts, value: Quantity): void {
  const column = value.unitColumn?.text ?? "";
  // A ratio (`1:1`) carries no unit to compare with the column's.
  if (value.parsed.unitSource !== "value" || !column || value.parsed.dimension === "ratio") return;
  const standard = standardUnit(column, facts.economicCost);
  if (sameAsColumn(value.parsed, standard) || unitDimension(standard) === "unknown") return;
  // The value writes the column's unit whole, though the grammar read only its start (`5000m³/d` under `m³/d`).
  if (squeezed(value.field.text).includes(squeezed(column))) return;
  const dimension = unitDimension(standard);
  // Lengths, areas and weights share one dimension: there the spellings must name one unit.
  if (dimension !== "physical" && columnFamily(dimension) === columnFamily(value.parsed.dimension)) return;
  // A date written out (`2023.12.31`) under a 计量单位 of time (`年`, `日`) says when, as the column asks.
  if (value.parsed.dimension === "date" && family(dimension) === "time") return;
  const data = { name: shownName(facts.name), text: value.field.text, unit: value.parsed.unit, column };
  out.push({ at: value.field, messageId: "column", data });
}

function squeezed(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

/** The column names the value's unit, in any spelling, with its magnitude or without (`1.2万人次` under `万人次`). */
function sameAsColumn(q: QuantitativeValue, column: string): boolean {
  const unit = sameUnit(q.unitStandard);
  const bare = q.magnitude && column.startsWith(q.magnitude) ? column.slice(q.magnitude.length) : column;
  return sameUnit(column) === unit || sameUnit(bare) === unit;
}

// Money per head under a 计量单位 of money (`2000元/户 | 元`) is money the column half states.
function columnFamily(d: Dimension): Dimension {
  return d === "moneyPerUnit" ? "money" : family(d);
}

// A deadline and a duration (`2024年底`, `12个月`) answer the same question, as a ratio and a percentage do.
function family(d: Dimension): Dimension {
  return d === "date" ? "time" : d === "ratio" ? "percent" : d;
}

const TIMELY: readonly Dimension[] = ["time", "percent"];

/** Compact layout: period and annual values measuring different things. */
function checkPeriodAnnual(out: UnitMismatch[], facts: IndicatorFacts, values: Quantity[]): void {
  const period = values.find((v) => v.role === "period");
  const annual = values.find((v) => v.role === "annual");
  if (!period || !annual || family(period.parsed.dimension) === family(annual.parsed.dimension)) return;
  // `2027年12月底前` for the whole period, `≥90%` paid this year: the three answers a 时效指标 may give.
  if (facts.timeliness && [period, annual].every((v) => TIMELY.includes(family(v.parsed.dimension)))) return;
  const data = {
    name: shownName(facts.name),
    period: period.field.text,
    annual: annual.field.text,
    periodUnit: period.parsed.unit,
    annualUnit: annual.parsed.unit,
  };
  out.push({ at: annual.field, messageId: "periodAnnual", data });
}

/** unit-mismatch's findings on one indicator, in report order (none for most). */
function unitMismatches(facts: IndicatorFacts): UnitMismatch[] {
  const out: UnitMismatch[] = [];
  const values = facts.values.filter(withUnit);
  if (!values.length) return out;
  let named = false;
  for (const value of values) {
    if (checkName(out, facts, value)) named = true;
    else checkColumn(out, facts, value);
  }
  // One finding per indicator is enough when a value already contradicts the name.
  if (!named) checkPeriodAnnual(out, facts, values);
  return out;
}

const rule: RuleModule = {
  meta: {
    id: "unit-mismatch",
    severity: "error",
    docs: {
      description: {
        zh: "指标值单位的量纲与指标性质矛盾（比率用“个”、数量用“%”、成本不用金额……）",
        en: "The dimension of a value's unit contradicts the indicator (a rate in 个, a count in %, a cost not in money…)",
      },
      bad: "项目验收通过率  1个",
      good: "项目验收通过率  100%",
    },
    messages: {
      share: {
        zh: "“{{name}}”是比率，{{where}}应以 % 计，当前为“{{text}}”",
        en: '"{{name}}" is a rate: {{whereEn}} should be in %, not "{{text}}"',
      },
      count: {
        zh: "“{{name}}”是数量，{{where}}应写计数单位（个、家、次……），不能用 %，当前为“{{text}}”",
        en: '"{{name}}" is a count: {{whereEn}} needs a counting unit (个, 家, 次…), not %; it is "{{text}}"',
      },
      cost: {
        zh: "“{{name}}”是经济成本指标，{{where}}应以金额（元、万元）、单位金额（万元/辆）或 % 计，当前为“{{text}}”",
        en: '"{{name}}" is an economic cost: {{whereEn}} should be money (元, 万元), money per unit (万元/辆) or %, not "{{text}}"',
      },
      measure: {
        zh: "“{{name}}”是{{measure}}，{{where}}应以{{units}}计，当前为“{{text}}”",
        en: '"{{name}}" is {{measureEn}}: {{whereEn}} should be in {{units}}, not "{{text}}"',
      },
      countMoney: {
        zh: "“{{name}}”是数量，{{where}}应写计数单位（个、家、次……），不能用金额单位，当前为“{{text}}”",
        en: '"{{name}}" is a count: {{whereEn}} should be in a counting unit (个, 家, 次…), not money "{{text}}"',
      },
      timeliness: {
        zh: "“{{name}}”是时效指标，{{where}}应写日期、时长或及时率，不能用计数单位，当前为“{{text}}”",
        en: '"{{name}}" is a timeliness indicator: {{whereEn}} should be a date, a duration or a rate, not a count "{{text}}"',
      },
      column: {
        zh: "“{{name}}”的指标值“{{text}}”自带单位“{{unit}}”，与计量单位列“{{column}}”不一致；指标值只写数字，单位写在计量单位列",
        en: 'The value "{{text}}" of "{{name}}" carries the unit "{{unit}}", which contradicts the unit column "{{column}}"; write the number only and the unit in 计量单位',
      },
      periodAnnual: {
        zh: "“{{name}}”的实施周期指标值“{{period}}”与年度指标值“{{annual}}”单位性质不同（{{periodUnit}} 与 {{annualUnit}}），请统一",
        en: 'The period value "{{period}}" and the annual value "{{annual}}" of "{{name}}" measure different things ({{periodUnit}} vs {{annualUnit}}); make them agree',
      },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) for (const m of unitMismatches(facts)) context.report(m);
  },
};

export default rule;
