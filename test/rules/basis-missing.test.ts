import rule from "../../src/core/rules/basis-missing";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";
import type { TargetTable } from "../../src/core/model/table";

const withBasis = (i: number, basis: string): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([...r.slice(0, 5), basis] as IndicatorRow) : r));
const flatBasis = (pick: (j: number) => string | undefined): FlatRow[] =>
  DEFAULT_FLAT_ROWS.map((r, j) => (pick(j) === undefined ? r : ([...r.slice(0, 8), pick(j)] as FlatRow)));

const OTHER_TYPES = ["计划标准", "行业标准", "历史标准", "其他标准"];

/** The flat builder stars its required columns and not 指标值确定依据: as a header that requires it too. */
const basisRequired = (table: TargetTable): TargetTable => ({ ...table, basisOptional: undefined });

runRule(rule, {
  valid: [
    { name: "form: every basis filled", table: form() },
    {
      name: "form: a basis with a document",
      table: form({ indicators: withBasis(1, "计划标准（青政发〔2021〕18号）") }),
    },
    { name: "compact: the layout has no basis column", table: compact() },
    {
      // Thirteenth session (湖南 exports): stars mark the required columns; the basis is filled where a standard is.
      name: "flat: a basis column the header leaves unstarred beside starred ones, filled on the cost row only",
      table: flat({ rows: flatBasis((j) => (j === 3 ? undefined : "")) }),
    },
    { name: "flat: every basis filled", table: flat() },
  ],
  invalid: [
    {
      name: "form: empty basis on a 产出 row suggests the four non-cost types",
      table: form({ indicators: withBasis(1, "") }),
      errors: [{ cell: "G11", severity: "error", messageId: "missing", suggestions: OTHER_TYPES, fix: null }],
    },
    {
      name: "form: empty basis on a 成本 row suggests 预算支出标准 first",
      table: form({ indicators: withBasis(0, " ") }),
      errors: [
        {
          cell: "G10",
          severity: "error",
          messageId: "missing",
          suggestions: ["预算支出标准", ...OTHER_TYPES],
          fix: null,
        },
      ],
    },
    {
      name: "form: a lone slash is empty",
      table: form({ indicators: withBasis(5, "/") }),
      errors: [
        {
          cell: "G15",
          severity: "error",
          messageId: "missing",
          fix: null,
          suggestions: ["计划标准", "行业标准", "历史标准", "其他标准"],
        },
      ],
    },
    {
      name: "flat: one empty basis",
      table: basisRequired(flat({ rows: flatBasis((j) => (j === 2 ? "" : undefined)) })),
      errors: [
        {
          cell: "I9",
          severity: "error",
          messageId: "missing",
          fix: null,
          suggestions: ["计划标准", "行业标准", "历史标准", "其他标准"],
        },
      ],
    },
    {
      // Fourteenth session (county forms): one cause, one finding, at the column's first cell.
      name: "form: a column never filled is one error, not one per row",
      table: form({ indicators: DEFAULT_INDICATORS.map((r) => [...r.slice(0, 5), ""] as IndicatorRow) }),
      errors: [{ cell: "G10", severity: "error", messageId: "columnEmpty", fix: null, suggestions: [] }],
    },
    {
      name: "flat: a column never filled is one warning, not one error per row",
      table: basisRequired(flat({ rows: flatBasis(() => "") })),
      errors: [{ cell: "I7", severity: "warning", messageId: "columnEmpty", fix: null, suggestions: [] }],
    },
  ],
});
