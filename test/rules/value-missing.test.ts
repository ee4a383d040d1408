import rule from "../../src/core/rules/value-missing";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";
import type { CellValue } from "../../src/core/grid/grid";

const withValue = (i: number, value: CellValue): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([r[0], r[1], r[2], r[3], value, r[5]] as IndicatorRow) : r));
const items = (period: string, annual: string): CompactItem[] =>
  DEFAULT_ITEMS.map((it, i) => (i === 0 ? ([...it.slice(0, 5), period, annual] as CompactItem) : it));

runRule(rule, {
  valid: [
    { name: "form: default values", table: form() },
    { name: "form: 0 is a value", table: form({ indicators: withValue(1, 0) }) },
    { name: "form: qualitative value", table: form({ indicators: withValue(4, "有效提升") }) },
    { name: "compact: both values", table: compact() },
    { name: "flat: numeric values", table: flat() },
    { name: "form: a value with a dash inside is real", table: form({ indicators: withValue(1, "18-33毫克/公斤") }) },
  ],
  invalid: [
    {
      name: "form: blank value",
      table: form({ indicators: withValue(1, null) }),
      errors: [{ cell: "F11", severity: "error", messageId: "value" }],
    },
    {
      name: "form: a lone slash or dash is not a target",
      table: form({
        indicators: withValue(2, "/").map((r, j) => (j === 3 ? ([...r.slice(0, 4), "——", r[5]] as IndicatorRow) : r)),
      }),
      errors: [
        { cell: "F12", severity: "error", messageId: "value" },
        { cell: "F13", severity: "error", messageId: "value" },
      ],
    },
    {
      name: "compact: annual value empty",
      table: compact({ projects: [{ name: "p", goal: "g", items: items("3个", "") }] }),
      errors: [{ cell: "C3", severity: "error", messageId: "annualValue" }],
    },
    {
      name: "compact: both values empty",
      table: compact({ projects: [{ name: "p", goal: "g", items: items(" ", "") }] }),
      errors: [
        { cell: "C3", severity: "error", messageId: "periodValue" },
        { cell: "C3", severity: "error", messageId: "annualValue" },
      ],
    },
    {
      name: "flat: empty *指标值",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 0 ? ([...r.slice(0, 4), null, ...r.slice(5)] as FlatRow) : r)),
      }),
      errors: [{ cell: "E7", severity: "error", messageId: "value" }],
    },
  ],
});
