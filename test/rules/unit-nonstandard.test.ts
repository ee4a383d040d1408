import rule from "../../src/core/rules/unit-nonstandard";
import { compact, flat, form, runRule } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, packed, row } from "./value-rows";

const cost = (name: string, value: string) => row("成本指标", "经济成本指标", name, value);
const quality = (name: string, value: string) => row("产出指标", "质量指标", name, value);

runRule(rule, {
  valid: [
    {
      // Twentieth session: value-unparseable suggests keeping one copy; then this rule respells the 万.
      name: "a money target written twice (`854万854万`): no respelling of its last 万",
      table: formOf([cost("补助资金发放额", "854万854万"), cost("补助资金发放额", "≥5万 ≥5万")]),
    },
    {
      // Seventeenth session's review of fixes: `人|次` may be 人次 as well as 人/次.
      name: "a bar between the two characters of one unit (`≥100人|次`): no certain respelling",
      table: formOf([row("产出指标", "数量指标", "培训人次", "≥100人|次")]),
    },
    {
      // Seventeenth session's review of fixes: a name whose money word only opens it counts things.
      name: "a bare 万 after a count whose name opens with a money word (`补贴农机具 ≥1.2万`): no 元 written",
      table: formOf([
        row("产出指标", "数量指标", "补贴农机具", "≥1.2万"),
        row("产出指标", "数量指标", "资助贫困生", "≥1万"),
      ]),
    },
    {
      name: "a unit whose letter case carries meaning (`mW`, `Gb`) is left as written",
      table: flatOf([
        flatRow("产出指标", "质量指标", "设备功率", "≤", 100, "mW"),
        flatRow("产出指标", "质量指标", "存储容量", "≥", 10, "Gb"),
      ]),
    },
    {
      // Fourteenth session's review: full-width digits in words name lots and standards, read as no number.
      name: "full-width digits in a phrase or a standard's code (`第１、２标段`, `符合ＧＢ５０２６８－２００８标准`)",
      table: formOf([
        row("产出指标", "质量指标", "施工标段", "第１、２标段"),
        row("产出指标", "质量指标", "工程质量", "符合ＧＢ５０２６８－２００８标准"),
        row("产出指标", "质量指标", "监测站点编号", "１－１２号站"),
      ]),
    },
    {
      // What money buys is counted too (`补贴农机具数量`, `补贴作业面积`), and a unit in brackets is the value's own.
      name: "a bare 万 on what money buys, or before its unit in brackets (`≥3.5万（户）`, `≤8万（元）`)",
      table: formOf([
        row("产出指标", "数量指标", "资助学生数量", "≥1.2万"),
        row("产出指标", "数量指标", "补贴农机具数量（台）", "≥1.2万"),
        row("产出指标", "数量指标", "补贴作业面积", "≥50万"),
        row("产出指标", "数量指标", "补贴家电销售量", "1.2万以上"),
        row("产出指标", "数量指标", "补贴发放数量", "≥3.5万（户）"),
        row("成本指标", "经济成本指标", "印刷费", "≤8万（元）"),
      ]),
    },
    {
      // Whom money reaches is counted: `万` there is a magnitude (unit-missing's), never 万元.
      name: "a bare 万 on a count named after money, and on a social cost",
      table: formOf([
        row("产出指标", "数量指标", "补贴发放人次", "≥2万"),
        row("产出指标", "数量指标", "资金惠及农户", "≥1.2万"),
        row("产出指标", "数量指标", "补助资金受益人口", "≥5万"),
        row("成本指标", "社会成本指标", "施工影响通行人次", "≤2万"),
      ]),
    },
    {
      // A unit follows the 万: nothing to add.
      name: "a 万 before a unit of its own, on money names and economic costs (`≥3万㎡`, `≤20万kWh`, `≤300万 元`)",
      table: formOf([
        row("产出指标", "数量指标", "补助改造面积", "≥3万㎡"),
        row("成本指标", "经济成本指标", "设备运行耗电", "≤20万kWh"),
        row("成本指标", "经济成本指标", "医疗救助资金", "≤300万 元"),
        row("产出指标", "数量指标", "补贴收储秸秆量", "≥2万t"),
      ]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat", table: flat() },
    {
      name: "standard spellings",
      table: formOf([
        quality("资金使用合规性", "≥99%"),
        cost("项目经费", "≤170万元"),
        quality("储备食盐含碘量", "18-33毫克/公斤"),
        row("效益指标", "社会效益指标", "监测能力提升", "6GHz"),
        cost("企业补贴金额", "≤10万元/家"),
        quality("验收达标情况", "确保百分之百达标"),
        row("效益指标", "社会效益指标", "全市两化融合指数", "提升"),
      ]),
    },
    {
      // 万 after a count is a magnitude (80万 views), not a money unit.
      name: "万 alone after a name that is not money",
      table: formOf([row("产出指标", "数量指标", "线上观众浏览数", "≥80万")]),
    },
    {
      // `月/日` is no unit: the bar is not a per-unit slash here (value-unparseable reports it).
      name: "a bar that would not make a per-unit value",
      table: formOf([row("产出指标", "时效指标", "“化工险”项目资金拨付时间", "≤12.05月|日")]),
    },
    {
      name: "full-width ＞ is a standard spelling of the budget systems",
      table: formOf([quality("验收合格率", "＞90%")]),
    },
    { name: "blank value", table: formOf([quality("验收合格率", "")]) },
    {
      // The budget systems export their comparator column in full width: not the officer's choice.
      name: "flat: ＞＝ and ＜＝ in the comparator column",
      table: flatOf([
        flatRow("产出指标", "质量指标", "培训合格率", "＞＝", 95, "%"),
        flatRow("成本指标", "经济成本指标", "培训经费", "＜＝", 28.8, "万元"),
      ]),
    },
  ],
  invalid: [
    {
      // Eighteenth session's review (乡村振兴衔接资金 tables): income growth is money.
      name: "`万` on an income growth (`带动村集体经济增收 ≥10万`): 万元",
      table: formOf([row("效益指标", "经济效益指标", "带动村集体经济增收", "≥10万")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥10万元", suggestions: [] }],
    },
    {
      // Nineteenth session's review: the amount paid out is money (`万次`, `万人次` had been suggested).
      name: "`万` on an amount paid out or traded (`全市待遇发放额 28600万`, `成交额 ≥5万`): 万元",
      table: formOf([
        row("产出指标", "数量指标", "全市待遇发放额", "28600万"),
        row("效益指标", "经济效益指标", "农产品成交额", "≥5万"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "28600万元", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "≥5万元", suggestions: [] },
      ],
    },
    {
      // Fourteenth session: the fix writes the whole value in the standard way, digits too.
      name: "full-width digits, alone or beside a full-width ％ (`≥８个`, `≥９９．５％`)",
      table: formOf([
        row("产出指标", "数量指标", "运维系统数量", "≥８个"),
        row("产出指标", "质量指标", "系统正常运行率", "≥９９．５％"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥8个", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "≥99.5%", suggestions: [] },
      ],
    },
    {
      // Fourteenth session (the playground's review): percent written half in words.
      name: "a percent half in words (`≥99百分之`, `百分之99`, `≥九十九%`)",
      table: formOf([
        row("产出指标", "质量指标", "整改率", "≥99百分之"),
        row("产出指标", "质量指标", "验收合格率", "百分之99"),
        row("满意度指标", "服务对象满意度指标", "群众满意度", "≥九十九%"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥99%", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "99%", suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "nonstandard", fix: "≥99%", suggestions: [] },
      ],
    },
    {
      name: "Chinese-numeral targets in the units sector tables count in (亩, 株, 吨, 公里, 万元)",
      table: formOf([
        row("产出指标", "数量指标", "完成人工造林", "≥五千亩"),
        row("产出指标", "数量指标", "栽植苗木", "≥十二万株"),
        row("产出指标", "数量指标", "粮食产量", "不少于五万吨"),
        row("产出指标", "数量指标", "新建道路", "≥五公里"),
        row("成本指标", "经济成本指标", "工程费用", "≤五百万元"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥5000亩", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "≥12万株", suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "nonstandard", fix: "不少于5万吨", suggestions: [] },
        { cell: "F13", severity: "warning", messageId: "nonstandard", fix: "≥5公里", suggestions: [] },
        { cell: "F14", severity: "warning", messageId: "nonstandard", fix: "≤500万元", suggestions: [] },
      ],
    },
    {
      name: "rates per a thousand or ten thousand in words (`≤千分之五`, `≤十万分之十`)",
      table: formOf([
        row("效益指标", "社会效益指标", "婴儿死亡率", "≤千分之五"),
        row("效益指标", "社会效益指标", "孕产妇死亡率", "≤十万分之十"),
        row("产出指标", "质量指标", "差错率", "万分之三以下"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≤5‰", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "≤10/10万", suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "nonstandard", fix: "3/万以下", suggestions: [] },
      ],
    },
    {
      // Alone, the rule respells it; beside unit-mismatch it yields (meta.yieldsTo, test/core/rule-precedence.test.ts).
      name: "Qingdao 3: ≥70百分号 on a count, the rule alone",
      table: formOf([row("产出指标", "数量指标", "实物储备企业数量", "≥70百分号")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥70%", suggestions: [] }],
    },
    {
      // Seventeenth session's review of fixes: one click, not two (the ％ with the numerals).
      name: "a percentage in Chinese numerals before a full-width ％ (`≥九十五％`)",
      table: formOf([quality("验收合格率", "≥九十五％")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥95%", suggestions: [] }],
    },
    {
      name: "a percentage in Chinese numerals",
      table: formOf([quality("资金使用合规率", "≥百分之九十五")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥95%", suggestions: [] }],
    },
    {
      // Seventeenth session: a share in tenths had been read as a bare number and passed unremarked.
      name: "a share in tenths (`≥9成`, `八成以上`)",
      table: formOf([quality("资金使用合规率", "≥9成"), quality("政策知晓率", "八成以上")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥90%", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "80%以上", suggestions: [] },
      ],
    },
    {
      name: "a count in Chinese numerals with a comparator or a bound",
      table: formOf([
        row("产出指标", "数量指标", "培训次数", "不少于十次"),
        row("产出指标", "数量指标", "培训人次", "五百人次以上"),
        row("产出指标", "数量指标", "年办件量", "≥三十万件"),
        row("产出指标", "数量指标", "参保人数", "不少于两万零五百人"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "不少于10次", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: "500人次以上", suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "nonstandard", fix: "≥30万件", suggestions: [] },
        { cell: "F13", severity: "warning", messageId: "nonstandard", fix: "不少于20500人", suggestions: [] },
      ],
    },
    {
      name: "comparators typed with a Chinese keyboard (`》=`, `〉`, `《=`)",
      table: formOf([
        row("产出指标", "数量指标", "保洁河道长度", "》=30公里"),
        row("产出指标", "质量指标", "垃圾清运及时率", "〉95%"),
        row("成本指标", "经济成本指标", "保洁成本", "《=90万元"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥30公里", suggestions: [] },
        { cell: "F11", severity: "warning", messageId: "nonstandard", fix: ">95%", suggestions: [] },
        { cell: "F12", severity: "warning", messageId: "nonstandard", fix: "≤90万元", suggestions: [] },
      ],
    },
    {
      name: "Qingdao 1: 百分号",
      table: formOf([quality("资金使用合规性", "≥99百分号")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "nonstandard", fix: "≥99%", suggestions: [] }],
    },
    {
      name: "Qingdao 2: 百分比, and full-width ％",
      table: formOf([quality("储备食盐质量合格率", "100百分比"), quality("仓储设施合同符合度", "≥90％")]),
      errors: [
        { cell: "F10", severity: "warning", fix: "100%", messageId: "nonstandard", suggestions: [] },
        { cell: "F11", severity: "warning", fix: "≥90%", messageId: "nonstandard", suggestions: [] },
      ],
    },
    {
      name: "Qingdao 14: ≦ and 百分比 in one value, one finding",
      table: formOf([cost("建设项目成本控制率", "≦10百分比")]),
      errors: [{ cell: "F10", severity: "warning", fix: "≤10%", messageId: "nonstandard", suggestions: [] }],
    },
    {
      name: "typed comparators >= <= ≧ ＞＝",
      table: formOf([
        quality("验收合格率", ">=95%"),
        cost("项目经费", "<=170万元"),
        quality("设备完好率", "≧98%"),
        quality("资料归档率", "＞＝90%"),
      ]),
      errors: [
        { cell: "F10", severity: "warning", fix: "≥95%", messageId: "nonstandard", suggestions: [] },
        { cell: "F11", severity: "warning", fix: "≤170万元", messageId: "nonstandard", suggestions: [] },
        { cell: "F12", severity: "warning", fix: "≥98%", messageId: "nonstandard", suggestions: [] },
        { cell: "F13", severity: "warning", fix: "≥90%", messageId: "nonstandard", suggestions: [] },
      ],
    },
    {
      name: "Qingdao 17: a bar for a per-unit slash",
      table: formOf([cost("企业补贴金额", "≤10万元|家"), cost("协会补贴金额", "≤50万元|家")]),
      errors: [
        { cell: "F10", severity: "warning", fix: "≤10万元/家", messageId: "nonstandard", suggestions: [] },
        { cell: "F11", severity: "warning", fix: "≤50万元/家", messageId: "nonstandard", suggestions: [] },
      ],
    },
    {
      name: "Qingdao 1 and 4: 万 alone on a cost named …经费",
      table: formOf([cost("企业搬迁改造及化工业转型升级工作经费", "≤170万"), cost("无线电宣传工作经费", "≤18万")]),
      errors: [
        { cell: "F10", severity: "warning", fix: "≤170万元", messageId: "nonstandard", suggestions: [] },
        { cell: "F11", severity: "warning", fix: "≤18万元", messageId: "nonstandard", suggestions: [] },
      ],
    },
    {
      name: "万 alone on an 经济成本指标 whose name says no money",
      table: formOf([cost("预算控制", "≤6万")]),
      errors: [{ cell: "F10", severity: "warning", fix: "≤6万元", messageId: "nonstandard", suggestions: [] }],
    },
    {
      name: "Qingdao 20: Ghz",
      table: formOf([row("效益指标", "社会效益指标", "监测能力提升以更好的为社会服务", "18Ghz")]),
      errors: [{ cell: "F10", severity: "warning", fix: "18GHz", messageId: "nonstandard", suggestions: [] }],
    },
    {
      name: "Guangzhou: 亿 alone after 投资, each compact value fixed on its own",
      table: compactOf([item("11", "落户以来累计完成投资", "520亿", "520亿")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          fix: packed([item("11", "落户以来累计完成投资", "520亿元", "520亿")]),
          messageId: "nonstandard",
          suggestions: [],
        },
        {
          cell: "C3",
          severity: "warning",
          fix: packed([item("11", "落户以来累计完成投资", "520亿", "520亿元")]),
          messageId: "nonstandard",
          suggestions: [],
        },
      ],
    },
    {
      name: "Guangzhou: 亿 alone after 产值, only the annual value",
      table: compactOf([item("21", "项目完成年产值", "≥100亿元", "≥100亿")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          fix: packed([item("21", "项目完成年产值", "≥100亿元", "≥100亿元")]),
          messageId: "nonstandard",
          suggestions: [],
        },
      ],
    },
    {
      name: "flat: 计量单位 and 指标性质 columns",
      table: flatOf([
        flatRow("产出指标", "质量指标", "培训合格率", "≥", 95, "百分比"),
        flatRow("产出指标", "质量指标", "考核通过率", ">=", 90, "%"),
      ]),
      errors: [
        { cell: "F7", severity: "warning", fix: "%", messageId: "nonstandard", suggestions: [] },
        { cell: "D8", severity: "warning", fix: "≥", messageId: "nonstandard", suggestions: [] },
      ],
    },
  ],
});
