import rule from "../../src/core/rules/level1-unknown";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, NUMBERED_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";

const withLevel1 = (i: number, level1: string): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([level1, ...r.slice(1)] as IndicatorRow) : r));

runRule(rule, {
  valid: [
    {
      // Written once per group, or an old scheme's satisfaction under 效益: the blank cells are the group's.
      name: "a 一级 written once per group, and satisfaction under an old 效益 beside blank cells",
      table: written(`项目名称|托育服务补助|<|<
一级指标|二级指标|指标名称|指标值
产出指标|数量指标|每千人托位|4.5个
|时效指标|补助发放及时性|2023年12月底前
效益指标|社会效益指标|婴幼儿健康管理率|95%
|社会公众或服务对象满意度指标|社会公众满意度|≥90%`),
    },
    {
      name: "form: a required-mark or a weight on the label (`★产出指标`, `产出指标 40%`, `成本指标20`)",
      table: form({
        indicators: DEFAULT_INDICATORS.map(
          (r, j) =>
            [["成本指标20", "★产出指标", "", "", "效益指标 40%", "满意度指标※"][j], ...r.slice(1)] as IndicatorRow,
        ),
      }),
    },
    {
      name: "form: numbered labels (（1）, ①, 1）, 1.1, A.) name their 一级 and 二级",
      table: form({ indicators: NUMBERED_INDICATORS }),
    },
    { name: "form: the four 一级指标, merged", table: form() },
    { name: "form: repeated on every row", table: form({ level1Style: "repeated" }) },
    { name: "form: spaces and full-width forms", table: form({ indicators: withLevel1(1, " 产出 指标 ") }) },
    { name: "form: short form without 指标", table: form({ indicators: withLevel1(4, "效益") }) },
    { name: "compact: coded labels", table: compact() },
    { name: "flat: default export", table: flat() },
    {
      name: "form: score notes and spaces are notes, not the label (spec §7)",
      table: form({ indicators: withLevel1(1, "产 出 指 标 (50分)") }),
    },
    { name: "form: a score range after the label", table: form({ indicators: withLevel1(1, "产出指标(40-50)分") }) },
    {
      // A review of published tables: the score's `(` lost in conversion, under `产出指标\n(50)`.
      name: "form: a score note that lost a bracket (`效益指标↵30分)`, `产出指标(50`)",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 1
            ? (["产出指标(50", ...r.slice(1)] as IndicatorRow)
            : j === 4
              ? (["效益指标\n30分)", ...r.slice(1)] as IndicatorRow)
              : r,
        ),
      }),
    },
    {
      name: "form: compact codes written where the 一级 and 二级 stand (`1 | 11 | …`)",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) => (j === 1 ? (["1", "11", ...r.slice(2)] as IndicatorRow) : r)),
      }),
    },
    {
      name: "form: a department-wide table's own framework (履职效能)",
      table: form({ title: "2024年部门整体支出绩效目标表", indicators: withLevel1(1, "履职效能") }),
    },
    {
      // Among the framework's own words, `服务满意度` is the framework's too, not a misspelt 满意度指标.
      name: "form: a department-wide framework's 一级 that looks like a class (履职效能, 管理效率, 服务满意度)",
      table: form({
        title: "部门整体支出绩效目标申报表",
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 0
            ? (["履职效能", ...r.slice(1)] as IndicatorRow)
            : j === 1
              ? (["管理效率", ...r.slice(1)] as IndicatorRow)
              : j === 2
                ? (["服务满意度", ...r.slice(1)] as IndicatorRow)
                : r,
        ),
      }),
    },
    {
      // The session's last review: titles letter-spaced to fill their row, and a bureau's own 本级 table.
      name: "form: department tables titled `部 门 整 体 支 出 绩 效 目 标 表` or `…局（本级）2025年整体绩效目标表`",
      table: form({ title: "部 门 整 体 支 出 绩 效 目 标 表", indicators: withLevel1(1, "履职效能") }),
    },
    {
      name: "form: a bureau's own table (`某县农业农村局（本级）2025年整体绩效目标表`)",
      table: form({ title: "某县农业农村局（本级）2025年整体绩效目标表", indicators: withLevel1(1, "履职效能") }),
    },
    {
      // Fourteenth session (贵州: 运行成本 | 管理效率 | 履职效能 | 社会效应 | 服务对象满意度).
      name: "form: a department-wide framework's satisfaction 一级 named as the 二级 is (`服务对象满意度`)",
      table: form({
        // Titled as 部门预算公开 packs write it (the session's review).
        title: "2025年度部门（单位）整体绩效目标表",
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 0
            ? (["运行成本", ...r.slice(1)] as IndicatorRow)
            : j === 1
              ? (["履职效能", ...r.slice(1)] as IndicatorRow)
              : j === 4
                ? (["社会效应", ...r.slice(1)] as IndicatorRow)
                : j === 5
                  ? (["服务对象满意度", ...r.slice(1)] as IndicatorRow)
                  : r,
        ),
      }),
    },
    {
      // The session's own review: a department-wide table's score under its own 一级, and a project table's label
      // whose score a conversion split into the next row, are no class left out.
      name: "a score alone under a department-wide framework's 一级, or under a 一级 it was split from: no finding",
      table: written(`2024年部门整体支出绩效目标表|<|<|<
部门名称|某县教育局|<|<
年度总体目标|保障教育事业发展|<|<
一级指标|二级指标|三级指标|指标值
履职效能|重点工作履职|义务教育巩固率|≥98%
(50分)|^|学前教育毛入园率|≥90%
管理效率|预算管理|预算执行率|≥95%
(30分)|^|三公经费控制率|≤100%`),
    },
    {
      name: "a project table's 一级 label with its score split into the next row: no score finding",
      table: written(`项目名称|培训经费|<|<
一级指标|二级指标|指标名称|指标值
产出指标|数量指标|培训次数|≥2次
(50分)|质量指标|培训合格率|≥95%
效益指标|社会效益指标|业务水平|有效提升
满意度指标|服务对象满意度指标|学员满意度|≥90%`),
    },
  ],
  invalid: [
    {
      name: "form: a row number in the 一级 column beside a 二级 word is no code (`1 | 数量指标`)",
      table: form({ indicators: withLevel1(1, "1") }),
      errors: [{ cell: "A11", severity: "error", messageId: "unknown", suggestions: [], fix: null }],
    },
    {
      name: "form: a department-wide table still hears of a 二级 in the 一级 column",
      table: form({ title: "部门整体支出绩效目标表", indicators: withLevel1(1, "数量指标") }),
      errors: [{ cell: "A11", severity: "error", messageId: "unknown", suggestions: [], fix: null }],
    },
    {
      name: "form: 产出类指标 suggests 产出指标, once for a merged cell",
      table: form({ indicators: withLevel1(1, "产出类指标") }),
      errors: [{ cell: "A11", severity: "error", messageId: "unknown", suggestions: ["产出指标"], fix: null }],
    },
    {
      name: "form: 投入指标 names no 一级指标: no suggestion",
      table: form({ indicators: withLevel1(0, "投入指标") }),
      errors: [{ cell: "A10", severity: "error", messageId: "unknown", suggestions: [], fix: null }],
    },
    {
      name: "form: 效果指标 is the old name of 效益指标 (info)",
      table: form({ indicators: withLevel1(4, "效果指标") }),
      errors: [{ cell: "A14", severity: "info", messageId: "oldName", suggestions: ["效益指标"], fix: null }],
    },
    {
      // A review of published tables (东莞 2019–2020 批复表): spec §7 names 预期产出指标 among older schemes' words.
      name: "form: 预期产出指标 is an old name of 产出指标 (info)",
      table: form({ indicators: withLevel1(1, "预期产出指标") }),
      errors: [{ cell: "A11", severity: "info", messageId: "oldName", suggestions: ["产出指标"], fix: null }],
    },
    {
      // A review of published tables: `项目效果` beside `项目产出` was an error while `项目产出` was the old name.
      name: "form: 项目效果 is an old name of 效益指标 (info), as 项目产出 is of 产出指标",
      table: form({ indicators: withLevel1(4, "项目效果") }),
      errors: [{ cell: "A14", severity: "info", messageId: "oldName", suggestions: ["效益指标"], fix: null }],
    },
    {
      // Fourteenth session: 上海's 产出 / 效果 / 影响力 framework, its terms written with 目标.
      name: "form: `效果目标` and `影响力目标` (上海) are old names of 效益指标 (info)",
      table: form({ indicators: withLevel1(4, "影响力目标") }),
      errors: [{ cell: "A14", severity: "info", messageId: "oldName", suggestions: ["效益指标"], fix: null }],
    },
    {
      // A review of published tables (上海 松江 2020 自评表): its 二级 for lasting management written as a 一级 of
      // its own, merged over the 二级 column, had been an error with no suggestion while 影响力 was an old name.
      name: "form: 上海's `长效管理指标` as a 一级 is an old name of 效益指标 (info), as 影响力指标 is",
      table: written(`项目名称|城镇建设管理|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|项目计划完成率|100%
满意度指标|服务对象满意度指标|群众满意度|≥90%
长效管理指标|<|长效管理制度健全情况|健全
^|<|档案管理有效性|有效`),
      errors: [{ cell: "A5", severity: "info", messageId: "oldName", suggestions: ["效益指标"], fix: null }],
    },
    {
      // A review of 2025 tables (山东): a region's words for the levels, 值 in 指标's place, had been an error each.
      name: "form: `产出值`, `效益值` (a region's words) are one note for the table, naming the current words",
      table: written(`项目名称|小学教育公用经费|<|<
一级|二级|三级|年度数值
产出值|数量值|在校学生人数|≥6900人
^|时效值|经费拨付时间|≤10月
效益值|社会效益值|办学条件|持续改善
满意度指标|服务对象满意度指标|家长满意度|≥90%`),
      errors: [
        {
          cell: "A3",
          severity: "info",
          messageId: "oldNames",
          data: { names: "“产出值”→“产出指标”、“效益值”→“效益指标”" },
          suggestions: ["产出指标"],
          fix: null,
        },
      ],
    },
    {
      // 值 after 指标 is no level's name: the value of one.
      name: "form: `产出指标值` in the 一级 column is no regional word (an error)",
      table: form({ indicators: withLevel1(1, "产出指标值") }),
      errors: [{ cell: "A11", severity: "error", messageId: "unknown", suggestions: ["产出指标"], fix: null }],
    },
    {
      name: "form: a label repeated on every row is one cause, reported at its first cell",
      table: form({ indicators: withLevel1(1, "产出类指标"), level1Style: "repeated" }),
      errors: [{ cell: "A11", severity: "error", messageId: "unknown", fix: null, suggestions: ["产出指标"] }],
    },
    {
      name: "form: a blank 一级指标 is reported once, at its cell",
      table: form({ indicators: withLevel1(0, "") }),
      errors: [{ cell: "A10", severity: "error", messageId: "blank", fix: null, suggestions: [] }],
    },
    {
      name: "form: 四川's 项目完成指标 is a regional name of 产出指标 (info)",
      table: form({ indicators: withLevel1(1, "项目完成指标") }),
      errors: [{ cell: "A11", severity: "info", messageId: "oldName", suggestions: ["产出指标"], fix: null }],
    },
    {
      // Nineteenth session's review (慈溪 2023): the carried 产出指标 had made `社会效益` a level2-mismatch error.
      name: "a group's 一级 left blank beside a 二级 of another: at the first blank cell, naming it, once per run",
      table: written(`项目名称|托育服务补助|<|<
一级指标|二级指标|指标名称|指标值
产出指标|数量指标|每千人托位|4.5个
^|时效指标|补助发放及时性|2023年12月底前
|社会效益指标|婴幼儿健康管理率|95%
|^|家长科学育儿知识普及率|90%
满意度指标|服务对象满意度指标|社会公众满意度|≥90%`),
      errors: [
        {
          cell: "A5",
          severity: "error",
          messageId: "blankGroup",
          data: { level1: "效益指标", level2: "社会效益指标" },
          suggestions: ["效益指标"],
          fix: null,
        },
      ],
    },
    {
      // Twenty-first session (安徽's 自评表): a 一级 cell holding only its score had been "不规范" with nothing offered.
      name: "a 一级 cell holding only its score: the name missing, the 一级 of its rows' 二级 offered before the score",
      table: written(`项目名称|禁毒经费|<|<
一级指标|二级指标|指标名称|指标值
(50分)|数量指标|宣传场次|≥1场
^|质量指标|经费支出合规率|100%
（30分）|社会效益指标|禁毒知识知晓率|≥90%
^|服务对象满意度指标|群众满意度|≥90%`),
      errors: [
        { cell: "A3", severity: "error", messageId: "scoreOnly", suggestions: ["产出指标(50分)"], fix: null },
        // Its rows' 二级 belong to two 一级: which was meant is unknown.
        { cell: "A5", severity: "error", messageId: "scoreOnly", suggestions: [], fix: null },
      ],
    },
    {
      // Nineteenth session's review: 四川's two old 一级 had been two notes; spec §7 asks for one per table.
      name: "form: several old names (`项目完成指标`, `项目效益指标`) are one note for the table, at the first",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r, j) =>
          j === 1
            ? (["项目完成指标", ...r.slice(1)] as IndicatorRow)
            : j === 4
              ? (["项目效益指标", ...r.slice(1)] as IndicatorRow)
              : r,
        ),
      }),
      errors: [
        {
          cell: "A11",
          severity: "info",
          messageId: "oldNames",
          data: { names: "“项目完成指标”→“产出指标”、“项目效益指标”→“效益指标”" },
          suggestions: ["产出指标"],
          fix: null,
        },
      ],
    },
    {
      name: "compact: unknown label inside the packed cell keeps the rest of the cell",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ["1", "产出类指标", "11", "数量指标", "数量", "3个", "3个"] as CompactItem,
              ...DEFAULT_ITEMS.slice(1),
            ],
          },
        ],
      }),
      errors: [
        {
          cell: "C3",
          severity: "error",
          messageId: "unknown",
          fix: null,
          suggestions: [
            "1、1-产出指标；11-数量指标：数量；实施周期指标值:3个；年度指标值:3个。2、1-产出指标；12-质量指标：系统正常运行率；实施周期指标值:≥95%；年度指标值:≥95%。3、1-产出指标；13-时效指标：故障响应时间；实施周期指标值:≤2小时；年度指标值:≤2小时。4、2-效益指标；22-社会效益：无线电安全保障能力；实施周期指标值:提升；年度指标值:提升。5、3-满意度指标；31-服务对象满意度：服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。",
          ],
        },
      ],
    },
    {
      name: "flat: 满意度 and 效益 mixed up in one label",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 5 ? (["效益满意度指标", ...r.slice(1)] as FlatRow) : r)),
      }),
      errors: [{ cell: "A12", severity: "error", messageId: "unknown", suggestions: [], fix: null }],
    },
  ],
});
