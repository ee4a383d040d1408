import rule from "../../src/core/rules/spend-plan-invalid";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";

/** A small table whose spend plan is written as `plan` rows. */
const planned = (plan: string) =>
  written(`项目名称|道路维护|<|<|<|<|<|<|<
预算数（万元）|800|<|<|<|<|<|<|<
${plan}
绩效目标|完成日常养护。|<|<|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<|<|<|<
产出指标|数量指标|道路养护面积|≥500万平方米|计划标准|<|<|<|<`);

runRule(rule, {
  valid: [
    {
      // Seventeenth session's review: 100% written as 1, the plan as fractions of the whole.
      name: "form: a plan in fractions under a `（%）` label (`0.2 | 0.5 | 0.8 | 1`)",
      table: form({ budget: 200, plan: [0.2, 0.5, 0.8, 1] }),
    },
    {
      name: "form: Qingdao 1, amounts under a （%） label",
      table: form({ budget: "170.00", plan: ["5.00", "120.00", "160.00", "170.00"] }),
    },
    {
      name: "form: Qingdao 2, blank 3月底 and a flat stretch",
      table: form({ budget: "120.00", plan: [" ", "82.00", "82.00", "120.00"] }),
    },
    {
      name: "form: Qingdao, only 12月底 filled",
      table: form({ budget: "1420.00", plan: [null, null, null, "1420.00"] }),
    },
    {
      name: "form: small budget (3.50) read as amounts",
      table: form({ budget: 3.5, fiscal: 3.5, plan: [null, null, 3.5, 3.5] }),
    },
    { name: "form: percentages reaching 100", table: form({ budget: 300, plan: [10, 40, 70, 100] }) },
    { name: "form: percentages written with %", table: form({ budget: 100, plan: ["10%", "40%", "70%", "100%"] }) },
    { name: "form: an all-blank plan", table: form({ plan: [null, "", " ", null] }) },
    { name: "compact and flat have no plan", table: compact() },
    { name: "flat: no plan", table: flat() },
    {
      name: "a plan written down the rows (`3月底 | 20%` under one label)",
      table: planned(`资金支出计划|3月底|20%|<|<|<|<|<|<
^|6月底|50%|<|<|<|<|<|<
^|10月底|80%|<|<|<|<|<|<
^|12月底|100%|<|<|<|<|<|<`),
    },
    {
      name: "a plan of label and value pairs along one row (`3月底 | 20 | 6月底 | 45 …`)",
      table: planned(`资金支出计划（%）|3月底|20|6月底|45|10月底|70|12月底|100`),
    },
    {
      name: "a plan with its values in the labels' cells (`3月底：20%`)",
      table: planned(`资金支出计划|3月底：20%|6月底：45%|10月底：70%|12月底：100%|<|<|<|<`),
    },
    {
      name: "a plan with `金额（万元） | 比例（%）` sub-labels under each period",
      table: planned(`资金支出计划|3月底|<|6月底|<|10月底|<|12月底|<
^|金额（万元）|比例（%）|金额（万元）|比例（%）|金额（万元）|比例（%）|金额（万元）|比例（%）
^|160|20|400|50|640|80|800|100`),
    },
    {
      name: "form: amounts in 元 under a （元） label, the budget in 万元",
      table: form({
        budget: 800,
        fiscal: 800,
        planLabel: "资金支出计划（元）",
        plan: ["2,000,000", "4,000,000", "6,000,000", "8,000,000"],
      }),
    },
    {
      name: "form: amounts under a 万元 label reaching the budget",
      table: form({ budget: 60, planLabel: "资金支出计划（万元）", plan: [10, 20, 40, 60] }),
    },
    {
      name: "the 序时进度 grid by quarter ends (`3月底 | 6月底 | 9月底 | 12月底`)",
      table: planned(`资金支出计划（%）|3月底|6月底|9月底|12月底|<|<|<|<
^|20|45|70|100|<|<|<|<`),
    },
    {
      name: "each period's own spending beside a running-total row (`计划支出金额` over `累计支出进度`): the totals",
      table: planned(`支出计划|3月底|6月底|9月底|12月底|<|<|<|<
计划支出金额|160|240|240|160|<|<|<|<
累计支出进度|20%|50%|80%|100%|<|<|<|<`),
    },
    ...["资金支出进度计划（%）", "支出计划（%）", "序时进度（%）"].map((label) => ({
      name: `a plan under another label (\`${label}\`)`,
      table: planned(`${label}|3月底|6月底|10月底|12月底|<|<|<|<
^|20|45|70|100|<|<|<|<`),
    })),
  ],
  invalid: [
    {
      name: "a plan written down the rows that falls (`3月底 | 60%` over `6月底 | 50%`)",
      table: planned(`资金支出计划|3月底|60%|<|<|<|<|<|<
^|6月底|50%|<|<|<|<|<|<
^|10月底|80%|<|<|<|<|<|<
^|12月底|100%|<|<|<|<|<|<`),
      errors: [{ cell: "C4", severity: "error", messageId: "decreasing", fix: null, suggestions: [] }],
    },
    {
      name: "a fall at 9月底 (`60 | 50` under `6月底 | 9月底`)",
      table: planned(`资金支出计划（%）|3月底|6月底|9月底|12月底|<|<|<|<
^|20|60|50|100|<|<|<|<`),
      errors: [{ cell: "D4", severity: "error", messageId: "decreasing", fix: null, suggestions: [] }],
    },
    {
      name: "a running-total row that falls, under a row of each period's own spending",
      table: planned(`支出计划|3月底|6月底|9月底|12月底|<|<|<|<
计划支出金额|160|240|240|160|<|<|<|<
累计支出进度|20%|50%|45%|100%|<|<|<|<`),
      errors: [{ cell: "D5", severity: "error", messageId: "decreasing", fix: null, suggestions: [] }],
    },
    {
      name: "a fall under `资金支出进度计划`",
      table: planned(`资金支出进度计划（%）|3月底|6月底|10月底|12月底|<|<|<|<
^|20|60|50|100|<|<|<|<`),
      errors: [{ cell: "D4", severity: "error", messageId: "decreasing", fix: null, suggestions: [] }],
    },
    {
      name: "form: decreasing (6月底 150, 10月底 120)",
      table: form({ budget: 170, plan: [5, 150, 120, 170] }),
      errors: [{ cell: "E7", severity: "error", messageId: "decreasing", fix: null, suggestions: [] }],
    },
    {
      name: "form: a blank point does not hide a decrease across it",
      table: form({ budget: 170, plan: [100, null, 50, 170] }),
      errors: [{ cell: "E7", severity: "error", messageId: "decreasing", fix: null, suggestions: [] }],
    },
    {
      name: "form: amounts above the budget",
      table: form({ budget: 170, plan: [5, 120, 180, 200] }),
      errors: [
        { cell: "E7", severity: "error", messageId: "aboveBudget", fix: null, suggestions: [] },
        { cell: "F7", severity: "error", messageId: "aboveBudget", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: percentages above 100",
      table: form({ budget: 300, plan: ["20%", "50%", "120%", "100%"] }),
      errors: [
        { cell: "E7", severity: "error", messageId: "abovePercent", fix: null, suggestions: [] },
        { cell: "F7", severity: "error", messageId: "decreasing", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: 12月底 below the budget (amounts by a 万元 label)",
      table: form({ budget: 170, planLabel: "资金支出计划（万元）", plan: [5, 60, 90, 100] }),
      errors: [{ cell: "F7", severity: "warning", messageId: "shortOfBudget", fix: null, suggestions: [] }],
    },
    {
      name: "form: 12月底 below 100%",
      table: form({ budget: 300, plan: [10, 40, 70, 90] }),
      errors: [{ cell: "F7", severity: "warning", messageId: "shortOfBudget", fix: null, suggestions: [] }],
    },
    {
      name: "form: text and a negative amount",
      table: form({ budget: 170, plan: ["一季度", -5, 120, 170] }),
      errors: [
        { cell: "B7", severity: "warning", messageId: "notNumber", fix: null, suggestions: [] },
        { cell: "D7", severity: "error", messageId: "negative", fix: null, suggestions: [] },
      ],
    },
  ],
});
