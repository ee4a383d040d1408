import rule from "../../src/core/rules/unit-inconsistent";
import { compact, runRule } from "../helpers/rule-tester";
import { compactOf, formOf, item, packed, row } from "./value-rows";

runRule(rule, {
  valid: [
    {
      name: "lengths, areas, weights and ‰/% convert exactly (`≥12公里` / `≥5000米`, `≥300公顷` / `≥1500亩`)",
      table: compactOf([
        item("11", "新建管网", "≥12公里", "≥5000米"),
        item("11", "造林面积", "≥300公顷", "≥1500亩"),
        item("11", "粮食产量", "≥35万吨", "≥7亿斤"),
        item("12", "婴儿死亡率", "≤5‰", "≤0.5%"),
        // A symbol and its Chinese name (`kV`/`千伏`, `Ω`/`欧姆`).
        item("12", "泵站配电电压", "≥10kV", "≥10千伏"),
        item("12", "防雷接地电阻", "≤10Ω", "≤10欧姆"),
        item("12", "眼压控制目标", "≤21mmHg", "≤21毫米汞柱"),
      ]),
    },
    {
      // Thirteenth session: per a head a month with a slash or a dot.
      name: "`元/人/月` and `元/人·月` are one unit",
      table: compactOf([
        item("14", "高龄津贴标准", "≥100元/人/月", "≥100元/人·月"),
        item("14", "孤儿基本生活费", "≥1200元/月/人", "≥1200元/人·月"),
      ]),
    },
    { name: "default compact", table: compact() },
    {
      name: "the same unit, comparators and numbers may differ",
      table: compactOf([
        item("11", "举办调研、走访等行业交流活动场次", "≥10场", "≥10场"),
        item("11", "开展调研次数", "不低于2次", "2次"),
        item("11", "智能网联汽车（自动驾驶）数量", "150辆", "120辆"),
      ]),
    },
    {
      // 亿 after 投资 is 亿元: the same unit spelled two ways is unit-nonstandard's.
      name: "one unit in two spellings",
      table: compactOf([
        item("11", "落户以来累计完成投资", "520亿", "520亿元"),
        item("12", "验收合格率", "100百分比", "100%"),
      ]),
    },
    {
      name: "deadlines of different precision, and one unit in two spellings",
      table: compactOf([
        item("13", "完成项目验收时间", "2024年底", "12月底"),
        item("13", "展会举办时间", "≤11月份", "≤11月"),
        item("11", "活动面积", "≥20000平米", "≥20000平方米"),
        item("11", "绿化面积", "≥3万平方米", "≥1万㎡"),
        item("11", "道路里程", "≥150公里", "≥50km"),
        item("13", "审核周期", "≤2个月", "≤2月"),
      ]),
    },
    {
      name: "different dimensions or no unit are other rules' business",
      table: compactOf([
        item("11", "完成评审任务数", "85", ">90%"),
        item("11", "活动面积", "≥2场", "≥20000平米"),
        item("11", "运维桌面办公设备数量", "60台", "60"),
        item("22", "影响力", "提升", "≥5家"),
      ]),
    },
    {
      // One scale, converted exactly: a period's sum in 亿元 and a year's in 万元 is how large sums are written.
      name: "money in 亿元 and 万元, years and months, money per head in 万元 and 元",
      table: compactOf([
        item("21", "项目完成年产值", "≥1.2亿元", "≥4000万元"),
        item("13", "项目建设周期", "3年", "12个月"),
        item("21", "人均增收", "≥0.5万元/人", "≥5000元/人"),
      ]),
    },
    {
      name: "not a compact table: the rule does not run",
      table: formOf([row("产出指标", "数量指标", "活动场次", "≥10家")]),
    },
  ],
  invalid: [
    {
      name: "Guangzhou: 活动场次 ≥10家 / ≥10场, the name says 场",
      table: compactOf([item("11", "举办调研、走访等行业交流活动场次", "≥10家", "≥10场")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          messageId: "inconsistent",
          suggestions: [packed([item("11", "举办调研、走访等行业交流活动场次", "≥10场", "≥10场")])],
          fix: null,
        },
      ],
    },
    {
      name: "the name holds both 人 and 人次: the longer wins",
      table: compactOf([item("11", "院士课堂专题培训参训人次", "≥200人次", "≥200人")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          suggestions: [packed([item("11", "院士课堂专题培训参训人次", "≥200人次", "≥200人次")])],
          messageId: "inconsistent",
          fix: null,
        },
      ],
    },
    {
      name: "several indicators, each on its own",
      table: compactOf([item("11", "培训批次", "≥3批次", "≥3期"), item("11", "设备采购数量", "2套", "2台")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          suggestions: [packed([item("11", "培训批次", "≥3批次", "≥3批次"), item("11", "设备采购数量", "2套", "2台")])],
          messageId: "inconsistent",
          fix: null,
        },
        { cell: "C3", severity: "warning", suggestions: [], messageId: "inconsistent", fix: null },
      ],
    },
  ],
});
