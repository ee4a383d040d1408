import rule from "../../src/core/rules/level2-mismatch";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, NUMBERED_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";

const withLevels = (i: number, level1: string, level2: string): IndicatorRow[] =>
  DEFAULT_INDICATORS.map((r, j) => (j === i ? ([level1, level2, ...r.slice(2)] as IndicatorRow) : r));

runRule(rule, {
  valid: [
    {
      // Eighteenth session's review: in the 二级 column, a satisfaction of whoever is served is the one 二级 there.
      name: "form: `学生满意度` in the 二级 column under 满意度指标",
      table: form({ indicators: withLevels(5, "满意度指标", "学生满意度") }),
    },
    {
      name: "form: `家长满意率` in the 二级 column under 满意度指标",
      table: form({ indicators: withLevels(5, "满意度指标", "家长满意率") }),
    },
    {
      // Fifteenth session: 江门's list export writes Guangdong's codes in columns.
      name: "form: `1-产出指标 | 14-成本指标`, Guangdong's code for 成本 under 产出, as in the compact layout",
      table: form({ indicators: withLevels(1, "1-产出指标", "14-成本指标") }),
    },
    {
      name: "form: satisfaction named after who is served (`受益群众满意度`, `使用人员满意度指标`)",
      table: form({ indicators: withLevels(5, "满意度指标", "受益群众满意度") }),
    },
    {
      name: "form: satisfaction named after who is served, 使用人员",
      table: form({ indicators: withLevels(5, "满意度指标", "使用人员满意度指标") }),
    },
    {
      // A review of published tables: the template's own wording, a trailing 等 ("such as"), was an error.
      name: "form: a trailing 等 on a standard 二级 is a note (`服务对象满意度指标等`)",
      table: form({ indicators: withLevels(5, "满意度指标", "服务对象满意度指标等") }),
    },
    {
      // A review of published tables: 东莞's 2019–2020 批复表 has budget control under 预期产出指标, its 二级 with notes.
      name: "form: 东莞's older 产出 二级 (`数量指标(或建筑规模指标)`, `时效指标(工期指标)`, `预算(或投资规模)控制指标`)",
      table: form({
        indicators: [
          DEFAULT_INDICATORS[0],
          ["预期产出指标", "数量指标(或建筑规模指标)", "新采购的车辆数量", "车辆数量", "20辆", "计划标准"],
          ["", "时效指标(工期指标)", "购置完成时间", "完成时间", "≤12月", "计划标准"],
          ["", "预算(或投资规模)控制指标", "预算执行率", "预算执行率", "≥95%", "计划标准"],
          ...DEFAULT_INDICATORS.slice(4),
        ],
      }),
    },
    {
      name: "form: satisfaction of the public, without 社会 (`公众满意度指标`)",
      table: form({ indicators: withLevels(5, "满意度指标", "公众满意度指标") }),
    },
    {
      name: "form: compact codes where the labels stand (`1 | 11`)",
      table: form({ indicators: withLevels(1, "1", "11") }),
    },
    {
      name: "form: a department-wide table's own 一级 and 二级 (履职效能 | 重点工作履行情况, 产出 | 职责履行)",
      table: form({
        title: "部门整体支出绩效目标表",
        indicators: withLevels(1, "履职效能", "重点工作履行情况").map((r, j) =>
          j === 2 ? (["产出", "职责履行", ...r.slice(2)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      // The 2013 department-wide framework with 指标 added to its 一级 (湖南, 湖北): its 二级 are its own.
      name: "form: a department-wide table's own 二级 under project 一级 words (产出指标 | 职责履行, 效益指标 | 履职效益)",
      table: form({
        title: "2023年度单位整体支出绩效目标表",
        indicators: withLevels(1, "产出指标", "职责履行").map((r, j) =>
          j === 4 ? (["效益指标", "履职效益", ...r.slice(2)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      name: "form: near-standard 二级 words of other templates; 满意度指标 written again as its 二级",
      table: form({
        indicators: [
          DEFAULT_INDICATORS[0],
          ["产出指标", "时效性指标", "资金拨付完成时间", "租金支付时间", "≤10月", "计划标准"],
          ["效益指标", "生态环境效益指标", "绿化覆盖率", "绿化覆盖率", "≥40%", "历史标准"],
          ["", "可持续发展指标", "长效管护机制", "长效管护机制", "建立", "计划标准"],
          ["满意度指标", "满意度指标", "社会公众满意度", "社会公众满意度", "≥90%", "历史标准"],
        ],
      }),
    },
    {
      // A review of published tables (湖北 2020 自评表): 进度 for 时效 had been an error on every row.
      name: "form: `进度指标` under 产出指标 is a template's word for 时效指标",
      table: form({ indicators: withLevels(3, "产出指标", "进度指标") }),
    },
    {
      // A review of published tables (上海 松江 2020 自评表): the cell names the class and its 二级 at once.
      name: "form: 上海's `长效管理指标` merged over 一级 and 二级 is 效益's lasting 二级, written",
      table: written(`项目名称|城镇建设管理|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|项目计划完成率|100%
长效管理指标|<|长效管理制度健全情况|健全
^|<|档案管理有效性|有效`),
    },
    {
      // A review of 2025 tables (山东): a region's words for the levels, 值 in 指标's place.
      name: "form: `数量值`, `时效值`, `可持续影响值` under `产出值`, `效益值` or the current 一级",
      table: written(`项目名称|小学教育公用经费|<|<
一级|二级|三级|年度数值
产出值|数量值|在校学生人数|≥6900人
^|时效值|经费拨付时间|≤10月
效益指标|社会效益值|办学条件|持续改善
^|可持续影响值|学生受益情况|长期受益`),
    },
    {
      name: "form: numbered 二级 labels (①, 1.1, 1）, A., 11 ) under numbered 一级",
      table: form({ indicators: NUMBERED_INDICATORS }),
    },
    { name: "form: default table", table: form() },
    {
      name: "form: short forms (经济效益, 服务对象满意度)",
      table: form({ indicators: withLevels(5, "满意度指标", "服务对象满意度") }),
    },
    {
      name: "form: old 环境效益指标 under 效益指标",
      table: form({ indicators: withLevels(4, "效益指标", "环境效益指标") }),
    },
    {
      name: "form: 效果指标 (old name) with 社会效益指标",
      table: form({ indicators: withLevels(4, "效果指标", "社会效益指标") }),
    },
    {
      name: "form: unknown 一级 is level1-unknown's business",
      table: form({ indicators: withLevels(1, "投入指标", "数量指标") }),
    },
    {
      name: "form: blank 二级 is indicator-incomplete's business",
      table: form({ indicators: withLevels(1, "产出指标", "") }),
    },
    {
      name: "compact: 14-成本指标 under 产出指标 is the Guangdong scheme",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ...DEFAULT_ITEMS,
              ["1", "产出指标", "14", "成本指标", "奖补标准", "每家20万元", "每家20万元"] as CompactItem,
            ],
          },
        ],
      }),
    },
    { name: "flat: default export", table: flat() },
    {
      // Without its code nothing shows the item misfiled: the old scheme, as in the other layouts (silent here).
      name: "compact: satisfaction under 2-效益指标 with no 二级 code",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ["2", "效益指标", "", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"] as CompactItem,
              ...DEFAULT_ITEMS.slice(1),
            ],
          },
        ],
      }),
    },
  ],
  invalid: [
    {
      // The session's own review: a rate of dissatisfaction, or a level's word, is no satisfaction 二级.
      name: "form: `群众不满意率` and `数量满意度` in the 二级 column under 满意度指标",
      table: form({
        indicators: withLevels(5, "满意度指标", "群众不满意率").concat([
          ["", "数量满意度", "学员满意度", "学员满意度", "≥90%", "计划标准"],
        ]),
      }),
      // Words of satisfaction name whose: relabelling them would hide a wrong indicator (the session's own review).
      errors: [
        { cell: "B15", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
        { cell: "B16", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
      ],
    },
    {
      // The session's own review: a satisfaction of someone not served is a wrong indicator, not a slip of the
      // 二级's name; a score in the 二级 cell would be lost.
      name: "form: `部门满意度指标`, `工作人员满意度指标` and `（10分）` under 满意度指标: nothing offered",
      table: form({
        indicators: withLevels(5, "满意度指标", "部门满意度指标").concat([
          ["", "工作人员满意度指标", "干部职工满意度", "干部职工满意度", "≥90%", "计划标准"],
          ["", "（10分）", "参保群众满意度", "参保群众满意度", "≥90%", "计划标准"],
        ]),
      }),
      errors: [
        { cell: "B15", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
        { cell: "B16", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
        { cell: "B17", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
      ],
    },
    {
      // Twenty-first session (a school's 自评表): a template's filler in the 二级 column. Under 满意度指标 its one 二级
      // is offered; under 产出指标, of four, none is.
      name: "form: `具体指标` in the 二级 column: the one 二级 offered under 满意度指标, none under 产出指标",
      table: form({
        indicators: withLevels(5, "满意度指标", "具体指标").concat([
          ["产出指标", "具体指标", "维修面积", "维修面积", "≥500平方米", "计划标准"],
        ]),
      }),
      errors: [
        { cell: "B15", severity: "error", messageId: "unknown", fix: null, suggestions: ["服务对象满意度指标"] },
        { cell: "B16", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: compact codes written where the labels stand, paired wrongly (`1 | 22`)",
      table: form({ indicators: withLevels(1, "1", "22") }),
      errors: [{ cell: "B11", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      name: "form: a department-wide table still hears of a misspelt 二级 under a project 一级, and a 一级 as a 二级",
      table: form({
        title: "部门整体支出绩效目标表",
        indicators: withLevels(1, "产出指标", "数量指示").map((r, j) =>
          j === 4 ? (["效益指标", "产出指标", ...r.slice(2)] as IndicatorRow) : r,
        ),
      }),
      errors: [
        { cell: "B11", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
        { cell: "B14", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: a region's `数量值` under 效益指标 is still misplaced",
      table: form({ indicators: withLevels(4, "效益指标", "数量值") }),
      errors: [{ cell: "B14", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      name: "form: 数量指标 under 效益指标",
      table: form({ indicators: withLevels(4, "效益指标", "数量指标") }),
      errors: [{ cell: "B14", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      name: "form: an inherited 一级指标 counts (质量指标 in the 成本 group)",
      table: form({
        indicators: [
          DEFAULT_INDICATORS[0],
          ["", "质量指标", "经费合规性", "经费合规", "100%", "计划标准"],
          ...DEFAULT_INDICATORS.slice(1),
        ],
      }),
      errors: [{ cell: "B11", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      name: "form: 成本指标 under 产出指标 is the old scheme (info)",
      table: form({ indicators: withLevels(1, "产出指标", "成本指标") }),
      errors: [{ cell: "B11", severity: "info", messageId: "oldScheme", fix: null, suggestions: [] }],
    },
    {
      // Spec §7: a scheme is reported once per table, never once per row; each old placement once, at its first cell.
      name: "form: the old scheme once per table for each placement (two 成本 rows under 产出, two satisfactions under 效益)",
      table: form({
        indicators: [
          ["产出指标", "数量指标", "培训班期数", "培训班期数", "≥5期", "计划标准"],
          ["", "成本指标", "培训经费", "培训经费", "≤10万元", "预算支出标准"],
          ["", "成本指标", "场地租金", "场地租金", "≤5万元", "预算支出标准"],
          ["效益指标", "社会效益指标", "技能提升", "技能提升", "有效提升", "计划标准"],
          ["", "服务对象满意度指标", "学员满意度", "学员满意度", "≥90%", "历史标准"],
          ["", "社会公众或服务对象满意度指标", "群众满意度", "群众满意度", "≥90%", "历史标准"],
        ],
      }),
      errors: [
        { cell: "B11", severity: "info", messageId: "oldScheme", fix: null, suggestions: [] },
        { cell: "B14", severity: "info", messageId: "oldScheme", fix: null, suggestions: [] },
      ],
    },
    {
      // A review of published tables (东莞 2019–2020): one 二级 for the 效益 kinds had an error on every row.
      name: "form: several 效益 kinds in one 二级 (`社会、经济、生态效益 指标`): an older scheme's, once per table (info)",
      table: form({
        indicators: [
          ...DEFAULT_INDICATORS.slice(0, 4),
          ["效果指标", "社会、经济、生态效益 指标", "补助款结算争议率", "争议率", "0%", "计划标准"],
          ["", "社会、经济、生态效益指标", "车辆维护费用减少率", "减少率", "≥5%", "计划标准"],
          DEFAULT_INDICATORS[5],
        ],
      }),
      errors: [{ cell: "B14", severity: "info", messageId: "severalInOne", fix: null, suggestions: [] }],
    },
    {
      // The older scheme's own word is silent only under a 一级 in that scheme's name (level1-unknown tells it there).
      name: "form: `预算控制指标` under the current 产出指标 is no 二级 of it; several 效益 kinds under 产出 neither",
      table: form({
        indicators: [
          DEFAULT_INDICATORS[0],
          ["产出指标", "预算控制指标", "预算执行率", "预算执行率", "≥95%", "计划标准"],
          ["", "社会、经济效益指标", "带动就业人数", "就业人数", "≥10人", "计划标准"],
          ...DEFAULT_INDICATORS.slice(4),
        ],
      }),
      errors: [
        { cell: "B11", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
        { cell: "B12", severity: "error", messageId: "unknown", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: 产出成本 under 产出指标 is the old scheme too (info)",
      table: form({ indicators: withLevels(1, "产出指标", "产出成本") }),
      errors: [{ cell: "B11", severity: "info", messageId: "oldScheme", fix: null, suggestions: [] }],
    },
    {
      name: "form: a 一级 name written as 二级",
      table: form({ indicators: withLevels(1, "产出指标", "产出指标") }),
      errors: [{ cell: "B11", severity: "error", messageId: "unknown", fix: null, suggestions: [] }],
    },
    {
      // Not "“成本指标”不属于“成本指标”": the old scheme's 二级 word is its own 一级 here.
      name: "form: 成本指标 merged over 一级 and 二级 says its 二级 is not written",
      table: form({ indicators: withLevels(0, "成本指标", "成本指标") }),
      errors: [{ cell: "B10", severity: "error", messageId: "unknown", fix: null, suggestions: [] }],
    },
    {
      name: "compact: 21-经济效益 under 1-产出指标",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ["1", "产出指标", "21", "经济效益", "产值", "≥100亿元", "≥100亿元"] as CompactItem,
              ...DEFAULT_ITEMS.slice(1),
            ],
          },
        ],
      }),
      errors: [{ cell: "C3", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      // Fourteenth session: the code list files satisfaction under 3-满意度指标 only (code 31).
      name: "compact: 31-服务对象满意度 under 2-效益指标",
      table: compact({
        projects: [
          {
            name: "p",
            goal: "g",
            items: [
              ["2", "效益指标", "31", "服务对象满意度", "服务对象满意度", "≥90%", "≥90%"] as CompactItem,
              ...DEFAULT_ITEMS.slice(1),
            ],
          },
        ],
      }),
      errors: [{ cell: "C3", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
    {
      name: "flat: 经济成本指标 under 效益指标",
      table: flat({
        rows: DEFAULT_FLAT_ROWS.map((r, j) => (j === 4 ? ([r[0], "经济成本指标", ...r.slice(2)] as FlatRow) : r)),
      }),
      errors: [{ cell: "B11", severity: "error", messageId: "mismatch", fix: null, suggestions: [] }],
    },
  ],
});
