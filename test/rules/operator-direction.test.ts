import rule from "../../src/core/rules/operator-direction";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, packed, row } from "./value-rows";

const cost = (name: string, value: string) => row("成本指标", "经济成本指标", name, value);
const satisfied = (name: string, value: string) => row("满意度指标", "服务对象满意度指标", name, value);

const outcome = (name: string, value: string) => row("效益指标", "社会效益指标", name, value);

runRule(rule, {
  valid: [
    {
      // Nineteenth session: a rate of harm needs a ceiling; a fall in it, or words about the number, may have a floor.
      name: "rates of harm with a ceiling, or a floor on their fall (`死亡率下降率 ≥5%`, `较上年下降≥2%`)",
      table: formOf([
        outcome("孕产妇死亡率", "≤10/10万"),
        outcome("事故发生率", "≤1%"),
        outcome("婴儿死亡率下降率", "≥5%"),
        outcome("传染病发病率", "较上年下降≥2%"),
        outcome("发病率增长率", "≥1%"),
        outcome("死亡人数", "≥0人"),
        // The session's own review: a fault's correction is more the better.
        outcome("违法查处率", "≥95%"),
        outcome("差错更正率", "≥98%"),
        outcome("逾期清收率", "≥60%"),
        outcome("违规整治率", "≥95%"),
        outcome("违法拆除率", "≥95%"),
      ]),
    },
    {
      name: "national minimums for orphans, pensions, medical insurance and the disabled are floors",
      table: formOf([
        cost("孤儿基本生活保障标准", "≥1800元/人·月"),
        cost("城乡居民基础养老金", "≥188元/人·月"),
        cost("城乡居民医保人均财政补助标准", "不低于670元/人·年"),
        cost("困难残疾人生活补贴标准", "≥90元/人·月"),
      ]),
    },
    {
      name: "per-head standards set as floors (人均财政补助标准), 优抚 standards and a bond project's own capital",
      table: formOf([
        cost("人均财政补助标准", "≥670元"),
        cost("基本公共卫生服务经费人均财政补助标准", "≥94元/人"),
        cost("重点优抚对象抚恤补助标准", "≥1500元/人·月"),
        cost("义务兵家庭优待金", "≥2.5万元/人·年"),
        cost("项目资本金", "≥7000万元"),
      ]),
    },
    {
      // National minimums: 义务教育生均公用经费基准定额, 村级组织运转经费 不低于11万元 a village.
      name: "minimums set by national rule (`小学生均公用经费标准 ≥720元/生·年`, `村级组织运转经费保障标准 ≥11万元/村`)",
      table: formOf([cost("小学生均公用经费标准", "≥720元/生·年"), cost("村级组织运转经费保障标准", "≥11万元/村")]),
    },
    {
      // Thirteenth session: local policy sets these as minimums (`80周岁以上高龄津贴 不低于100元/人·月`).
      name: "payments to people per head per month or year (`乡村教师生活补助标准 ≥300元/人·月`, `高龄津贴 ≥100元/人/月`)",
      table: formOf([
        cost("乡村教师生活补助标准", "≥300元/人·月"),
        cost("80周岁以上高龄津贴", "≥100元/人/月"),
        cost("国家助学金", "≥3300元/生·年"),
        cost("孤儿基本生活费", "不低于1200元/月"),
        cost("计划生育特别扶助金标准", "≥590元/人·月"),
        // Fourteenth session (民政 and 卫健 names for the same payments).
        cost("高龄补贴", "≥50元/人·月"),
        cost("百岁老人长寿补贴", "≥500元/人·月"),
        cost("农村部分计划生育家庭奖励扶助标准", "≥960元/人·年"),
        cost("独生子女父母奖励标准", "≥10元/人·月"),
        cost("经济困难的高龄、失能老年人养老服务补贴", "≥100元/人·月"),
      ]),
    },
    {
      // Thirteenth session: national floors as officers word them; 营养膳食补助 per pupil a day; 亩均投入 to reach.
      name: "floors worded otherwise (`基本公共卫生服务人均经费 ≥99元/人`, `生均拨款水平 ≥1.2万元/生·年`, `营养膳食补助 ≥5元/生·天`)",
      table: formOf([
        cost("基本公共卫生服务人均经费", "≥99元/人"),
        cost("地方普通本科高校生均拨款水平", "≥1.2万元/生·年"),
        cost("营养膳食补助标准", "≥5元/生·天"),
        cost("高标准农田亩均财政投入", "≥1500元/亩"),
      ]),
    },
    {
      // Fifteenth session (教育, 交通, 卫健 tables): national minimums per pupil, per 公里 of rural road, per head.
      name: "floors per pupil, per 公里 and per head (`生均财政拨款标准`, `县道养护资金标准`, `人均基本公共卫生服务经费 ≥94元`)",
      table: formOf([
        cost("公办幼儿园生均财政拨款标准", "≥600元/生·年"),
        cost("县道养护资金标准", "≥10000元/公里·年"),
        cost("乡道养护资金标准", "不低于5000元/公里·年"),
        cost("人均基本公共卫生服务经费", "≥94元"),
        cost("城乡居民医保人均财政补助（元）", "≥670"),
      ]),
    },
    {
      // Eighteenth session's review: upkeep per 公里 in other words, and village cadres' guaranteed pay.
      name: "upkeep money per 公里 however named (`村道养护补助`, `县道日常养护经费`), village cadres' pay",
      table: formOf([
        cost("村道养护补助", "≥3000元/公里·年"),
        cost("县道日常养护经费", "≥1万元/公里·年"),
        cost("日常养护补助标准", "≥7000元/公里·年"),
        cost("村（社区）干部基本报酬", "≥3.6万元/人·年"),
      ]),
    },
    {
      // Thirteenth session: the project names the floor, the indicator only its amount per head.
      name: "`人均经费标准 ≥94元/人` in a 基本公共卫生服务项目",
      table: formOf([cost("人均经费标准", "≥94元/人")], { name: "基本公共卫生服务项目" }),
    },
    {
      name: "a cost that is a floor by its name (最低, 配套, 自筹)",
      table: formOf([
        cost("最低工资标准", "≥2100元/月"),
        cost("地方配套资金", "≥50万元"),
        cost("单位自筹资金", "≥10万元"),
      ]),
    },
    {
      name: "a saving amount with a floor; a dissatisfaction rate with a ceiling",
      table: formOf([cost("资金节约额", "≥10万元"), satisfied("群众不满意率", "≤5%")]),
    },
    {
      // The law sets these as minimums: ≥ is the target (`特困` at 1.3 × 低保 at least).
      name: "standards the law sets as minimums (低保, 特困人员基本生活标准)",
      table: formOf([cost("城市低保标准", "≥800元/人·月"), cost("特困人员基本生活标准", "不低于1040元/人·月")]),
    },
    {
      name: "savings in other words: 节支, 节约…资金, 压减, 降低…成本, 成本降低额",
      table: formOf([
        cost("政府采购节支", "≥3万元"),
        cost("节约财政资金", "≥5万元"),
        cost("公用经费压减额", "≥5万元"),
        cost("降低运行成本", "≥2万元"),
        cost("成本降低额", "≥2万元"),
      ]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "costs with a ceiling or none",
      table: formOf([
        cost("新能源汽车财政补助标准", "≤4.5万元/辆"),
        cost("项目经费", "≤170万元"),
        cost("会议费", "=450元"),
        cost("预算控制", "120万元"),
      ]),
    },
    {
      // More is better for these: a floor is right.
      name: "saving rates and other percentage costs",
      table: formOf([cost("节支率", "≥5%"), cost("政府采购率", "≥100%"), cost("预算执行率", "≥95%")]),
    },
    {
      name: "a floor on money that is no cost",
      table: formOf([row("效益指标", "经济效益指标", "市场成交额", "≥5000万元")]),
    },
    {
      name: "satisfaction with a floor",
      table: formOf([satisfied("企业满意度", "≥90%"), satisfied("服务对象满意度", "95%以上")]),
    },
    {
      // Under 满意度指标, but the name counts complaints: fewer is better.
      name: "Guangzhou: 受到服务对象的投诉次数 少于3次",
      table: compactOf([item("31", "受到服务对象的投诉次数", "少于3次", "少于3次")]),
    },
    {
      name: "a 指标方向 column that agrees with the value, or states no direction",
      table: flatOf([
        flatRow("产出指标", "质量指标", "苗木成活率", "正向", "≥85%", "%"),
        flatRow("成本指标", "经济成本指标", "造林成本", "反向", "≤28万元", "万元"),
        flatRow("产出指标", "数量指标", "造林面积", "正向指标", 500, "亩"),
        flatRow("产出指标", "质量指标", "验收合格率", "中性", "≤100%", "%"),
      ]),
    },
    {
      // Officers mark deadlines 正向 as often as 反向; a reduction marked 反向 names what falls.
      name: "a 指标方向 column beside a deadline, a time limit, or a name that says what falls",
      table: flatOf([
        flatRow("产出指标", "时效指标", "完成时间", "正向", "2025年12月底前", ""),
        flatRow("产出指标", "时效指标", "办结时限", "正向", "≤30天", ""),
        flatRow("效益指标", "生态效益指标", "单位能耗降低率", "反向", "≥5%", "%"),
        flatRow("效益指标", "生态效益指标", "单位GDP能耗降幅", "反向", "≥3", "%"),
        flatRow("效益指标", "经济效益指标", "政府隐性债务化解额", "反向", "≥5000", "万元"),
        flatRow("产出指标", "质量指标", "群众办事平均等待时长", "正向", "≤15", "分钟"),
        flatRow("效益指标", "经济效益指标", "一般性支出压缩比例", "反向", "≥10", "%"),
      ]),
    },
    {
      // The comparator bounds a change or a gap; the direction speaks of the level.
      name: "a 指标方向 column beside a value that states a change or a gap in words",
      table: flatOf([
        flatRow("效益指标", "生态效益指标", "万元GDP能耗", "反向", "较上年下降≥3", "%"),
        flatRow("效益指标", "经济效益指标", "平价蔬菜销售价格", "反向", "低于市场价10%以上", "%"),
        flatRow("效益指标", "生态效益指标", "化肥使用量", "反向", "负增长≥1", "%"),
      ]),
    },
    {
      // The 指标性质 dropdown has no 区间: a range with either sign bounds both ways.
      name: "flat: a range in the value beside a single sign in the 指标性质 column",
      table: flatOf([
        flatRow("成本指标", "经济成本指标", "运营补助成本", "≥", "≥20且≤28", "万元"),
        flatRow("满意度指标", "服务对象满意度指标", "老人满意度", "≤", "≥85且≤100", "%"),
      ]),
    },
    {
      name: "qualitative and unparseable values",
      table: formOf([cost("项目经费", "≥"), satisfied("企业满意度", "提升")]),
    },
  ],
  invalid: [
    {
      // The session's review: a purchase of services pays its providers per head; only the poor elderly's allowance
      // is a floor.
      name: "a service purchase's price per head (`居家养老服务补贴 ≥300元/人·月`)",
      table: formOf([cost("居家养老服务补贴", "≥300元/人·月")]),
      errors: [{ cell: "F10", severity: "error", messageId: "cost", fix: null, suggestions: ["≤300元/人·月"] }],
    },
    {
      // Upkeep is a floor only as rural roads' money per 公里: a price or a cost is a ceiling.
      name: "upkeep priced, or costed, per 平方米 or per 公里 (`道路养护单价`, `高速公路养护单价`, `河道日常养护成本`)",
      table: formOf([
        cost("道路养护单价", "≥50元/平方米"),
        cost("高速公路养护单价", "≥8万元/公里"),
        cost("河道日常养护成本", "≥2万元/公里"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "cost", fix: null, suggestions: ["≤50元/平方米"] },
        { cell: "F11", severity: "error", messageId: "cost", fix: null, suggestions: ["≤8万元/公里"] },
        { cell: "F12", severity: "error", messageId: "cost", fix: null, suggestions: ["≤2万元/公里"] },
      ],
    },
    {
      name: "配套 in a cost's name is no floor unless it is 配套资金 (`配套设施建设成本 ≥200万元`)",
      table: formOf([cost("配套设施建设成本", "≥200万元")]),
      errors: [{ cell: "F10", severity: "error", messageId: "cost", fix: null, suggestions: ["≤200万元"] }],
    },
    {
      // A per-head name's floor holds per head only: in 万元 the amount is the programme's whole.
      name: "`人均基本公共卫生服务经费 ≥800万元` is the programme's money, not a floor per head",
      table: formOf([cost("人均基本公共卫生服务经费", "≥800万元")]),
      errors: [{ cell: "F10", severity: "error", messageId: "cost", fix: null, suggestions: ["≤800万元"] }],
    },
    {
      name: "Qingdao 6: 新能源汽车财政补助标准 ≥4.5万元/辆",
      table: formOf([cost("新能源汽车财政补助标准", "≥4.5万元/辆")]),
      errors: [{ cell: "F10", severity: "error", messageId: "cost", suggestions: ["≤4.5万元/辆"], fix: null }],
    },
    {
      // Only a payment per head per month or year is a floor: per a thing, or per head once, it is a cost.
      name: "an allowance per a thing or per head once, and aid capped by policy (`农机购置补贴 ≥3万元/台`, `慰问金 ≥500元/人`, `康复救助`)",
      table: formOf([
        cost("农机购置补贴", "≥3万元/台"),
        cost("困难职工慰问金", "≥500元/人"),
        cost("残疾儿童康复救助补助", "≥2万元/人·年"),
        // An operating subsidy to a firm, per year but per no head; a programme's total under a floor's name.
        cost("公交企业运营补贴", "≥800万元/年"),
        cost("营养膳食补助资金", "≥900万元"),
        // A programme's yearly total under a floor's name; allowances set or capped by policy, not living ones.
        cost("营养膳食补助资金", "≥900万元/年"),
        cost("公务交通补贴", "≥1200元/人·月"),
        cost("就业见习补贴", "≥2000元/人·月"),
        // Per head, but in no floor's project.
        cost("人均培训经费", "≥500元/人"),
      ]),
      errors: [
        { cell: "F10", severity: "error", messageId: "cost", suggestions: ["≤3万元/台"], fix: null },
        { cell: "F11", severity: "error", messageId: "cost", suggestions: ["≤500元/人"], fix: null },
        { cell: "F12", severity: "error", messageId: "cost", suggestions: ["≤2万元/人·年"], fix: null },
        { cell: "F13", severity: "error", messageId: "cost", suggestions: ["≤800万元/年"], fix: null },
        { cell: "F14", severity: "error", messageId: "cost", suggestions: ["≤900万元"], fix: null },
        { cell: "F15", severity: "error", messageId: "cost", suggestions: ["≤900万元/年"], fix: null },
        { cell: "F16", severity: "error", messageId: "cost", suggestions: ["≤1200元/人·月"], fix: null },
        { cell: "F17", severity: "error", messageId: "cost", suggestions: ["≤2000元/人·月"], fix: null },
        { cell: "F18", severity: "error", messageId: "cost", suggestions: ["≤500元/人"], fix: null },
      ],
    },
    {
      name: "word comparators on a cost",
      table: formOf([cost("项目经费", "不少于10万元"), cost("培训经费", "20万元以上")]),
      errors: [
        { cell: "F10", severity: "error", suggestions: ["不超过10万元"], messageId: "cost", fix: null },
        { cell: "F11", severity: "error", suggestions: ["20万元以内"], messageId: "cost", fix: null },
      ],
    },
    {
      name: "a rate of harm with a floor (`孕产妇死亡率 ≥5‰`) is a warning",
      table: formOf([outcome("孕产妇死亡率", "≥5‰"), outcome("学生辍学率", "不低于1%")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "harm", suggestions: ["≤5‰"], fix: null },
        { cell: "F11", severity: "warning", messageId: "harm", suggestions: ["不高于1%"], fix: null },
      ],
    },
    {
      // Nineteenth session's review: a fault of process named with words between (`逾期发放率`); ≤100% is no fix.
      name: "`逾期发放率 >=100%`: a rate of harm with a floor, and no vacuous flip",
      table: formOf([outcome("逾期发放率", ">=100%")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "harm", suggestions: [], fix: null }],
    },
    {
      name: "an over-spend rate with a floor",
      table: formOf([cost("项目超支率", "≥5%")]),
      errors: [{ cell: "F10", severity: "error", messageId: "cost", suggestions: ["≤5%"], fix: null }],
    },
    {
      name: "a satisfaction with a ceiling",
      table: formOf([satisfied("企业满意度", "≤90%"), satisfied("服务对象满意率", "低于95%")]),
      errors: [
        { cell: "F10", severity: "error", messageId: "satisfaction", suggestions: ["≥90%"], fix: null },
        { cell: "F11", severity: "error", messageId: "satisfaction", suggestions: ["高于95%"], fix: null },
      ],
    },
    {
      name: "compact: a cost coded 14 with ≥, only the annual value",
      table: compactOf([item("14", "新认定省级专精特新中小企业奖补", "≤20万元", "≥20万元")]),
      errors: [
        {
          cell: "C3",
          severity: "error",
          suggestions: [packed([item("14", "新认定省级专精特新中小企业奖补", "≤20万元", "≤20万元")])],
          messageId: "cost",
          fix: null,
        },
      ],
    },
    {
      name: "a 指标方向 column against the value's comparator: a warning at the value, no suggestion",
      table: flatOf([
        flatRow("产出指标", "质量指标", "苗木成活率", "正向", "≤85%", "%"),
        flatRow("成本指标", "经济成本指标", "造林成本", "正向", "≤28万元", "万元"),
        flatRow("效益指标", "生态效益指标", "水土流失治理率", "反向指标", "≥80%", "%"),
        flatRow("效益指标", "社会效益指标", "群众投诉率", "≥", "≤5%", "%"),
      ]),
      errors: [
        { cell: "E7", severity: "warning", messageId: "column", fix: null, suggestions: [] },
        { cell: "E8", severity: "warning", messageId: "column", fix: null, suggestions: [] },
        { cell: "E9", severity: "warning", messageId: "column", fix: null, suggestions: [] },
        { cell: "E10", severity: "warning", messageId: "column", fix: null, suggestions: [] },
      ],
    },
    {
      name: "`指标方向 | 计算符号`: a direction against the comparator column, found at that column",
      table: written(`项目名称|农村饮水安全巩固提升|<|<|<|<|<
预算数（万元）|1200|<|<|<|<|<
一级指标|二级指标|三级指标|指标方向|计算符号|指标值|度量单位
产出指标|质量指标|苗木成活率|正向|≤|85|%
成本指标|经济成本指标|单处维修成本|反向|≤|10|万元
满意度指标|服务对象满意度指标|群众满意度|正向|≥|90|%`),
      errors: [{ cell: "E4", severity: "warning", messageId: "column", fix: null, suggestions: [] }],
    },
    {
      name: "flat: the comparator column is the cell to change",
      table: flatOf([flatRow("成本指标", "经济成本指标", "培训经费", "≥", 28.8, "万元")]),
      errors: [{ cell: "D7", severity: "error", messageId: "cost", suggestions: ["≤"], fix: null }],
    },
  ],
});
