import rule from "../../src/core/rules/value-missing";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";
import { flatOf, flatRow } from "./value-rows";
import type { CellValue } from "../../src/core/grid/grid";

const withValue = (i: number, value: CellValue): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([r[0], r[1], r[2], r[3], value, r[5]] as IndicatorRow) : r));
const items = (period: string, annual: string): CompactItem[] =>
  DEFAULT_ITEMS.map((it, i) => (i === 0 ? ([...it.slice(0, 5), period, annual] as CompactItem) : it));

// 深圳's two sets side by side; the placeholders pick what the long-term and annual cells of three rows hold.
const twoSets = (period: string, period2: string, annual: string, annual2 = "2025年10月底前") =>
  written(`深圳市某局2025年部门预算项目绩效目标表|<|<|<|<
项目名称|社区健康服务机构建设补助|<|<|<
预算金额（万元）|6800|<|<|<
长期绩效目标|到2027年基层诊疗量占比达到70%|<|<|<
年度绩效目标|新建社康机构40家|<|<|<
一级指标|二级指标|三级指标|长期指标值|年度指标值
产出指标|数量指标|新建社康机构数量|≥120家|≥40家
^|^|社康机构诊疗量|${period}|≥5000万人次
^|时效指标|补助资金拨付时间|${period2}|${annual2}
效益指标|社会效益指标|基层诊疗量占比|≥70%|${annual}
满意度指标|服务对象满意度指标|居民满意度|≥90%|≥90%`);

