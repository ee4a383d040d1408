/**
 * @fileoverview spend-plan-label — the 资金支出计划 row is labelled `（%）` but
 * holds amounts (every Qingdao table).
 */
import type { RuleModule } from "./rule";
import { formatAmount } from "./utils/structure-number";
import { labelSaysPercent, readPlan } from "./utils/structure-plan";

const PERCENT_IN_BRACKETS = /[（(]\s*[%％]\s*[)）]/;

const rule: RuleModule = {
  meta: {
    id: "spend-plan-label",
    severity: "info",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "资金支出计划标注为“（%）”，填写的却是金额",
        en: "The 资金支出计划 (spend plan) row is labelled （%） but holds amounts",
      },
      bad: "资金支出计划（%） | 5.00 | 120.00 | 160.00 | 170.00（预算数170.00）",
      good: "资金支出计划（万元） | 5.00 | 120.00 | 160.00 | 170.00",
    },
    messages: {
      amounts: {
        zh: "“{{label}}”标注为百分比，但填写的是金额（{{lastPeriod}}为 {{last}}）：请把标注改为“（{{moneyUnit}}）”，或改填百分比",
        en: "“{{label}}” says percent but the row holds amounts ({{lastPeriod}}: {{last}}): label it （{{moneyUnit}}）, or write percentages",
      },
      useMoneyUnit: { zh: "标注改为“（{{moneyUnit}}）”", en: "Label it （{{moneyUnit}}）" },
    },
  },
  check(context) {
    const { table } = context;
    const plan = readPlan(context);
    if (!plan || plan.mode !== "amount" || !labelSaysPercent(plan.label)) return;
    const label = plan.label.text;
    const last = plan.points[plan.points.length - 1];
    const data = { label, moneyUnit: table.moneyUnit, lastPeriod: last.period, last: formatAmount(last.value) };
    const fixed = label.replace(PERCENT_IN_BRACKETS, `（${table.moneyUnit}）`);
    const suggestions = fixed !== label ? [{ text: fixed, messageId: "useMoneyUnit", data }] : [];
    context.report({ at: plan.label, messageId: "amounts", data, suggestions });
  },
};

export default rule;
