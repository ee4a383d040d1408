/**
 * The variants real tables use (spec §7), one small case each, RuleTester
 * style: the table as written (corpus syntax: `|` between cells, `<` merged
 * left, `^` merged up), what the reader must make of it, and the findings it
 * must (or must not) give. docs/reading.md describes each variant.
 */
import { lintGrid, recheck } from "../../src/core/lint/lint";
import { toA1 } from "../../src/core/grid/address";
import type { Field, Indicator, TargetTable } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

interface Case {
  name: string;
  table: string;
  /** Per indicator: 一级 | 二级 | 三级 | target(s), as read (`P:`/`A:` for period and annual values). */
  rows?: string[];
  head?: Partial<Record<"name" | "budget" | "goal" | "fiscal" | "other", string>>;
  /** Findings as `A1 rule`, exactly (all severities). */
  findings?: string[];
  /** Rules that must not report at all. */
  silent?: string[];
  layout?: TargetTable["layout"];
}

const text = (f: Field | undefined) => (f ? f.text : "-");

function describeRow(i: Indicator): string {
  const targets = i.periodValue || i.annualValue ? `P:${text(i.periodValue)} A:${text(i.annualValue)}` : text(i.value);
  const regions = i.regionValues?.length ? ` +${i.regionValues.map(text).join(",")}` : "";
  return `${text(i.level1)} | ${text(i.level2)} | ${text(i.name)} | ${targets}${regions}`;
}

const HEAD = `
项目名称|培训项目|<|<|<
预算数|10|<|<|<
绩效目标|开展培训|<|<|<`;

