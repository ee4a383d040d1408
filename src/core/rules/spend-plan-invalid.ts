/**
 * @fileoverview spend-plan-invalid — a 资金支出计划 that decreases over the year,
 * goes above 预算数 (amounts) or 100 (percentages), or does not reach the whole
 * budget by 12月底. Blank points are skipped: 3月底 is often left blank.
 */
import type { RuleContext, RuleModule } from "./rule";
import { formatAmount } from "./utils/structure-number";
import { PLAN_TOLERANCE, readPlan, type PlanReading } from "./utils/structure-plan";

/** The ceiling of the plan: 预算数 for amounts, 100 for percentages; undefined when unknown. */
function capOf(plan: PlanReading): number | undefined {
  return plan.mode === "percent" ? 100 : plan.budget;
}

function checkOrder(context: RuleContext, plan: PlanReading): void {
  plan.points.forEach((point, i) => {
    const data = { period: point.period, value: formatAmount(point.value) };
    if (point.value < 0) {
      context.report({ at: point.field, messageId: "negative", data });
      return;
    }
    const before = plan.points[i - 1];
    if (before && point.value < before.value - PLAN_TOLERANCE) {
      context.report({
        at: point.field,
        messageId: "decreasing",
        data: { ...data, before: before.period, beforeValue: formatAmount(before.value) },
      });
    }
  });
}

function checkCap(context: RuleContext, plan: PlanReading): void {
  const cap = capOf(plan);
  if (cap === undefined) return;
  const unitLabel = plan.mode === "percent" ? "%" : "";
  for (const point of plan.points) {
    if (point.value <= cap + PLAN_TOLERANCE) continue;
    const data = { period: point.period, value: formatAmount(point.value), cap: formatAmount(cap) + unitLabel };
    context.report({ at: point.field, messageId: plan.mode === "percent" ? "abovePercent" : "aboveBudget", data });
  }
  const last = plan.points[plan.points.length - 1];
  if (last && last.period === "12月底" && last.value < cap - PLAN_TOLERANCE) {
    const data = { value: formatAmount(last.value) + unitLabel, cap: formatAmount(cap) + unitLabel };
    context.report({ at: last.field, messageId: "shortOfBudget", data, severity: "warning" });
  }
}

const rule: RuleModule = {
  meta: {
    id: "spend-plan-invalid",
    severity: "error",
    docs: {
      description: {
        zh: "资金支出计划逐月递减、超过预算数（金额）或100%（百分比），或到12月底未达到预算数",
        en: "A 资金支出计划 (spend plan) that decreases, exceeds 预算数 (amounts) or 100 (percentages), or does not reach the budget by 12月底",
      },
      bad: "6月底 150 | 10月底 120 | 12月底 170",
      good: "6月底 120 | 10月底 150 | 12月底 170",
    },
    messages: {
      decreasing: {
        zh: "资金支出计划是累计数，{{period}}的 {{value}} 小于{{before}}的 {{beforeValue}}：请填写截至{{period}}的累计支出",
        en: "The spend plan is cumulative: {{period}} ({{value}}) is less than {{before}} ({{beforeValue}}); write the total spent by {{period}}",
      },
      aboveBudget: {
        zh: "{{period}}计划支出 {{value}} 超过预算数 {{cap}}：累计支出不能超过预算数",
        en: "{{period}} plans {{value}}, more than the budget {{cap}}: the cumulative plan cannot exceed 预算数",
      },
      abovePercent: {
        zh: "{{period}}计划支出 {{value}}% 超过100%：请填写不超过100的累计百分比",
        en: "{{period}} plans {{value}}%, above 100%: write a cumulative percentage of at most 100",
      },
      shortOfBudget: {
        zh: "12月底累计支出 {{value}} 未达到 {{cap}}：年底应支出全部预算，或调整预算数",
        en: "By 12月底 the plan reaches {{value}}, not {{cap}}: plan to spend the whole budget by year end, or adjust the budget",
      },
      negative: {
        zh: "{{period}}计划支出为负数 {{value}}：请填写累计支出",
        en: "{{period}} plans a negative amount ({{value}}): write the cumulative spending",
      },
      notNumber: {
        zh: "资金支出计划“{{text}}”不是数字：请填写累计金额或百分比",
        en: "Spend plan entry “{{text}}” is not a number: write the cumulative amount or percentage",
      },
    },
  },
  check(context) {
    const plan = readPlan(context);
    if (!plan) return;
    for (const field of plan.unreadable)
      context.report({ at: field, messageId: "notNumber", data: { text: field.text }, severity: "warning" });
    checkOrder(context, plan);
    checkCap(context, plan);
  },
};

export default rule;
