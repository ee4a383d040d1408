/**
 * @fileoverview cost-over-budget — a money 成本指标, or the sum of them, above 预算数
 * once converted into the table's money unit. Per-unit costs and percentages
 * are neither compared nor summed, nor the long-term set's costs (实施期 spans years), nor a second value column's.
 */
import { isFloorCost, isSavingName } from "../value/name-kind";
import { toWan } from "../value/units";
import type { QuantitativeValue } from "../value/types";
import { readAmount, tableBudget } from "./utils/structure-number";
import type { TargetTable } from "../model/table";
import type { RuleContext, RuleModule } from "./rule";
import { isDepartmentWide } from "./utils/structure-fields";
import {
  BREAKDOWN_NAME,
  ESTIMATE_BASIS,
  NOT_BUDGET_MONEY,
  PER_UNIT_NAME,
  PER_UNIT_VALUE,
  STANDARD_NAME,
  TOTAL_COST_NAME,
} from "../schema/name-words";
import { eachValue, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { isLowerBound } from "../value/comparator";
import { shownName, upperNumber } from "./utils/value-text";

const TOLERANCE = 0.005;

interface Cost {
  facts: IndicatorFacts;
  value: ValueFact;
  /** The amount in the table's money unit (a range counts with its upper end). */
  amount: number;
}

/**
 * Whether a cost above the budget is the budget rounded as the cost is written: to the digits it shows, in its own
 * unit (`≤325.68万元` or `≤326万元` against 3,256,789元, `≤0.33亿元` against 3,256万元); `≤0.4亿元` is no rounding
 * of 3,256万元 (that is 0.3). Asked only of a cost above the budget.
 */
function roundedBudget(cost: Cost, budget: number, perUnit: number): boolean {
  const q = cost.value.parsed as QuantitativeValue;
  const written = upperNumber(q);
  const decimals = (String(written).split(".")[1] ?? "").length;
  const one = toWan(1, q.unitStandard);
  if (!one) return false;
  const scale = 10 ** decimals;
  const rounded = Math.round(((budget * perUnit) / one) * scale) / scale;
  return written <= rounded + 1e-9;
}

const PER_THING = /^\s*(?:[/／]|每)/;

/** Every money cost of the table, in the table's money unit. */
function costs(context: RuleContext): Cost[] {
  const { table } = context;
  const perUnit = toWan(1, table.moneyUnit) ?? 1;
  const out: Cost[] = [];
  for (const { facts, value } of eachValue(context)) {
    const q = value.parsed;
    // 预算数 is the year's (head.ts prefers it); a long-term set's cost covers the whole 实施期, and a column beside
    // the first (a region's share, a later year's `2026年 | 2027年`) belongs to no budget the table states.
    if (value.role === "period" || value.beside) continue;
    if (!facts.cost || q.kind !== "quantitative" || q.dimension !== "money") continue;
    // `项目总投资 ≤8000万元` spans the project's years, `撬动社会资本投入` is no budget money.
    if (NOT_BUDGET_MONEY.test(facts.name)) continue;
    // A line of a works project's approved estimate (`建安工程费 ≤14500万元`, basis `预算支出标准（批复概算）`) spans its
    // years too, as the estimate's whole does (fifteenth session).
    if (ESTIMATE_BASIS.test(facts.indicator.basis?.text ?? "")) continue;
    // A floor (`地方配套资金 ≥4000万元`, `项目资本金 ≥2400万元`) is money to be found, not spent from the budget.
    if (isLowerBound(q.comparator) && isFloorCost(facts.name, q)) continue;
    // `≤8万元/村`, `≤1.5万元每人`: money per a thing the grammar has no unit for is still per unit.
    if (PER_THING.test(q.words?.after ?? "")) continue;
    // `人均≤200元`, `≤3万元（每户）`: the value says per whom, before the amount or in a note the grammar sets aside.
    if (PER_UNIT_VALUE.test(value.field.text)) continue;
    const wan = toWan(upperNumber(q as QuantitativeValue), q.unitStandard);
    if (wan !== undefined) out.push({ facts, value, amount: wan / perUnit });
  }
  return out;
}

// Four decimals: enough for 元 in 万元, and no float noise (0.30000000000000004).
function shown(n: number): string {
  return String(Math.round(n * 10000) / 10000);
}

/** Below this share of the budget a `…标准` is a rate, not a part of the total. */
const SMALL_SHARE = 0.05;

/** A `…标准` far below the budget (`生活补助标准 ≤0.25万元` beside a total of 99.8万元) is a rate per head. */
function smallStandard(cost: Cost, budget: number): boolean {
  return STANDARD_NAME.test(cost.facts.name.trim()) && cost.amount < budget * SMALL_SHARE;
}

/**
 * Whether one cost is named as the whole (`项目总成本`) and is at least each of the others: they are its parts.
 * Two costs named so (`培训总成本`, `设备购置总成本`) are two totals of their own.
 */
function wholeOf(list: readonly Cost[]): boolean {
  const totals = list.filter((c) => TOTAL_COST_NAME.test(c.facts.name));
  return totals.length === 1 && list.every((c) => c.amount <= totals[0].amount + TOLERANCE);
}

function reportSum(context: RuleContext, costs: Cost[], budget: number): void {
  // A department's whole budget split by class (人员 / 公用 / 项目, or 基本 / 项目) and the items kept within them
  // (会议费, 培训费, 政府采购预算) are no parts of one sum (fourteenth session: an error on every 部门整体 table).
  if (isDepartmentWide(context.table)) return;
  // A cost per unit named so (`设备采购单价 ≤8万元`) is no part of the total.
  // Nor is a saving (`资金节约额 ≥10万元`): money not spent.
  // Nor is a part listed under its total (`其中：设备购置费`).
  const list = costs.filter(
    (c) =>
      // `每处内涝点整治费用合计` states a total, whatever its 每处 says (the session's review).
      (!PER_UNIT_NAME.test(c.facts.name) || TOTAL_COST_NAME.test(c.facts.name)) &&
      !isSavingName(c.facts.name) &&
      !BREAKDOWN_NAME.test(c.facts.name) &&
      !smallStandard(c, budget),
  );
  // A cost equal to the budget, or named as the whole (`项目总成本 ≤98万元`), is the total; the others are its parts.
  if (list.length < 2 || list.some((c) => Math.abs(c.amount - budget) <= TOLERANCE) || wholeOf(list)) return;
  const sum = list.reduce((s, c) => s + c.amount, 0);
  // So is a cost equal to the others together (`项目总成本 ≤95万元` over `设备购置费 ≤60`, `运维服务费 ≤35`).
  if (list.length >= 3 && list.some((c) => Math.abs(sum - c.amount - c.amount) <= TOLERANCE)) return;
  if (sum <= budget + TOLERANCE) return;
  const largest = list.reduce((a, b) => (b.amount > a.amount ? b : a));
  const data = {
    name: shownName(largest.facts.name),
    sum: shown(sum),
    budget: shown(budget),
    moneyUnit: context.table.moneyUnit,
    count: list.length,
  };
  context.report({ at: largest.value.field, messageId: "sum", data });
}

/**
 * A budget of 0 beside costs in money: the 0 is the cause, one finding at it, not one at every cost. A total left
 * unfilled over parts that hold money (`年度资金总额：0` over `财政拨款 90`) is budget-sum-mismatch's; a 0 subtotal
 * over amounts the head did not read (`小计 0 | 市财政拨款 2377.15`) is this one (nineteenth session's reviews).
 */
function zeroBudget(context: RuleContext, list: readonly Cost[]): void {
  const { table } = context;
  // budget-sum-mismatch reports a 0 over parts it weighs; over a part it could not read it says nothing.
  if ((partsHoldMoney(table) && !table.fundPartsUnread) || !table.budget || !list.some((c) => c.amount > TOLERANCE))
    return;
  context.report({ at: table.budget, messageId: "zeroBudget", data: { moneyUnit: table.moneyUnit } });
}

/** Whether a part of the budget read in the head holds an amount above 0. */
function partsHoldMoney(table: TargetTable): boolean {
  const parts = [table.fiscal, table.other, ...(table.fundParts ?? [])];
  return parts.some((p) => {
    const amount = readAmount(p, table.moneyUnit);
    return amount.kind === "number" && !amount.percent && amount.value > 0;
  });
}

const rule: RuleModule = {
  meta: {
    id: "cost-over-budget",
    severity: "error",
    // A compact list's budget is read where the list has an amount column (`项目金额（万元）`).
    layouts: ["form", "flat", "compact"],
    docs: {
      description: {
        zh: "金额类成本指标（或其合计）换算后超过预算数",
        en: "A money cost indicator, or the sum of them, exceeds 预算数 after unit conversion",
      },
      bad: "预算数 170；项目经费  ≤200万元",
      good: "预算数 170；项目经费  ≤170万元",
    },
    messages: {
      zeroBudget: {
        zh: "预算数为 0{{moneyUnit}}，成本指标却有金额：请核对预算数",
        en: "The budget is 0 {{moneyUnit}}, yet the cost indicators state amounts: check the budget",
      },
      single: {
        zh: "成本指标“{{name}}”的指标值“{{text}}”（折合 {{amount}}{{moneyUnit}}）超过预算数 {{budget}}{{moneyUnit}}",
        en: 'The cost "{{name}}" is "{{text}}" ({{amount}} {{moneyUnit}}), above the budget of {{budget}} {{moneyUnit}}',
      },
      sum: {
        zh: "{{count}} 项金额成本指标合计 {{sum}}{{moneyUnit}}，超过预算数 {{budget}}{{moneyUnit}}；请核对“{{name}}”等成本指标",
        en: 'The {{count}} money cost indicators add up to {{sum}} {{moneyUnit}}, above the budget of {{budget}} {{moneyUnit}}; check "{{name}}" and the others',
      },
    },
  },
  check(context) {
    const budget = tableBudget(context.table);
    if (budget === undefined) return;
    const list = costs(context);
    if (budget === 0) {
      zeroBudget(context, list);
      return;
    }
    const perUnit = toWan(1, context.table.moneyUnit) ?? 1;
    let single = false;
    for (const c of list) {
      if (c.amount <= budget + TOLERANCE || roundedBudget(c, budget, perUnit)) continue;
      single = true;
      const data = {
        name: shownName(c.facts.name),
        text: c.value.field.text,
        amount: shown(c.amount),
        budget: shown(budget),
        moneyUnit: context.table.moneyUnit,
      };
      context.report({ at: c.value.field, messageId: "single", data });
    }
    // A value above the budget already explains a sum above it.
    if (!single) reportSum(context, list, budget);
  },
};

export default rule;
