import rule from "../../src/core/rules/budget-sum-mismatch";
import type { TargetTable } from "../../src/core/model/table";
import { compact, flat, form, runRule } from "../helpers/rule-tester";

const withoutOther = (table: TargetTable): TargetTable => ({ ...table, other: undefined });

runRule(rule, {
  valid: [
    { name: "form: Qingdao 170.00 = 170.00 + blank", table: form({ budget: "170.00", fiscal: "170.00", other: " " }) },
    { name: "form: numbers from the host", table: form({ budget: 195, fiscal: 150, other: 45 }) },
    { name: "form: rounding within 0.005", table: form({ budget: 10.01, fiscal: 3.337, other: 6.676 }) },
    {
      name: "form: thousands separators and full-width digits",
      table: form({ budget: "1,500.00", fiscal: "１５００", other: null }),
    },
    { name: "form: an amount with its money unit", table: form({ budget: "170万元", fiscal: "1700000元", other: "" }) },
    { name: "form: 其他资金 written 无 (none)", table: form({ budget: 170, fiscal: 170, other: "无" }) },
    { name: "form: empty 预算数 is field-missing's business", table: form({ budget: null, fiscal: 170 }) },
    { name: "compact: no budget in this layout", table: compact() },
    { name: "flat: default export", table: flat() },
    { name: "form: no 其他资金 label, 财政资金 equals 预算数", table: withoutOther(form({ budget: 20, fiscal: 20 })) },
  ],
  invalid: [
    {
      name: "form: fiscal short of the budget suggests budget − other",
      table: form({ budget: 170, fiscal: 150, other: null }),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", suggestions: ["170"], fix: null }],
    },
    {
      name: "form: both blank count as 0",
      table: form({ budget: "120.00", fiscal: "", other: "" }),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", suggestions: ["120"], fix: null }],
    },
    {
      name: "form: sum above the budget, other alone too large: no suggestion",
      table: form({ budget: 100, fiscal: 80, other: 120 }),
      errors: [{ cell: "E4", severity: "error", messageId: "mismatch", suggestions: [], fix: null }],
    },
    {
      name: "form: a budget written in words",
      table: form({ budget: "一百七十万", fiscal: 170 }),
      errors: [{ cell: "C4", severity: "warning", messageId: "notNumber", fix: null, suggestions: [] }],
    },
    {
      name: "flat: 28.8 ≠ 20 + 0",
      table: flat({ budget: 28.8, fiscal: 20, other: 0 }),
      errors: [{ cell: "D4", severity: "error", messageId: "mismatch", suggestions: ["28.8"], fix: null }],
    },
  ],
});
