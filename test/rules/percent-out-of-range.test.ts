import rule from "../../src/core/rules/percent-out-of-range";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, row } from "./value-rows";

const quality = (name: string, value: string) => row("产出指标", "质量指标", name, value);

runRule(rule, {
  valid: [
    {
      // Twins, and a herd's turnover; a material's stretch: more than the whole by nature.
      name: "ratios that pass 100% by nature (`产羔率`, `出栏率`, `断裂伸长率`)",
      table: formOf([
        row("效益指标", "经济效益指标", "基础母羊产羔率", "≥110%"),
        row("效益指标", "经济效益指标", "生猪出栏率", "≥150%"),
        row("产出指标", "质量指标", "HDPE土工膜断裂伸长率", "≥600%"),
        // A special bond's income must cover its principal and interest at least 1.2 times.
        row("效益指标", "经济效益指标", "项目收益覆盖率", "≥120%"),
      ]),
    },
    {
      name: "targets and plans set from above, amounts against a plan, volumes recovering to a baseline",
      table: formOf([
        row("效益指标", "经济效益指标", "专利授权量目标完成率", "≥110%"),
        row("效益指标", "经济效益指标", "社保费征缴计划完成率", "≥102%"),
        row("效益指标", "经济效益指标", "技术合同成交额完成率", "≥110%"),
        row("效益指标", "经济效益指标", "全社会研发投入完成率", "≥105%"),
        row("效益指标", "经济效益指标", "公路客运量恢复率", "≥105%"),
        row("效益指标", "经济效益指标", "演出收入恢复率", "≥120%"),
        row("效益指标", "经济效益指标", "融资担保放大倍率", "≥300%"),
      ]),
    },
    {
      // Fourteenth session (2023–24 文旅 and 口岸 tables): the base year in brackets, a port's and a flight's recovery.
      name: "recoveries with a bracketed base, of ports and flights, against a baseline's level; a quota from above",
      table: formOf([
        row("效益指标", "经济效益指标", "旅游总收入恢复率（较2019年同期）", "≥110%"),
        row("效益指标", "经济效益指标", "口岸出入境人员恢复率", "≥110%"),
        row("效益指标", "经济效益指标", "旅游收入达到2019年同期水平比例", "≥105%"),
        row("效益指标", "经济效益指标", "粮食产量完成上级下达任务比例", "≥105%"),
        row("效益指标", "经济效益指标", "完成上级下达城镇新增就业任务比例", "≥105%"),
      ]),
    },
    {
      name: "ratios that pass 100% by definition (毛入学率, 保值增值率, 撬动比例) and tasks overfulfilled",
      table: formOf([
        quality("小学毛入学率", "≥104%"),
        row("效益指标", "经济效益指标", "国有资本保值增值率", "≥105%"),
        row("效益指标", "经济效益指标", "社会资本撬动比例", "≥300%"),
        quality("年度造林任务完成率", "≥105%"),
        row("效益指标", "经济效益指标", "社会消费品零售总额完成率", "≥105%"),
      ]),
    },
    {
      name: "a ceiling above 100% is met by every share (`床位使用率 ≤105%`, `合格率 ≤105%`)",
      table: formOf([quality("床位使用率", "≤105%"), quality("抽检合格率", "≤105%")]),
    },
    {
      name: "revenue, investment and recovery rates may pass 100%",
      table: formOf([
        quality("招商引资任务完成率", "≥110%"),
        quality("税收收入预算完成率", "≥102%"),
        quality("游客人数恢复率", "≥120%"),
        row("效益指标", "社会效益指标", "城镇新增就业目标任务完成率", "≥105%"),
        row("效益指标", "经济效益指标", "固定资产投资完成率", "≥110%"),
        row("效益指标", "经济效益指标", "出口额目标完成率", "≥105%"),
      ]),
    },
    {
      name: "per mille and rates per a base are in range (`≤150‰` is 15%; `≤180/10万` is per 100,000)",
      table: formOf([quality("住院病死率", "≤150‰"), quality("孕产妇死亡率", "≤180/10万")]),
    },
    {
      name: "rates that run past 100% by nature: debt cover, turnover, self-sufficiency",
      table: formOf([
        quality("项目收益对债券本息覆盖率", "≥120%"),
        quality("生猪出栏率", "≥150%"),
        quality("粮食自给率", "≥105%"),
      ]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "shares within 0%–100%",
      table: formOf([
        quality("验收合格率", "≥95%"),
        quality("覆盖率", "100%"),
        quality("核查误差率", "0%"),
        quality("市场占有率", "≤100%"),
        quality("合格率", "90-100%"),
      ]),
    },
    {
      // Below 0% a decline rate says the quantity may grow: a target a reviewer may question, not an impossible share.
      name: "a rate of decline below 0%",
      table: formOf([
        row("效益指标", "生态效益指标", "单位能耗下降率", "-3%"),
        row("效益指标", "经济效益指标", "运行成本降低率（%）", "≥-5%"),
        row("效益指标", "社会效益指标", "事故发生降幅", "<0%"),
      ]),
    },
    {
      name: "growth rates may exceed 100%",
      table: formOf([
        row("效益指标", "社会效益指标", "带动就业增长率", "≥120%"),
        row("效益指标", "经济效益指标", "营业收入增幅", "≥150%"),
      ]),
    },
    {
      // 速率 is a speed; 合规性 and 倍数 are no shares.
      name: "names that are no share",
      table: formOf([quality("宽带下载速率", "≥170%"), quality("资金使用合规性", "≥120%")]),
    },
    {
      name: "other units and other kinds",
      table: formOf([quality("验收合格率", "120个"), quality("验收合格率", "提升")]),
    },
  ],
  invalid: [
    {
      // Twenty-third session: `效率` (efficiency) is no share, but `有效率` is one (cases or data that were effective).
      name: "a share of effective cases (`治疗总有效率 ≥120%`), no efficiency",
      table: formOf([quality("治疗总有效率", "≥120%")]),
      errors: [{ cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
    {
      // Seventeenth session: a percentage in words over a hundred had been read as no number.
      name: "a share in Chinese numerals over a hundred (`百分之一百一十`)",
      table: formOf([quality("达标率", "百分之一百一十")]),
      errors: [{ cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
    {
      // Fourteenth session's review: tasks done of tasks set are a share; only a quota handed down may be passed.
      name: "a share of tasks completed (`按期完成整改任务比例 ≥110%`), beside a quota's",
      table: formOf([row("产出指标", "数量指标", "按期完成整改任务比例", "≥110%")]),
      errors: [{ cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
    {
      name: "a share whose name only mentions a base (`万人以上…达标率`), a vegetation recovery, a project's 完成率",
      table: formOf([
        quality("千吨万人饮用水水源地水质达标率", "≥120%"),
        quality("植被恢复率", "≥120%"),
        quality("投资项目完成率", "≥150%"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a rate of decline above 100%",
      table: formOf([row("效益指标", "生态效益指标", "单位能耗下降率", "≥120%")]),
      errors: [{ cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
    {
      name: "合格率 ≥120%",
      table: formOf([quality("验收合格率", "≥120%")]),
      errors: [{ cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
    {
      name: "below 0%, a strict >100% and <0%",
      table: formOf([quality("验收合格率", "-5%"), quality("宣传内容覆盖率", ">100%"), quality("投诉办结率", "<0%")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
        { cell: "F12", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
      ],
    },
    {
      name: "a range reaching past 100%, and a satisfaction in 百分比",
      table: formOf([quality("完成率", "90-120%"), row("满意度指标", "服务对象满意度指标", "企业满意度", "110百分比")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
        { cell: "F11", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] },
      ],
    },
    {
      name: "compact: only the offending value",
      table: compactOf([item("12", "研究报告验收合格率", "≥101%", "100%")]),
      errors: [{ cell: "C3", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
    {
      name: "flat: the percentage from the 计量单位 column",
      table: flatOf([flatRow("产出指标", "质量指标", "培训合格率", "≥", 120, "%")]),
      errors: [{ cell: "E7", severity: "error", messageId: "outOfRange", fix: null, suggestions: [] }],
    },
  ],
});