const CASES: Case[] = [
  {
    name: "一级/二级 merged vertically over their group",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
^|^|参训人次|≥500人次|计划标准
^|质量指标|考核合格率|≥95%|计划标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "产出指标 | 数量指标 | 参训人次 | ≥500人次",
      "产出指标 | 质量指标 | 考核合格率 | ≥95%",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    ],
    head: { name: "培训项目", budget: "10", goal: "开展培训" },
    findings: [],
  },
  {
    name: "一级/二级 written once and left blank below",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
||参训人次|≥500人次|计划标准
|质量指标|考核合格率|≥95%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "产出指标 | 数量指标 | 参训人次 | ≥500人次",
      "产出指标 | 质量指标 | 考核合格率 | ≥95%",
    ],
    silent: ["indicator-incomplete", "level1-unknown"],
  },
  {
    name: "a label column left of 一级, one tall merged cell, and a blank first column",
    table: `
|项目名称|培训项目|<|<
|预算数|10|<|<
|绩效目标|开展培训|<|<
|年度绩效目标(90分)|一级指标|二级指标|三级指标|指标值
|^|产出指标(50分)|数量指标|培训班期数|≥5期
|^|效 益 指 标 (30分)|社会效益指标|技能提升|有效提升`,
    rows: ["产出指标(50分) | 数量指标 | 培训班期数 | ≥5期", "效 益 指 标 (30分) | 社会效益指标 | 技能提升 | 有效提升"],
    head: { name: "培训项目", budget: "10" },
    silent: ["level1-unknown", "value-missing", "field-missing"],
  },
  {
    name: "the 一级 header over two columns; the rows hold 绩效指标 | 产出指标",
    table: `${HEAD}
一级指标|<|二级指标|三级指标|单位|指标值
绩效指标|产出指标|数量指标|猪肉产量稳定率|%|≥95%
^|^|^|能繁母猪稳定率|%|90%`,
    rows: ["产出指标 | 数量指标 | 猪肉产量稳定率 | ≥95%", "产出指标 | 数量指标 | 能繁母猪稳定率 | 90%"],
    layout: "flat",
    silent: ["level1-unknown", "indicator-incomplete"],
  },
  {
    name: "value headers in other words: 指标目标值, 当年预期实现值, 指标值(包含数字及文字描述)",
    table: `${HEAD}
一级 指标|二级指标|三级指标|指标值(包含数字及文字描述)
产出指标|数量指标|培训班期数|≥5期`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5期"],
  },
  {
    name: "a self-assessment: 分值 before the target, actual values and 得分 after it are not targets",
    table: `${HEAD}
一级指标|二级指标|三级指标|分值|年度指标值|全年实际值|得分|未完成原因
产出指标|数量指标|培训班期数|10|≥5期|4期|8|天气原因`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5期"],
    silent: ["unit-missing"],
  },
  {
    name: "a two-row header: 预期指标值 over 符号 | value | 单位",
    table: `${HEAD}
一级指标|二级指标|三级指标|预期指标值|<|<|自评得分|<
^|^|^|符号||单位(文字描述)|单项指标得分|权重占比(%)
产出指标|质量指标|覆盖率|>=|98|%|25|25`,
    rows: ["产出指标 | 质量指标 | 覆盖率 | 98"],
    findings: ["D6 unit-nonstandard", "A4 level1-missing"],
  },
  {
    name: "targets per region under a two-row 区域目标值 header",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标解释|区域目标值|<|<
^|^|^|^|新罗区|永定区|上杭县
产出指标|数量指标|补助县数量|反映补助县数量|2|3|1`,
    rows: ["产出指标 | 数量指标 | 补助县数量 | 2 +3,1"],
    findings: ["E6 unit-missing", "F6 unit-missing", "G6 unit-missing", "A4 level1-missing"],
  },
  {
    name: "targets per region in columns named by place, with 指标方向",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标解释|指标方向|东镇|西镇
产出指标|数量指标|开展修复工程(个)|反映开展情况|≥|1|1`,
    rows: ["产出指标 | 数量指标 | 开展修复工程(个) | 1 +1"],
    silent: ["unit-missing"],
  },
  {
    name: "period and annual sets side by side",
    table: `${HEAD}
一级指标|二级指标|三级指标|实施周期指标值|二级指标|三级指标|当年度指标值
产出指标|数量指标|物管服务面积|2.6万平方米|数量指标|物管服务面积|2.6万平方米
^|质量指标|保障工作合格率|100%|质量指标|保障工作合格率|`,
    rows: [
      "产出指标 | 数量指标 | 物管服务面积 | P:2.6万平方米 A:2.6万平方米",
      "产出指标 | 质量指标 | 保障工作合格率 | P:100% A:",
    ],
    findings: ["G6 value-missing", "A4 level1-missing"],
  },
  {
    name: "long-term and annual sets stacked, each with its own header",
    table: `${HEAD}
长期绩效指标|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|建成道路里程|≥169公里
年度绩效指标|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|完成结算项目数|3个`,
    rows: ["产出指标 | 数量指标 | 建成道路里程 | P:≥169公里 A:-", "产出指标 | 数量指标 | 完成结算项目数 | P:- A:3个"],
    silent: ["value-missing"],
  },
  {
    name: "sets' targets named without 值 (`实施期目标 | 年度目标`, `三年目标`, `2024-2026年目标值`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|实施期目标|年度目标
产出指标|数量指标|培训人次|≥300人次|≥100人次
一级指标|二级指标|三级指标|三年目标|年度目标
成本指标|经济成本指标|培训成本|≤30万元|≤10万元
一级指标|二级指标|三级指标|2024-2026年目标值|2024年目标值
效益指标|社会效益指标|技能提升|明显提升|有所提升`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | P:≥300人次 A:≥100人次",
      "成本指标 | 经济成本指标 | 培训成本 | P:≤30万元 A:≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | P:明显提升 A:有所提升",
    ],
    silent: ["value-missing", "cost-over-budget"],
  },
  {
    name: "a year's target named without 值 is the value column",
    table: `${HEAD}
一级指标|二级指标|三级指标|年度目标
产出指标|数量指标|培训人次|≥100人次`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥100人次"],
    silent: ["value-missing"],
  },
  {
    name: "headers named 一级指标名称 / 一级指标类别 / 一级分类, and 三级指标内容 / 绩效指标 for the names",
    table: `${HEAD}
一级指标名称|二级指标类别|三级指标内容|指标值
产出指标|数量指标|培训人次|≥100人次
一级分类|二级分类|绩效指标|指标值
成本指标|经济成本指标|培训成本|≤10万元`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥100人次", "成本指标 | 经济成本指标 | 培训成本 | ≤10万元"],
    silent: ["indicator-duplicate", "level1-unknown", "indicator-incomplete"],
  },
  {
    name: "a page break: `续表`, a title `（续）` or a page line above the header's repeat continues the table",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人次|≥100人次|计划标准
续表|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|培训成本|≤10万元|预算支出标准
项目支出绩效目标表（续）|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
效益指标|社会效益指标|技能提升|明显提升|计划标准
第 2 页，共 3 页|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | ≥100人次",
      "成本指标 | 经济成本指标 | 培训成本 | ≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | 明显提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a page break cuts a merged 一级: the rows after the repeated header stay in its group",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人次|≥100人次|计划标准
^|^|培训期数|≥2期|计划标准
续表|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
||培训天数|≥10天|计划标准
^|质量指标|合格率|≥95%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | ≥100人次",
      "产出指标 | 数量指标 | 培训期数 | ≥2期",
      "产出指标 | 数量指标 | 培训天数 | ≥10天",
      "产出指标 | 质量指标 | 合格率 | ≥95%",
    ],
    silent: ["level1-unknown", "indicator-incomplete", "level2-mismatch"],
  },
  {
    name: "a page break repeats a two-row header: its upper row is no indicator",
    table: `${HEAD}
绩效指标|<|<|指标值|<
一级指标|二级指标|三级指标|实施期|年度
产出指标|数量指标|培训人次|≥300人次|≥100人次
成本指标|经济成本指标|培训成本|≤30万元|≤10万元
绩效指标|<|<|指标值|<
一级指标|二级指标|三级指标|实施期|年度
效益指标|社会效益指标|技能提升|明显提升|有所提升
满意度指标|服务对象满意度指标|学员满意度|≥90%|≥90%`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | P:≥300人次 A:≥100人次",
      "成本指标 | 经济成本指标 | 培训成本 | P:≤30万元 A:≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | P:明显提升 A:有所提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | P:≥90% A:≥90%",
    ],
    silent: ["level1-unknown", "level1-missing"],
  },
  {
    name: "`实现值` beside 目标值 is what was reached; `指标值说明` describes the target",
    table: `${HEAD}
一级指标|二级指标|三级指标|目标值|实现值|分值|得分|指标值说明
产出指标|数量指标|培训人次|≥100人次|98|20|19|≥100人次（以签到表为准）
满意度指标|服务对象满意度指标|学员满意度|≥90%|75%|10|8|≥90%`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥100人次", "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%"],
    silent: ["unit-missing", "satisfaction-threshold", "qualitative-with-sign"],
  },
  {
    name: "the central template's funds with 中期 and 年度 column headers: the budget is the year's",
    table: `项目名称|高校实验室建设|<|<|<|<
项目资金（万元）||中期资金总额|<|年度资金总额|<
^|资金总额|3000|<|1000|<
^|其中：财政拨款|2400|<|800|<
^|其他资金|600|<|200|<
年度目标|建成实验室4个|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<
成本指标|经济成本指标|设备采购成本|≤1500万元|<|<`,
    head: { budget: "1000", fiscal: "800", other: "200" },
    findings: ["D8 cost-over-budget", "A7 level1-missing"],
  },
  {
    name: "a unit line split over two cells (`金额单位： | 元`)",
    table: `项目支出绩效目标表|<|<|<|<
填报单位：某局|<|<|金额单位：|元
项目名称|甲项目|<|<|<
年度资金总额|500000|<|<|<
年度绩效目标|完成甲|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|培训成本|≤60万元|预算支出标准`,
    findings: ["D7 cost-over-budget", "A6 level1-missing"],
  },
  {
    name: "a unit line in 人民币元",
    table: `项目支出绩效目标表|<|<|<|<
金额单位：人民币元|<|<|<|<
项目名称|乙项目|<|<|<
年度资金总额|500000|<|<|<
年度绩效目标|完成乙|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|培训成本|≤60万元|预算支出标准`,
    findings: ["D7 cost-over-budget", "A6 level1-missing"],
  },
  {
    name: "a row of head labels over a row of their values (`项目编码 | 项目名称 | 主管部门 | 预算数`)",
    table: `项目编码|项目名称|主管部门|预算数（万元）
37020024P000112345678|甲项目|市教育局|50
年度绩效目标|完成甲|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥100人次`,
    head: { name: "甲项目", budget: "50", goal: "完成甲" },
    silent: ["field-missing"],
  },
  {
    name: "a funds row of labels over the amounts (`资金总额 | 财政拨款 | 其他资金`)",
    table: `项目名称|乡村道路养护|<|<|<
项目资金（万元）|资金总额|财政拨款|其他资金|<
^|100|80|20|<
年度绩效目标|养护道路50公里|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|养护道路里程|≥50公里|计划标准`,
    head: { budget: "100", fiscal: "80", other: "20" },
    silent: ["field-missing", "budget-sum-mismatch"],
  },
  {
    name: "codes before each level's words, under headers merged over both (`三级指标` over `111 | 培训人次`)",
    table: `${HEAD}
一级指标|<|二级指标|<|三级指标|<|指标值
1|产出指标|11|数量指标|111|培训人次|≥100人次
^|^|12|质量指标|121|合格率|≥95%
2|成本指标|21|经济成本指标|211|培训成本|≤5万元`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | ≥100人次",
      "产出指标 | 质量指标 | 合格率 | ≥95%",
      "成本指标 | 经济成本指标 | 培训成本 | ≤5万元",
    ],
    silent: ["indicator-incomplete", "text-artifact"],
  },
  {
    name: "a head's own contact row (`联系人 | 联系电话`) is no end of a table above",
    table: `2021年项目支出绩效目标表|<|<|<
项目名称|培训项目|预算数|100
联系人|张三|联系电话|12345
一级指标|二级指标|三级指标|指标值
成本指标|经济成本指标|培训经费|≤120万元`,
    head: { name: "培训项目", budget: "100" },
    findings: ["D5 cost-over-budget", "A4 level1-missing"],
  },
  {
    name: "a goal column right of the header (`指标值 | 指标值确定依据 | 年度绩效目标`) is no target",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据|年度绩效目标
产出指标|数量指标|培训期数|≥5期|计划标准|开展培训5期
成本指标|经济成本指标|培训经费|≤12万元|计划标准|^`,
    rows: ["产出指标 | 数量指标 | 培训期数 | ≥5期", "成本指标 | 经济成本指标 | 培训经费 | ≤12万元"],
    findings: ["D6 cost-over-budget", "A4 level1-missing"],
  },
  {
    name: "`实现值` as the only value column is the target",
    table: `${HEAD}
一级指标|二级指标|三级指标|实现值|指标值确定依据
产出指标|数量指标|培训期数|≥5期|计划标准`,
    rows: ["产出指标 | 数量指标 | 培训期数 | ≥5期"],
    silent: ["value-missing"],
  },
  {
    name: "a 三级 named `预算执行率` under its 一级 is an indicator (only a row where the 一级 stands is read past)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥100人次
^|预算执行率|<|≥95%`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥100人次", "产出指标 | 预算执行率 | 预算执行率 | ≥95%"],
  },
  {
    name: "a self-assessment's `预算执行率` row among the indicators is read past",
    table: `项目支出绩效自评表|<|<|<|<|<|<|<
项目名称|道路保洁|<|<|<|<|<|<
预算数|650|<|<|<|<|<|<
绩效目标|完成清扫保洁|<|<|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施
预算执行率|<|<|100%|98%|10|9.8|
产出指标|数量指标|清扫面积|≥120万平方米|125万平方米|20|20|
满意度指标|服务对象满意度指标|市民满意度|≥85%|88%|20|20|
总分|<|<|<|<|100|97.8|`,
    rows: ["产出指标 | 数量指标 | 清扫面积 | ≥120万平方米", "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥85%"],
    silent: ["level1-unknown"],
  },
  {
    name: "a self-assessment's funds row of column headers over the amounts (`预算数 | 执行数 | 执行率`)",
    table: `项目支出绩效自评表|<|<|<|<|<|<
项目名称|农村公路安保工程|<|<|<|<|<
项目资金（万元）|预算数|执行数|执行率|分值|得分|<
^|300|295|98.3%|10|9.8|<
年度目标|完成安保工程120公里。|<|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分
产出指标|数量指标|安保工程里程|≥120公里|121公里|30|30`,
    head: { budget: "300" },
    silent: ["budget-sum-mismatch", "field-missing"],
  },
  {
    name: "`年初预算 | 调整后预算 | 实际支出` over the amounts: the adjusted budget is the budget",
    table: `项目名称|甲项目|<|<|<
预算安排（万元）|年初预算|调整后预算|实际支出|<
^|100|120|110|<
年度绩效目标|完成甲|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|培训成本|≤130万元|预算支出标准`,
    head: { budget: "120" },
    findings: ["D6 cost-over-budget", "A5 level1-missing"],
  },
  {
    name: "no 三级 column: the 二级 column holds the names",
    table: `${HEAD}
一级指标|二级指标|绩效标准|当年预期实现值
产出指标|维修维护次数|反映维修维护情况|≥280次`,
    rows: ["产出指标 | - | 维修维护次数 | ≥280次"],
    silent: ["indicator-incomplete", "level2-mismatch"],
  },
  {
    name: "no 一级/二级 columns",
    table: `${HEAD}
指标|指标权重|计量单位|指标性质|指标值
培训班期数|20|期|≥|5`,
    rows: ["- | - | 培训班期数 | 5"],
    layout: "flat",
    silent: ["level1-missing", "level1-unknown", "indicator-incomplete"],
  },
  {
    name: "二级 with notes, 一级 with score ranges",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出指标 (40-50)分|数量指标(或建筑规模指标)|结算项目数|3个
^|时效指标(工期指标)|结算及时性|及时`,
    findings: ["D6 timeliness-vague", "A4 level1-missing"],
  },
  {
    name: "the old scheme: 成本 under 产出 (info), 效果指标 (info once), no 成本 一级 asked for before 2021",
    table: `2020年项目绩效目标表|<|<|<
${HEAD.trim()}
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期
^|成本指标|培训经费|≤10万元
效果指标|社会效益指标|技能提升|有效提升
^|^|就业率|≥60%
满意度指标|服务对象满意度指标|学员满意度|≥90%`,
    findings: ["B7 level2-mismatch", "A8 level1-unknown"],
  },
  {
    name: "satisfaction under 效益 (older forms) counts as 满意度",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期
效益指标|社会公众或服务对象满意度指标|学员满意度|≥90%
成本指标|经济成本指标|培训经费|≤10万元`,
    findings: ["B6 level2-mismatch"],
  },
  {
    name: "a misspelt 一级 is one finding, not level1-missing too",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出类指标|数量指标|培训班期数|≥5期
^|质量指标|考核合格率|≥95%
效益指标|社会效益指标|技能提升|有效提升
满意度指标|服务对象满意度指标|学员满意度|≥90%
成本指标|经济成本指标|培训经费|≤10万元`,
    findings: ["A5 level1-unknown"],
  },
  {
    name: "★ rows whose values stand in the sub-rows below, and 其中 sub-rows",
    table: `${HEAD}
一级指标|二级指标|三级指标|分值|年度指标值
产出指标|数量指标|★补助养殖总量|10|
^|^|牛养殖数量|^|3头
^|^|羊养殖数量|^|283只`,
    rows: ["产出指标 | 数量指标 | 牛养殖数量 | 3头", "产出指标 | 数量指标 | 羊养殖数量 | 283只"],
    silent: ["value-missing"],
  },
  {
    name: "其中 rows under a ★ row break its target down and are not indicators",
    table: `${HEAD}
一级指标|二级指标|三级指标|分值|年度指标值
产出指标|数量指标|★补助鱼塘面积|10|3亩
^|^|其中鱼塘养殖面积|^|3
^|^|补助农户数|5|≥39户`,
    rows: ["产出指标 | 数量指标 | ★补助鱼塘面积 | 3亩", "产出指标 | 数量指标 | 补助农户数 | ≥39户"],
    silent: ["unit-missing"],
  },
  {
    name: "empty template rows: one finding each, fill in or delete",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期
^|^|指标2|
^|^|……|
^|质量指标||`,
    findings: ["C6 indicator-incomplete", "C7 indicator-incomplete", "C8 indicator-incomplete", "A4 level1-missing"],
    silent: ["value-missing", "indicator-duplicate", "text-artifact"],
  },
  {
    name: "sign-off, note and total rows end the block",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|权重
产出指标|数量指标|培训班期数|≥5期|60
效益指标|社会效益指标|技能提升|有效提升|40
合计|<|<|<|100
评价结论|良好|<|<|<
项目负责人:|<|财务负责人:|<|<
注: 1.“其他资金”是指单位自有资金|<|<|<|<`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5期", "效益指标 | 社会效益指标 | 技能提升 | 有效提升"],
    silent: ["value-missing", "indicator-incomplete", "level1-unknown"],
  },
  {
    name: "a self-evaluation's score and grade rows end the block (自评总分, 综合得分, 自评等级)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|分值
产出指标|数量指标|培训班期数|≥5期|60
效益指标|社会效益指标|技能提升|有效提升|40
自评总分|<|<||100
自评等级|优|<|<|<`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5期", "效益指标 | 社会效益指标 | 技能提升 | 有效提升"],
    silent: ["value-missing", "indicator-incomplete", "level1-unknown"],
  },
  {
    name: "remark rows under a self-evaluation or an approval end the block, whatever their words",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|分值
产出指标|数量指标|培训班期数|≥5期|60
效益指标|社会效益指标|技能提升|有效提升|40
偏差原因分析及改进措施|无|<|<|<
主管部门意见|同意|<|<|<
下一步工作计划||<|<|<`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5期", "效益指标 | 社会效益指标 | 技能提升 | 有效提升"],
    silent: ["value-missing", "indicator-incomplete", "level1-unknown"],
  },
  {
    name: "a misspelt or spaced-out 一级 keeps its root word, and an old scheme's 一级 its target: still indicators",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产 出 类 指 标|数量指标|培训班期数|≥5期
过程|管理指标|制度健全性|健全`,
    rows: ["产 出 类 指 标 | 数量指标 | 培训班期数 | ≥5期", "过程 | 管理指标 | 制度健全性 | 健全"],
  },
  {
    name: "a head block of other words: 专项名称, 年度资金总额 in a funds table, 年度总体目标 over sub-labels",
    table: `
绩效目标自评表 (2021年度)|<|<|<|<|<
专项名称|培训补助资金|<|<|<|<
资金情况(万元)||全年预算数(A)|全年执行数(B)|执行率|得分
^|年度资金总额:|30|30|100%|10
^|其中:本年财政拨款|30|30|100%|10
^|其他资金||||
年度总体目标|年初设定目标|<|<|完成情况综述|<
^|开展技能培训|<|<|已完成|<
一级指标|二级指标|三级指标|年度指标值|全年实际值|得分
产出指标|数量指标|培训班期数|≥5期|5期|10`,
    head: { name: "培训补助资金", budget: "30", fiscal: "30", other: "", goal: "开展技能培训" },
    silent: ["budget-sum-mismatch", "field-missing"],
  },
  {
    name: "head cells that pack a label and its value, and amounts with units",
    table: `
项目名称:培训项目|<|<|<
资金总额:250万|<|<|<
财政拨款:200万元(其中:上级资金:200万元)|<|<|<
其他:50万元|<|<|<
整体目标: 开展培训|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期`,
    head: { name: "培训项目", budget: "250万", goal: "开展培训" },
    silent: ["budget-sum-mismatch", "field-missing"],
  },
  {
    name: "a template from elsewhere: 指标值设定依据及数据来源, 考核标准, 指标类型",
    table: `${HEAD}
绩效指标|一级指标|二级指标|三级指标|指标类型|目标值|计量单位|指标值设定依据及数据来源|考核标准
^|产出指标|数量指标|培训班期数|定量|≥5|期|计划标准|每少1期扣1分
^|^|质量指标|考核合格率|定量|≥95|%||未达标不得分`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5", "产出指标 | 质量指标 | 考核合格率 | ≥95"],
    layout: "flat",
    findings: ["H6 basis-missing", "B4 level1-missing"],
  },
  {
    name: "a unit stated in the value column's header (`指标值（%）`): bare numbers under it have a unit",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值（%）|指标值确定依据
产出指标|质量指标|考核合格率|≥95|计划标准
^|^|设备完好率|100|计划标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|90|计划标准
成本指标|经济成本指标|培训经费占预算比例|100|预算支出标准`,
    rows: [
      "产出指标 | 质量指标 | 考核合格率 | ≥95",
      "产出指标 | 质量指标 | 设备完好率 | 100",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | 90",
      "成本指标 | 经济成本指标 | 培训经费占预算比例 | 100",
    ],
    // The header's unit says a unit is given, not which: no mismatch is read from it either.
    silent: ["unit-missing", "unit-mismatch", "value-unparseable"],
  },
  ...[
    ["实施期", "年度"],
    ["长期目标", "年度目标"],
    ["2024-2026年", "2024年"],
  ].map(([period, annual]): Case => ({
    name: `指标值 over \`${period} | ${annual}\` a row above the 一级 header: a long-term and an annual value`,
    table: `${HEAD}
绩效指标|<|<|指标值|<|指标值确定依据
一级指标|二级指标|三级指标|${period}|${annual}|^
产出指标|数量指标|培训人次|≥1500人次|≥500人次|计划标准
成本指标|经济成本指标|培训总成本|≤30万元|≤10万元|预算支出标准`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | P:≥1500人次 A:≥500人次",
      "成本指标 | 经济成本指标 | 培训总成本 | P:≤30万元 A:≤10万元",
    ],
    silent: ["cost-over-budget", "indicator-duplicate"],
  })),
  ...[
    ["中期目标（2024-2026年）", "年度目标（2024年）"],
    ["中期指标", "年度指标"],
  ].map(([period, annual]): Case => ({
    name: `stacked sets captioned \`${period}\` and \`${annual}\`: one table, two sets`,
    table: `${HEAD}
${period}|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥1500人次
成本指标|经济成本指标|培训总成本|≤30万元
${annual}|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥500人次
成本指标|经济成本指标|培训总成本|≤10万元`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | P:≥1500人次 A:-",
      "成本指标 | 经济成本指标 | 培训总成本 | P:≤30万元 A:-",
      "产出指标 | 数量指标 | 培训人次 | P:- A:≥500人次",
      "成本指标 | 经济成本指标 | 培训总成本 | P:- A:≤10万元",
    ],
    silent: ["cost-over-budget", "indicator-duplicate", "level1-unknown", "field-missing"],
  })),
  {
    name: "the name column headed 绩效指标名称, the basis column 确定依据",
    table: `${HEAD}
一级指标|二级指标|绩效指标名称|预期目标值|确定依据|备注
产出指标|数量指标|培训人次|≥500人次|计划标准|
^|^|培训期数|≥5期|计划标准|`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥500人次", "产出指标 | 数量指标 | 培训期数 | ≥5期"],
    silent: ["indicator-duplicate", "indicator-incomplete"],
  },
  {
    name: "a list export that writes its project's fields again on every row: one project per name",
    table: `
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值
某局|培训项目|10|开展培训|产出指标|数量指标|培训班期数|≥5期
某局|培训项目|10|开展培训|效益指标|社会效益指标|技能提升|有效提升
某局|培训项目|10|开展培训|满意度指标|服务对象满意度指标|学员满意度|≥90%
某局|培训项目|10|开展培训|成本指标|经济成本指标|培训经费|≤10万元`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    ],
    findings: [],
  },
  {
    name: "a list export's header repeated at a page break: the rows under it go on with the project above",
    table: `
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值
某局|培训项目|10|开展培训|产出指标|数量指标|培训班期数|≥5期
||||效益指标|社会效益指标|技能提升|有效提升
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值
||||满意度指标|服务对象满意度指标|学员满意度|≥90%
||||成本指标|经济成本指标|培训经费|≤10万元`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    ],
    findings: [],
  },
  {
    name: "a list export with its totals row right under the header",
    table: `
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值
合计||10||||
某局|培训项目|10|开展培训|产出指标|数量指标|培训班期数|≥5期
||||效益指标|社会效益指标|技能提升|有效提升
||||满意度指标|服务对象满意度指标|学员满意度|≥90%
||||成本指标|经济成本指标|培训经费|≤10万元`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    ],
    findings: [],
  },
  {
    name: "a self-assessment's funds table: the budget is the 全年预算数 column, not 年初预算数",
    table: `
项目名称|保洁经费|<|<|<|<
项目资金（万元）||年初预算数|全年预算数|全年执行数|执行率
^|年度资金总额|0|650|640|98.46%
^|其中：当年财政拨款|0|650|640|98.46%
年度总体目标|完成清扫保洁|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|得分
成本指标|经济成本指标|保洁作业成本|≤650万元|640万元|20`,
    head: { name: "保洁经费", budget: "650", fiscal: "650", goal: "完成清扫保洁" },
    silent: ["cost-over-budget", "budget-sum-mismatch"],
  },
  {
    name: "two columns of one set under 指标值 (`2024年 | 2025年`): the first is the value, the second read too",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|<
^|^|^|2024年|2025年
产出指标|数量指标|培训人次|≥500人次|≥600人次`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥500人次 +≥600人次"],
  },
  {
    name: "a self-assessment list export with amount columns between its project fields (全年预算数 | 全年执行数 | 执行率)",
    table: `
单位名称|项目名称|全年预算数|全年执行数|执行率|一级指标|二级指标|三级指标|指标值
某局|培训项目|10|9.5|95%|产出指标|数量指标|培训班期数|≥5期
^|^|^|^|^|效益指标|社会效益指标|技能提升|有效提升
^|^|^|^|^|满意度指标|服务对象满意度指标|学员满意度|≥90%
^|^|^|^|^|成本指标|经济成本指标|培训经费|≤10万元`,
    head: { name: "培训项目", budget: "10" },
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    ],
    findings: [],
  },
  {
    name: "one set word beside a word of none (`全周期 | 年度`): the period's and the year's values",
    table: `${HEAD}
一级指标|二级指标|三级指标|全周期|年度|指标值确定依据
产出指标|数量指标|培训人次|≥1500人次|≥500人次|计划标准
成本指标|经济成本指标|培训经费|≤30万元|≤10万元|预算支出标准`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | P:≥1500人次 A:≥500人次",
      "成本指标 | 经济成本指标 | 培训经费 | P:≤30万元 A:≤10万元",
    ],
    silent: ["cost-over-budget"],
  },
  {
    name: "a funds table with many parts: every part in the 全年预算数 column",
    table: `
项目名称|保洁经费|<|<|<|<
项目资金（万元）||年初预算数|全年预算数|全年执行数|执行率
^|年度资金总额|500|650|640|98.46%
^|其中：财政拨款|450|590|580|98.31%
^|中央|0|0|0|
^|省级|0|0|0|
^|市级|450|590|580|98.31%
^|其他资金|50|60|60|100%
年度总体目标|完成清扫保洁|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|得分
成本指标|经济成本指标|保洁作业成本|≤650万元|640万元|20`,
    head: { name: "保洁经费", budget: "650", fiscal: "590", other: "60", goal: "完成清扫保洁" },
    silent: ["cost-over-budget", "budget-sum-mismatch"],
  },
  {
    name: "a compact list whose goal column says 项目绩效目标",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
无线电监测运维经费|保障系统正常运行。|1、1-产出指标；11-数量指标：运维系统数量；实施周期指标值:3个；年度指标值:3个。2、2-效益指标；22-社会效益：保障能力；实施周期指标值:提升；年度指标值:提升。3、3-满意度指标；31-服务对象满意度：服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 运维系统数量 | P:3个 A:3个",
      "效益指标 | 社会效益 | 保障能力 | P:提升 A:提升",
      "满意度指标 | 服务对象满意度 | 服务对象满意度 | P:≥90% A:≥90%",
    ],
    findings: [],
  },
  {
    name: "a compact list's items under heading lines of their 一级 (`一、产出指标` then `1.数量指标：…`)",
    table: String.raw`
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
无线电监测运维经费|保障系统正常运行。|一、产出指标\n1.数量指标：运维系统数量；实施周期指标值:3个；年度指标值:3个。\n2.质量指标：运行正常率；实施周期指标值:≥98%；年度指标值:≥98%。\n二、效益指标\n1.社会效益指标：保障能力；实施周期指标值:提升；年度指标值:提升。\n（三）满意度指标：\n服务对象满意度指标：服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 运维系统数量 | P:3个 A:3个",
      "产出指标 | 质量指标 | 运行正常率 | P:≥98% A:≥98%",
      "效益指标 | 社会效益指标 | 保障能力 | P:提升 A:提升",
      "满意度指标 | 服务对象满意度指标 | 服务对象满意度 | P:≥90% A:≥90%",
    ],
    findings: [],
  },
  {
    name: "a compact list's items with their levels and name joined by dashes (`产出指标-数量指标-名称：`)",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
无线电监测运维经费|保障系统正常运行。|1、产出指标-数量指标-运维系统数量：实施周期指标值:3个；年度指标值:3个。2、效益指标-社会效益指标-保障能力：实施周期指标值:提升；年度指标值:提升。3、满意度指标/服务对象满意度指标/服务对象满意度：实施周期指标值:≥90%；年度指标值:≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 运维系统数量 | P:3个 A:3个",
      "效益指标 | 社会效益指标 | 保障能力 | P:提升 A:提升",
      "满意度指标 | 服务对象满意度指标 | 服务对象满意度 | P:≥90% A:≥90%",
    ],
    findings: [],
  },
  {
    name: "a set word in the value header's brackets is no unit (`指标值（年度）`); each value column has its own",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值（年度）|指标值确定依据
产出指标|数量指标|培训班期数|5|计划标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准`,
    findings: ["D5 unit-missing"],
  },
  {
    name: "a unit in one value column's header is not the other column's",
    table: `${HEAD}
一级指标|二级指标|三级指标|实施期指标值（%）|年度指标值
产出指标|质量指标|考核合格率|95|95
效益指标|社会效益指标|技能提升|有效提升|有效提升
满意度指标|服务对象满意度指标|学员满意度|≥90%|≥90%
成本指标|经济成本指标|培训经费|≤10万元|≤10万元`,
    findings: ["E5 unit-missing"],
  },
  {
    name: "an unusual 一级 on an empty template row whose 二级 is a vocabulary word: the block goes on",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|办理案件数|≥500件|计划标准
履职效能|社会效益指标|||
效益指标|社会效益指标|服务质量|有效提升|计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|计划标准
成本指标|经济成本指标|运行经费|≤10万元|预算支出标准`,
    findings: ["A6 level1-unknown", "C6 indicator-incomplete"],
  },
  {
    name: "a header's note in brackets is no unit (`指标值（包含数字及文字描述）`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值（包含数字及文字描述）|指标值确定依据
产出指标|数量指标|培训班期数|5|计划标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准`,
    findings: ["D5 unit-missing"],
  },
  {
    name: "a label with nothing after it is reported; a label the template lacks is not",
    table: `
项目名称|<|绩效目标|开展培训
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期`,
    findings: ["A1 field-missing", "A2 level1-missing"],
  },
  {
    name: "`定量指标值 | 定性指标值`: each row's target is in the column of its kind; both blank is a missing value",
    table: `${HEAD}
一级指标|二级指标|三级指标|定量指标值|定性指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期||计划标准
^|质量指标|培训质量||良好|计划标准
效益指标|社会效益指标|技能提升||有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%||计划标准
成本指标|经济成本指标|培训经费|≤10万元||预算支出标准
^|^|培训场地费|||预算支出标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "产出指标 | 质量指标 | 培训质量 | 良好",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "成本指标 | 经济成本指标 | 培训场地费 | ",
    ],
    findings: ["D10 value-missing"],
  },
  {
    name: "`定性指标值 | 定量指标值（%）`: a row filling both has two targets to weigh; the unit is its column's",
    table: `${HEAD}
一级指标|二级指标|三级指标|定性指标值|定量指标值（%）|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|良好|计划标准
^|质量指标|培训质量|良好||计划标准
^|质量指标|合格率||≥95|计划标准
效益指标|社会效益指标|技能提升|有效提升||计划标准
满意度指标|服务对象满意度指标|学员满意度||≥90|计划标准
成本指标|经济成本指标|培训经费|≤10万元||预算支出标准`,
    findings: ["E5 qualitative-quantity"],
  },
  {
    name: "`指标值` merged over the number and its unit (`≥5 | 期`): the second column is the value's unit",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|<|指标值确定依据
产出指标|数量指标|培训班期数|≥5|期|计划标准
^|质量指标|考核合格率|≥95|个|计划标准
效益指标|社会效益指标|技能提升|有效提升||计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|%|计划标准
成本指标|经济成本指标|培训经费|≤12|万元|预算支出标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5",
      "产出指标 | 质量指标 | 考核合格率 | ≥95",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90",
      "成本指标 | 经济成本指标 | 培训经费 | ≤12",
    ],
    findings: ["E6 unit-mismatch", "D9 cost-over-budget"],
  },
  {
    name: "rows marked as not applying (`无`, `/`, `—`, `不涉及`) under optional 二级 are no indicators",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
^|社会成本指标|无|无|无
^|生态环境成本指标|/|/|/
效益指标|经济效益指标|—|—|
^|社会效益指标|技能提升|有效提升|计划标准
^|生态效益指标|不涉及|不涉及|不涉及
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a row marked `无` with a real name is an indicator whose value is `无`",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|生态效益指标|减少碳排放量|无|
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 | 生态效益指标 | 减少碳排放量 | 无",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: ["E7 basis-missing"],
  },
  {
    name: "一级 written on every row, 二级 once per group: the 二级 carries down its 一级's group",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
产出指标||参训人次|≥500人次|计划标准
产出指标|质量指标|考核合格率|≥95%|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "产出指标 | 数量指标 | 参训人次 | ≥500人次",
      "产出指标 | 质量指标 | 考核合格率 | ≥95%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a new 一级 with its 二级 left blank is still incomplete",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
成本指标||培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    findings: ["B6 indicator-incomplete"],
  },
  {
    name: "a budget cell that packs its breakdown (`250万元；财政资金200万元，自筹资金50万元`): its first amount is the total",
    table: `
项目名称|全民健身设施补短板工程|<|<|<
资金情况|预算数：250万元；财政资金200万元，自筹资金50万元|<|<|<
绩效目标|新建社区健身点10个。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|新建社区健身点数量|10个|计划标准
成本指标|经济成本指标|健身器材购置成本|≤180万元|预算支出标准
^|^|场地平整费用|≤300万元|预算支出标准
效益指标|社会效益指标|社区健身设施覆盖率|≥95%|计划标准
满意度指标|服务对象满意度指标|居民满意度|≥90%|历史标准`,
    findings: ["D7 cost-over-budget"],
  },
  {
    name: "a funds cell packing two parts (`财政资金200万元，其他资金50万元`) is not weighed against the budget",
    table: `
项目名称|全民健身设施补短板工程|<|<|<
预算金额|250|<|<|<
资金来源|财政资金200万元，其他资金50万元|<|<|<
绩效目标|新建社区健身点10个。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|新建社区健身点数量|10个|计划标准
成本指标|经济成本指标|健身器材购置成本|≤180万元|预算支出标准
效益指标|社会效益指标|社区健身设施覆盖率|≥95%|计划标准
满意度指标|服务对象满意度指标|居民满意度|≥90%|历史标准`,
    head: { budget: "250" },
    findings: [],
  },
  {
    name: "a goal label across the whole row, as a heading, with the goal on the row below",
    table: `
项目名称|农村危房改造补助|<|<|<
预算数（万元）|400|<|<|<
年度绩效目标|<|<|<|<
完成农村危房改造200户，保障农村低收入群体住房安全。|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|危房改造户数|200户|计划标准
成本指标|经济成本指标|户均补助标准|≤2万元/户|预算支出标准
效益指标|社会效益指标|住房安全保障率|100%|计划标准
满意度指标|服务对象满意度指标|农户满意度|≥90%|历史标准`,
    head: { goal: "完成农村危房改造200户，保障农村低收入群体住房安全。" },
    findings: [],
  },
  {
    name: "a goal heading over a blank row is a missing goal",
    table: `
项目名称|农村危房改造补助|<|<|<
预算数（万元）|400|<|<|<
年度绩效目标|<|<|<|<
|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|危房改造户数|200户|计划标准
成本指标|经济成本指标|户均补助标准|≤2万元/户|预算支出标准
效益指标|社会效益指标|住房安全保障率|100%|计划标准
满意度指标|服务对象满意度指标|农户满意度|≥90%|历史标准`,
    findings: ["A3 field-missing"],
  },
  {
    name: "a row numbering the columns under the header (`1 | 2 | 3 | 4 | 5`) is read past",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
1|2|3|4|5
产出指标|数量指标|培训班期数|≥5期|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a score subtotal between the groups (`小计`) is read past; a bare score after a 一级 (`效益指标 30分`) is a note",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|分值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|20|计划标准
小计|<|<|<|20|
成本指标 10分|经济成本指标|培训经费|≤10万元|10|预算支出标准
小计|<|<|<|10|
效益指标 30分|社会效益指标|技能提升|有效提升|30|计划标准
满意度指标10分|服务对象满意度指标|学员满意度|≥90%|10|计划标准
合计|<|<|<|70|`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "成本指标 10分 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 30分 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标10分 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "older 产出 二级 words (`产出数量`, `产出质量`) are their standard words",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|产出数量|培训班期数|≥5期|计划标准
^|产出质量|考核合格率|≥95%|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    silent: ["level2-mismatch"],
  },
  {
    name: "`目标值` over `运算符 | 数值 | 单位`",
    table: `${HEAD}
一级指标|二级指标|三级指标|目标值|<|<|指标值确定依据
^|^|^|运算符|数值|单位|^
产出指标|数量指标|培训班期数|≥|5|期|计划标准
成本指标|经济成本指标|培训经费|≤|10|万元|预算支出标准
效益指标|社会效益指标|技能提升|定性|有效提升||计划标准
满意度指标|服务对象满意度指标|学员满意度|≥|90|%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | 5",
      "成本指标 | 经济成本指标 | 培训经费 | 10",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | 90",
    ],
    findings: [],
  },
  {
    name: "a unit column headed 指标单位 or 指标值单位",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值单位|指标值确定依据
产出指标|数量指标|培训班期数|≥5|期|计划标准
成本指标|经济成本指标|培训经费|≤10|万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升||计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|%|计划标准`,
    findings: [],
  },
  {
    name: "a plan or schedule under the indicators (`项目实施计划 | …`, `项目实施进度计划 | 任务内容 | 开始时间`) ends the block",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
^|时效指标|项目实施进度|12月底前完成|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
项目实施计划|3月启动招标，6月开班，10月底前完成全部培训。|<|<|<
项目实施进度计划|任务内容|<|开始时间|完成时间
^|资金分配下达|<|2024年1月|2024年3月`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "产出指标 | 时效指标 | 项目实施进度 | 12月底前完成",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "stacked sets under numbered captions (`（一）中期指标`, `（二）年度指标`)",
    table: `
项目名称|职业技能提升行动补贴|<|<|<
年度资金总额（万元）|1000|<|<|<
年度目标|2024年培训1万人次。|<|<|<
（一）中期指标|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|职业技能培训人次|≥30000人次|计划标准
成本指标|经济成本指标|培训补贴总额|≤3000万元|预算支出标准
效益指标|社会效益指标|培训后就业率|≥70%|历史标准
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准
（二）年度指标|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|职业技能培训人次|≥10000人次|计划标准
成本指标|经济成本指标|培训补贴总额|≤1000万元|预算支出标准
效益指标|社会效益指标|培训后就业率|≥70%|历史标准
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 职业技能培训人次 | P:≥30000人次 A:-",
      "成本指标 | 经济成本指标 | 培训补贴总额 | P:≤3000万元 A:-",
      "效益指标 | 社会效益指标 | 培训后就业率 | P:≥70% A:-",
      "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | P:≥90% A:-",
      "产出指标 | 数量指标 | 职业技能培训人次 | P:- A:≥10000人次",
      "成本指标 | 经济成本指标 | 培训补贴总额 | P:- A:≤1000万元",
      "效益指标 | 社会效益指标 | 培训后就业率 | P:- A:≥70%",
      "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | P:- A:≥90%",
    ],
    findings: [],
  },
  {
    name: "stacked sets under captions of years (`2024-2026年绩效指标`, `2024年绩效指标`)",
    table: `
项目名称|职业技能提升行动补贴|<|<|<
年度资金总额（万元）|1000|<|<|<
年度目标|2024年培训1万人次。|<|<|<
2024-2026年绩效指标|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|职业技能培训人次|≥30000人次|计划标准
成本指标|经济成本指标|培训补贴总额|≤3000万元|预算支出标准
效益指标|社会效益指标|培训后就业率|≥70%|历史标准
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准
2024年绩效指标|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|职业技能培训人次|≥10000人次|计划标准
成本指标|经济成本指标|培训补贴总额|≤1000万元|预算支出标准
效益指标|社会效益指标|培训后就业率|≥70%|历史标准
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 职业技能培训人次 | P:≥30000人次 A:-",
      "成本指标 | 经济成本指标 | 培训补贴总额 | P:≤3000万元 A:-",
      "效益指标 | 社会效益指标 | 培训后就业率 | P:≥70% A:-",
      "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | P:≥90% A:-",
      "产出指标 | 数量指标 | 职业技能培训人次 | P:- A:≥10000人次",
      "成本指标 | 经济成本指标 | 培训补贴总额 | P:- A:≤1000万元",
      "效益指标 | 社会效益指标 | 培训后就业率 | P:- A:≥70%",
      "满意度指标 | 服务对象满意度指标 | 参训人员满意度 | P:- A:≥90%",
    ],
    findings: [],
  },
  {
    name: "stacked sets named by a tall caption left of the 一级 (`实施期\\n绩效\\n指标`, `年度\\n绩效\\n指标`)",
    table: `
项目名称|职业技能提升行动补贴|<|<|<|<
年度资金总额（万元）|1000|<|<|<|<
年度目标|2024年培训1万人次。|<|<|<|<
实施期\\n绩效\\n指标|一级指标|二级指标|三级指标|指标值|指标值确定依据
^|产出指标|数量指标|职业技能培训人次|≥30000人次|计划标准
^|成本指标|经济成本指标|培训补贴总额|≤3000万元|预算支出标准
^|效益指标|社会效益指标|培训后就业率|≥70%|历史标准
^|满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准
年度\\n绩效\\n指标|一级指标|二级指标|三级指标|指标值|指标值确定依据
^|产出指标|数量指标|职业技能培训人次|≥10000人次|计划标准
^|成本指标|经济成本指标|培训补贴总额|≤1000万元|预算支出标准
^|效益指标|社会效益指标|培训后就业率|≥70%|历史标准
^|满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准`,
    findings: [],
  },
];

