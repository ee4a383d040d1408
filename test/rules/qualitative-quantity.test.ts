import rule from "../../src/core/rules/qualitative-quantity";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const count = (name: string, value: string) => row("产出指标", "数量指标", name, value);

const cost = (name: string, value: string, level2 = "经济成本指标") => row("成本指标", level2, name, value);

runRule(rule, {
  valid: [
    {
      // Social and ecological costs may be described; economic costs in numbers are fine.
      name: "a social cost in words; economic costs with amounts, in words or digits",
      table: formOf([
        cost("对周边居民影响", "无明显影响", "社会成本指标"),
        cost("项目总成本", "≤一百万元"),
        cost("人均补助标准", "≤1785元/人"),
        // The session's own review: a cost with no 二级 may be social or ecological; a saving; a yes/no question.
        row("成本指标", "", "对周边生态环境的影响", "无明显影响"),
        cost("成本节约率", "有所降低"),
        cost("是否超出预算", "否"),
      ]),
    },
    {
      name: "a 数量指标 under another 一级 (`效益指标 | 数量指标`): level2-mismatch's one finding, not this rule's",
      table: formOf([row("效益指标", "数量指标", "新技术推广覆盖面", "明显提高")]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    { name: "numbers with units", table: formOf([count("开展活动次数", "≥7次"), count("系统用户数", "50")]) },
    {
      name: "counts in Chinese numerals (`三个`, `一项`, `两批次`, `二十余场`)",
      table: formOf([
        count("新建示范点数量", "三个"),
        count("制定管理办法", "一项"),
        count("认定非遗项目", "两批次"),
        count("开展宣传活动场次", "二十余场"),
      ]),
    },
    {
      // Fourteenth session (司法, 人防, 地震, 街道 tables): a frequency in Chinese numerals is a count per period.
      name: "frequencies in Chinese numerals (`每月一次`, `一年两次`, `两次/年`, `每年不少于两次`)",
      table: formOf([
        count("矛盾纠纷排查", "每月一次"),
        count("法治宣传活动", "一年两次"),
        count("业务培训", "两次/年"),
        count("防空警报试鸣", "每年不少于两次"),
        count("地震监测设施巡检", "每季度一次"),
      ]),
    },
    {
      name: "qualitative values outside 数量指标",
      table: formOf([
        row("产出指标", "质量指标", "服务质量", "提升"),
        row("效益指标", "社会效益指标", "全市两化融合指数", "提升"),
      ]),
    },
    {
      // The description states the numbers, in words around them.
      name: "Guangzhou: a description that mentions how many",
      table: compactOf([
        item(
          "11",
          "产业数据处理服务工作报告数量",
          "2份",
          "产业数据加工与治理服务工作报告1份、产业数据业务支撑服务工作报告1份",
        ),
      ]),
    },
    { name: "unparseable and blank values", table: formOf([count("车辆数", "≥"), count("车辆数", "")]) },
  ],
  invalid: [
    {
      // Nineteenth session's review: economic costs stated in words had no finding.
      name: "an economic cost in words (`符合相关规定`, `控制在预算内`; a rate `不超预算`)",
      table: formOf([
        cost("单项业务成本", "符合相关规定"),
        cost("项目经费", "控制在预算内"),
        cost("成本控制率", "不超预算"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "qualitativeCost", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "qualitativeCost", fix: null, suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "qualitativeCostShare", fix: null, suggestions: [] },
      ],
    },
    {
      // Twentieth session's review (湘潭 2024): an old scheme's 成本指标 under 产出 is named as the table names it.
      name: "an old scheme's 成本指标 in words: the message says 成本指标, the current one's says 经济成本指标",
      table: formOf([
        row("产出指标", "成本指标", "控制在预算成本内", "控制在预算内"),
        cost("项目经费", "控制在预算内"),
      ]),
      errors: [
        {
          cell: "F10",
          severity: "warning",
          messageId: "qualitativeCost",
          data: { costKind: "成本指标" },
          fix: null,
          suggestions: [],
        },
        {
          cell: "F11",
          severity: "warning",
          messageId: "qualitativeCost",
          data: { costKind: "经济成本指标" },
          fix: null,
          suggestions: [],
        },
      ],
    },
    {
      name: "Chinese numerals that count nothing (`一批`, `千家万户`)",
      table: formOf([count("新建示范点数量", "一批"), count("惠及户数", "千家万户")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a quantity that 提升",
      table: formOf([count("培训人数", "提升")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] }],
    },
    {
      name: "Guangzhou: 纪检监察开展次数 年度计划数, both values",
      table: compactOf([item("11", "纪检监察开展次数", "年度计划数", "年度计划数")]),
      errors: [
        { cell: "C3", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] },
        { cell: "C3", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] },
      ],
    },
    {
      // Seventeenth session: a share's example is a percentage, and `全覆盖` on one is offered as 100%.
      name: "a share in words (`全覆盖` on a 覆盖率: 100% offered; `明显提高` on a 完成率: no offer)",
      table: formOf([count("村居覆盖率", "全覆盖"), count("任务完成率", "明显提高"), count("覆盖村居数", "全覆盖")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "qualitativeShare", fix: null, suggestions: ["100%"] },
        { cell: "F11", severity: "warning", messageId: "qualitativeShare", fix: null, suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] },
      ],
    },
    {
      name: "flat: a 定性 value under 数量指标",
      table: flatOf([flatRow("产出指标", "数量指标", "培训覆盖面", "定性", "有效扩大", "")]),
      errors: [{ cell: "E7", severity: "warning", messageId: "qualitative", fix: null, suggestions: [] }],
    },
  ],
});
