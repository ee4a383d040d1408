/**
 * What the value rules need to know about each indicator, worked out once per
 * table: every value field parsed with the right hints (name, 计量单位 and
 * 指标性质 columns, money), the kind its name implies, and its 二级 role.
 * Thirteen rules read the same facts: the table's rule context derives them once.
 */
import type { Field, Indicator, TargetTable } from "../../model/table";
import { indicatorLevel1, indicatorLevel2, isCostIndicator } from "../../schema/indicator-kind";
import type { Level2 } from "../../schema/vocabulary";
import type { RuleContext } from "../rule";
import { comparatorOf, isLowerBound } from "../../value/comparator";
import { FALLING_NAME, GROWTH, HARM_RATE, MONEY_COST_NAME, YES_NO_NAME } from "../../schema/name-words";
import { isSatisfactionName, isSavingName, nameKind, type NameKind } from "../../value/name-kind";
import { parseValueShared, type ValueHints } from "../../value/parse-value";
import { doubledQuantity } from "../../value/doubled";
import { isUnitOnly } from "../../value/units";
import { isCellError } from "../../grid/grid";
import type { ParsedValue, QuantitativeValue } from "../../value/types";
import { CHINESE_COUNT } from "../../schema/unit-words";
import { toHalfWidth } from "../../text/normalize";

const CELL_ERROR: ParsedValue = Object.freeze({ kind: "unparseable", reason: "a cell error" });

/** Which 指标值 a field is: the form/flat value, or the compact layout's two. */
export type ValueRole = "value" | "period" | "annual";

export interface ValueFact {
  readonly field: Field;
  readonly role: ValueRole;
  readonly parsed: ParsedValue;
  /** What the value was parsed with (name, 计量单位 …), for a rule that reads a variant of its text. */
  readonly hints: ValueHints;
  /** A value column beside the first (a region's, `城区 | 郊区`, or another year's, `2026年 | 2027年`). */
  readonly beside: boolean;
  /** One quantity written twice (`854万854万` → `854万`: value/doubled), worked out once for the rules that ask. */
  readonly doubled?: string;
  /** A unit and no number (`公里`, `≧ %`): value-missing's finding, which the other value rules leave alone. */
  readonly unitOnly: boolean;
  /** Flat layout: the 计量单位 and 运算符号 cells the value is read with (its own set's, where each set has its own). */
  readonly unitColumn?: Field;
  readonly comparatorColumn?: Field;
  /** The 运算符号 cell states a comparator (not `定性`). */
  readonly columnComparator: boolean;
}

export interface IndicatorFacts {
  readonly indicator: Indicator;
  /** The 三级指标 name as written ("" when absent). */
  readonly name: string;
  readonly kind: NameKind;
  /** The name is a satisfaction level (满意度, 满意率), whatever its 一级; not `满意度调查覆盖率`. */
  readonly satisfaction: boolean;
  readonly cost: boolean;
  /**
   * An economic cost (经济成本指标, or a 成本 with no 二级): money, where a bare `万` is 万元. 社会成本 and 生态环境成本
   * may count people or tonnes (`施工影响通行人次 ≤2万`).
   */
  readonly economicCost: boolean;
  /** The 二级指标 (from its label or compact code), looked up once. */
  readonly level2: Level2 | undefined;
  readonly quantity: boolean;
  readonly timeliness: boolean;
  readonly values: readonly ValueFact[];
}

export interface FactValue {
  readonly facts: IndicatorFacts;
  readonly value: ValueFact;
}

interface TableFacts {
  readonly facts: readonly IndicatorFacts[];
  /** Every value flattened once, so the seven rules that walk values build nothing. */
  readonly values: readonly FactValue[];
}

function deriveFacts(table: TargetTable): TableFacts {
  const unused = unusedSetColumns(table.indicators);
  const facts = table.indicators.map((indicator) => indicatorFacts(indicator, unused));
  const values: FactValue[] = [];
  for (const f of facts) for (const value of f.values) values.push({ facts: f, value });
  return { facts, values };
}

/** The facts of every indicator of the context's table, parsed once however many rules ask. */
export function tableFacts(context: Pick<RuleContext, "once">): readonly IndicatorFacts[] {
  return context.once(deriveFacts).facts;
}

/** Every value of the table with its indicator, in table order. */
export function eachValue(context: Pick<RuleContext, "once">): readonly FactValue[] {
  return context.once(deriveFacts).values;
}

