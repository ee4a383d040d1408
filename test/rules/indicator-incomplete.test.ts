import rule from "../../src/core/rules/indicator-incomplete";
import type { TargetTable } from "../../src/core/model/table";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";

const rows = (i: number, patch: Partial<Record<0 | 1 | 2, string>>): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) =>
    j === i ? (r.map((c, k) => (k in patch ? patch[k as 0 | 1 | 2] : c)) as IndicatorRow) : r,
  );

/** A compact item whose 二级 part the parser could not find. */
function withoutLevel2(table: TargetTable): TargetTable {
  const indicators = table.indicators.map((ind, i) =>
    i === 1 ? { ...ind, level2: undefined, level2Code: undefined } : ind,
  );
  return { ...table, indicators };
}

runRule(rule, {
  valid: [
    { name: "form: merged 一级指标 groups", table: form() },
    { name: "form: 一级指标 written once per group", table: form({ level1Style: "once" }) },
    { name: "form: 一级指标 repeated on every row", table: form({ level1Style: "repeated" }) },
    { name: "compact: default list", table: compact() },
    { name: "flat: default export", table: flat() },
    { name: "form: no indicators at all is not this rule's business", table: form({ indicators: [] }) },
  ],
  invalid: [
    {
      name: "form: empty 二级指标 and 三级指标",
      table: form({
        indicators: rows(1, { 1: "" }).map((r, j) =>
          j === 4 ? ([r[0], r[1], " ", r[3], r[4], r[5]] as IndicatorRow) : r,
        ),
      }),
      errors: [
        { cell: "B11", severity: "error", messageId: "level2" },
        { cell: "C14", severity: "error", messageId: "name" },
      ],
    },
    {
      name: "compact: empty 三级指标 inside the packed cell",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: DEFAULT_ITEMS.map((it, i) =>
              i === 2 ? (["1", "产出指标", "13", "时效指标", "", "1天", "1天"] as CompactItem) : it,
            ),
          },
        ],
      }),
      errors: [{ cell: "C3", severity: "error", messageId: "name" }],
    },
    {
      name: "compact: a 二级 part never found points at the packed cell",
      table: withoutLevel2(compact()),
      errors: [{ cell: "C3", severity: "error", messageId: "level2" }],
    },
    {
      name: "flat: empty 二级指标",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 2 ? (["产出指标", "", ...r.slice(2)] as FlatRow) : r)),
      }),
      errors: [{ cell: "B9", severity: "error", messageId: "level2" }],
    },
  ],
});