describe("reading: a list export with columns the checker does not know between its fields and 一级", () => {
  const result = lintGrid(
    gridOf(`
单位名称|项目名称|项目类别|项目总额|其中：财政拨款|其他资金|年度绩效目标|一级指标|二级指标|三级指标|指标性质|指标值|计量单位
某局|学生资助经费|其他运转类|1200|1200|0|资助困难学生。|产出指标|数量指标|资助学生人次|≥|4000|人次
某局|学生资助经费|其他运转类|1200|1200|0|资助困难学生。|满意度指标|服务对象满意度指标|服务对象满意度|≥|95|%
某局|教师培训经费|其他运转类|300|250|50|完成培训。|产出指标|数量指标|培训教师人次|≥|1500|人次
某局|教师培训经费|其他运转类|300|250|50|完成培训。|满意度指标|服务对象满意度指标|服务对象满意度|≥|90|%`),
  );

  test("each project is a table with its name and budget (`项目类别` is read past)", () => {
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text, t.fiscal?.text, t.indicators.length])).toEqual([
      ["学生资助经费", "1200", "1200", 2],
      ["教师培训经费", "300", "250", 2],
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId === "indicator-duplicate")).toEqual([]);
  });
});

describe("reading: a list export with a unit's row above its projects", () => {
  const result = lintGrid(
    gridOf(`
项目名称（资金使用单位）|绩效目标|一级指标|二级指标|三级指标|实施周期指标值|年度指标值
广州市某局||||||
职业技能培训经费|开展培训。|产出指标|数量指标|开展培训场次（场）|20|20
^|^|满意度指标|服务对象满意度|参训学员满意度（%）|≥90|≥90
广州市某中心||||||
设备购置经费|购置设备。|产出指标|数量指标|购置设备数量（台）|10|10`),
  );

  test("the unit's row is no project (no level1-missing, no empty goal)", () => {
    expect(result.tables.map((t) => t.name?.text)).toEqual(["职业技能培训经费", "设备购置经费"]);
    expect(result.diagnostics.filter((d) => d.ruleId === "field-missing")).toEqual([]);
  });

  test("a project not yet filled in, with its code or budget, stays a project and keeps its findings", () => {
    const unfilled = lintGrid(
      gridOf(`
项目编码|项目名称|预算数|年度绩效目标|一级指标|二级指标|三级指标|指标值
11010524T000001|学生资助经费|1200|||||
11010524T000002|教师培训经费|300|完成培训。|产出指标|数量指标|培训教师人次|≥1500人次`),
    );
    expect(unfilled.tables.map((t) => t.name?.text)).toEqual(["学生资助经费", "教师培训经费"]);
    expect(unfilled.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toContain("D2 field-missing");
  });
});

describe("reading: a list export, one project row followed by its indicator rows", () => {
  const grid = gridOf(`
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标性质|指标值|计量单位
某局|培训项目|10|开展培训|||||||
||||产出指标|数量指标|培训班期数|≥|5|期
||||满意度指标|服务对象满意度指标|学员满意度|≥|90|%
某局|宣传项目||开展宣传|产出指标|数量指标|宣传活动次数|≥|3|
||||效益指标|社会效益指标|知晓率|≥|85|%`);
  const result = lintGrid(grid);

  test("each project is a table with its own fields and rows", () => {
    expect(
      result.tables.map((t) => [
        t.name?.text,
        t.budget?.text,
        t.goal?.text,
        t.unit?.text,
        t.indicators.map(describeRow),
      ]),
    ).toEqual([
      [
        "培训项目",
        "10",
        "开展培训",
        "某局",
        ["产出指标 | 数量指标 | 培训班期数 | 5", "满意度指标 | 服务对象满意度指标 | 学员满意度 | 90"],
      ],
      [
        "宣传项目",
        "",
        "开展宣传",
        "某局",
        ["产出指标 | 数量指标 | 宣传活动次数 | 3", "效益指标 | 社会效益指标 | 知晓率 | 85"],
      ],
    ]);
  });

  test("an edit in a project re-checks as a full check does", () => {
    const edited = { ...grid, values: grid.values.map((r) => [...r]) };
    edited.values[5][8] = "≥3";
    const changed = { top: 5, left: 8, bottom: 5, right: 8 };
    const again = recheck(edited, result, changed);
    const full = lintGrid(edited);
    expect(again.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(
      full.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
    );
    expect(again.tables.map((t) => t.id)).toEqual(full.tables.map((t) => t.id));
  });

  test("findings stay on each project's rows", () => {
    const found = result.diagnostics.map((d) => `${toA1(d.row, d.col)} ${d.ruleId}`).sort();
    expect(found).toEqual(["C5 field-missing", "E3 level1-missing", "E5 level1-missing", "J5 unit-missing"].sort());
  });
});

test("a list export goes on past projects named 注射…/说明… whose 单位名称 is merged from above", () => {
  const list = gridOf(`
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标性质|指标值|计量单位
某局|培训项目|10|开展培训|||||||
||||产出指标|数量指标|培训班期数|≥|5|期
|注射疫苗项目|20|开展接种|||||||
||||产出指标|数量指标|接种人数|≥|500|人
|说明书印制项目||印制说明书|产出指标|数量指标|印制份数|≥|3000|份
||||效益指标|社会效益指标|知晓率|≥|85|%`);
  // An end word (注, 说明) ends a block left of the names; a list's 项目名称 column holds names too.
  expect(lintGrid(list).tables.map((t) => [t.name?.text, t.indicators.length])).toEqual([
    ["培训项目", 1],
    ["注射疫苗项目", 1],
    ["说明书印制项目", 2],
  ]);
});

test("a list export with 项目名称 first ends at a sign-off whose value stands in the next cell", () => {
  const list = gridOf(`
项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值|计量单位
培训项目|10|开展培训||||||
|||产出指标|数量指标|培训班期数|5|期
填表人|张三|联系电话|13800000000|||||
备注|本表金额单位为万元|||||||`);
  const result = lintGrid(list);
  expect(result.tables.map((t) => t.name?.text)).toEqual(["培训项目"]);
  expect(result.diagnostics.filter((d) => d.row >= 4)).toEqual([]);
});

test("region value columns after a blank header cell are read (城区 | 郊区)", () => {
  const result = lintGrid(
    gridOf(`
项目名称|区域项目||||
一级指标|二级指标|三级指标||城区|郊区
产出指标|数量指标|培训次数||≥5次|≥3次
效益指标|社会效益指标|知晓率||≥85%|≥80%
满意度指标|服务对象满意度指标|满意度||≥90%|≥90%`),
  );
  // The first region's target is the value, the others region values.
  expect(result.tables[0].indicators.map((i) => [i.value?.text, ...(i.regionValues ?? []).map((v) => v.text)])).toEqual(
    [
      ["≥5次", "≥3次"],
      ["≥85%", "≥80%"],
      ["≥90%", "≥90%"],
    ],
  );
  expect(result.diagnostics.map((d) => d.ruleId)).not.toContain("value-missing");
});

describe.each(CASES.map((c) => [c.name, c] as const))("reading: %s", (_, c) => {
  const result = lintGrid(gridOf(c.table));
  const [table] = result.tables;

  test("is one table", () => {
    expect(result.tables).toHaveLength(1);
    if (c.layout) expect(table.layout).toBe(c.layout);
  });
  if (c.rows)
    test("reads its indicator rows by role", () => {
      expect(table.indicators.map(describeRow)).toEqual(c.rows);
    });
  if (c.head)
    test("reads its head block", () => {
      for (const [key, want] of Object.entries(c.head!)) expect([key, table[key as "name"]?.text]).toEqual([key, want]);
    });
  const found = result.diagnostics.map((d) => `${toA1(d.row, d.col)} ${d.ruleId}`);
  if (c.findings)
    test("gives exactly the findings of its defects", () => {
      expect([...found].sort()).toEqual([...c.findings!].sort());
    });
  if (c.silent)
    test("gives no echo of what it reads", () => {
      expect(found.filter((f) => c.silent!.includes(f.split(" ")[1]))).toEqual([]);
    });
});

test("two projects of one name in a list export (公用经费 of two codes) stay two", () => {
  const result = lintGrid(
    gridOf(`
项目编码|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值
37020023P880028109931|公用经费|10|保障运行|产出指标|数量指标|保障人数|≥50人
^|^|^|^|成本指标|经济成本指标|公用经费支出|≤10万元
37020023P880028109942|公用经费|20|保障运行|产出指标|数量指标|保障人数|≥80人
^|^|^|^|成本指标|经济成本指标|公用经费支出|≤20万元`),
  );
  expect(result.tables.map((t) => `${t.name?.text} ${t.budget?.text} ${t.indicators.length}`)).toEqual([
    "公用经费 10 2",
    "公用经费 20 2",
  ]);
  expect(result.diagnostics.filter((d) => /indicator-duplicate|cost-over-budget/.test(d.ruleId))).toEqual([]);
});

test("a list project whose unit is spelt two ways and whose budget is written once stays one project", () => {
  const result = lintGrid(
    gridOf(`
单位名称|项目名称|预算数(万元)|年度目标|一级指标|二级指标|三级指标|指标值
某市民政局|困难群众救助|100|完成年度救助任务|产出指标|数量指标|救助人数|≥500人
某市民政局本级|困难群众救助||完成年度救助任务|效益指标|社会效益指标|基本生活保障|有效保障
某市民政局本级|困难群众救助|||满意度指标|服务对象满意度指标|救助对象满意度|≥90%
某市民政局本级|困难群众救助|||成本指标|经济成本指标|救助资金|≤100万元`),
  );
  expect(result.tables.map((t) => `${t.name?.text} ${t.budget?.text} ${t.indicators.length}`)).toEqual([
    "困难群众救助 100 4",
  ]);
  expect(result.diagnostics).toEqual([]);
});