/** Whether a 产出 二级 (数量, 时效) stands under 产出指标, or under no 一级 the reader knows. */
function outputLevel2(indicator: Indicator): boolean {
  const level1 = indicatorLevel1(indicator);
  return level1 === undefined || level1 === "产出指标";
}

/**
 * A set's own 计量单位 or 运算符号 column, by the keys of the period's and the year's, and which values lack what it
 * gives: a number with no unit of its own (`≥20`), a number with no sign in front (`20`, `20万元`).
 */
const SET_COLUMNS = [
  { period: "unitColumn", annual: "annualUnitColumn", lacks: /^[\s≥≤<>=＞＜＝≧≦]*[+-]?\d[\d,.]*\s*$/ },
  { period: "comparatorColumn", annual: "annualComparatorColumn", lacks: /^\s*\d[\d,.]*(?:\s*[^\d\s]{1,4})?\s*$/ },
] as const;

type SetColumns = (typeof SET_COLUMNS)[number];
type SetColumnKey = SetColumns["period" | "annual"];

/** Whether a value lacks what a set's column gives (a bare number beside a blank 计量单位 column). */
function lacks(keys: SetColumns, field: Field | undefined): boolean {
  return !!field && keys.lacks.test(toHalfWidth(field.text));
}

/**
 * Each set's own column left blank on every row beside the other's written, where the set has a value that lacks it
 * (the officer wrote the unit or the sign once, in one set): the other's serves that set's values that lack it. A set
 * whose values carry their own (`≥300人次`) or are phrases (`稳步提升`) borrows nothing: the other set's `≥` and `%`
 * belong to its own targets, and blaming them on a phrase would be false.
 */
function unusedSetColumns(indicators: readonly Indicator[]): ReadonlySet<SetColumnKey> {
  const unused = new Set<SetColumnKey>();
  for (const keys of SET_COLUMNS) {
    const rows = indicators.filter((i) => i.annualValue && i[keys.annual]);
    if (!rows.length) continue;
    const blank = (key: SetColumnKey) => rows.every((i) => !i[key] || i[key]!.text.trim() === "");
    const lacking = (role: "periodValue" | "annualValue") => rows.some((i) => lacks(keys, i[role]));
    if (blank(keys.annual) && !blank(keys.period) && lacking("annualValue")) unused.add(keys.annual);
    else if (blank(keys.period) && !blank(keys.annual) && lacking("periodValue")) unused.add(keys.period);
  }
  return unused;
}

/**
 * The 计量单位 or 运算符号 cell a value of `role` is read with: its set's own, unless that set's column is unused and the
 * value lacks what the column gives.
 */
function setColumn(
  indicator: Indicator,
  field: Field,
  role: ValueRole,
  keys: SetColumns,
  unused: ReadonlySet<SetColumnKey>,
): Field | undefined {
  const set = role === "annual" && indicator[keys.annual] ? keys.annual : keys.period;
  const other = set === keys.annual ? keys.period : keys.annual;
  return unused.has(set) && indicator[other] && lacks(keys, field) ? indicator[other] : indicator[set];
}

