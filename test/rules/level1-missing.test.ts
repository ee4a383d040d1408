import rule from "../../src/core/rules/level1-missing";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { type CompactItem } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS } from "../helpers/flat-table";

const only = (...level1s: string[]): IndicatorRow[] => {
  const rows = DEFAULT_INDICATORS.map((r, j, all) => {
    let k = j;
    while (all[k][0] === "") k--;
    return [all[k][0], ...r.slice(1)] as IndicatorRow;
  });
  return rows.filter((r) => level1s.includes(r[0]));
};

/** A 2023 table whose 满意度 row is marked as not applying (`mark`: its 三级, 指标值 and basis cells); `second`: its second row. */
const marked = (mark: string, second = "产出指标|数量指标|培训人次|≥500人次|计划标准") =>
  written(`2023年培训项目绩效目标表|<|<|<|<
项目名称|培训项目|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|培训费|≤20万元|预算支出标准
${second}
效益指标|社会效益指标|培训合格率|≥95%|计划标准
满意度指标|服务对象满意度指标|${mark}`);

runRule(rule, {
  valid: [
    { name: "form: all four 一级指标", table: form() },
    {
      name: "form: 效果指标 counts as 效益指标",
      table: form({
        indicators: DEFAULT_INDICATORS.map((r) =>
          r[0] === "效益指标" ? (["效果指标", ...r.slice(1)] as IndicatorRow) : r,
        ),
      }),
    },
    {
      name: "form: 成本指标 as a 二级 under 产出 (old scheme) still sets a cost target",
      table: form({
        indicators: [
          ["产出指标", "成本指标", "项目经费", "项目经费", "≤170万元", "预算支出标准"],
          ...only("产出指标", "效益指标", "满意度指标"),
        ],
      }),
    },
    {
      // Sixteenth session: the 产出 merge run one row too far over a 效益 row; level2-mismatch reports the cause.
      name: "form: a 效益 二级 under 产出 counts as 效益指标",
      table: form({
        indicators: [
          ...only("产出指标", "成本指标", "满意度指标"),
          ["产出指标", "社会效益指标", "居民出行条件", "居民出行条件", "明显改善", "计划标准"],
        ],
      }),
    },
    { name: "compact: no 成本 一级 in the Guangdong scheme", table: compact() },
    {
      // Eighteenth session's review: their templates have no 成本 block.
      name: "form: a transfer payment's regional table and a department-wide one need no 成本",
      table: form({
        title: "中央对地方转移支付区域绩效目标表",
        indicators: only("产出指标", "效益指标", "满意度指标"),
      }),
    },
    {
      // A review of published tables (安徽 2023): the template's name offers 项目 in brackets between its words.
      name: "form: a regional table titled `转移支付区域(项目)绩效目标自评表` needs no 成本",
      table: form({
        title: "某市转移支付区域(项目)绩效目标自评表",
        indicators: only("产出指标", "效益指标", "满意度指标"),
      }),
    },
    {
      name: "form: a department-wide table needs no 成本",
      table: form({ title: "部门整体支出绩效目标申报表", indicators: only("产出指标", "效益指标", "满意度指标") }),
    },
    {
      name: "form: an unknown 一级 explains the missing one (level1-unknown reports the cause)",
      table: form({
        indicators: only("成本指标", "效益指标", "满意度指标").concat([
          ["产出类指标", "数量指标", "培训人次", "培训人次", "≥500人次", "计划标准"],
        ]),
      }),
    },
    {
      name: "form: satisfaction under 效益指标 (older scheme) counts as 满意度",
      table: form({
        indicators: only("成本指标", "产出指标").concat([
          ["效益指标", "社会公众或服务对象满意度指标", "群众满意度", "群众满意度", "≥90%", "计划标准"],
        ]),
      }),
    },
    {
      name: "form: a 2020 table (成本 was a 二级 under 产出 until 2021) needs no 成本 一级",
      table: form({
        title: "2020年培训项目绩效目标表",
        code: "",
        indicators: only("产出指标", "效益指标", "满意度指标"),
      }),
    },
    {
      // A flat table's year says its scheme as a form's does.
      name: "flat: a 2020 table needs no 成本 一级",
      table: written(`2020年项目支出绩效目标表|<|<|<|<
项目名称|培训项目|<|<|<
一级指标|二级指标|三级指标|指标值|计量单位
产出指标|数量指标|培训人次|≥500|人次
效益指标|社会效益指标|就业率|≥80|%
满意度指标|服务对象满意度指标|学员满意度|≥90|%`),
    },
  ],
  invalid: [
    {
      // Twenty-first session: a form with a 计量单位 column is read as flat, which had asked no 成本 of it.
      name: "flat: a table without 成本 (its code's year is 2023): a warning, as in a form",
      table: flat({ rows: DEFAULT_FLAT_ROWS.filter((r) => r[0] !== "成本指标") }),
      errors: [
        {
          cell: "A6",
          severity: "warning",
          messageId: "missing",
          data: { level1: "成本指标" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: "compact: Guangzhou 其他运行经费 has only a 满意度 indicator",
      table: compact({
        projects: [
          {
            name: "其他运行经费",
            goal: "g",
            items: [["3", "满意度指标", "31", "服务对象满意度", "服务对象满意度", "≥95%", "≥95%"] as CompactItem],
          },
        ],
      }),
      errors: [{ cell: "C3", severity: "error", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      name: "form: no 成本指标 is a warning at the indicator header",
      table: form({ indicators: only("产出指标", "效益指标", "满意度指标") }),
      errors: [{ cell: "A9", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      name: "form: a regional table still needs 产出 (only 成本 is the project table's)",
      table: form({
        title: "中央对地方转移支付区域绩效目标表",
        indicators: only("成本指标", "效益指标", "满意度指标"),
      }),
      errors: [{ cell: "A9", severity: "error", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      // A bracketed word elsewhere in a project's title makes no regional table of it.
      name: "form: `区域(片区)绩效目标` is no transfer payment's regional table: 成本 is still asked",
      table: form({
        title: "老城区域(片区)绩效目标表",
        indicators: only("产出指标", "效益指标", "满意度指标"),
      }),
      errors: [{ cell: "A9", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      // A review of 2025 tables (山东): `产出值 | 数量值`, a region's words for the levels, had kept the missing
      // 满意度 unreported (the 一级 had been unknown words).
      name: "form: 一级 written `产出值`, `效益值` count as their class: the missing 满意度 is reported",
      table: written(`2025年项目支出目标申报表|<|<|<|<
项目名称|小学教育公用经费|<|<|<
一级|二级|三级|年度数值|备注
产出值|数量值|在校学生人数|≥6900人|
^|成本值|生均公用经费|≤780元/生/年|
效益值|社会效益值|办学条件|持续改善|`),
      errors: [
        {
          cell: "A3",
          severity: "warning",
          messageId: "missing",
          data: { level1: "满意度指标" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: "form: no 产出 and no 满意度: one finding for the table, an error since 产出 is missing",
      table: form({ indicators: only("成本指标", "效益指标") }),
      errors: [{ cell: "A9", severity: "error", messageId: "missing", fix: null, suggestions: [] }],
    },
    {
      // Nineteenth session: the officer's `无` on the 满意度 row was not acknowledged; the finding now points at it.
      name: "form: a 满意度 row marked 无 is named, and the finding points at it",
      table: marked("无|无|无"),
      errors: [
        {
          cell: "C7",
          severity: "warning",
          messageId: "marked",
          data: { level1: "满意度指标", marked: "满意度指标", mark: "无" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: "form: a marked 满意度 row beside a missing 产出: one error, naming both and the mark",
      table: marked("/||/", "效益指标|经济效益指标|带动增收|≥50万元|计划标准"),
      errors: [
        {
          cell: "C7",
          severity: "error",
          messageId: "marked",
          data: { level1: "产出指标、满意度指标", marked: "满意度指标", mark: "/" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: "form: no indicators at all points at the anchor",
      table: form({ indicators: [], top: 2 }),
      errors: [{ cell: "A3", severity: "error", messageId: "none", fix: null, suggestions: [] }],
    },
    {
      name: "flat: no 效益指标",
      table: flat({ rows: DEFAULT_FLAT_ROWS.filter((r) => r[0] !== "效益指标") }),
      errors: [{ cell: "A6", severity: "warning", messageId: "missing", fix: null, suggestions: [] }],
    },
  ],
});
