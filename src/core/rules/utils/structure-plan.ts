/**
 * Reads the 资金支出计划 (spend plan): cumulative amounts or percentages at
 * 3月底/6月底/10月底/12月底. The Qingdao tables label the row `（%）` yet fill it
 * with 万元 amounts ending at 预算数, so the label alone cannot be trusted.
 */
import type { Field, MoneyUnit, SpendPeriod, TargetTable } from "../../model/table";
import { labelMoneyUnit } from "../../text/head-label";
import { toHalfWidth } from "../../text/normalize";
import { toWan } from "../../value/units";
import type { RuleContext } from "../rule";
import { readAmount, tableBudget } from "./structure-number";

export const PLAN_TOLERANCE = 0.005;

export interface PlanPoint {
  period: SpendPeriod;
  field: Field;
  value: number;
}

export interface PlanReading {
  /** How the values read: amounts in the money unit, or percentages of 预算数. */
  mode: "amount" | "percent";
  /** The filled points, in period order (blank ones skipped). */
  points: PlanPoint[];
  /** Points holding text that is no number. */
  unreadable: Field[];
  /** 预算数 when it is a number. */
  budget?: number;
  label: Field;
}

const PERCENT_LABEL = /[%％]|百分/;
const MONEY_LABEL = /元/;

function decideMode(
  label: string,
  points: PlanPoint[],
  percentWritten: boolean,
  budget: number | undefined,
): PlanReading["mode"] {
  if (percentWritten) return "percent";
  if (MONEY_LABEL.test(label) && !PERCENT_LABEL.test(label)) return "amount";
  // Spec: amounts when the last value equals the budget or exceeds 100.
  const last = points[points.length - 1].value;
  // A budget of 100 makes `… 100` fit both readings: a `（%）` label then decides.
  const bothFit = PERCENT_LABEL.test(label) && Math.abs(last - 100) <= PLAN_TOLERANCE;
  if (budget !== undefined && Math.abs(last - budget) <= PLAN_TOLERANCE && !bothFit) return "amount";
  return last > 100 ? "amount" : "percent";
}

/** The plan as read (once per table, for the two rules that read it), or undefined when the table has none or every point is blank. */
export function readPlan(context: Pick<RuleContext, "once">): PlanReading | undefined {
  return context.once(readPlanOf);
}

function readPlanOf(table: TargetTable): PlanReading | undefined {
  const plan = table.spendPlan;
  if (!plan) return undefined;
  const points: PlanPoint[] = [];
  const unreadable: Field[] = [];
  let percentWritten = false;
  const scale = labelScale(plan.label, table.moneyUnit);
  for (const { period, field } of plan.points) {
    const amount = readAmount(field, table.moneyUnit);
    if (amount.kind === "text") unreadable.push(field);
    if (amount.kind !== "number") continue;
    percentWritten ||= amount.percent;
    // A bare number is in the label's unit; a number with its own unit has been converted already.
    const value = amount.percent || OWN_UNIT.test(field.text) ? amount.value : amount.value * scale;
    points.push({ period, field, value });
  }
  if (points.length === 0 && unreadable.length === 0) return undefined;
  const budget = tableBudget(table);
  const label = toHalfWidth(plan.label.text);
  const mode = points.length ? decideMode(label, points, percentWritten, budget) : "percent";
  const read = mode === "percent" && !percentWritten && fractions(points) ? asPercentages(points) : points;
  return { mode, points: read, unreadable, budget, label: plan.label };
}

/**
 * Shares written as fractions of the whole (`0.2 | 0.5 | 0.8 | 1` under `（%）`): every point at most 1 and the last
 * exactly 1, which as per cent would be a plan spending 1% of the budget by the year's end (seventeenth session's
 * review: a spend-plan-invalid warning on such a plan).
 */
function fractions(points: readonly PlanPoint[]): boolean {
  const last = points[points.length - 1].value;
  return Math.abs(last - 1) <= 1e-9 && points.every((p) => p.value >= 0 && p.value <= 1);
}

function asPercentages(points: readonly PlanPoint[]): PlanPoint[] {
  return points.map((p) => ({ ...p, value: Math.round(p.value * 100 * 1e6) / 1e6 }));
}

const OWN_UNIT = /[元万亿]/;

/** `资金支出计划（元）` under a 预算数 in 万元: how many of the table's unit one of the label's is (1 when it names none). */
function labelScale(label: Field, moneyUnit: MoneyUnit): number {
  const unit = labelMoneyUnit(label.text);
  const from = unit ? toWan(1, unit) : undefined;
  const to = toWan(1, moneyUnit);
  return from !== undefined && to ? from / to : 1;
}

/** Whether the plan's label names percentages (`资金支出计划（%）`). */
export function labelSaysPercent(label: Field): boolean {
  return PERCENT_LABEL.test(toHalfWidth(label.text));
}
