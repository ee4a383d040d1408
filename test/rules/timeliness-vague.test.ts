import rule from "../../src/core/rules/timeliness-vague";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const timely = (name: string, value: string) => row("产出指标", "时效指标", name, value);

runRule(rule, {
  valid: [
    {
      // Twentieth session's review of sector tables (动物防疫): the vaccination campaigns are fixed seasons.
      name: "the spring and autumn vaccination campaigns (`春防、秋防期间`)",
      table: formOf([timely("疫苗接种完成时限", "春防、秋防期间"), timely("强制免疫完成时间", "春秋防结束前")]),
    },
    {
      // Seventeenth session's review: the next month, this quarter, every ten days, a report by its period.
      name: "relative deadlines and periods (`次月发放`, `当季度`, `每旬`, `月报`)",
      table: formOf([
        timely("补贴发放时间", "次月发放"),
        timely("资金结算时间", "当季度"),
        timely("巡查频次", "每旬"),
        timely("信息报送", "月报"),
      ]),
    },
    {
      // Sixteenth session: a service kept all year round; sanitation's same-day rule.
      name: "all year round (`全年无休`, `全年不间断`) and the same day's clearing (`日产日清`, `日清日结`)",
      table: formOf([
        timely("热线服务时间", "全年无休"),
        timely("应急值守", "全年不间断"),
        timely("生活垃圾清运时效", "日产日清"),
        timely("道路保洁作业时效", "日清日结"),
      ]),
    },
    {
      // Fifteenth session (政法, 卫健 tables): periods the procedure laws or a schedule fix.
      name: "a period fixed by law or by a schedule (`法定期限内`, `法定时限内办结`, `审限内`, `按免疫程序`)",
      table: formOf([
        timely("案件办理时限", "法定期限内"),
        timely("执法办案时限", "法定时限内办结"),
        timely("审判时限", "审限内结案"),
        timely("疫苗接种时间", "按免疫程序"),
      ]),
    },
    {
      name: "seasons and terms of the farming and school year, a heating season, on the spot, with the works",
      table: formOf([
        row("产出指标", "时效指标", "助学金发放", "按学期发放"),
        row("产出指标", "时效指标", "供暖期", "11.15-次年3.15"),
        row("产出指标", "时效指标", "良种发放", "春耕前"),
        row("产出指标", "时效指标", "畜禽集中免疫", "春秋两季"),
        row("产出指标", "时效指标", "审批办结", "即办"),
        row("产出指标", "时效指标", "资金拨付", "按工程进度拨付"),
        // Thirteenth session: a schedule kept with the calendar or with an average (衔接资金, 专项债).
        row("产出指标", "时效指标", "资金支出进度", "≥序时进度"),
        row("产出指标", "时效指标", "债券资金支出进度", "不低于序时进度"),
        row("产出指标", "时效指标", "项目支出进度", "≥全省平均进度"),
        // Holidays and seasons are fixed dates (民政, 退役军人 慰问).
        row("产出指标", "时效指标", "慰问金发放时间", "元旦前"),
        row("产出指标", "时效指标", "慰问现役军人家属时间", "“八一”前"),
        row("产出指标", "时效指标", "供暖补贴发放时间", "供暖季开始前"),
        row("产出指标", "时效指标", "慰问老党员时间", "“七一”前"),
        row("产出指标", "时效指标", "慰问金发放", "两节期间"),
        row("产出指标", "时效指标", "供热补贴发放", "采暖期前"),
        // Fourteenth session: regions' own fixed days and seasons (西藏, 内蒙古, 兵团, 云南, 东北).
        row("产出指标", "时效指标", "补助资金发放时间", "藏历新年前"),
        row("产出指标", "时效指标", "棉花目标价格补贴兑付时间", "次年春播前"),
        row("产出指标", "时效指标", "饲草料调运时间", "入冬前"),
        row("产出指标", "时效指标", "地灾隐患排查时间", "雨季前"),
        row("产出指标", "时效指标", "冰雪场地维护时间", "冰雪季开始前"),
      ]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "durations in Chinese numerals, opening hours and seasons of the year's work",
      table: formOf([
        timely("审批办结时限", "十个工作日内"),
        timely("整改完成时限", "三个月内"),
        timely("项目建设周期", "两年"),
        timely("服务时间", "周一至周五8:30-17:30"),
        timely("种子发放时间", "播种前"),
        timely("工程完工时间", "按合同约定"),
      ]),
    },
    {
      name: "Qingdao: dates, durations and rates",
      table: formOf([
        timely("资金拨付完成时间", "≤10月"),
        timely("项目评审企业提供材料时间", "≤11月份"),
        timely("线上医药储备监管时限", "24小时"),
        timely("签订市级医药储备合同时长", "1季度"),
        timely("无线电宣传工作完成时限", "≤60日"),
        timely("发放及时率", "100百分号"),
      ]),
    },
    {
      name: "Guangzhou: a year's end, a month, a rate inside a description",
      table: compactOf([
        item("13", "完成项目验收时间", "2024年底"),
        item("13", "专项资金支出及时程度", "2024年12月前"),
        item("13", "预备役一队正常运作", "达到满足预备役队站战备目的，预备役队员军事技能合格率100%，优秀率达90%"),
      ]),
    },
    {
      name: "deadlines and periods in words",
      table: formOf([
        timely("资金发放时间", "按月"),
        timely("培训完成时间", "年底前完成"),
        timely("数据更新", "实时更新"),
      ]),
    },
    { name: "vague words outside 时效指标", table: formOf([row("产出指标", "质量指标", "信息报送", "及时")]) },
    {
      name: "unparseable and blank values",
      table: formOf([timely("拨付时间", "≤12.05月|日"), timely("拨付时间", "")]),
    },
    {
      name: "a quarter, within the year, before the flood season or a holiday, the contract's term: these say when",
      table: formOf([
        timely("项目验收时间", "第四季度"),
        timely("资金拨付", "年度内完成"),
        timely("堤防加固完成时间", "汛期前"),
        timely("补贴发放时间", "春节前发放"),
        timely("项目完工时间", "按合同约定工期完成"),
      ]),
    },
  ],
  invalid: [
    {
      // An average of whom? Only a named one (`全省平均进度`) is a level.
      name: "a bare `按平均进度` says no deadline",
      table: formOf([timely("资金拨付时间", "按平均进度")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "vague", fix: null, suggestions: [] }],
    },
    {
      // A review of 2025 tables (山东): 时效值, 进度指标 are 时效 in a region's or a template's words.
      name: "a 时效 row named `时效值` or `进度指标` is timeliness too",
      table: formOf([row("产出值", "时效值", "经费拨付", "及时"), row("产出指标", "进度指标", "资料上报", "按时上报")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
      ],
    },
    {
      name: "全年 alone says no deadline",
      table: formOf([timely("补贴发放", "全年按时发放")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "vague", fix: null, suggestions: [] }],
    },
    {
      name: "及时 and 尽快",
      table: formOf([timely("资金拨付", "及时"), timely("问题整改", "尽快")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
      ],
    },
    {
      name: "Guangzhou: 检查月报 按时上报, both values",
      table: compactOf([item("13", "广州市供电企业电力建设工程安全评估项目检查月报", "按时上报")]),
      errors: [
        { cell: "C3", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
        { cell: "C3", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
      ],
    },
    {
      name: "Guangzhou: 完成报送 and 根据培训计划及时开展",
      table: compactOf([
        item("13", "报送典型案例", "完成报送", "≤10月"),
        item("13", "培训活动举办及时率", "≤6月", "根据培训计划及时开展"),
      ]),
      errors: [
        { cell: "C3", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
        { cell: "C3", severity: "warning", messageId: "vague", fix: null, suggestions: [] },
      ],
    },
    {
      name: "flat: a 定性 timeliness value",
      table: flatOf([flatRow("产出指标", "时效指标", "培训完成时间", "定性", "按计划完成", "")]),
      errors: [{ cell: "E7", severity: "warning", messageId: "vague", fix: null, suggestions: [] }],
    },
  ],
});
