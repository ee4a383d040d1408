/**
 * unit-mismatch's reading of one indicator, shared: unit-mismatch reports these
 * findings, and unit-nonstandard asks whether a cell is among them so that it
 * does not tidy the spelling of a unit that is wrong anyway (`≥70百分号` on a
 * count). Both rules decide from the same facts; neither sees the other's reports.
 */
import type { Field } from "../../model/table";
import { standardUnit, unitDimension, type Dimension, type QuantitativeValue } from "../../value";
import type { IndicatorFacts, ValueFact } from "./value-facts";
import { shownName, whereData } from "./value-text";

/** A unit-mismatch finding before it is reported. */
export interface UnitMismatch {
  readonly at: Field;
  readonly messageId: string;
  readonly data: Record<string, string>;
}

type Quantity = ValueFact & { parsed: QuantitativeValue };

/** Values whose unit is written somewhere and known: bare numbers are unit-missing's. */
function withUnit(value: ValueFact): value is Quantity {
  const q = value.parsed;
  return q.kind === "quantitative" && q.unitSource !== "none" && q.dimension !== "unknown";
}

// 社会成本 and 生态环境成本 may be physical (亩, 吨): only economic costs must be money.
function economicCost(facts: IndicatorFacts): boolean {
  if (!facts.cost) return false;
  const level2 = facts.level2;
  return level2 === undefined || level2 === "经济成本指标" || level2 === "成本指标";
}

const COST_UNITS: readonly Dimension[] = ["money", "moneyPerUnit", "percent"];

/** The messageId a value's unit earns from what the indicator is, or undefined. */
function nameProblem(facts: IndicatorFacts, q: QuantitativeValue): string | undefined {
  const d = q.dimension;
  if (facts.kind === "share" && (d === "count" || d === "money" || d === "moneyPerUnit")) return "share";
  if (facts.kind === "count" && d === "percent") return "count";
  if (economicCost(facts) && !COST_UNITS.includes(d)) return "cost";
  // `≥1次/月` is a frequency, which a timeliness indicator may state.
  if (facts.timeliness && d === "count" && !q.unitStandard.includes("/")) return "timeliness";
  return undefined;
}

function shown(value: Quantity): string {
  const q = value.parsed;
  return q.unitSource === "column" ? `${value.field.text}（计量单位：${q.unit}）` : value.field.text;
}

function checkName(out: UnitMismatch[], facts: IndicatorFacts, value: Quantity): boolean {
  const messageId = nameProblem(facts, value.parsed);
  if (!messageId) return false;
  const column = facts.indicator.unitColumn;
  // Where the unit came from the 计量单位 column, that cell is the one to change.
  const at = value.parsed.unitSource === "column" && column ? column : value.field;
  const data = { ...whereData(value.role), name: shownName(facts.name), text: shown(value), unit: value.parsed.unit };
  out.push({ at, messageId, data });
  return true;
}

/** Flat layout: a value that carries its own unit, against the 计量单位 column. */
function checkColumn(out: UnitMismatch[], facts: IndicatorFacts, value: Quantity): void {
  const column = facts.indicator.unitColumn?.text ?? "";
  if (value.parsed.unitSource !== "value" || !column) return;
  const standard = standardUnit(column, facts.cost);
  if (standard === value.parsed.unitStandard || unitDimension(standard) === "unknown") return;
  const data = { name: shownName(facts.name), text: value.field.text, unit: value.parsed.unit, column };
  out.push({ at: value.field, messageId: "column", data });
}

// A deadline and a duration (`2024年底`, `12个月`) answer the same question.
function family(d: Dimension): Dimension {
  return d === "date" ? "time" : d;
}

/** Compact layout: period and annual values measuring different things. */
function checkPeriodAnnual(out: UnitMismatch[], facts: IndicatorFacts, values: Quantity[]): void {
  const period = values.find((v) => v.role === "period");
  const annual = values.find((v) => v.role === "annual");
  if (!period || !annual || family(period.parsed.dimension) === family(annual.parsed.dimension)) return;
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
export function unitMismatches(facts: IndicatorFacts): UnitMismatch[] {
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

/** Whether unit-mismatch reports this cell of the indicator. */
export function unitMismatchAt(facts: IndicatorFacts, cell: Field): boolean {
  return unitMismatches(facts).some((m) => m.at === cell);
}
