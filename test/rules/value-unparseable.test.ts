import rule from "../../src/core/rules/value-unparseable";
import { lintTable } from "../../src/core/lint/lint-table";
import type { IndicatorRow } from "../helpers/form-table";
import { UNCALCULATED, type CellValue } from "../../src/core/grid/grid";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const timely = (name: string, value: string) => row("产出指标", "时效指标", name, value);
const quality = (name: string, value: CellValue) => row("产出指标", "质量指标", name, value);

runRule(rule, {
  valid: [
    {
      name: "digits alone are one number, not a number twice (`1111`); two different quantities are no copy",
      table: formOf([quality("验收合格率", "1111"), row("产出指标", "数量指标", "培训人数", "5人5人次")]),
    },
    {
      // The session's own review: a mark or a line break between makes a list or a ratio of two alike items.
      name: "two alike items with a mark or a line break between, or under a name of two things",
      table: formOf([
        row("产出指标", "数量指标", "服务站数量", "5个、5个"),
        row("产出指标", "数量指标", "检查次数", "2次\n2次"),
        row("产出指标", "数量指标", "新建、改建服务站数量", "5个 5个"),
      ]),
    },
    {
      // Seventeenth session's review: words made of units' characters are words (one unit alone is not).
      name: "phrases of units' characters (`次月`, `本年度`, `分批`, `分类`)",
      table: formOf([
        timely("补贴发放时间", "次月"),
        timely("资金拨付时间", "本年度"),
        timely("资金拨付", "分批"),
        quality("垃圾处理", "分类"),
      ]),
    },
    {
      name: "a rate per a base in digits (`≤15/100000`)",
      table: formOf([row("效益指标", "社会效益指标", "孕产妇死亡率", "≤15/100000")]),
    },
    {
      // Sixteenth session: a day in words made of units alone; the units' stripping had left no words.
      name: "a day in words made of units alone (`次日`, `每日`)",
      table: formOf([timely("投诉整改反馈时间", "次日"), timely("巡查频次", "每日")]),
    },
    {
      // An empty value written as a dash or slash is value-missing's finding alone: one defect, one finding.
      name: "a lone dash or slash, in each layout",
      table: formOf([quality("验收合格率", "——"), quality("验收合格率", "/")]),
    },
    { name: "compact: a slash for the period's value", table: compactOf([item("13", "资金拨付时间", "/", "≤12月")]) },
    {
      name: "flat: a dash in the value cell",
      table: flatOf([flatRow("产出指标", "质量指标", "培训合格率", "≥", "-", "%")]),
    },
    {
      name: "a zero-width space at either edge says nothing (text-artifact removes it)",
      table: formOf([
        row("满意度指标", "服务对象满意度指标", "群众满意度", "\u200b≥90%"),
        row("产出指标", "质量指标", "合格率", "≥95%\u200b"),
      ]),
    },
    {
      name: "a stray bracket that text-artifact removes, leaving a value that reads (one cause, one finding)",
      table: formOf([quality("培训人次", "≥500人次）"), quality("合格率", "≥95%】")]),
    },
    {
      // Fourteenth session: a tolerance band as engineers write it, each end with its sign.
      name: "a range whose ends carry signs (`-5~+5mm`, `-5mm~+10mm`, `-10~-5℃`)",
      table: formOf([
        quality("路面平整度偏差", "-5~+5mm"),
        quality("面层厚度偏差", "-5mm~+10mm"),
        quality("冷库温度", "-10~-5℃"),
      ]),
    },
    {
      name: "money per money (`≤0.8万元/亿元` of investment) and a fraction of a named measure (`≤管径的1/5`)",
      table: formOf([
        row("成本指标", "经济成本指标", "每亿元投资管理费", "≤0.8万元/亿元"),
        quality("管道沉降量", "≤管径的1/5"),
      ]),
    },
    {
      name: "dates that exist: 29 February in a leap year or with no year, a month's last day",
      table: formOf([
        timely("项目完成时间", "2024年2月29日前"),
        timely("资金拨付时间", "2月29日"),
        timely("验收时间", "2025年4月30日"),
        timely("实施周期", "≤13个月"),
        quality("接种率", "2024年24月龄儿童≥95%"),
        timely("祭扫服务时间", "农历2月30日前"),
        timely("庙会举办时间", "（农历）2月30日前"),
      ]),
    },
    {
      name: "works grades (`≥C30` concrete, `P8`, `M7.5`, `HRB400`), an amount per a bracketed pair, earthwork in 方",
      table: formOf([
        quality("混凝土强度等级", "≥C30"),
        quality("抗渗等级", "P8"),
        quality("砌筑砂浆强度", "≥M7.5"),
        quality("钢筋等级", "HRB400"),
        quality("小额信贷贴息率", "≤LPR"),
        row("成本指标", "经济成本指标", "人均护理补贴标准", "≤950元/（人·月）"),
        row("产出指标", "数量指标", "土方开挖量", "≥5000方"),
        row("产出指标", "数量指标", "供水能力", "≥5000方/日"),
      ]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "Qingdao: quantitative values of every shape",
      table: formOf([
        quality("安全环保督导车辆租赁次数", "≥130次"),
        quality("储备食盐含碘量", "18-33毫克/公斤"),
        quality("资金使用合规性", "100%"),
        timely("拨付时间", "≤12月5日"),
        timely("项目完成时间", "2023.12.31"),
        timely("项目实施期", "2023.01.01-2023.12.31"),
        timely("服务时间", "9:00-17:00"),
        quality("达标比例", "≥2/3"),
        timely("每日开放时间", "8:30—17:30"),
        quality("补助标准", "≥4.5万元/辆"),
        quality("监测能力", "18Ghz"),
        quality("合规率", 100),
        quality("合格率", "≥95%。"),
      ]),
    },
    {
      name: "Guangzhou: qualitative phrases and descriptions",
      table: compactOf([
        item("13", "检查月报", "按时上报"),
        item("22", "影响力", "进一步提高"),
        item("11", "公益广告播放频率", "上、下半年各播放4周，≥20次/日"),
        item("11", "运维业务系统数量", "运维业务系统数量8个", "8个"),
      ]),
    },
    {
      name: "ratios and products (`1:15`, `7×24小时`)",
      table: formOf([
        quality("师生比", "1:15"),
        quality("配套资金比例", "≥1：1"),
        quality("热线服务时间", "7×24小时"),
        quality("展板尺寸", "2×1.2米"),
      ]),
    },
    {
      name: "things per area, hours per day; grades Ⅱ级, A类, AA+",
      table: formOf([
        quality("粮食单产", "≥100斤/亩"),
        quality("公共图书馆开放时间", "≥56小时/周"),
        quality("护理等级", "Ⅱ级"),
        quality("信用评级", "AA+"),
      ]),
    },
    {
      name: "grades written without a Chinese word (`AAAA`, `Ⅲ类`, `III类`)",
      table: formOf([quality("景区等级", "AAAA"), quality("断面水质", "≥Ⅲ类"), quality("水质类别", "III类")]),
    },
    {
      // Blank is value-missing's, a placeholder is placeholder-unfilled's.
      name: "blank values and placeholders",
      table: formOf([quality("验收合格率", ""), quality("验收合格率", "≥XX%")]),
    },
  ],
  invalid: [
    {
      // Twentieth session: a target pasted twice; its last 万 respelt as 万元 had been unit-nonstandard's fix.
      name: "one quantity written twice (`854万854万`, `≥90% ≥90%`): keep one, as a suggestion",
      table: formOf([row("产出指标", "数量指标", "补助资金发放额", "854万854万"), quality("验收合格率", "≥90% ≥90%")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "doubled", fix: null, suggestions: ["854万"] },
        { cell: "F11", severity: "warning", messageId: "doubled", fix: null, suggestions: ["≥90%"] },
      ],
    },
    {
      name: "Qingdao 16: ≤12.05月|日",
      table: formOf([timely("“化工险”项目资金拨付时间", "≤12.05月|日")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] }],
    },
    {
      name: "a lone comparator, a doubled comparator",
      table: formOf([quality("验收合格率", "≥"), quality("验收合格率", "≥≥95%")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a stray bracket whose removal still leaves no value that reads; an opening bracket left unclosed",
      table: formOf([quality("验收合格率", "5%%）"), quality("合格率", "（≥95%")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
      ],
    },
    {
      name: "dates that do not exist: a month past 12 after a year, a day past its month's end",
      table: formOf([
        timely("项目完成时间", "2025年13月底前"),
        timely("资金拨付时间", "2025年2月30日前"),
        timely("验收时间", "4月31日"),
        timely("验收时间", "2024-02-30"),
      ]),
      errors: ["F10", "F11", "F12", "F13"].map((cell) => ({
        cell,
        severity: "warning",
        messageId: "noSuchDate",
        fix: null,
        suggestions: [],
      })),
    },
    {
      name: "stray symbols glued to a number",
      table: formOf([quality("验收合格率", "5%%"), quality("版本号", "12.3.4"), quality("完成率", "100%+")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a ratio or a product with a term missing",
      table: formOf([quality("师生比", "1:"), quality("服务时间", "7×")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a formula the file holds no result for, whatever its code's words (no qualitative reading)",
      table: formOf([row("产出指标", "数量指标", "服务人数", { error: UNCALCULATED })]),
      errors: [{ cell: "F10", severity: "warning", messageId: "uncalculated", fix: null, suggestions: [] }],
    },
    {
      name: "a formula error in the value cell",
      table: formOf([quality("验收合格率", { error: "#VALUE!" })]),
      errors: [{ cell: "F10", severity: "warning", messageId: "cellError", fix: null, suggestions: [] }],
    },
    {
      name: "compact: only the unreadable value",
      table: compactOf([item("13", "资金拨付时间", "≤12月", "≤12.05月|日")]),
      errors: [{ cell: "C3", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] }],
    },
    {
      name: "flat: an unreadable value cell",
      table: flatOf([flatRow("产出指标", "质量指标", "培训合格率", "≥", "≥≥95", "%")]),
      errors: [{ cell: "E7", severity: "warning", messageId: "unparseable", fix: null, suggestions: [] }],
    },
  ],
});

describe("value-unparseable, a name that is an error value", () => {
  test("is not quoted as the indicator's name (`该指标`, not `#公式未计算`)", () => {
    const uncalculated = { error: UNCALCULATED };
    const table = formOf([
      ["产出指标", "数量指标", uncalculated, uncalculated, uncalculated, "计划标准"] as unknown as IndicatorRow,
    ]);
    const messages = lintTable(table, {}, [rule]).map((d) => d.message.zh);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^“该指标”/);
  });
});
