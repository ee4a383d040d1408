import rule from "../../src/core/rules/placeholder-unfilled";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import type { CellValue } from "../../src/core/grid/grid";

const withRow = (i: number, name: string, value: CellValue, description = name): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([r[0], r[1], name, description, value, r[5]] as IndicatorRow) : r));

runRule(rule, {
  valid: [
    { name: "form: default table", table: form() },
    { name: "form: 7*24小时 has one star", table: form({ indicators: withRow(3, "系统值守时间", "7*24小时") }) },
    { name: "form: Latin words with X", table: form({ indicators: withRow(1, "XXL号Xbox设备数量", "≥2台") }) },
    {
      name: "form: 二〇〇八 is a year, not a placeholder",
      table: form({ goal: "落实青政发〔二〇〇八〕44号文件要求。" }),
    },
    {
      // Nineteenth session: beside a blank target, value-missing asks for it; the hint is no second finding.
      name: "form: a template's hint in a name beside a blank target",
      table: form({ indicators: withRow(1, "农村低保发放人数(≥**人)", "", "") }),
    },
    { name: "form: a standard number with an underscore", table: form({ indicators: withRow(1, "GB_T数量", "1项") }) },
    { name: "compact: default list", table: compact() },
    { name: "flat: default export", table: flat() },
  ],
  invalid: [
    {
      name: "form: ≥XX% in a value",
      table: form({ indicators: withRow(2, "资金使用合规性", "≥XX%") }),
      errors: [{ cell: "F12", severity: "error", messageId: "placeholder", fix: null, suggestions: [] }],
    },
    {
      name: "form: a template's hint left in a name beside a filled target is an info, its removal a suggestion",
      table: form({
        indicators: withRow(1, "农村低保发放人数(按月平均)(≥**人)", "≥21933人", ""),
      }),
      errors: [
        {
          cell: "C11",
          severity: "info",
          messageId: "hint",
          data: { hint: "(≥**人)" },
          fix: null,
          suggestions: ["农村低保发放人数(按月平均)"],
        },
      ],
    },
    {
      name: "form: the hint unbracketed at the name's end (`受益贫困人口数≥**人`) is an info too",
      table: form({ indicators: withRow(1, "受益贫困人口数≥**人", ">=29人", "") }),
      errors: [
        {
          cell: "C11",
          severity: "info",
          messageId: "hint",
          data: { hint: "≥**人" },
          fix: null,
          suggestions: ["受益贫困人口数"],
        },
      ],
    },
    {
      // The session's own review: a bracket without a comparator holds content left unfilled, not a format.
      name: "form: a placeholder in a bracket with no comparator (`（XX县）农村公路养护里程`) is an error",
      table: form({ indicators: withRow(1, "（XX县）农村公路养护里程", "≥120公里", "") }),
      errors: [{ cell: "C11", severity: "error", messageId: "placeholder", fix: null, suggestions: [] }],
    },
    {
      // The second review: a placeholder and its unit in a bracket is the same format hint.
      name: "form: a hint of a placeholder and its unit (`（**人）`) beside a filled target is an info",
      table: form({ indicators: withRow(1, "补贴发放人数（**人）", "≥500人", "") }),
      errors: [
        {
          cell: "C11",
          severity: "info",
          messageId: "hint",
          data: { hint: "（**人）" },
          fix: null,
          suggestions: ["补贴发放人数"],
        },
      ],
    },
    {
      name: "form: a placeholder outside the hint is unfilled all the same",
      table: form({ indicators: withRow(1, "XX项目资金拨付率(≥**%)", "100%", "") }),
      errors: [{ cell: "C11", severity: "error", messageId: "placeholder", fix: null, suggestions: [] }],
    },
    {
      name: "form: **月**日前 in a value",
      table: form({ indicators: withRow(3, "资金拨付完成时间", "**月**日前") }),
      errors: [{ cell: "F13", severity: "error", messageId: "placeholder", fix: null, suggestions: [] }],
    },
    {
      name: "form: X月X日, ×× and __ in a name, description and value",
      table: form({ indicators: withRow(3, "X月X日前完成拨付", "≤__月", "完成××项工作") }),
      errors: [
        { cell: "C13", severity: "error", messageId: "placeholder", fix: null, suggestions: [] },
        { cell: "D13", severity: "error", messageId: "placeholder", fix: null, suggestions: [] },
        { cell: "F13", severity: "error", messageId: "placeholder", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: the template goal left as written",
      table: form({ goal: "通过开展XX，达到xx的绩效目标。" }),
      errors: [{ cell: "B8", severity: "error", messageId: "placeholder", fix: null, suggestions: [] }],
    },
    {
      name: "compact: full-width ＸＸ in an annual value",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: DEFAULT_ITEMS.map((it, i) => (i === 1 ? ([...it.slice(0, 6), "≥ＸＸ%"] as CompactItem) : it)),
          },
        ],
      }),
      errors: [{ cell: "C3", severity: "error", messageId: "placeholder", fix: null, suggestions: [] }],
    },
  ],
});