function indicatorFacts(indicator: Indicator, unused: ReadonlySet<SetColumnKey>): IndicatorFacts {
  // A name that is an error value (a formula without a result) names nothing: messages say 该指标.
  const name = indicator.name && !isCellError(indicator.name.raw) ? indicator.name.text : "";
  const cost = isCostIndicator(indicator);
  const level2 = indicatorLevel2(indicator);
  const economicCost = cost && (level2 === undefined || level2 === "经济成本指标" || level2 === "成本指标");
  const date = level2 === "时效指标";
  // One shape for every value's hints (a literal, not a spread: the memo key reads them on every value).
  const hintsWith = (unit: Field | undefined, comparator: Field | undefined): ValueHints => ({
    name,
    unitColumn: unit?.text,
    comparatorColumn: comparator?.text,
    money: economicCost,
    date,
  });
  // Parsed results are shared and frozen (parseValueShared): the rules only read them.
  const values: ValueFact[] = [];
  // The hints of a value read with the row's own 计量单位 and 运算符号, shared by its values (one shape, one memo key).
  const shared = hintsWith(indicator.unitColumn, indicator.comparatorColumn);
  const add = (field: Field | undefined, role: ValueRole, beside = false) => {
    if (!field) return;
    const unitColumn = setColumn(indicator, field, role, SET_COLUMNS[0], unused);
    const comparatorColumn = setColumn(indicator, field, role, SET_COLUMNS[1], unused);
    const headerUnit = indicator.headerUnits?.[role];
    const own = unitColumn === indicator.unitColumn && comparatorColumn === indicator.comparatorColumn;
    const read = own ? shared : hintsWith(unitColumn, comparatorColumn);
    const given = headerUnit ? { ...read, headerUnit } : read;
    // An error value (`#N/A`, a formula without a result) says nothing of the target, whatever its code's words.
    const parsed = isCellError(field.raw) ? CELL_ERROR : parseValueShared(field.text, given);
    // A value read as one quantity is no copy of itself: only the rest are asked (most values are quantities).
    const doubled = parsed.kind !== "quantitative" ? doubledQuantity(field.text, name) : undefined;
    const unitOnly = isUnitOnly(field.text);
    const columnComparator = comparatorColumn ? comparatorOf(comparatorColumn.text) !== undefined : false;
    const fact: ValueFact = {
      field,
      role,
      parsed,
      hints: given,
      beside,
      unitOnly,
      unitColumn,
      comparatorColumn,
      columnComparator,
    };
    values.push(doubled ? { ...fact, doubled } : fact);
  };
  add(indicator.value, "value");
  for (const region of indicator.regionValues ?? []) add(region, "value", true);
  add(indicator.periodValue, "period");
  add(indicator.annualValue, "annual");
  return {
    indicator,
    name,
    kind: nameKind(name),
    satisfaction: isSatisfactionName(name),
    cost,
    economicCost,
    level2,
    // As isQuantity/isTimeliness decide, without looking the 二级指标 up twice more; a 二级 under another 一级
    // (`效益指标 | 数量指标`) is level2-mismatch's one finding, and says nothing of the value.
    quantity: level2 === "数量指标" && outputLevel2(indicator),
    timeliness: level2 === "时效指标" && outputLevel2(indicator),
    values,
  };
}

/**
 * The cell that holds a value's comparator: the value itself, or the flat
 * layout's 指标性质/运算符号 column when the value cell holds only the number.
 */
export function comparatorCell(value: ValueFact): Field {
  const q = value.parsed;
  const column = value.comparatorColumn;
  const inValue =
    q.kind === "quantitative" && q.comparatorText !== undefined && value.field.text.includes(q.comparatorText);
  return !inValue && column && value.columnComparator ? column : value.field;
}

/**
 * A 数量指标 whose value is a phrase that says no number (`全部`, `提升`, `年度计划数`): qualitative-quantity's finding.
 * A description that mentions numbers (`报告1份、报告1份`) and Chinese numerals (`三个`) do say how many.
 */
export function quantityInWords(facts: IndicatorFacts, value: ValueFact): boolean {
  const q = value.parsed;
  return (
    facts.quantity && q.kind === "qualitative" && !q.quantities?.length && !CHINESE_COUNT.test(value.field.text.trim())
  );
}

/**
 * An economic cost stated in words (`符合相关规定`, `控制在预算内`): no number at all where an amount belongs. Only
 * where the 二级 says 经济成本 (or the old scheme's 成本 under 产出): a cost with no 二级 may be a social or an
 * ecological one, which words describe (`对周边生态环境的影响 | 无明显影响`; the session's own review); a saving
 * or a yes/no question (`是否超出预算 | 否`) is no amount either.
 */
export function costInWords(facts: IndicatorFacts, value: ValueFact): boolean {
  const q = value.parsed;
  const economic = facts.level2 === "经济成本指标" || facts.level2 === "成本指标";
  // With no 二级, a name that names money (`项目总成本`, `培训费`) is an economic cost; an effect is not.
  if (!economic && !(facts.level2 === undefined && facts.economicCost && MONEY_COST_NAME.test(facts.name)))
    return false;
  if (isSavingName(facts.name) || YES_NO_NAME.test(facts.name)) return false;
  return q.kind === "qualitative" && !q.quantities?.length;
}

/**
 * `孕产妇死亡率 ≥5‰`: a rate of harm with a floor (the eighteenth session's sector review): operator-direction's
 * warning, which percent-trivial leaves to it. Only a share as written (%, ‰), with no words about the number.
 */
export function harmWithFloor(facts: IndicatorFacts, q: QuantitativeValue): boolean {
  if (!isLowerBound(q.comparator) || q.dimension !== "percent" || facts.satisfaction) return false;
  if (q.words && (q.words.before.trim() || q.words.after.trim())) return false;
  return isHarmRate(facts.name);
}

/** A rate of harm (`死亡率`, `事故发生率`; not `下降率`, not a growth): lower is better. */
export function isHarmRate(name: string): boolean {
  return HARM_RATE.test(name) && !FALLING_NAME.test(name) && !GROWTH.test(name);
}
