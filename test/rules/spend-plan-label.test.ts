import rule from "../../src/core/rules/spend-plan-label";
import { compact, flat, form, runRule } from "../helpers/rule-tester";

runRule(rule, {
  valid: [
    { name: "form: percentages under a （%） label", table: form({ budget: 300, plan: [10, 40, 70, 100] }) },
    {
      // Both readings fit (the plan ends at 100, and so does the budget): the label decides.
      name: "form: percentages under a （%） label, the budget 100",
      table: form({ budget: 100, fiscal: 100, plan: [25, 50, 75, 100] }),
    },
    { name: "form: amounts under a （万元） label", table: form({ budget: 170, planLabel: "资金支出计划（万元）" }) },
    { name: "form: amounts under a label without unit", table: form({ budget: 170, planLabel: "资金支出计划" }) },
    { name: "form: blank plan", table: form({ plan: [null, null, null, null] }) },
    { name: "compact: no plan", table: compact() },
    { name: "flat: no plan", table: flat() },
  ],
  invalid: [
    {
      name: "form: every Qingdao table: （%） holding 万元 amounts that end at 预算数",
      table: form({ budget: "170.00", plan: ["5.00", "120.00", "160.00", "170.00"] }),
      errors: [
        { cell: "A6", severity: "info", messageId: "amounts", suggestions: ["资金支出计划（万元）"], fix: null },
      ],
    },
    {
      name: "form: half-width (%) and amounts above 100",
      table: form({ budget: 1981, planLabel: "资金支出计划(%)", plan: [30, 500, 1000, 1900] }),
      errors: [
        { cell: "A6", severity: "info", messageId: "amounts", suggestions: ["资金支出计划（万元）"], fix: null },
      ],
    },
    {
      name: "form: % outside brackets: no suggestion",
      table: form({ budget: 18, planLabel: "资金支出计划%", plan: [null, null, 5, 18] }),
      errors: [{ cell: "A6", severity: "info", messageId: "amounts", suggestions: [], fix: null }],
    },
  ],
});
