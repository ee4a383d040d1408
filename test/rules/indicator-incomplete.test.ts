import rule from "../../src/core/rules/indicator-incomplete";
import type { TargetTable } from "../../src/core/model/table";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
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
    {
      // Eighteenth session's review: a summary's free text sorts nothing by level, so asks for no 二级.
      name: "compact: a summary whose 绩效指标 cell names no level anywhere",
      table: written(`2024年部门重点项目绩效目标情况表|<|<|<|<
序号|项目名称|预算金额（万元）|绩效目标|绩效指标
1|大气污染防治专项经费|800|完成20个监测站建设|建设监测站20个；设备验收合格率100%；社会公众满意度≥90%`),
    },
  ],
  invalid: [
    {
      // Eighteenth session's review: an error on every optional row a 2021 template prints had been noise.
      name: "empty template rows: an error for a 一级 with nothing filled, one note for the rest",
      table: written(`项目支出绩效目标表|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥300人次
^|质量指标||
成本指标|经济成本指标|培训经费|≤10万元
^|社会成本指标||
^|生态环境成本指标||
效益指标|社会效益指标||
满意度指标|服务对象满意度指标|学员满意度|≥90%`),
      errors: [
        { cell: "C4", severity: "info", messageId: "emptySpare", data: { count: 3 }, fix: null, suggestions: [] },
        { cell: "C8", severity: "error", messageId: "empty", fix: null, suggestions: [] },
      ],
    },
    {
      // Twentieth session's review (a 武汉 form): the 长期 set left blank beside a filled 年度 set on the same rows;
      // "delete the empty rows" would have deleted the annual indicators.
      name: "a blank 长期 set beside a filled 年度 set: fill or clear the cells, not delete the rows",
      table: written(`项目支出绩效目标表|<|<|<|<|<|<
一级指标|二级指标(长期)|三级指标(长期)|指标值(长期)|二级指标(年度)|三级指标(年度)|指标值(年度)
产出指标|数量指标|||数量指标|培训人次|≥300人次
产出指标|质量指标|||质量指标|培训合格率|≥95%
成本指标|经济成本指标|||经济成本指标|培训经费|≤10万元
效益指标|社会效益指标|||社会效益指标|技能水平|有效提升
满意度指标|服务对象满意度指标|||服务对象满意度指标|学员满意度|≥90%`),
      errors: [
        { cell: "C3", severity: "info", messageId: "emptyBeside", data: { count: 5 }, fix: null, suggestions: [] },
      ],
    },
    {
      // Eighteenth session's review: the examples are the row's 一级's 二级, not always 产出's.
      name: "a blank 二级 under 效益 and under 成本: the examples fit the 一级",
      table: written(`项目支出绩效目标表|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥300人次
效益指标||从业人员技能水平|有效提升
成本指标||培训经费|≤10万元
满意度指标|服务对象满意度指标|学员满意度|≥90%`),
      errors: [
        {
          cell: "B4",
          severity: "error",
          messageId: "level2",
          data: { examples: "“经济效益指标”“社会效益指标”“生态效益指标”" },
          fix: null,
          suggestions: [],
        },
        {
          cell: "B5",
          severity: "error",
          messageId: "level2",
          data: { examples: "“经济成本指标”“社会成本指标”“生态环境成本指标”" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      // The session's own review: items in the template's form (`年度指标值:`) without their levels still lack them.
      name: "compact: numbered items with value labels but no 一级/二级",
      table: written(`项目名称（资金使用单位）|绩效目标|绩效指标
广州市某某局||
项目H|目标H|1、补贴企业数；年度指标值:≥20家。2、企业满意度；年度指标值:≥90%。`),
      errors: [
        { cell: "C3", severity: "error", messageId: "level2", fix: null, suggestions: [] },
        { cell: "C3", severity: "error", messageId: "level2", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: empty 二级指标 and 三级指标",
      table: form({
        indicators: rows(1, { 1: "" }).map((r, j) =>
          j === 4 ? ([r[0], r[1], " ", r[3], r[4], r[5]] as IndicatorRow) : r,
        ),
      }),
      errors: [
        { cell: "B11", severity: "error", messageId: "level2", fix: null, suggestions: [] },
        { cell: "C14", severity: "error", messageId: "name", fix: null, suggestions: [] },
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
      errors: [{ cell: "C3", severity: "error", messageId: "name", fix: null, suggestions: [] }],
    },
    {
      name: "compact: a 二级 part never found points at the packed cell",
      table: withoutLevel2(compact()),
      errors: [{ cell: "C3", severity: "error", messageId: "level2", fix: null, suggestions: [] }],
    },
    {
      name: "flat: empty 二级指标",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 2 ? (["产出指标", "", ...r.slice(2)] as FlatRow) : r)),
      }),
      errors: [{ cell: "B9", severity: "error", messageId: "level2", fix: null, suggestions: [] }],
    },
  ],
});