runRule(rule, {
  valid: [
    {
      // The session's own review: a grade and a period are targets, not a unit left without its figure.
      name: "form: a grade or a period as the target (`A级`, `半年`, `季度`)",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 1
            ? ([r[0], r[1], "纳税信用等级", r[3], "A级", r[5]] as IndicatorRow)
            : j === 2
              ? ([r[0], r[1], "信息更新频率", r[3], "季度", r[5]] as IndicatorRow)
              : j === 3
                ? ([r[0], r[1], "项目实施周期", r[3], "半年", r[5]] as IndicatorRow)
                : r,
        ),
      }),
    },
    {
      name: "compact: a packed cell that never writes 实施周期指标值 (a one-year project)",
      table: written(`项目名称（资金使用单位）|绩效目标|绩效指标
广州市某某局||
项目H|目标H|1、1-产出指标；11-数量指标：补贴企业数；年度指标值:≥20家。2、2-效益指标；21-经济效益指标：带动企业营收增长；年度指标值:≥5%。3、3-满意度指标；31-服务对象满意度指标：企业满意度；年度指标值:≥90%。`),
    },
    { name: "form: default values", table: form() },
    { name: "form, two sets: `/` or `—` marks a set the row does not measure", table: twoSets("/", "—", "/") },
    // `无` is a target where nothing is to happen (`医疗安全责任事故 | / | 无`: the second review).
    { name: "form, two sets: a mark beside `无`", table: twoSets("/", "—", "/", "无") },
    { name: "form: 0 is a value", table: form({ indicators: withValue(1, 0) }) },
    { name: "form: qualitative value", table: form({ indicators: withValue(4, "有效提升") }) },
    { name: "compact: both values", table: compact() },
    { name: "flat: numeric values", table: flat() },
    { name: "form: a value with a dash inside is real", table: form({ indicators: withValue(1, "18-33毫克/公斤") }) },
  ],
  invalid: [
    {
      // Nineteenth session's value review (陈仓 2020): the template's unit left, the figure never written.
      name: "form: a unit and no number (`公里`, `万亩`, `≧ %`)",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 1
            ? ([r[0], r[1], r[2], r[3], "万亩", r[5]] as IndicatorRow)
            : j === 2
              ? ([r[0], r[1], r[2], r[3], "≧ %", r[5]] as IndicatorRow)
              : j === 3
                ? ([r[0], r[1], r[2], r[3], "≤个工作日", r[5]] as IndicatorRow)
                : r,
        ),
      }),
      errors: [
        { cell: "F11", severity: "error", messageId: "unitOnly", data: { text: "万亩" }, fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "unitOnly", data: { text: "≧ %" }, fix: null, suggestions: [] },
        // The second review: a time limit's unit alone is as empty.
        {
          cell: "F13",
          severity: "error",
          messageId: "unitOnly",
          data: { text: "≤个工作日" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: "form: blank value",
      table: form({ indicators: withValue(1, null) }),
      errors: [{ cell: "F11", severity: "error", messageId: "value", fix: null, suggestions: [] }],
    },
    {
      name: "form: a lone slash or dash is not a target",
      table: form({
        indicators: withValue(2, "/").map((r, j) => (j === 3 ? ([...r.slice(0, 4), "——", r[5]] as IndicatorRow) : r)),
      }),
      errors: [
        { cell: "F12", severity: "error", messageId: "value", fix: null, suggestions: [] },
        { cell: "F13", severity: "error", messageId: "value", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form, two sets: a blank is missing; so is a mark where the other set is no target either",
      table: twoSets("", "/", "——", "/"),
      errors: [
        { cell: "D8", severity: "error", messageId: "periodValue", fix: null, suggestions: [] },
        { cell: "D9", severity: "error", messageId: "periodValue", fix: null, suggestions: [] },
        { cell: "E9", severity: "error", messageId: "annualValue", fix: null, suggestions: [] },
      ],
    },
    {
      // The session's review: a set whose every row is a mark holds no target at all; `无` beside a mark is none either.
      name: "form, two sets: every long-term cell a mark; a mark beside `不适用`",
      table: written(`深圳市某局2025年部门预算项目绩效目标表|<|<|<|<
项目名称|社区健康服务机构建设补助|<|<|<
预算金额（万元）|6800|<|<|<
一级指标|二级指标|三级指标|长期指标值|年度指标值
产出指标|数量指标|新建社康机构数量|/|≥40家
^|时效指标|补助资金拨付时间|不适用|/
满意度指标|服务对象满意度指标|居民满意度|—|≥90%`),
      errors: [
        { cell: "D5", severity: "error", messageId: "periodValue", fix: null, suggestions: [] },
        { cell: "E6", severity: "error", messageId: "annualValue", fix: null, suggestions: [] },
        { cell: "D7", severity: "error", messageId: "periodValue", fix: null, suggestions: [] },
      ],
    },
    {
      // Eighteenth session's review: a one-year project leaves the template's 实施期 column blank throughout.
      // One warning for the column: a one-year project's, or a multi-year project's omission (the session's own review).
      name: "form, two sets: the 实施期 column blank on every row beside the year's targets: one warning",
      table: written(`项目支出绩效目标表|<|<|<|<
项目名称|培训项目|<|<|<
一级指标|二级指标|三级指标|实施期指标值|年度指标值
产出指标|数量指标|培训人次||≥300人次
效益指标|社会效益指标|技能水平||有效提升
满意度指标|服务对象满意度指标|学员满意度||≥90%`),
      errors: [{ cell: "D4", severity: "warning", messageId: "periodColumn", fix: null, suggestions: [] }],
    },
    {
      name: "form, two sets: the year's column blank throughout is still missing",
      table: written(`项目支出绩效目标表|<|<|<|<
项目名称|培训项目|<|<|<
一级指标|二级指标|三级指标|实施期指标值|年度指标值
产出指标|数量指标|培训人次|≥900人次|
满意度指标|服务对象满意度指标|学员满意度|≥90%|`),
      errors: [
        { cell: "E4", severity: "error", messageId: "annualValue", fix: null, suggestions: [] },
        { cell: "E5", severity: "error", messageId: "annualValue", fix: null, suggestions: [] },
      ],
    },
    {
      name: "compact: annual value empty",
      table: compact({ projects: [{ name: "p", goal: "g", items: items("3个", "") }] }),
      errors: [{ cell: "C3", severity: "error", messageId: "annualValue", fix: null, suggestions: [] }],
    },
    {
      name: "compact: both values empty",
      table: compact({ projects: [{ name: "p", goal: "g", items: items(" ", "") }] }),
      errors: [
        { cell: "C3", severity: "error", messageId: "periodValue", fix: null, suggestions: [] },
        { cell: "C3", severity: "error", messageId: "annualValue", fix: null, suggestions: [] },
      ],
    },
    {
      // Twenty-first session (重庆's 表十二): a system's export leaves every 定性 row's target blank.
      name: "flat: a row typed 定性 with no target is a warning, a quantitative row's blank still an error",
      table: flatOf([
        flatRow("效益指标", "社会效益指标", "促进社会和谐", "定性", null, ""),
        flatRow("产出指标", "数量指标", "发放人数", "≥", null, "人"),
      ]),
      errors: [
        { cell: "E7", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] },
        { cell: "E8", severity: "error", messageId: "value", fix: null, suggestions: [] },
      ],
    },
    {
      // The session's own review: a unit beside the blank asks for a number, whatever the type column says.
      name: "flat: a row typed 定性 with % in its 计量单位 column: still an error",
      table: flatOf([flatRow("产出指标", "质量指标", "培训合格率", "定性", null, "%")]),
      errors: [{ cell: "E7", severity: "error", messageId: "value", fix: null, suggestions: [] }],
    },
    {
      name: "flat: empty *指标值",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 0 ? ([...r.slice(0, 4), null, ...r.slice(5)] as FlatRow) : r)),
      }),
      errors: [{ cell: "E7", severity: "error", messageId: "value", fix: null, suggestions: [] }],
    },
  ],
});
