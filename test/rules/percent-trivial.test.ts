import rule from "../../src/core/rules/percent-trivial";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, packed, row } from "./value-rows";

const quality = (name: string, value: string) => row("产出指标", "质量指标", name, value);

runRule(rule, {
  valid: [
    {
      name: "`≥100%` on a ratio that passes 100% by definition (保值增值率, 毛入学率)",
      table: formOf([
        row("效益指标", "经济效益指标", "国有资产保值增值率", "≥100%"),
        quality("初中阶段毛入学率", "≥100%"),
      ]),
    },
    { name: "default form", table: form() },
    {
      // Thirteenth session: debt over the money to repay it passes 100% in many regions; `≤100%` is a real ceiling.
      name: "`≤100%` on a debt ratio (`地方政府综合债务率`)",
      table: formOf([row("效益指标", "经济效益指标", "地方政府综合债务率", "≤100%")]),
    },
    { name: "≥100‰ is a tenth, not the whole", table: formOf([quality("合格率", "≥100‰")]) },
    { name: "over-fulfilment counts for output and revenue", table: formOf([quality("达产率", "≥100%")]) },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "exact 100% and real floors",
      table: formOf([
        quality("大会各平行论坛成功举办率", "100%"),
        quality("验收合格率", "≥95%"),
        quality("覆盖率", "≤90%"),
        quality("资金使用合规性", "≥100%"),
      ]),
    },
    { name: "growth rates", table: formOf([row("效益指标", "社会效益指标", "带动就业增长率", "≥100%")]) },
    {
      // Do not overspend: a real ceiling on a cost.
      name: "≤100% on a cost",
      table: formOf([row("成本指标", "经济成本指标", "预算执行率", "≤100%")]),
    },
    { name: "other units", table: formOf([quality("验收合格率", "≥100个")]) },
    {
      // Staff over the quota, spending over the cap: such a rate can pass 100%, so `≤100%` is a real ceiling.
      name: "≤100% on a rate against a cap (控制率)",
      table: formOf([quality("在职人员控制率", "≤100%"), row("效益指标", "社会效益指标", "公用经费控制率", "≤100%")]),
    },
  ],
  invalid: [
    {
      // Seventeenth session's review of fixes: the suggestion in the standard spelling, so taking it ends the matter.
      name: "`≥１００百分号`: the suggestion is `100%`, not the nonstandard `１００百分号`",
      table: formOf([quality("验收合格率", "≥１００百分号")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "floor", fix: null, suggestions: ["100%"] }],
    },
    {
      name: "Qingdao 8: 达成合作意向率 ≥100%",
      table: formOf([quality("达成合作意向率", "≥100%")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "floor", fix: null, suggestions: ["100%"] }],
    },
    {
      // satisfaction-threshold warns against a satisfaction of exactly 100%: nothing to suggest here.
      name: "≥100% on a satisfaction: no suggestion",
      table: formOf([row("满意度指标", "服务对象满意度指标", "群众满意度", "≥100％")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "floor", fix: null, suggestions: [] }],
    },
    {
      name: "word and suffix floors",
      table: formOf([quality("宣传活动覆盖率", "不低于100%"), quality("故障受理率", "100%以上")]),
      errors: [
        { cell: "F10", severity: "warning", suggestions: ["100%"], messageId: "floor", fix: null },
        { cell: "F11", severity: "warning", suggestions: ["100%"], messageId: "floor", fix: null },
      ],
    },
    {
      name: "≤100% on a share: no suggestion",
      table: formOf([quality("验收合格率", "≤100%")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "ceiling", suggestions: [], fix: null }],
    },
    {
      name: "compact: only the offending value",
      table: compactOf([item("12", "验收合格率", "≥100%", "100%")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          suggestions: [packed([item("12", "验收合格率", "100%", "100%")])],
          messageId: "floor",
          fix: null,
        },
      ],
    },
    {
      name: "flat: the comparator column is the cell to change",
      table: flatOf([flatRow("产出指标", "质量指标", "培训合格率", "≥", 100, "%")]),
      errors: [{ cell: "D7", severity: "warning", messageId: "floor", suggestions: ["＝"], fix: null }],
    },
  ],
});
