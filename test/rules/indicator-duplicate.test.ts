import rule from "../../src/core/rules/indicator-duplicate";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { sideBySideSets, stackedSets } from "../helpers/set-tables";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";

/** A 专项资金 table whose rows belong to sub-projects named left of 一级 (`子项目名称`, `年度主要任务`, `重点工作`). */
const bySubProject = (caption: string, secondName = "受益群众满意度") =>
  written(`专项资金名称|省级乡村振兴专项资金|<|<|<|<|<
资金总额（万元）|50,000|<|<|<|<|<
总体绩效目标|建设高标准农田，培育产业强镇。|<|<|<|<|<
${caption}|资金额度（万元）|一级指标|二级指标|三级指标|指标值|指标值确定依据
高标准农田建设|30,000|产出指标|数量指标|新建高标准农田面积|≥50万亩|计划标准
^|^|^|质量指标|项目验收合格率|100%|行业标准
^|^|满意度指标|服务对象满意度指标|受益群众满意度|≥90%|历史标准
农业产业强镇|20,000|产出指标|数量指标|培育农业产业强镇|10个|计划标准
^|^|^|质量指标|项目验收合格率|100%|行业标准
^|^|满意度指标|服务对象满意度指标|${secondName}|≥90%|历史标准`);

const withName = (i: number, name: string): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([r[0], r[1], name, ...r.slice(3)] as IndicatorRow) : r));

runRule(rule, {
  valid: [
    {
      name: "form: a bracketed qualifier makes another indicator (`（线上）`, `（线下）`)",
      table: form({
        indicators: withName(1, "培训人次（线上）").map((r, j) =>
          j === 2 ? ([r[0], r[1], "培训人次（线下）", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
    },
    { name: "a long-term and an annual set name the same indicators", table: stackedSets("≤30万元", "≤10万元") },
    { name: "the same, side by side", table: sideBySideSets("≤30万元", "≤10万元") },
    { name: "form: default table", table: form() },
    {
      name: "form: Qingdao 2, `指标1：` prefixes on different names",
      table: form({
        indicators: withName(0, "指标1：预算控制").map((r, j) =>
          j === 1 ? ([r[0], r[1], "指标1：储备总量", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
    },
    { name: "form: similar but different names", table: form({ indicators: withName(1, "资金使用合规性审查") }) },
    {
      name: "form: blank names are indicator-incomplete's business",
      table: form({
        indicators: withName(1, "").map((r, j) => (j === 2 ? ([r[0], r[1], " ", ...r.slice(3)] as IndicatorRow) : r)),
      }),
    },
    { name: "compact: default list", table: compact() },
    { name: "flat: default export", table: flat() },
    ...["子项目名称", "年度主要任务", "重点工作"].map((caption) => ({
      name: `one name under two sub-projects or tasks (\`${caption}\` left of 一级)`,
      table: bySubProject(caption),
    })),
  ],
  invalid: [
    {
      name: "a name twice within one sub-project",
      table: bySubProject("子项目名称", "项目验收合格率"),
      errors: [{ cell: "E10", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] }],
    },
    {
      name: "a column left of 一级 that names no sub-project (`序号`) groups nothing",
      table: bySubProject("序号"),
      errors: [
        { cell: "E9", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] },
        { cell: "E10", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a name twice within the annual set",
      table: stackedSets("≤30万元", "≤10万元", "培训经费"),
      errors: [{ cell: "C11", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] }],
    },
    {
      name: "form: the same name under another 二级, reported at the second",
      table: form({ indicators: withName(3, "资金使用合规性") }),
      errors: [{ cell: "C13", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] }],
    },
    {
      name: "form: prefix, spaces and brackets ignored",
      table: form({ indicators: withName(1, "指标1：社会公众 满意度（%）") }),
      errors: [{ cell: "C15", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] }],
    },
    {
      name: "form: three times gives two findings",
      table: form({
        indicators: withName(4, "项目经费").map((r, j) =>
          j === 5 ? ([r[0], r[1], "项目 经费", ...r.slice(3)] as IndicatorRow) : r,
        ),
      }),
      errors: [
        { cell: "C14", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] },
        { cell: "C15", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] },
      ],
    },
    {
      name: "compact: a repeated name inside the packed cell",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ...DEFAULT_ITEMS,
              ["1", "产出指标", "11", "数量指标", "运维业务系统数量", "3个", "3个"] as CompactItem,
            ],
          },
        ],
      }),
      errors: [{ cell: "C3", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] }],
    },
    {
      name: "flat: full-width and half-width brackets",
      table: flat({
        rows: [
          ...DEFAULT_FLAT_ROWS,
          ["产出指标", "数量指标", "培训人次(人次)", "≥", 500, "人次", "x", "y", "计划标准"] as FlatRow,
        ],
      }),
      errors: [{ cell: "C13", severity: "warning", messageId: "duplicate", fix: null, suggestions: [] }],
    },
  ],
});
