import rule from "../../src/core/rules/qualitative-with-sign";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { compactOf, flatOf, flatRow, formOf, item, packed, row } from "./value-rows";

const social = (name: string, value: string) => row("效益指标", "社会效益指标", name, value);

/** One 运算符号 and one 计量单位 column beside both sets: the period's figures and the year's words. */
const SHARED_COLUMNS = (period: string, annual: string) =>
  written(`项目名称|职业技能培训项目
年度预算数（万元）|30
一级指标|二级指标|三级指标|运算符号|实施期指标值|年度指标值|计量单位|指标值确定依据
产出指标|数量指标|培训人数|≥|900|≥300人次|人次|计划标准
^|质量指标|培训合格率|≥|${period}|${annual}|%|计划标准`);

runRule(rule, {
  valid: [
    {
      // Twenty-second session: the sign and the unit are the period's `95`'s; the year's phrase shares the columns.
      name: "one sign and unit column beside both sets, the other set's target in figures",
      table: SHARED_COLUMNS("95", "稳步提升"),
    },
    {
      // Seventeenth session's review: so is `＝` in the flat export's sign column.
      name: "flat: `＝` in the sign column of a qualitative row",
      table: flatOf([flatRow("效益指标", "社会效益指标", "从业人员技能水平", "＝", "有效提升", "")]),
    },
    {
      // Seventeenth session's review: `＝` is the sign a 定性 row carries; written into the cell it asks nothing.
      name: "an equals sign before a qualitative value (`＝有效提升`)",
      table: formOf([social("群众安全感", "＝有效提升")]),
    },
    { name: "default form", table: form() },
    { name: "default compact", table: compact() },
    { name: "default flat (定性 row without unit)", table: flat() },
    {
      // Fifteenth session: on a 时效 row a deadline in words takes its "by" (`≤年底`, `≤三季度末`, `≤年中`).
      name: "a sign before a deadline in words on a 时效 row",
      table: formOf([
        row("产出指标", "时效指标", "资金拨付时间", "≤年中"),
        row("产出指标", "时效指标", "系统上线时间", "≤三季度末"),
        row("产出指标", "时效指标", "验收时间", "≤年底"),
      ]),
    },
    {
      name: "plain qualitative phrases and quantitative values",
      table: formOf([
        social("全市两化融合指数", "提升"),
        social("周边功能提升", "同比提升"),
        social("重大安全事故", "无重大安全事故发生"),
        social("覆盖率", "≥90%"),
        // A percentage in Chinese numerals is a quantity (unit-nonstandard asks for digits).
        social("知晓率", "≥百分之九十五"),
        // …and so is a count in Chinese numerals.
        row("产出指标", "数量指标", "培训次数", "≥三次"),
      ]),
    },
    {
      // On a grade the comparator means "or better".
      name: "a comparator on a grade (`≥二级`, `≥AAA级`, `≥Ⅲ类`)",
      table: formOf([
        row("产出指标", "质量指标", "医院等级", "≥二级"),
        row("产出指标", "质量指标", "信用评级", "≥AAA级"),
        row("产出指标", "质量指标", "断面水质", "≥Ⅲ类"),
      ]),
    },
    {
      name: "a comparator on a rating of the scale 优秀 > 良好 > 合格 (`≥良好`, `合格及以上`)",
      table: formOf([
        row("产出指标", "质量指标", "工程质量评定", "≥良好"),
        row("产出指标", "质量指标", "验收结论", "合格及以上"),
      ]),
    },
    {
      // A comparison with a named standard is a real target, not a stray sign.
      name: "word comparators against a standard",
      table: formOf([
        row("产出指标", "质量指标", "单位产品用水量", "不大于国家定额标准"),
        social("服务水平", "高于上年"),
      ]),
    },
    {
      name: "flat: a quantitative row keeps its comparator and unit",
      table: flatOf([flatRow("产出指标", "质量指标", "培训合格率", "≥", 95, "%")]),
    },
    {
      // Thirteenth session: the sign and the unit suit a count; the words are qualitative-quantity's one finding.
      name: "flat: a 数量指标 given in words under a sign and a count unit (`覆盖村数 | ＝ | 全部 | 个`)",
      table: flatOf([flatRow("产出指标", "数量指标", "覆盖村数", "＝", "全部", "个")]),
    },
    { name: "unparseable and blank values", table: formOf([social("指数", "≥"), social("指数", "")]) },
    {
      name: "a sign before a reference level (`≥国家标准`, `≥上年`, `≤预算`) compares with it",
      table: formOf([
        social("污染物排放浓度", "≤国家排放标准限值"),
        social("服务水平", "≥上年"),
        social("人均支出", "≤全国平均水平"),
        social("实际支出", "≤预算"),
      ]),
    },
    {
      name: "a sign before a level an approval, a contract or a plan sets (`≤合同金额`, `≤中标价`, `≥省下达任务数`)",
      table: formOf([
        social("设备采购支出", "≤合同金额"),
        social("工程结算价", "≤中标价"),
        social("项目支出", "≤批复预算"),
        social("采购价格", "≤市场价"),
        social("任务完成数", "≥省下达任务数"),
      ]),
    },
    {
      name: "a sign before a level set by a price list, a plan, an average or a grade (`≤政府指导价`, `≥全省平均`, `≥一级A`)",
      table: formOf([
        social("检测费用", "≤政府指导价"),
        social("维修费用", "≤定额标准"),
        social("年度考核", "≥省定目标"),
        social("工作水平", "≥全省平均"),
        social("项目支出", "≤年初预算"),
        social("工程结算", "≤财政评审金额"),
        social("工程造价", "≤概算"),
        social("建设任务", "≥年度计划"),
        social("出水水质", "≥一级A"),
        social("地表水水质", "≥Ⅲ类标准"),
        social("环境空气质量", "≥二级标准"),
        social("脱贫人口人均纯收入增幅", "≥农村居民人均可支配收入增幅"),
        social("小额信贷贴息率", "≤贷款市场报价利率"),
        // Thirteenth session: spending kept up with the calendar (衔接资金, 专项债).
        social("预算执行进度", "≥序时进度"),
        social("资金支出进度", "≥全省平均进度"),
      ]),
    },
    {
      name: "a quantity with a breakdown: the sign is the number's (`≥95%，其中城区≥98%`)",
      table: formOf([social("覆盖率", "≥95%，其中城区≥98%"), social("培训", "≥500人次；≥20场")]),
    },
    {
      name: "flat: `＝` in 运算符号 beside a 指标值类型 of 定性 (the system's own filling)",
      table: written(`项目名称|X项目|<|<|<|<
预算数（万元）|100|<|<|<|<
绩效目标|完成X。|<|<|<|<
一级指标|二级指标|三级指标|指标值类型|运算符号|指标值
效益指标|社会效益指标|校舍安全隐患消除|定性|＝|全面消除`),
    },
    {
      // Fourteenth session (county forms): 指标性质 beside 运算符号 is the type column.
      name: "flat: `定性 | ＝` under `指标性质 | 运算符号`",
      table: written(`项目名称|X项目|<|<|<|<
预算数（万元）|100|<|<|<|<
绩效目标|完成X。|<|<|<|<
一级指标|二级指标|三级指标|指标性质|运算符号|指标值
产出指标|质量指标|低保对象动态管理|定性|＝|应保尽保
效益指标|社会效益指标|基本生活保障水平|定性|＝|逐步提高`),
    },
    {
      // The session's review: a 指标性质 column holding a direction or a class is no type column to ask 定性 of.
      name: "flat: `正向指标` in 指标性质 beside 运算符号; `等于` is ＝",
      table: written(`项目名称|X项目|<|<|<|<
预算数（万元）|100|<|<|<|<
绩效目标|完成X。|<|<|<|<
一级指标|二级指标|三级指标|指标性质|运算符号|指标值
效益指标|社会效益指标|农村人居环境|正向指标|≥|明显改善
^|^|环卫长效机制|定性|等于|健全`),
    },
    {
      name: "flat: a dash, 无 or 定性 in the unit column of a 定性 row says no unit",
      table: flatOf([
        flatRow("效益指标", "社会效益指标", "技能水平", "定性", "明显提升", "/"),
        flatRow("效益指标", "社会效益指标", "服务质量", "定性", "有效提升", "无"),
      ]),
    },
    {
      name: "flat: a grade with its comparator or split over the unit column",
      table: flatOf([
        flatRow("产出指标", "质量指标", "医院等级", "＞＝", "二级甲等", ""),
        flatRow("产出指标", "质量指标", "断面水质类别", "＜＝", "Ⅲ", "类"),
      ]),
    },
    {
      name: "flat: none of a thing in words (`零投诉`) is the count 0 in its unit",
      table: flatOf([
        flatRow("效益指标", "社会效益指标", "群众投诉", "＝", "零投诉", "次"),
        flatRow("效益指标", "社会效益指标", "安全事故", "≤", "零事故", "起"),
      ]),
    },
    {
      name: "flat: a level compared with is an amount in its unit (`≤预算数 | 万元`)",
      table: flatOf([flatRow("成本指标", "经济成本指标", "设备采购成本", "≤", "预算数", "万元")]),
    },
  ],
  invalid: [
    {
      name: "one sign and unit column beside both sets, both targets in words: the columns are the phrases'",
      table: SHARED_COLUMNS("逐年提高", "稳步提升"),
      errors: [
        { cell: "D5", severity: "warning", messageId: "comparatorColumn", fix: null, suggestions: ["定性"] },
        { cell: "D5", severity: "warning", messageId: "comparatorColumn", fix: null, suggestions: ["定性"] },
        { cell: "G5", severity: "warning", messageId: "unitColumn", fix: null, suggestions: [""] },
        { cell: "G5", severity: "warning", messageId: "unitColumn", fix: null, suggestions: [""] },
      ],
    },
    {
      name: "a sign before a phrase that only mentions a level (`≥提升服务水平`, `≥符合规定要求`)",
      table: formOf([social("服务能力", "≥提升服务水平"), social("合规情况", "≥符合规定要求")]),
      errors: [
        { cell: "F10", severity: "warning", messageId: "comparator", fix: null, suggestions: ["提升服务水平"] },
        { cell: "F11", severity: "warning", messageId: "comparator", fix: null, suggestions: ["符合规定要求"] },
      ],
    },
    {
      // The session's review: only ≤, ＜ or ＝ says "by"; `≥年底` says nothing a date could.
      name: "a floor before a deadline in words on a 时效 row (`≥年底`)",
      table: formOf([row("产出指标", "时效指标", "设备采购完成时间", "≥年底")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "comparator", fix: null, suggestions: ["年底"] }],
    },
    {
      name: "elsewhere the same words with a sign are a phrase (`≥年底` under 社会效益)",
      table: formOf([social("群众知晓情况", "≥年底")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "comparator", fix: null, suggestions: ["年底"] }],
    },
    {
      name: "≥提升",
      table: formOf([social("全市两化融合指数", "≥提升")]),
      errors: [{ cell: "F10", severity: "warning", messageId: "comparator", suggestions: ["提升"], fix: null }],
    },
    {
      name: "typed comparators before a phrase",
      table: formOf([social("营商环境", ">=有效改善"), social("企业负担", "≤ 明显减轻")]),
      errors: [
        { cell: "F10", severity: "warning", suggestions: ["有效改善"], messageId: "comparator", fix: null },
        { cell: "F11", severity: "warning", suggestions: ["明显减轻"], messageId: "comparator", fix: null },
      ],
    },
    {
      name: "compact: only the value that carries the sign",
      table: compactOf([item("22", "我市超高清视频及新型显示产业影响力", "≥提升", "提升")]),
      errors: [
        {
          cell: "C3",
          severity: "warning",
          suggestions: [packed([item("22", "我市超高清视频及新型显示产业影响力", "提升", "提升")])],
          messageId: "comparator",
          fix: null,
        },
      ],
    },
    {
      name: "flat: 应保尽保 with 计量单位 %",
      table: flatOf([flatRow("效益指标", "社会效益指标", "困难群众救助", "定性", "应保尽保", "%")]),
      errors: [{ cell: "F7", severity: "warning", messageId: "unitColumn", suggestions: [""], fix: null }],
    },
    {
      name: "flat: a qualitative value under ≥",
      table: flatOf([flatRow("效益指标", "社会效益指标", "从业人员技能水平", "≥", "有效提升", "")]),
      errors: [{ cell: "D7", severity: "warning", messageId: "comparatorColumn", suggestions: ["定性"], fix: null }],
    },
    {
      // Fourteenth session: the sign column takes only signs; 定性 goes in the type column.
      name: "flat, typed in a column of its own: a 定性 row under ≥, and a phrase typed 定量",
      table: written(`项目名称|X项目|<|<|<|<
预算数（万元）|100|<|<|<|<
绩效目标|完成X。|<|<|<|<
一级指标|二级指标|三级指标|指标值类型|运算符号|指标值
效益指标|社会效益指标|城区人居环境|定性|≥|持续改善
^|可持续影响指标|长效管护机制|定量|≥|健全
^|^|长效管护制度||≥|健全`),
      errors: [
        { cell: "E5", severity: "warning", messageId: "typedComparator", suggestions: ["＝"], fix: null },
        { cell: "D6", severity: "warning", messageId: "valueType", suggestions: ["定性"], fix: null },
        { cell: "D7", severity: "warning", messageId: "valueTypeBlank", suggestions: ["定性"], fix: null },
      ],
    },
    {
      name: "flat: `无` beside a count unit says no number: write 0",
      table: flatOf([flatRow("效益指标", "社会效益指标", "安全事故", "定性", "无", "起")]),
      errors: [{ cell: "F7", severity: "warning", messageId: "unitColumn", suggestions: [""], fix: null }],
    },
  ],
});
