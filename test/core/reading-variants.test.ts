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

/** The four rows of the page-break cases, one per 一级, on either side of the breaks. */
const ROWS_ACROSS_PAGES = [
  "产出指标 | 数量指标 | 培训人次 | ≥100人次",
  "成本指标 | 经济成本指标 | 培训成本 | ≤10万元",
  "效益指标 | 社会效益指标 | 技能提升 | 明显提升",
  "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
];

const HEAD = `
项目名称|培训项目|<|<|<
预算数|10|<|<|<
绩效目标|开展培训|<|<|<`;

/** A 文化 project whose funds caption has `funds` beside it (`2025|其中：财政拨款|150|…`), and its cost. */
const besideCaption = (funds: string, cost: string) => `
项目名称|乡村文化振兴示范村建设|<|<|<|<
资金情况（万元）|${funds}
绩效目标|完成建设。|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<
产出指标|数量指标|建设示范村数量|≥3个|计划标准|<
成本指标|经济成本指标|建设成本|${cost}|预算支出标准|<
效益指标|社会效益指标|群众文化生活|明显改善|计划标准|<
满意度指标|服务对象满意度指标|群众满意度|≥90%|计划标准|<`;

/** A correct table's indicator rows whose one cost (≤1万元) sits under any budget the head cases state. */
const SMALL_ROWS = `一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|建设示范基地数量|1个|计划标准
成本指标|经济成本指标|建设成本|≤1万元|预算支出标准
效益指标|社会效益指标|带动农户数|≥20户|计划标准
满意度指标|服务对象满意度指标|农户满意度|≥90%|历史标准`;

/** A correct form table, for rows below its block. */
const REMARK_HEAD = `项目名称|某项目|<|<|<
预算数（万元）|150|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人数|≥100人|计划标准
效益指标|社会效益指标|群众知晓率|≥90%|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
成本指标|经济成本指标|培训成本|≤150万元|预算支出标准`;

/** REMARK_HEAD's indicators as read. */
const REMARK_HEAD_ROWS = [
  "产出指标 | 数量指标 | 培训人数 | ≥100人",
  "效益指标 | 社会效益指标 | 群众知晓率 | ≥90%",
  "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
  "成本指标 | 经济成本指标 | 培训成本 | ≤150万元",
];

/** A correct 城乡环境整治 table's indicator rows (cost 280万元), under the budget rows the cases vary. */
const REMEDIATION_ROWS = `一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|整治村庄数量|≥30个|计划标准
成本指标|经济成本指标|整治工程成本|≤280万元|预算支出标准
效益指标|社会效益指标|人居环境|明显改善|计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|历史标准`;

/** A budget of 300 over `1.中央资金 | 2.市县资金` and the latter's `（1）市级资金 | （2）县级资金`, amounts in that order. */
const numberedFunds = ([central, county, city, town]: number[]) => `项目支出绩效目标表|<|<
项目名称|某项目|<
资金情况（万元）|年度资金总额|300
^|1.中央资金|${central}
^|2.市县资金|${county}
^|（1）市级资金|${city}
^|（2）县级资金|${town}
年度绩效目标|完成整治。|<
${REMEDIATION_ROWS}`;

/** A short head (project, a budget of 40, a goal) over the second review's indicator blocks. */
const HEAD_40 = `项目名称|城乡环境整治|<|<|<
预算数（万元）|40|<|<|<
年度绩效目标|完成整治|<|<|<`;

/** A 区域 table's stacked sets (the period's, then the year's) and how they are read. */
const REGION_PERIOD_SET = `一级指标|二级指标|三级指标|指标值
产出指标|数量指标|生态修复治理面积|≥50万亩
成本指标|经济成本指标|修复治理总投入|≤150,000万元
效益指标|生态效益指标|水土流失治理|明显改善
满意度指标|服务对象满意度指标|项目区群众满意度|≥90%`;
const REGION_ANNUAL_SET = `一级指标|二级指标|三级指标|指标值
产出指标|数量指标|生态修复治理面积|≥18万亩
成本指标|经济成本指标|年度修复治理投入|≤50,000万元
效益指标|生态效益指标|水土流失治理|有效改善
满意度指标|服务对象满意度指标|项目区群众满意度|≥90%`;
const REGION_ROWS = [
  "产出指标 | 数量指标 | 生态修复治理面积 | P:≥50万亩 A:-",
  "成本指标 | 经济成本指标 | 修复治理总投入 | P:≤150,000万元 A:-",
  "效益指标 | 生态效益指标 | 水土流失治理 | P:明显改善 A:-",
  "满意度指标 | 服务对象满意度指标 | 项目区群众满意度 | P:≥90% A:-",
  "产出指标 | 数量指标 | 生态修复治理面积 | P:- A:≥18万亩",
  "成本指标 | 经济成本指标 | 年度修复治理投入 | P:- A:≤50,000万元",
  "效益指标 | 生态效益指标 | 水土流失治理 | P:- A:有效改善",
  "满意度指标 | 服务对象满意度指标 | 项目区群众满意度 | P:- A:≥90%",
];

/** Seventeenth session's compact reviews: a training project packed as `cell`, read as the same three items. */
const trainingCell = (name: string, cell: string): Case => ({
  name,
  table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
培训经费|开展培训。|${cell}`,
  layout: "compact",
  rows: [
    "产出指标 | 数量指标 | 培训人次 | P:≥3000人次 A:≥1000人次",
    "效益指标 | 社会效益 | 培训人员业务能力 | P:提升 A:提升",
    "满意度指标 | 服务对象满意度 | 参训人员满意度 | P:≥90% A:≥90%",
  ],
  findings: [],
});

/** Seventeenth session's structure review: a training table's indicator rows under a header, and how they read. */
const TRAINING_BODY = `产出指标|数量指标|培训人次|≥500人次|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能水平|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|历史标准`;

/** A header written over two rows by a conversion's wrap (`header`), over TRAINING_BODY: one header. */
const wrappedHeader = (name: string, header: string): Case => ({
  name,
  table: `${HEAD}\n${header}\n${TRAINING_BODY}`,
  rows: [
    "产出指标 | 数量指标 | 培训人次 | ≥500人次",
    "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    "效益指标 | 社会效益指标 | 技能水平 | 有效提升",
    "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
  ],
  findings: [],
});

/** An 养老 project's indicator block (its cost ≤`cost`万元), under head rows of a multi-year project. */
const elderlyBody = (cost: number) => `一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|补助人数|≥500人|计划标准
成本指标|经济成本指标|补助资金|≤${cost}万元|预算支出标准
效益指标|社会效益指标|老年人生活质量|有效改善|计划标准
满意度指标|服务对象满意度指标|老年人满意度|≥90%|历史标准`;

/** 兵团's head: the project's whole (10, its 财政 10) beside the year's request (5 = 3 + `carried` from last year). */
const yearBesideWhole = (carried: number) => `绩效目标申报表|<|<|<|<
项目名称|保鲜库建设|<|<|<
资金情况 (万元)|项目资金总额:|10|年度资金申请总额|5
^|其中:财政资金|10|其中:当年财政拨款|3
^|||上年结转资金|${carried}
^|其他资金||其他资金|
年度目标|完成钢构主体安装。|<|<|<
${SMALL_ROWS}`;

/** A 湖北 自评表's head: its budget block scored, each set of indicators under a scored caption. */
const SCORED_HEAD = `2020年度水土保持监测项目绩效自评表|<|<|<|<|<
项目名称|水土保持监测|主管部门|某市水利和湖泊局|<|<
预算执行情况(万元)(20分)|<|预算数(A)|执行数(B)|执行率(B/A)|得分(20分*执行率)
年度财政资金总额|<|10|10|100%|20`;

const CASES: Case[] = [
  // Seventeenth session's structure review: rows inside a merged cell are that cell's, never a gap that ends a block.
  {
    name: "spare rows left empty inside a merged 一级 (the block goes on below them)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|补助人数|≥500人|计划标准
^||||
^||||
^|质量指标|补助发放准确率|100%|计划标准
成本指标|经济成本指标|补助资金|≤10万元|预算支出标准
效益指标|社会效益指标|老年人生活质量|有效改善|计划标准
满意度指标|服务对象满意度指标|老年人满意度|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 补助人数 | ≥500人",
      "产出指标 | 质量指标 | 补助发放准确率 | 100%",
      "成本指标 | 经济成本指标 | 补助资金 | ≤10万元",
      "效益指标 | 社会效益指标 | 老年人生活质量 | 有效改善",
      "满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a purpose merged over three rows of the head block (the head above it is the table's)",
    table: `1.企业搬迁改造工作经费绩效目标表|<|<|<|<|<|<
项目编码|37020023P880028109936||项目名称|企业搬迁改造工作经费|<|<
预算规模及资金用途|预算数|80|其中：财政资金|80|其他资金|0
^|用于企业搬迁改造，包括场地租赁、设备搬迁及人员安置等。|<|<|<|<|<
^|^|<|<|<|<|<
^|^|<|<|<|<|<
资金支出计划（万元）|3月底|<|6月底|10月底|12月底|
^|20|<|40|60|80|
绩效目标|完成企业搬迁改造工作|<|<|<|<|<
一级指标|二级指标|三级指标|绩效指标描述|<|指标值|指标值确定依据
成本指标|经济成本指标|项目经费|项目经费|<|≤80万元|预算支出标准
产出指标|数量指标|办公用房租赁数量|集中办公用房租赁数量|<|17间|历史标准
效益指标|社会效益指标|带动就业增长率|带动就业增长率|<|≥10%|历史标准
满意度指标|服务对象满意度指标|社会公众满意度|社会公众满意度|<|≥90%|历史标准`,
    head: { name: "企业搬迁改造工作经费", budget: "80", fiscal: "80", other: "0" },
    findings: [],
  },
  {
    name: "the central template's `中期资金总额 | 年度资金总额` over their amounts (the year's is the budget)",
    table: `项目支出绩效目标申报表|<|<|<|<
项目名称|社区养老服务补助|<|<|<
项目资金（万元）|中期资金总额|<|年度资金总额|<
^|300|<|100|<
其中：财政拨款|300|<|100|<
其他资金|0|<|0|<
年度目标|完成年度养老补助发放|<|<|<
${elderlyBody(100)}`,
    head: { budget: "100", fiscal: "100", other: "0" },
    findings: [],
  },
  {
    // Seventeenth session's review: the year's column last, nothing right of its header, the total at the bottom.
    name: "a funds grid `项目总投资 | 本年度预算` over the sources and their 合计 (the year's total is the budget)",
    table: `项目支出绩效目标表|<|<|<|<
项目名称|社区养老服务中心建设|<|<|<
资金来源（万元）|项目总投资|<|本年度预算|<
财政资金|1200|<|400|<
其他资金|150|<|50|<
合计|1350|<|450|<
绩效目标|完成年度建设任务|<|<|<
${elderlyBody(450)}`,
    head: { budget: "450", fiscal: "400", other: "50" },
    findings: [],
  },
  // A PDF's conversion wraps a header cell's last characters onto the next row: the row is the header's.
  wrappedHeader(
    "a header wrapped onto the next row (`指标值确定` over `依据`)",
    `一级指标|二级指标|三级指标|指标值|指标值确定
||||依据`,
  ),
  wrappedHeader(
    "a header wrapped onto the next row (`一级 | 二级 | 三级` over `指标 | 指标 | 指标`)",
    `一级|二级|三级|指标值|指标值确定依据
指标|指标|指标||`,
  ),
  wrappedHeader(
    "a header wrapped onto the next row (`绩效指标` over `值`)",
    `一级指标|二级指标|三级指标|绩效指标|指标值确定依据
|||值|`,
  ),
  {
    name: "one 三级 merged over two rows that split its target (one name, no repeat)",
    table: `${HEAD}
一级指标|二级指标|三级指标|绩效指标描述|指标值|指标值确定依据
产出指标|数量指标|培训人次|线上培训人次|≥300人次|计划标准
^|^|^|线下培训人次|≥200人次|计划标准
成本指标|经济成本指标|培训经费|培训总支出|≤10万元|预算支出标准
效益指标|社会效益指标|技能水平|从业人员技能|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|问卷调查|≥90%|历史标准`,
    findings: [],
  },
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
    // Sixteenth session (陕西): the sets' captions in a tall cell left of each header, `中长期指标` with no 绩效.
    name: "stacked sets captioned `中长期指标` and `年度指标` in a column left of their headers",
    table: `${HEAD}
中长期指标|一级指标|二级指标|三级指标|指标值
^|产出指标|数量指标|生态修复面积|≥2.4万亩
^|满意度指标|服务对象满意度指标|周边群众满意度|≥90%
年度指标|一级指标|二级指标|三级指标|指标值
^|产出指标|数量指标|生态修复面积|≥0.8万亩
^|满意度指标|服务对象满意度指标|周边群众满意度|≥90%`,
    rows: [
      "产出指标 | 数量指标 | 生态修复面积 | P:≥2.4万亩 A:-",
      "满意度指标 | 服务对象满意度指标 | 周边群众满意度 | P:≥90% A:-",
      "产出指标 | 数量指标 | 生态修复面积 | P:- A:≥0.8万亩",
      "满意度指标 | 服务对象满意度指标 | 周边群众满意度 | P:- A:≥90%",
    ],
    silent: ["indicator-duplicate"],
  },
  {
    // Sixteenth session (山西): no caption; only the value headers say which set is which.
    name: "stacked sets told apart by their value headers alone (`中长期指标值`, then `年度指标值`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|中长期指标值
产出指标|数量指标|完成文物本体修缮处数|45处
满意度指标|服务对象满意度指标|游客满意度|≥90%
一级指标|二级指标|三级指标|年度指标值
产出指标|数量指标|完成文物本体修缮处数|15处
满意度指标|服务对象满意度指标|游客满意度|≥90%`,
    rows: [
      "产出指标 | 数量指标 | 完成文物本体修缮处数 | P:45处 A:-",
      "满意度指标 | 服务对象满意度指标 | 游客满意度 | P:≥90% A:-",
      "产出指标 | 数量指标 | 完成文物本体修缮处数 | P:- A:15处",
      "满意度指标 | 服务对象满意度指标 | 游客满意度 | P:- A:≥90%",
    ],
    silent: ["indicator-duplicate"],
  },
  {
    // A page break repeats the header with the same words: one set, the table's values.
    name: "a header repeated with the same value words (`年度指标值` twice) makes no sets",
    table: `${HEAD}
一级指标|二级指标|三级指标|年度指标值
产出指标|数量指标|完成文物本体修缮处数|15处
一级指标|二级指标|三级指标|年度指标值
满意度指标|服务对象满意度指标|游客满意度|≥90%`,
    rows: ["产出指标 | 数量指标 | 完成文物本体修缮处数 | 15处", "满意度指标 | 服务对象满意度指标 | 游客满意度 | ≥90%"],
  },
  {
    // Sixteenth session (宁夏): `绩效标准` holding the types is the basis; holding explanations (鄂州), a description.
    name: "a `绩效标准` column whose cells name standard types is the basis",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|绩效标准
产出指标|数量指标|补贴养殖户数|≥420户|计划标准
产出指标|质量指标|验收合格率|100%|
效益指标|经济效益指标|户均增收|≥2000元|历史标准
满意度指标|服务对象满意度指标|养殖户满意度|≥90%|其他标准`,
    findings: ["E6 basis-missing", "A4 level1-missing"],
  },
  {
    name: "a `绩效标准` column of explanations stays a description",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|绩效标准
产出指标|数量指标|补贴养殖户数|≥420户|反映补贴覆盖的养殖户数量
产出指标|质量指标|验收合格率|100%|
效益指标|经济效益指标|户均增收|≥2000元|反映养殖户增收情况
满意度指标|服务对象满意度指标|养殖户满意度|≥90%|反映服务对象满意程度`,
    silent: ["basis-missing", "basis-type"],
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
    rows: ROWS_ACROSS_PAGES,
    findings: [],
  },
  // Eighteenth session's review (西藏, 青海): the target column headed `预期目标`.
  ...["预期目标", "年度预期目标", "预期目标（年度）"].map((header) => ({
    name: `a target column headed \`${header}\``,
    table: `${HEAD}
一级指标|二级指标|三级指标|${header}|分值
产出指标|数量指标|培训人次|≥600人次|60
满意度指标|服务对象满意度指标|学员满意度|≥90%|40`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥600人次", "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%"],
    findings: ["A4 level1-missing"],
  })),
  {
    // Eighteenth session's review (provinces not tried before): other words for the name and the goal.
    name: "head labels `项目（资金）名称` and `项目年度绩效目标`",
    table: `项目支出绩效目标表|<|<|<|<
项目（资金）名称|草原生态保护补助奖励|<|<|<
预算数（万元）|1200|<|<|<
项目年度绩效目标|完成草原禁牧120万亩。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|禁牧面积|≥120万亩|计划标准
成本指标|经济成本指标|补奖资金|≤1200万元|预算支出标准
效益指标|生态效益指标|草原综合植被盖度|≥45%|计划标准
满意度指标|服务对象满意度指标|牧民满意度|≥90%|计划标准`,
    head: { name: "草原生态保护补助奖励", budget: "1200", goal: "完成草原禁牧120万亩。" },
    findings: [],
  },
  {
    // Left of the 一级, `预期目标` stays a list export's goal.
    name: "a list export's `预期目标` column left of the 一级 is the project's goal",
    table: `项目名称|预算数（万元）|预期目标|一级指标|二级指标|三级指标|指标值
培训项目|10|完成培训600人次|产出指标|数量指标|培训人次|≥600人次
^|^|^|成本指标|经济成本指标|培训经费|≤10万元
^|^|^|效益指标|社会效益指标|技能水平|有效提升
^|^|^|满意度指标|服务对象满意度指标|学员满意度|≥90%`,
    head: { name: "培训项目", budget: "10", goal: "完成培训600人次" },
    findings: [],
  },
  {
    // Eighteenth session's review: a print repeats the title with the head's year or unit line on each page.
    name: "a page break repeats the title with its year line or unit line: the table goes on",
    table: `项目支出绩效目标表|<|<|<|<
（2024年度）|<|<|<|<
${HEAD.trim()}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人次|≥100人次|计划标准
项目支出绩效目标表|<|<|<|<
（2024年度）|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|培训成本|≤10万元|预算支出标准
项目支出绩效目标表|<|<|<|<
单位：万元|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
效益指标|社会效益指标|技能提升|明显提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    rows: ROWS_ACROSS_PAGES,
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
    // A review of published tables: 预期产出指标 was a level1-unknown error, `社会、经济、生态效益指标` a level2-mismatch
    // error on every row, and `预算(或投资规模)控制指标` one once 预期产出指标 was read. Spec §7: a known older scheme is
    // told once per table, as an info naming the current words.
    name: "东莞's 2019–2020 scheme: its old 一级 names in one info, several 效益 kinds in one 二级 (info once), 二级 notes silent",
    table: `2020年东莞市财政项目支出绩效目标批复表|<|<|<
项目名称|公务用车购置|<|<
预算数|500|<|<
绩效目标|购置公务用车|<|<
一级指标|二级指标|三级指标|指标值
预期产出指标|数量指标(或建筑规模指标)|新采购的车辆数量|20辆
^|质量指标|购置车辆质量合格率|100%
^|时效指标(工期指标)|购置完成时间|2020年12月前
^|预算(或投资规模)控制指标|预算执行率|≥95%
效果指标|社会、经济、生态效益指标|车辆维护费用减少率|≥5%
^|社会、经济、生态效益 指标|百公里维修费支出|≤500元/100km
^|社会公众或服务对象满意度指标|使用人员满意度|≥90%`,
    findings: ["A6 level1-unknown", "B10 level2-mismatch", "B12 level2-mismatch"],
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
    // Beside a filled indicator of their 一级, one note for all of them (eighteenth session's review).
    name: "empty template rows: one finding for the table, delete them",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期
^|^|指标2|
^|^|……|
^|质量指标||`,
    findings: ["C6 indicator-incomplete", "A4 level1-missing"],
    silent: ["value-missing", "indicator-duplicate", "text-artifact"],
  },
  {
    // A review of published tables: the template's `……` row under the last indicator, above 总分, was level1-unknown
    // `……` and an empty row's error. It names no 一级 and asks for no indicator.
    name: "a `……` row alone in the 一级 column (before 总分) is read past: no indicator, no 一级",
    table: `${HEAD}
一级指标|二级指标|三级指标|年度指标值|分值
产出指标|数量指标|培训班期数|≥5期|10
成本指标|经济成本指标|培训经费|≤10万元|10
效益指标|社会效益指标|技能提升|有效提升|10
满意度指标|服务对象满意度指标|学员满意度|≥90%|10
……||||
总分||||100`,
    rows: [
      "产出指标 | 数量指标 | 培训班期数 | ≥5期",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    // Eighteenth session's review: Word conversions merge a placeholder or a mark across the row; its cells are the
    // name's, no value or basis (they had drawn basis-type, value-unparseable, value-missing and basis-missing).
    name: "a placeholder or a not-applying statement merged across the row is the name's alone",
    table: `${HEAD}
一级指标|二级指标|三级指标|绩效指标描述|<|指标值|指标值确定依据
产出指标|数量指标|培训期数|全年培训期数|<|≥5期|计划标准
^|^|……|<|<|<|<
^|质量指标|培训合格率|考核合格占比|<|≥95%|计划标准
^|^|指标2：|<|<||
成本指标|经济成本指标|培训经费|总支出|<|≤10万元|预算支出标准
效益指标|社会效益指标|技能水平|技能变化|<|有效提升|计划标准
^|生态效益指标|本项目不涉及|<|<|<|<
满意度指标|服务对象满意度指标|学员满意度|问卷调查|<|≥90%|计划标准`,
    findings: ["C6 indicator-incomplete"],
    silent: ["value-missing", "basis-missing", "basis-type", "value-unparseable", "text-artifact"],
  },
  {
    // `指标2：` before a target is a name still to write: indicator-incomplete says so, no fix empties the cell.
    name: "a target under a placeholder name (`指标2： | ≥5个`): the name is missing",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训期数|≥5期|计划标准
^|^|指标2：|≥5个|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
效益指标|社会效益指标|技能水平|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    findings: ["C6 indicator-incomplete"],
    silent: ["text-artifact"],
  },
  {
    // A 一级 with nothing filled needs filling: an error on its first empty row, the table's note on the rest.
    name: "empty template rows of a 一级 with nothing filled: one error, and the note for the others",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥5期
^|质量指标|合格率|≥95%
成本指标|经济成本指标|培训经费|≤10万元
^|社会成本指标||
效益指标|经济效益指标||
^|社会效益指标||
满意度指标|服务对象满意度指标|学员满意度|≥90%`,
    findings: ["C8 indicator-incomplete", "C9 indicator-incomplete"],
    silent: ["value-missing", "level1-missing"],
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
    name: "a self-assessment's funds table headed `年初预算数 | 全年可用预算数`: the budget is the 可用 column",
    table: `
项目名称|保洁经费|<|<|<|<
项目资金（万元）||年初预算数|全年可用预算数|全年执行数|执行率
^|年度资金总额|150|180|175|97.22%
^|其中：当年财政拨款|150|180|175|97.22%
年度总体目标|完成清扫保洁|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|得分
成本指标|经济成本指标|保洁作业成本|≤180万元|175万元|20`,
    head: { budget: "180", fiscal: "180" },
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
  // Seventeenth session's review of the compact layout: four ways officers pack a correct cell.
  {
    name: "a compact value that lists its points (`实施周期指标值:1、…；2、…；年度指标值:…`)",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
信息化建设项目|完成系统建设。|1、1-产出指标；13-时效指标；项目建设进度；实施周期指标值:1、6月底前完成招标；2、12月底前完成验收；年度指标值:12月底前完成验收。2、2-效益指标；22-社会效益；业务办理效率；实施周期指标值:提升；年度指标值:提升。3、3-满意度指标；31-服务对象满意度；用户满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 时效指标 | 项目建设进度 | P:1、6月底前完成招标；2、12月底前完成验收 A:12月底前完成验收",
      "效益指标 | 社会效益 | 业务办理效率 | P:提升 A:提升",
      "满意度指标 | 服务对象满意度 | 用户满意度 | P:≥90% A:≥90%",
    ],
    findings: [],
  },
  trainingCell(
    "a compact item's parts one per line, with no separators (Alt+Enter for `；`)",
    String.raw`1、1-产出指标\n11-数量指标\n培训人次\n实施周期指标值:≥3000人次\n年度指标值:≥1000人次\n2、2-效益指标\n22-社会效益\n培训人员业务能力\n实施周期指标值:提升\n年度指标值:提升\n3、3-满意度指标\n31-服务对象满意度\n参训人员满意度\n实施周期指标值:≥90%\n年度指标值:≥90%`,
  ),
  trainingCell(
    "compact items numbered `一、 二、 三、`",
    `一、1-产出指标；11-数量指标：培训人次；实施周期指标值:≥3000人次；年度指标值:≥1000人次。二、2-效益指标；22-社会效益：培训人员业务能力；实施周期指标值:提升；年度指标值:提升。三、3-满意度指标；31-服务对象满意度：参训人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
  ),
  trainingCell(
    "compact items numbered `（一）（二）（三）`",
    `（一）1-产出指标；11-数量指标：培训人次；实施周期指标值:≥3000人次；年度指标值:≥1000人次。（二）2-效益指标；22-社会效益：培训人员业务能力；实施周期指标值:提升；年度指标值:提升。（三）3-满意度指标；31-服务对象满意度：参训人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
  ),
  trainingCell(
    "compact items numbered `指标1： 指标2： 指标3：`",
    `指标1：1-产出指标；11-数量指标：培训人次；实施周期指标值:≥3000人次；年度指标值:≥1000人次。指标2：2-效益指标；22-社会效益：培训人员业务能力；实施周期指标值:提升；年度指标值:提升。指标3：3-满意度指标；31-服务对象满意度：参训人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
  ),
  trainingCell(
    "compact value labels in other words (`实施期指标值`, `年度目标值`)",
    `1、1-产出指标；11-数量指标：培训人次；实施期指标值:≥3000人次；年度目标值:≥1000人次。2、2-效益指标；22-社会效益：培训人员业务能力；实施期指标值:提升；年度目标值:提升。3、3-满意度指标；31-服务对象满意度：参训人员满意度；实施期指标值:≥90%；年度目标值:≥90%。`,
  ),
  trainingCell(
    "compact values written annual first (`年度指标值` before `实施周期指标值`)",
    `1、1-产出指标；11-数量指标：培训人次；当年指标值:≥1000人次；实施周期指标值:≥3000人次。2、2-效益指标；22-社会效益：培训人员业务能力；当年指标值:提升；实施周期指标值:提升。3、3-满意度指标；31-服务对象满意度：参训人员满意度；当年指标值:≥90%；实施周期指标值:≥90%。`,
  ),
  trainingCell(
    "compact items unnumbered, one after another's full stop (`…年度指标值:≥1000人次。2-效益指标；…`)",
    `1-产出指标；11-数量指标：培训人次；实施周期指标值:≥3000人次；年度指标值:≥1000人次。2-效益指标；22-社会效益：培训人员业务能力；实施周期指标值:提升；年度指标值:提升。3-满意度指标；31-服务对象满意度：参训人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
  ),
  trainingCell(
    "a compact value label with a note in brackets (`实施周期指标值（2024-2026年）:`)",
    `1、1-产出指标；11-数量指标：培训人次；实施周期指标值（2024-2026年）:≥3000人次；年度指标值（2024年）:≥1000人次。2、2-效益指标；22-社会效益：培训人员业务能力；实施周期指标值（2024-2026年）:提升；年度指标值（2024年）:提升。3、3-满意度指标；31-服务对象满意度：参训人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
  ),
  {
    name: "a compact project split at a page with its name filled down (the items go on at `3、`)",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
信息化运维经费|保障局信息系统正常运行。|1、1-产出指标；11-数量指标；运维系统数量；实施周期指标值:9个；年度指标值:9个。2、1-产出指标；12-质量指标；系统正常运行率；实施周期指标值:≥99%；年度指标值:≥99%。
信息化运维经费|保障局信息系统正常运行。|3、2-效益指标；22-社会效益；业务办理效率；实施周期指标值:提升；年度指标值:提升。4、3-满意度指标；31-服务对象满意度；用户满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 运维系统数量 | P:9个 A:9个",
      "产出指标 | 质量指标 | 系统正常运行率 | P:≥99% A:≥99%",
      "效益指标 | 社会效益 | 业务办理效率 | P:提升 A:提升",
      "满意度指标 | 服务对象满意度 | 用户满意度 | P:≥90% A:≥90%",
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
    // Twentieth session's review of 自评表 (河北 宁晋 2019): rows not understood had drawn "本表没有任何绩效指标".
    // Twenty-first session: a note says they went unchecked, so the table does not pass as checked.
    name: 'an evaluation index table whose rows are not read: no false "no indicators" error, a note that they went unchecked',
    table: `2019年度助学金项目绩效评价指标表|<|<|<|<|<|<
评价指标|评价内容|指标名称|指标说明|目标值|分值|备注
项目年度绩效目标(定量指标)|制度指标|规章制度|建立与否||20|
^|产出数量指标|享受资助人数|达到预计值|2100|10|
^|^|资金支出率|达到目标值|95%|10|
^|时效指标|及时发放率|达到目标值|100%|20|
总分|<|<|<|<|100|`,
    findings: ["A1 level1-missing"],
  },
  {
    // Twenty-first session (内蒙古 乌海 2021): `财政拨款数` had not been read, and the parts went unweighed.
    name: "`其中: 财政拨款数` is the fiscal part, weighed against the total",
    table: `项目名称|再生资源回收经费|<|<|<
资金总额|3|<|<|<
其中: 财政拨款数|2|<|<|<
其他资金|0|<|<|<
年度目标|完成再生资源回收管理。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "3", fiscal: "2", other: "0" },
    findings: ["B3 budget-sum-mismatch"],
  },
  {
    // Twentieth session's review of 自评表 (重庆 忠县): a 直辖市's two levels as one part.
    name: "`其中:中央、市级补助` is a part, weighed against the total",
    table: `项目支出绩效自评表|<|<|<|<|<
项目名称|农村公路建设|<|<|<|<
项目资金(万元)|年度资金总额|372.29|372.29|100%|
^|其中:中央、市级补助|370|372.29|100%|
^|其他资金||<|<|<
年度目标|完成农村公路建设。|<|<|<|<
${SMALL_ROWS}`,
    head: { budget: "372.29", fiscal: "370" },
    findings: ["C4 budget-sum-mismatch"],
  },
  {
    // Twentieth session's review of 自评表 (安徽 天长): the central template's `指标1：` rows marked as not applying.
    name: "the template's own names (`指标1：/`, `指标1：`, `……`) on rows marked `/`, `—`, `无` are no indicators",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准
^|社会成本指标|指标1：|/|/
^|生态环境成本指标|……|—|—
效益指标|社会效益指标|技能提升|有效提升|计划标准
^|生态效益指标|指标1:/|/|/
^|可持续影响指标|指标1：|无|无
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
    // Nineteenth session: the list's pair of columns was read as one packed cell (the first row's name, no value).
    name: "a list's `绩效指标 | 指标值` pair: one indicator per row, its target beside it; `项目资金（万元）` its amount",
    table: `
2024年部门项目支出绩效目标表|<|<|<|<|<
单位名称|项目名称|项目资金（万元）|绩效目标|绩效指标|指标值
某局|环境监测站建设|300|建设监测站20个，提升监测能力|建设监测站数量|20个
^|^|^|^|设备验收合格率|5个
^|^|^|^|监测数据有效率|
^|^|^|^|群众满意度|≥90%`,
    layout: "compact",
    head: { name: "环境监测站建设", budget: "300" },
    rows: [
      "- | - | 建设监测站数量 | P:- A:20个",
      "- | - | 设备验收合格率 | P:- A:5个",
      "- | - | 监测数据有效率 | P:- A:",
      "- | - | 群众满意度 | P:- A:≥90%",
    ],
    findings: ["F4 unit-mismatch", "F5 value-missing"],
  },
  {
    // Nineteenth session (海南's export): required marks after the words, `绩效度量单位`, `绩效指标性质`, `指标方向性`.
    name: "header words marked required after them (`一级指标*`) and with 绩效 before them are the columns",
    table: `
项目名称|会展项目奖励资金|<|<|<|<|<|<
资金总额:2430.30|<|<|财政拨款:2430.30|<|<|其他资金:|<
总体目标|全年实现会展业综合收入不低于280亿元|<|<|<|<|<|<
一级指标*|二级指标*|三级指标*|绩效指标性质*|绩效指标值*|绩效度量单位|权重*|指标方向性*
产出指标|数量指标|全年实现会展业综合收入|≥|280|亿元|30%|正向指标
效益指标|经济效益指标|带动相关产业收入|≥|50|亿元|30%|正向指标
满意度指标|服务对象满意度指标|参展企业满意度|≥|90|%|10%|正向指标`,
    rows: [
      "产出指标 | 数量指标 | 全年实现会展业综合收入 | 280",
      "效益指标 | 经济效益指标 | 带动相关产业收入 | 50",
      "满意度指标 | 服务对象满意度指标 | 参展企业满意度 | 90",
    ],
    // No 成本 一级, and no year to say the table predates 2021.
    findings: ["A4 level1-missing"],
  },
  {
    // Nineteenth session (湘西's list export): the words about a target are no second target.
    name: "`指标值 | 指标值内容`: the second column describes the target",
    table: `
项目名称|学生伙食补助|<|<|<|<
预算数（万元）|30|<|<|<|<
年度绩效目标|保障学生用餐|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值内容|指标值确定依据
产出指标|数量指标|补助学生数量|168人|反映补助学生人数|计划标准
^|时效指标|任务完成时间|2023年12月31日|反映该项目完成时间|计划标准
成本指标|经济成本指标|人均补助标准|≤1785元/人|反映人均补助|预算支出标准
效益指标|社会效益指标|学生营养状况|有效改善|反映学生营养|计划标准
满意度指标|服务对象满意度指标|学生满意度|≥95%|学生对伙食满意程度|计划标准`,
    findings: [],
  },
  {
    // Nineteenth session (吉林's forms): a yes/no row's unit cell names the answer's kind.
    name: "`是/否` in the 计量单位 column of a yes/no row is no unit",
    table: `
项目名称|水毁修复|<|<|<
预算数（万元）|35|<|<|<
绩效目标|开展2个水毁修复|<|<|<
一级指标|二级指标|三级指标|计量单位|指标值
产出指标|数量指标|开展修复工程|个|2
^|质量指标|已建工程是否存在质量问题|是/否|否
成本指标|经济成本指标|修复工程成本|万元|≤35
效益指标|社会效益指标|防洪能力|—|明显提升
满意度指标|服务对象满意度指标|群众满意度|%|≥90`,
    findings: [],
  },
  {
    // Nineteenth session (江西's 部门整体 form): the heading's own row is blank across, the goal under its sub-label.
    name: "a goal heading over `*年度绩效总目标 | text`: the goal is that text",
    table: `
项目名称|林业局运行保障|<|<|<
预算数（万元）|1200|<|<|<
年度绩效目标|<|<|<|<
*年度绩效总目标|保证林业局职能实现，保障人员经费。|<|<|<
${REMEDIATION_ROWS}`,
    head: { goal: "保证林业局职能实现，保障人员经费。" },
    findings: [],
  },
  // The nineteenth session's second review of its changes.
  {
    name: "a `绩效指标 | 指标值` list whose names carry codes is still one indicator per row",
    table: `
2024年部门项目支出绩效目标表|<|<|<|<
项目名称（资金使用单位）|项目资金（万元）|绩效目标|绩效指标|指标值
学前教育补助|50|补助幼儿园。|1-产出指标；11-数量指标；补助幼儿人数|≥800人
^|^|^|1-产出指标；14-成本指标；补助资金总额|≤50万元
^|^|^|2-效益指标；22-社会效益；覆盖率|≥85%
^|^|^|3-满意度指标；31-服务对象满意度；家长满意度|≥90%`,
    layout: "compact",
    findings: [],
  },
  {
    name: "a list's funds caption over `合计 | 财政资金 | 其他资金`: the total's column is each project's budget",
    table: `
2024年部门项目支出绩效目标表|<|<|<|<|<
项目名称|项目资金（万元）|<|<|绩效目标|绩效指标
^|合计|财政资金|其他资金|^|^
学前教育补助|50|50||补助幼儿园。|1、1-产出指标；11-数量指标；补助人数；实施周期指标值:≥800人；年度指标值:≥800人。2、1-产出指标；14-成本指标；补助资金总额；实施周期指标值:≤80万元；年度指标值:≤80万元。3、2-效益指标；22-社会效益；覆盖率；实施周期指标值:≥85%；年度指标值:≥85%。4、3-满意度指标；31-服务对象满意度；家长满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
    head: { budget: "50" },
    findings: ["F4 cost-over-budget"],
  },
  {
    name: "a 二级 misplaced inside a group whose 一级 is written once stays level2-mismatch's",
    table: `
${HEAD_40}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|整治村庄|≥30个|计划标准
|质量指标|验收合格率|≥95%|计划标准
|时效指标|完成时间|2024年12月底前|计划标准
成本指标|经济成本指标|整治成本|≤40万元|预算支出标准
效益指标|社会效益指标|人居环境|明显改善|计划标准
|数量指标|受益人口|≥5000人|计划标准
|生态效益指标|垃圾减量|≥10%|计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|计划标准`,
    findings: ["B10 level2-mismatch"],
  },
  {
    name: "a region table with old 一级 names and 指标值 over counties is a table (no self-assessment's checklist)",
    table: `
${HEAD_40}
一级指标|二级指标|三级指标|指标值|<
^|^|^|甲县|乙县
产出目标|数量指标|整治村庄|≥30个|≥20个
^|质量指标|验收合格率|≥95%|≥95%
成本目标|经济成本指标|整治成本|≤60万元|≤30万元
效益目标|社会效益指标|人居环境|明显改善|明显改善
满意度目标|服务对象满意度指标|群众满意度|≥90%|≥90%`,
    findings: ["A6 level1-unknown", "D8 cost-over-budget"],
  },
  {
    name: "a budget of 0 over parts the head cannot all weigh: one finding at the budget",
    table: `
项目名称|乡村道路建设|<|<|<
预算数（万元）|0|<|<|<
其中：中央补助资金|90|<|<|<
市级配套资金|10|<|<|<
年度绩效目标|完成道路建设|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|道路里程|≥5公里|计划标准
成本指标|经济成本指标|道路建设成本|≤100万元|预算支出标准
效益指标|社会效益指标|通行条件|明显改善|计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|计划标准`,
    findings: ["B2 cost-over-budget"],
  },
  // The nineteenth session's own review of its changes: each case had gone wrong with a change of that session.
  {
    name: "a packed cell beside a blank `指标值` column is read packed, not one indicator per row",
    table: `
项目名称（资金使用单位）|项目金额（万元）|绩效目标|绩效指标|指标值
学前教育补助|50|补助幼儿园。|1、1-产出指标；11-数量指标；补助幼儿人数；实施周期指标值:≥800人；年度指标值:≥800人。2、1-产出指标；14-成本指标；补助资金总额；实施周期指标值:≤80万元；年度指标值:≤80万元。3、2-效益指标；22-社会效益；覆盖率；实施周期指标值:≥85%；年度指标值:≥85%。4、3-满意度指标；31-服务对象满意度；家长满意度；实施周期指标值:≥60%；年度指标值:≥60%。|`,
    findings: ["D2 cost-over-budget", "D2 satisfaction-threshold", "D2 satisfaction-threshold"],
  },
  {
    name: "`绩效指标 | 指标值` rows that name a 一级 with no target are headings, no indicators",
    table: `
2024年部门项目支出绩效目标表|<|<|<|<
项目名称|项目资金（万元）|绩效目标|绩效指标|指标值
环境监测站建设|300|建设监测站20个|产出指标|
^|^|^|建设监测站数量|20个
^|^|^|效益指标|
^|^|^|监测数据有效率|≥95%
^|^|^|满意度指标|
^|^|^|群众满意度|≥90%`,
    findings: [],
  },
  {
    name: "a list's `资金来源` column holds text: the budget is the `项目金额` column's",
    table: `
项目名称（资金使用单位）|资金来源|绩效目标|绩效指标|项目金额（万元）
学前教育补助|省级财政|补助幼儿园。|1、1-产出指标；11-数量指标；补助幼儿人数；实施周期指标值:≥800人；年度指标值:≥800人。2、1-产出指标；14-成本指标；补助资金总额；实施周期指标值:≤80万元；年度指标值:≤80万元。3、2-效益指标；22-社会效益；覆盖率；实施周期指标值:≥85%；年度指标值:≥85%。4、3-满意度指标；31-服务对象满意度；家长满意度；实施周期指标值:≥90%；年度指标值:≥90%。|50`,
    head: { budget: "50" },
    findings: ["D2 cost-over-budget"],
  },
  {
    name: "per cell, a satisfaction's wrong sign in a packed cell leaves another item's `≥100%` its finding",
    table: `
项目名称（资金使用单位）|绩效目标|绩效指标|项目金额（万元）
学前教育补助|补助幼儿园。|1、1-产出指标；11-数量指标；补助幼儿人数；实施周期指标值:≥800人；年度指标值:≥800人。2、1-产出指标；12-质量指标；验收合格率；实施周期指标值:≥100%；年度指标值:≥100%。3、2-效益指标；22-社会效益；覆盖率；实施周期指标值:≥85%；年度指标值:≥85%。4、3-满意度指标；31-服务对象满意度；家长满意度；实施周期指标值:≤90%；年度指标值:≥90%。|500`,
    findings: ["C2 operator-direction", "C2 percent-trivial", "C2 percent-trivial"],
  },
  {
    name: "`其中：财政拨款` over `      其他资金` lined up under it: siblings, weighed",
    table: `
项目支出绩效目标表|<|<|<|<
项目名称|某项目|<|<|<
资金情况（万元）|年度资金总额|300|<|<
^|其中：财政拨款|200|<|<
^|      其他资金|50|<|<
年度绩效目标|完成整治。|<|<|<
${REMEDIATION_ROWS}`,
    head: { fiscal: "200", other: "50" },
    findings: ["C4 budget-sum-mismatch"],
  },
  {
    // A 0 subtotal over amounts the head did not read (东莞's 2022 批复表: `小计 0 | 市财政拨款 2377.15`) too.
    name: "a budget of 0 with no money anywhere, beside costs in money: one finding, at the budget",
    table: `
项目名称|城乡环境整治|<|<|<
预算数（万元）|0|<|<|<
${REMEDIATION_ROWS}`,
    findings: ["B2 cost-over-budget"],
  },
  {
    // Nineteenth session (内蒙古's 2022 自评表): 盟市 and 旗县 parts had been unread, and the sum unweighed.
    name: "`盟市财政资金`, `旗县财政资金` are parts: a sum 1000 short is reported",
    table: `
项目名称|就业补助资金|<|<|<
资金投入情况（万元）|年度资金总额|7165|<|<
^|其中：中央财政资金|3144|<|<
^|自治区财政资金|570|<|<
^|盟市财政资金|433|<|<
^|旗县财政资金|426|<|<
^|其他资金|1592|<|<
${REMEDIATION_ROWS}`,
    findings: ["C2 budget-sum-mismatch"],
  },
  {
    // Nineteenth session (青山's 2020 form): the caption had been taken for the table's title, the head lost.
    name: "a caption `绩效项目指标表` over the indicator header: the head above it is the table's",
    table: `
项目支出绩效目标表|<|<|<|<
项目名称|城乡环境整治|<|<|<
项目资金（万元）|资金总额|300|<|<
年度目标|完成30个村庄整治|<|<|<
绩效项目指标表|<|<|<|<
${REMEDIATION_ROWS}`,
    head: { name: "城乡环境整治", budget: "300", goal: "完成30个村庄整治" },
    findings: [],
  },
  {
    // Nineteenth session (宁夏's 自评表): the part unread had gone unseen, and the blank parts read weighed as 0.
    name: "a part the words do not know, its amount written with its unit (`自治区补助 | 300万元`): no sum weighed",
    table: `
项目名称|马铃薯种薯繁育示范推广项目|<|<|<
资金情况(万元)|年度资金总额|300|<|<
^|其中:中央补助||<|<
^|自治区补助|300万元|<|<
^|市县资金||<|<
${REMEDIATION_ROWS}`,
    findings: [],
  },
  {
    // Nineteenth session (贵池's 2022 自评): a total of 0 over a part that holds money; every cost had been over it.
    name: "a total of 0 over its parts: the total is reported, and caps no cost",
    table: `
项目名称|城乡环境整治|<|<|<|<
项目资金（万元）||年初预算数|全年预算数|全年执行数|分值
^|年度资金总额：|0|0|0|10
^|其中：本年财政拨款|290|289.9|289.9|—
^|其他资金||||—
${REMEDIATION_ROWS}`,
    head: { budget: "0", fiscal: "289.9" },
    findings: ["D3 budget-sum-mismatch"],
  },
  {
    // Nineteenth session's review (南岳's 2023 table): "write 100%" would have confirmed the wrong sign.
    name: "`逾期发放率 ≥100%`: the sign is the finding; percent-trivial yields to it",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|补助发放人数|≥500人|计划标准
^|时效指标|逾期发放率|≥100%|计划标准
成本指标|经济成本指标|人均补助标准|≤1500元/人|预算支出标准
效益指标|社会效益指标|就学保障|有效保障|计划标准
满意度指标|服务对象满意度指标|学生满意度|≥90%|计划标准`,
    silent: ["percent-trivial"],
  },
  {
    name: "`补助资金` beside a total is a part, not the budget",
    table: `
项目名称|城乡环境整治|<|<|<
资金总额（万元）|300|补助资金|250|<
${REMEDIATION_ROWS}`,
    head: { budget: "300" },
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
    // Nineteenth session: the finding points at the blank row where the goal belongs, not at the heading.
    name: "a goal heading over a blank row is a missing goal, in that row",
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
    findings: ["A4 field-missing"],
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
  {
    name: "side-by-side sets with their own 二级 | 三级: a row's year indicator may be another than its period one",
    table: `
项目名称|智慧城管平台建设|<|<|<|<|<
年度资金总额（万元）|600|<|<|<|<|<
年度目标|完成平台一期建设。|<|<|<|<|<
一级指标|二级指标|三级指标|中期指标值|二级指标|三级指标|年度指标值
产出指标|数量指标|上线应用场景数量|≥12类|数量指标|上线应用场景数量|≥5类
^|^|接入视频监控数量|≥5000个|质量指标|系统可用率|≥99%
^|时效指标|平台建设完成时间|2026年12月底前|||
成本指标|经济成本指标|平台建设成本|≤1500万元|经济成本指标|一期建设成本|≤600万元
效益指标|社会效益指标|问题智能发现率|≥60%|社会效益指标|问题智能发现率|≥30%
满意度指标|服务对象满意度指标|市民满意度|≥85%|服务对象满意度指标|市民满意度|≥85%`,
    rows: [
      "产出指标 | 数量指标 | 上线应用场景数量 | P:≥12类 A:≥5类",
      "产出指标 | 数量指标 | 接入视频监控数量 | P:≥5000个 A:-",
      "产出指标 | 质量指标 | 系统可用率 | P:- A:≥99%",
      "产出指标 | 时效指标 | 平台建设完成时间 | P:2026年12月底前 A:-",
      "成本指标 | 经济成本指标 | 平台建设成本 | P:≤1500万元 A:-",
      "成本指标 | 经济成本指标 | 一期建设成本 | P:- A:≤600万元",
      "效益指标 | 社会效益指标 | 问题智能发现率 | P:≥60% A:≥30%",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | P:≥85% A:≥85%",
    ],
    findings: [],
  },
  {
    name: "side-by-side sets with their own 二级 | 三级: a year's value missing beside its name is still missing",
    table: `
项目名称|智慧城管平台建设|<|<|<|<|<
年度资金总额（万元）|600|<|<|<|<|<
年度目标|完成平台一期建设。|<|<|<|<|<
一级指标|二级指标|三级指标|中期指标值|二级指标|三级指标|年度指标值
产出指标|数量指标|上线应用场景数量|≥12类|数量指标|上线应用场景数量|
成本指标|经济成本指标|平台建设成本|≤1500万元|经济成本指标|平台建设成本|≤600万元
效益指标|社会效益指标|问题智能发现率|≥60%|社会效益指标|问题智能发现率|≥30%
满意度指标|服务对象满意度指标|市民满意度|≥85%|服务对象满意度指标|市民满意度|≥85%`,
    findings: ["G5 value-missing"],
  },
  {
    name: "no 一级 column, a heading row of each 一级 across the table (`一、产出指标`) over its rows",
    table: `
项目名称|全民参保登记|<|<
预算数（万元）|60|<|<
绩效目标|完成全县全民参保登记入户核查。|<|<
二级指标|三级指标|指标值|指标值确定依据
一、产出指标|<|<|<
数量指标|入户核查人数|≥5000人|计划标准
二、成本指标|<|<|<
经济成本指标|人均核查经费|≤100元/人|预算支出标准
三、效益指标|<|<|<
社会效益指标|户籍人口参保率|≥95%|计划标准
四、满意度指标|<|<|<
服务对象满意度指标|参保群众满意度|≥90%|历史标准`,
    rows: [
      "一、产出指标 | 数量指标 | 入户核查人数 | ≥5000人",
      "二、成本指标 | 经济成本指标 | 人均核查经费 | ≤100元/人",
      "三、效益指标 | 社会效益指标 | 户籍人口参保率 | ≥95%",
      "四、满意度指标 | 服务对象满意度指标 | 参保群众满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a 定性 value merged over the value and unit columns (`明显提升 | <`) leaves the unit blank",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|计量单位|指标值确定依据
产出指标|数量指标|培训班期数|≥5|期|计划标准
成本指标|经济成本指标|培训经费|≤10|万元|预算支出标准
效益指标|社会效益指标|技能提升|明显提升|<|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|%|计划标准`,
    findings: [],
  },
  {
    name: "a row of labels over their values with a label the words do not know (`其他资金 | 项目属性`)",
    table: `
项目名称|预算数|财政拨款|其他资金|项目属性
智慧教室建设|300|250|50|新增项目
绩效目标|建设智慧教室50间。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|建设智慧教室数量|50间|计划标准
成本指标|经济成本指标|智慧教室建设成本|≤280万元|预算支出标准
效益指标|社会效益指标|信息化教学覆盖率|≥80%|计划标准
满意度指标|服务对象满意度指标|师生满意度|≥90%|历史标准`,
    head: { name: "智慧教室建设", budget: "300", fiscal: "250", other: "50" },
    findings: [],
  },
  {
    name: "funds labels over their amounts beside a caption (`项目资金（万元） | 总额 | 财政拨款 | 单位自筹`)",
    table: `
项目名称|智慧教室建设|<|<|<
项目资金（万元）|总额|财政拨款|单位自筹|<
^|300|250|50|<
绩效目标|建设智慧教室50间。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|建设智慧教室数量|50间|计划标准
成本指标|经济成本指标|智慧教室建设成本|≤280万元|预算支出标准
效益指标|社会效益指标|信息化教学覆盖率|≥80%|计划标准
满意度指标|服务对象满意度指标|师生满意度|≥90%|历史标准`,
    head: { budget: "300", fiscal: "250", other: "50" },
    findings: [],
  },
  {
    name: "a funds caption with its amount beside it (`项目资金（万元） | 186 | 其中：财政拨款 | 186`, 吉林)",
    table: `
项目名称|农村公路养护工程|<|<|<
项目资金（万元）|186|<|其中：财政拨款|186
绩效目标|养护农村公路320公里。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|养护农村公路里程|≥320公里|计划标准
成本指标|经济成本指标|养护工程总成本|≤200万元|预算支出标准
效益指标|社会效益指标|农村公路列养率|100%|计划标准
满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|历史标准`,
    head: { budget: "186" },
    findings: ["D6 cost-over-budget"],
  },
  {
    name: "a funds caption read as the budget is weighed against its parts (`资金情况（万元） | 186 | 财政拨款 150 + 其他 30`)",
    table: `
项目名称|乡村文化振兴示范村建设|<|<|<|<
资金情况（万元）|186|其中：财政拨款|150|其他资金|30
绩效目标|完成建设。|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<
产出指标|数量指标|建设示范村数量|≥3个|计划标准|<
成本指标|经济成本指标|建设成本|≤186万元|预算支出标准|<
效益指标|社会效益指标|群众文化生活|明显改善|计划标准|<
满意度指标|服务对象满意度指标|群众满意度|≥90%|计划标准|<`,
    head: { budget: "186", fiscal: "150", other: "30" },
    findings: ["D2 budget-sum-mismatch"],
  },
  {
    name: "a funds caption in 元 with its amount beside it (`项目资金（元） | 1860000`)",
    table: `
项目名称|农村公路养护工程|<|<|<
项目资金（元）|1860000|<|<|<
绩效目标|养护农村公路320公里。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|养护农村公路里程|≥320公里|计划标准
成本指标|经济成本指标|养护工程总成本|≤180万元|预算支出标准
效益指标|社会效益指标|农村公路列养率|100%|计划标准
满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|历史标准`,
    head: { budget: "1860000" },
    findings: [],
  },
  {
    name: "units typed right of 指标值 under a blank header cell (a merge a conversion undid)",
    table: `
项目名称|残疾人康复服务经费|<|<|<|<
预算数（万元）|28|<|<|<|<
绩效目标|为约200名残疾儿童提供康复救助。|<|<|<|<
一级指标|二级指标|三级指标|指标值||指标值确定依据
产出指标|数量指标|康复救助儿童人数|约200|人|计划标准
^|质量指标|康复服务覆盖率|≥90|个|行业标准
成本指标|经济成本指标|儿童康复救助标准|≤1.2|万元/人·年|预算支出标准
效益指标|社会效益指标|残疾儿童功能改善|有所改善||计划标准
满意度指标|服务对象满意度指标|残疾人家属满意度|≥90|%|计划标准`,
    findings: ["E6 unit-mismatch"],
  },
  {
    name: "指标值 merged over sign | number | unit with no sub-header (`≥ | 10 | 场`)",
    table: `
项目名称|防震减灾科普宣传|<|<|<|<|<
预算数（万元）|5|<|<|<|<|<
绩效目标|开展防震减灾科普活动不少于10场。|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<|指标值确定依据
产出指标|数量指标|科普活动场次|≥|10|场|计划标准
成本指标|经济成本指标|宣传资料印制费|≤|8|万元|预算支出标准
效益指标|社会效益指标|防震减灾知识知晓率|≥|80|%|历史标准
^|可持续影响指标|群众防灾避险意识|明显增强|||计划标准
满意度指标|服务对象满意度指标|参与群众满意度|≤|90|%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 科普活动场次 | 10",
      "成本指标 | 经济成本指标 | 宣传资料印制费 | 8",
      "效益指标 | 社会效益指标 | 防震减灾知识知晓率 | 80",
      // A 定性 target typed in the span's first cell is the row's value, not its sign (the session's review).
      "效益指标 | 可持续影响指标 | 群众防灾避险意识 | 明显增强",
      "满意度指标 | 服务对象满意度指标 | 参与群众满意度 | 90",
    ],
    findings: ["E6 cost-over-budget", "D9 operator-direction"],
  },
  {
    name: "指标性质 holding signs beside 指标值 merged over number | unit: the unit column is read",
    table: `
项目名称|老年助餐服务|<|<|<|<
预算数（万元）|120|<|<|<|<
绩效目标|建设社区助餐点20个。|<|<|<|<
一级指标|二级指标|三级指标|指标性质|指标值|<|指标值确定依据
产出指标|数量指标|新建助餐点数量|≥|20|个|计划标准
成本指标|经济成本指标|助餐点建设补助|≤|6|万元/个|预算支出标准
效益指标|社会效益指标|老年人就餐人次|≥|3|万人次|计划标准
满意度指标|服务对象满意度指标|老年人满意度|≥|90|%|计划标准`,
    findings: [],
  },
  {
    name: "one goal merged across `中长期目标 | 年度目标` (a one-year project in the 2015 申报表, 江苏)",
    table: `
项目名称|老旧小区雨污分流改造|<|<|<
预算数（万元）|960|<|<|<
总体目标|中长期目标|<|年度目标|<
^|完成12个老旧小区雨污分流改造。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|改造老旧小区数量|12个|计划标准
成本指标|经济成本指标|改造工程成本|≤960万元|预算支出标准
效益指标|生态效益指标|雨污混流点消除率|100%|计划标准
满意度指标|服务对象满意度指标|居民满意度|≥90%|历史标准`,
    head: { goal: "完成12个老旧小区雨污分流改造。" },
    findings: [],
  },
  {
    // The session's review: `产出目标` reads as a level in a 一级 column only, not here as a goal's label.
    name: "head goal rows labelled `产出目标` / `效果目标` (older county 申报表) stay in the head",
    table: `
项目名称|老旧小区综合改造|<|<|<
预算数（万元）|1200|<|<|<
产出目标|完成12个老旧小区综合改造。|<|<|<
效果目标|小区居住环境明显改善。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|改造小区数量|12个|计划标准
成本指标|经济成本指标|改造成本|≤1500万元|预算支出标准
效益指标|社会效益指标|受益居民户数|≥3200户|计划标准
满意度指标|服务对象满意度指标|居民满意度|≥90%|计划标准`,
    head: { name: "老旧小区综合改造", budget: "1200" },
    findings: ["D7 cost-over-budget"],
  },
  {
    name: "parts by level of government (`中央衔接资金 | 自治区衔接资金 | 县级财政资金`, 宁夏): summed against the budget",
    table: `
项目名称|滩羊产业提质增效项目|<|<|<|<|<
资金规模（万元）|1500|其中：中央衔接资金|900|自治区衔接资金|400|县级财政资金
^|^|^|^|^|^|100
绩效目标|扶持滩羊养殖户发展生产。|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<|<
产出指标|数量指标|扶持养殖户数|≥500户|计划标准|<|<
成本指标|经济成本指标|项目总成本|≤1500万元|预算支出标准|<|<
效益指标|经济效益指标|户均增收|≥3000元|计划标准|<|<
满意度指标|服务对象满意度指标|养殖户满意度|≥90%|计划标准|<|<`,
    head: { budget: "1500", fiscal: "900" },
    findings: ["B2 budget-sum-mismatch"],
  },
  {
    name: "`label：value` head cells with `其中：财政资金：250万元`",
    table: `
项目名称：智慧教室建设|<|<|<|<
预算数：300万元|<|其中：财政资金：250万元|<|其他资金：50万元
绩效目标：建设智慧教室50间。|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|建设智慧教室数量|50间|计划标准
成本指标|经济成本指标|智慧教室建设成本|≤280万元|预算支出标准
效益指标|社会效益指标|信息化教学覆盖率|≥80%|计划标准
满意度指标|服务对象满意度指标|师生满意度|≥90%|历史标准`,
    findings: [],
  },
  {
    name: "other provinces' budget and goal labels (`预算资金`, `当年预算` beside `项目总预算`, `预期绩效目标`)",
    table: `
项目名称|智慧教室建设|<|<|<
项目总预算（万元）|3000|<|当年预算（万元）|300
预期绩效目标|建设智慧教室50间。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|建设智慧教室数量|50间|计划标准
成本指标|经济成本指标|智慧教室建设成本|≤500万元|预算支出标准
效益指标|社会效益指标|信息化教学覆盖率|≥80%|计划标准
满意度指标|服务对象满意度指标|师生满意度|≥90%|历史标准`,
    head: { budget: "300", goal: "建设智慧教室50间。" },
    findings: ["D6 cost-over-budget"],
  },
  {
    name: "a budget labelled `预算资金`",
    table: `
项目名称|智慧教室建设|<|<|<
预算资金（万元）|300|<|<|<
绩效目标|建设智慧教室50间。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|建设智慧教室数量|50间|计划标准
成本指标|经济成本指标|智慧教室建设成本|≤500万元|预算支出标准
效益指标|社会效益指标|信息化教学覆盖率|≥80%|计划标准
满意度指标|服务对象满意度指标|师生满意度|≥90%|历史标准`,
    head: { budget: "300" },
    findings: ["D6 cost-over-budget"],
  },
  {
    name: "一级 labels centred in their groups (a PDF conversion, merges undone): a blank 一级 takes the group below",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
|数量指标|危房改造户数|200户|计划标准
产出指标|质量指标|竣工验收合格率|100%|行业标准
|时效指标|改造完成时间|2024年11月底前|计划标准
成本指标|经济成本指标|户均补助标准|≤2万元/户|预算支出标准
|经济效益指标|农户住房财产价值|有所提升|计划标准
效益指标|社会效益指标|住房安全保障率|100%|计划标准
满意度指标|服务对象满意度指标|农户满意度|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 危房改造户数 | 200户",
      "产出指标 | 质量指标 | 竣工验收合格率 | 100%",
      "产出指标 | 时效指标 | 改造完成时间 | 2024年11月底前",
      "成本指标 | 经济成本指标 | 户均补助标准 | ≤2万元/户",
      "效益指标 | 经济效益指标 | 农户住房财产价值 | 有所提升",
      "效益指标 | 社会效益指标 | 住房安全保障率 | 100%",
      "满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "a group whose 一级 was never written: the blank 一级 is the finding (the next 一级 below is another)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|危房改造户数|200户|计划标准
成本指标|经济成本指标|户均补助标准|≤2万元/户|预算支出标准
|社会效益指标|住房安全保障率|100%|计划标准
满意度指标|服务对象满意度指标|农户满意度|≥90%|历史标准`,
    // Sixteenth session: the 效益 row is there, under the wrong 一级: one defect, one finding (no level1-missing).
    // Nineteenth session: that finding is the blank 一级 cell's, naming 效益指标 (it had told the officer to
    // rewrite a right 二级).
    findings: ["A7 level1-unknown"],
  },
  {
    name: "side-by-side sets each with its own 一级 column, under captions `中期指标 | 年度指标`: one table, two sets",
    table: `
项目名称|智慧城管平台建设|<|<|<|<|<|<
项目资金（万元）|中期资金总额|1500|<|年度资金总额|600|<|<
中期指标|<|<|<|年度指标|<|<|<
一级指标|二级指标|三级指标|指标值|一级指标|二级指标|三级指标|指标值
产出指标|数量指标|上线应用场景数量|≥12类|产出指标|数量指标|上线应用场景数量|≥5类
成本指标|经济成本指标|平台建设成本|≥1500万元|成本指标|经济成本指标|一期建设成本|≤600万元
效益指标|社会效益指标|问题智能发现率|≥60%|效益指标|社会效益指标|问题智能发现率|≥30%
满意度指标|服务对象满意度指标|市民满意度|≥85%|满意度指标|服务对象满意度指标|市民满意度|≥85%`,
    rows: [
      "产出指标 | 数量指标 | 上线应用场景数量 | P:≥12类 A:≥5类",
      "成本指标 | 经济成本指标 | 平台建设成本 | P:≥1500万元 A:-",
      "成本指标 | 经济成本指标 | 一期建设成本 | P:- A:≤600万元",
      "效益指标 | 社会效益指标 | 问题智能发现率 | P:≥60% A:≥30%",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | P:≥85% A:≥85%",
    ],
    head: { budget: "600" },
    findings: ["D6 operator-direction"],
  },
  {
    name: "a region's target marked `—` or `/` (not applying in that county) is no target",
    table: `${HEAD}
一级指标|二级指标|三级指标|区域目标值|<|<|<|指标值确定依据
^|^|^|甲县|乙县|丙县|丁县|^
产出指标|数量指标|新建或改建农村道路|≥30公里|≥25公里|—|≥10公里|计划标准
^|^|易地搬迁后扶项目|≥2个|/|≥1个|≥1个|计划标准
成本指标|经济成本指标|培训经费|≤10万元|≤10万元|≤10万元|≤10万元|预算支出标准
效益指标|社会效益指标|技能提升|有效提升|有效提升|有效提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|≥90%|≥90%|≥90%|计划标准`,
    findings: [],
  },
  {
    name: "compact items coded by their 二级 alone (`11-数量指标；名称；…`): the code names the 一级",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
社区卫生服务补助|保障运行。|1、11-数量指标；家庭医生签约人数；实施周期指标值:≥3万人；年度指标值:≥3万人。2、22-社会效益；就医便利程度；实施周期指标值:提高；年度指标值:提高。3、31-服务对象满意度；签约居民满意度；实施周期指标值:≥90%；年度指标值:≥90%。4、14-成本指标；人均补助；实施周期指标值:≤80元/人；年度指标值:≤80元/人。`,
    layout: "compact",
    rows: [
      "- | 数量指标 | 家庭医生签约人数 | P:≥3万人 A:≥3万人",
      "- | 社会效益 | 就医便利程度 | P:提高 A:提高",
      "- | 服务对象满意度 | 签约居民满意度 | P:≥90% A:≥90%",
      "- | 成本指标 | 人均补助 | P:≤80元/人 A:≤80元/人",
    ],
    findings: [],
  },
  {
    name: "compact items with one target and no set (`名称；指标值：≥98%`, `名称：≥120场`): the year's",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
城市照明电费|保障照明。|1、1-产出指标；11-数量指标；路灯数量；指标值：≥3万盏。2、2-效益指标；22-社会效益；夜间出行安全；指标值：有效保障。3、3-满意度指标；31-服务对象满意度；市民满意度；指标值：≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 路灯数量 | P:- A:≥3万盏",
      "效益指标 | 社会效益 | 夜间出行安全 | P:- A:有效保障",
      "满意度指标 | 服务对象满意度 | 市民满意度 | P:- A:≥90%",
    ],
    findings: [],
  },
  {
    name: "compact items whose one target follows the name after a colon (`名称：≥120场`)",
    table: `
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
健康教育经费|开展健康教育。|1、产出指标：数量指标：健康讲座场次：≥120场。2、效益指标：社会效益指标：居民健康素养水平：≥30%。3、满意度指标：服务对象满意度指标：参与居民满意度：≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 健康讲座场次 | P:- A:≥120场",
      "效益指标 | 社会效益指标 | 居民健康素养水平 | P:- A:≥30%",
      "满意度指标 | 服务对象满意度指标 | 参与居民满意度 | P:- A:≥90%",
    ],
    findings: [],
  },
  {
    // Spec §7: the scheme is reported once per table, never once per row (B7 had a second note, as B6).
    name: "the old 四川 scheme: satisfaction as a 二级 of 项目效益指标 (`项目效益指标 | 满意度指标`), one note per old placement",
    table: `
项目名称|农村生活垃圾收运|<|<|<
预算数（万元）|60|<|<|<
绩效目标|完成全县生活垃圾收运。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
项目完成指标|数量指标|生活垃圾收运量|≥3.6万吨|计划标准
^|成本指标|收运成本|≤60万元|预算支出标准
^|成本指标|转运车辆维护费|≤5万元|预算支出标准
项目效益指标|社会效益指标|农村人居环境|明显改善|计划标准
^|满意度指标|群众满意度|≥85%|历史标准`,
    findings: ["A5 level1-unknown", "B6 level2-mismatch", "B9 level2-mismatch"],
  },
  {
    name: "an approval table's budget row of sub-labels and amounts (`预算数 | 申报数 | 3200 | 批复数 | 3000`)",
    table: `
项目名称|城乡居民养老保险补助|<|<|<|<
预算数（万元）|申报数|3200|批复数|3000|<
年度绩效目标|按时足额发放城乡居民基础养老金。|<|<|<|<
一级指标|二级指标|三级指标|申报指标值|审核指标值|审核意见
产出指标|数量指标|领取待遇人数|≥5.2万人|≥5.2万人|同意
成本指标|经济成本指标|基础养老金补助总额|≤3300万元|≤3000万元|核减
效益指标|社会效益指标|基本生活保障|有效保障|有效保障|同意
满意度指标|服务对象满意度指标|参保群众满意度|≥90%|≥90%|同意`,
    head: { budget: "3200" },
    findings: ["D6 cost-over-budget"],
  },
  {
    name: "a budget cell listing parts before its total (`中央资金200万元，省级资金100万元，合计300万元`): the total",
    table: `
项目名称|城乡环境整治|<|<|<
预算数|中央资金200万元，省级资金100万元，合计300万元|<|<|<
绩效目标|完成环境整治任务。|<|<|<
${REMEDIATION_ROWS}`,
    findings: [],
  },
  {
    name: "a budget cell listing parts and no total gives no certain budget (`省级补助资金100万元、市级配套200万元`)",
    table: `
项目名称|城乡环境整治|<|<|<
预算数|省级补助资金100万元、市级配套200万元|<|<|<
绩效目标|完成环境整治任务。|<|<|<
${REMEDIATION_ROWS}`,
    findings: [],
  },
  {
    name: "a budget row of last year's and this year's amounts: this year's",
    table: `
项目名称|城乡环境整治|<|<|<
预算数（万元）|上年预算|250|本年预算|300
绩效目标|完成环境整治任务。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300" },
    findings: [],
  },
  {
    name: "a budget row of the start-of-year and the adjusted amounts: the adjusted",
    table: `
项目名称|城乡环境整治|<|<|<
预算数（万元）|年初预算|200|调整后预算|300
绩效目标|完成环境整治任务。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300" },
    findings: [],
  },
  {
    name: "a budget row of parts and their total (`上年结转 | 60 | 本年安排 | 240 | 合计 | 300`): the total, and no part weighed",
    table: `
项目名称|城乡环境整治|<|<|<|<|<
预算数（万元）|上年结转|60|本年安排|240|合计|300
绩效目标|完成环境整治任务。|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标解释|备注|指标值确定依据
产出指标|数量指标|整治村庄数量|≥30个|||计划标准
成本指标|经济成本指标|整治工程成本|≤280万元|||预算支出标准
效益指标|社会效益指标|人居环境|明显改善|||计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|||历史标准`,
    head: { budget: "300" },
    findings: [],
  },
  {
    // A review of published tables (湖北 2020 自评表): each set's caption had been read as the goal `1(40分)`.
    name: "numbered, scored captions over each set (`年度绩效目标1(40分)`) are no goal; `进度指标` is 时效",
    table: `${SCORED_HEAD}
年度绩效目标1(40分)|<|<|<|<|<
一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分
产出指标|质量指标|监测数据必须合格|100%|100%|10
^|进度指标|取得监测资料|≤12月|12月|10
效益指标|社会效益指标|水土流失防治|有效防治|有效防治|10
满意度指标|服务对象满意度指标|整编资料审核|98%|98%|10
年度绩效目标2(40分)|<|<|<|<|<
一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分
产出指标|质量指标|监测数据资料整编|100%|100%|20
^|进度指标|完成年度资料上报|≤12月|12月|20
效益指标|社会效益指标|水土保持监测能力|提升|提升|10
满意度指标|服务对象满意度指标|资料使用单位满意度|≥95%|98%|10`,
    head: { name: "水土保持监测", budget: "10", goal: "-" },
    findings: [],
  },
  {
    // Twentieth session: the same caption without its number had been a goal label with a blank value, a false
    // "绩效目标为空" error.
    name: "a scored caption over a set without its number (`年度绩效目标(40分)` across): no goal, none missing",
    table: `${SCORED_HEAD}
年度绩效目标(40分)|<|<|<|<|<
一级指标|二级指标|三级指标|年初目标值(A)|实际完成值(B)|得分
产出指标|质量指标|监测数据必须合格|100%|100%|10
^|时效指标|完成年度资料上报|≤12月|12月|10
效益指标|社会效益指标|水土流失防治|有效防治|有效防治|10
满意度指标|服务对象满意度指标|整编资料审核|98%|98%|10`,
    head: { name: "水土保持监测", budget: "10", goal: "-" },
    findings: [],
  },
  {
    // A review of 2025 tables (山东 临邑): every level written with 值 for 指标. One note for the region's words, the
    // missing 满意度, the vague 时效 value and the old scheme's 成本 under 产出: each cause once.
    name: "levels written `产出值 | 数量值` (a region's words): read as their classes, one note for the words",
    table: `项目支出目标申报表|<|<|<|<
(2025年度)|<|<|<|<
项目名称|小学教育公用经费|<|<|<
项目主管部门|临邑县师范附属小学|<|<|<
项目资金申请(万元)|资金总额:|438.768|<|<
^|财政拨款:|438.768|<|<
^|其他:||<|<
项目总体情况|根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,主要用于学校教学与管理、校舍维修维护及日常办公等。|<|<|<
一级|二级|三级|年度数值|备注
产出值|数量值|小学就读人数|≤6962人|
^|质量值|教学条件改善、办学水平提高|=100%|
^|时效值|教育均衡化发展|有效|
^|成本值|义务教育小学生均公用经费|780元/生/年|
效益值|经济效益值|经费有效使用情况|=100%|
^|社会效益值|教学质量提高、办学条件改善|=100%|
^|生态效益值|安全情况|有效|
^|可持续影响值|学生受益情况|=100%|`,
    rows: [
      "产出值 | 数量值 | 小学就读人数 | ≤6962人",
      "产出值 | 质量值 | 教学条件改善、办学水平提高 | =100%",
      "产出值 | 时效值 | 教育均衡化发展 | 有效",
      "产出值 | 成本值 | 义务教育小学生均公用经费 | 780元/生/年",
      "效益值 | 经济效益值 | 经费有效使用情况 | =100%",
      "效益值 | 社会效益值 | 教学质量提高、办学条件改善 | =100%",
      "效益值 | 生态效益值 | 安全情况 | 有效",
      "效益值 | 可持续影响值 | 学生受益情况 | =100%",
    ],
    findings: ["A9 level1-missing", "A10 level1-unknown", "D12 timeliness-vague", "B13 level2-mismatch"],
  },
  {
    name: "a goal packed after its label opening with its number (`年度绩效目标1、完成…`) is still read",
    table: `项目名称|水土保持监测|<|<|<
预算数（万元）|10|<|<|<
年度绩效目标1、完成全年监测资料整编（40分）|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|质量指标|监测数据合格率|100%|计划标准
^|时效指标|资料上报时间|≤12月|计划标准
成本指标|经济成本指标|监测成本|≤10万元|预算支出标准
效益指标|社会效益指标|水土流失防治|有效防治|计划标准
满意度指标|服务对象满意度指标|使用单位满意度|≥95%|计划标准`,
    head: { goal: "1、完成全年监测资料整编（40分）" },
    findings: [],
  },
  {
    name: "a goal heading over a row of other head labels is a missing goal",
    table: `
项目名称|城乡环境整治|<|<|<
预算数（万元）|300|<|<|<
年度绩效目标|<|<|<|<
项目负责人|张三|联系电话|0731-1234567|<
${REMEDIATION_ROWS}`,
    findings: ["A3 field-missing"],
  },
  {
    name: "a 一级 repeated on each row of a new group whose 二级 is really missing: each row is incomplete",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|整治村庄数量|≥30个|计划标准
成本指标|经济成本指标|整治工程成本|≤10万元|预算支出标准
效益指标||人居环境|明显改善|计划标准
效益指标||村庄保洁覆盖率|≥95%|计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|历史标准`,
    findings: ["B7 indicator-incomplete", "B8 indicator-incomplete"],
  },
  {
    name: "two costs each named a total (`培训总成本`, `设备购置总成本`) are summed",
    table: `
项目名称|培训与设备项目|<|<|<
预算数（万元）|100|<|<|<
绩效目标|完成培训与设备购置。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人数|≥500人|计划标准
成本指标|经济成本指标|培训总成本|≤50万元|预算支出标准
^|^|设备购置总成本|≤60万元|预算支出标准
效益指标|社会效益指标|技能水平|提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|历史标准`,
    findings: ["D7 cost-over-budget"],
  },
  {
    name: "compact items whose one target is a phrase after the name (`国家安全意识：明显提升`)",
    table: `
项目名称（资金使用单位）|绩效目标|绩效指标
市委宣传部||
国家安全教育日宣传|开展宣传。|1、1-产出指标；11-数量指标；开展宣传活动场次：≥5场。2、2-效益指标；22-社会效益；国家安全意识：明显提升。3、3-满意度指标；31-服务对象满意度；群众满意度：≥90%。`,
    layout: "compact",
    rows: [
      "产出指标 | 数量指标 | 开展宣传活动场次 | P:- A:≥5场",
      "效益指标 | 社会效益 | 国家安全意识 | P:- A:明显提升",
      "满意度指标 | 服务对象满意度 | 群众满意度 | P:- A:≥90%",
    ],
    findings: [],
  },
  {
    name: "a compact list with an amount column (`项目金额（万元）`): the amount is the budget, and costs are weighed",
    table: `
单位名称|项目名称|项目金额（万元）|绩效目标|绩效指标
广州市某区教育局|学前教育补助|50|补助幼儿园。|1、1-产出指标；11-数量指标；补助幼儿人数；实施周期指标值:≥800人；年度指标值:≥800人。2、1-产出指标；14-成本指标；补助资金总额；实施周期指标值:≤80万元；年度指标值:≤80万元。3、2-效益指标；22-社会效益；覆盖率；实施周期指标值:≥85%；年度指标值:≥85%。4、3-满意度指标；31-服务对象满意度；家长满意度；实施周期指标值:≥90%；年度指标值:≥90%。`,
    layout: "compact",
    head: { name: "学前教育补助", budget: "50", goal: "补助幼儿园。" },
    findings: ["E2 cost-over-budget"],
  },
  {
    name: "last year's target beside this year's (`上年指标值 | 指标值`, 延续项目): history, never checked",
    table: `
项目名称|公共自行车运营维护|<|<|<
预算数（万元）|420|<|<|<
绩效目标|保障系统正常运营。|<|<|<
一级指标|二级指标|三级指标|上年指标值|指标值|指标值确定依据
产出指标|数量指标|新增电子围栏停车点|—|≥50个|计划标准
成本指标|经济成本指标|年度运营维护费|≤500万元|≤420万元|预算支出标准
效益指标|社会效益指标|日均骑行人次|1.8万人次|≥2万人次|历史标准
满意度指标|服务对象满意度指标|市民满意度|≥75%|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 新增电子围栏停车点 | ≥50个",
      "成本指标 | 经济成本指标 | 年度运营维护费 | ≤420万元",
      "效益指标 | 社会效益指标 | 日均骑行人次 | ≥2万人次",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "`上年度目标值 | 本年度目标值`: last year's column is history, this year's the target",
    table: `${HEAD}
一级指标|二级指标|三级指标|上年度目标值|本年度目标值|指标值确定依据
产出指标|数量指标|培训人次|/|≥500人次|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥75%|≥90%|历史标准`,
    rows: ["产出指标 | 数量指标 | 培训人次 | ≥500人次", "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%"],
    silent: ["value-missing", "value-unparseable", "satisfaction-threshold"],
  },
  {
    name: "a rolling plan's year columns (`2025年 | 2026年 | 2027年`): later years' costs are not weighed against this year's budget",
    table: `
项目名称|智慧城管平台运维|<|<|<|<
预算数（万元）|420|<|<|<|<
绩效目标|保障平台稳定运行。|<|<|<|<
一级指标|二级指标|三级指标|2025年|2026年|2027年|指标值确定依据
产出指标|数量指标|接入视频点位|≥3,000个|≥4,000个|≥5,000个|计划标准
成本指标|经济成本指标|平台运维费|≤420万元|≤480万元|≤520万元|预算支出标准
效益指标|社会效益指标|案件按期结案率|≥95%|≥96%|≥97%|历史标准
满意度指标|服务对象满意度指标|市民满意度|≥85%|≥88%|≥90%|历史标准`,
    findings: [],
  },
  {
    name: "stacked sets captioned `总体指标` / `年度指标` (区域 tables): two sets, the period's cost not weighed",
    table: `
区域绩效目标表|<|<|<
专项名称|重点生态保护修复治理资金|<|<
年度资金总额（万元）|50,000|<|<
总体目标|到2027年完成修复面积50万亩。|<|<
年度目标|2025年完成修复面积18万亩。|<|<
总体指标|<|<|<
${REGION_PERIOD_SET}
年度指标|<|<|<
${REGION_ANNUAL_SET}`,
    rows: REGION_ROWS,
    findings: [],
  },
  {
    name: "`三级指标 | 指标内容 | 指标值`: 指标内容 beside the names explains them; the names' defects are found",
    table: `
项目名称|秦岭生态环境保护专项|<|<|<|<
预算数（万元）|800|<|<|<|<
年度绩效目标|开展秦岭生态环境监测与执法检查。|<|<|<|<
一级指标|二级指标|三级指标|指标内容|指标值|度量单位
产出指标|数量指标|开展执法巡查次数|反映巡查次数|≥48|次
^|质量指标|问题整改销号率|反映整改情况|100|个
成本指标|经济成本指标|监测运维费用|反映成本|≤260|万元
^|^|执法巡查经费|反映成本|≤80|万元
效益指标|生态效益指标|生态环境质量|反映生态改善|持续改善|
满意度指标|服务对象满意度指标|周边群众满意度|反映满意情况|≤90|%`,
    rows: [
      "产出指标 | 数量指标 | 开展执法巡查次数 | ≥48",
      "产出指标 | 质量指标 | 问题整改销号率 | 100",
      "成本指标 | 经济成本指标 | 监测运维费用 | ≤260",
      "成本指标 | 经济成本指标 | 执法巡查经费 | ≤80",
      "效益指标 | 生态效益指标 | 生态环境质量 | 持续改善",
      "满意度指标 | 服务对象满意度指标 | 周边群众满意度 | ≤90",
    ],
    findings: ["F6 unit-mismatch", "E10 operator-direction"],
  },
  {
    name: "a placeholder in a region's column other than the first (`城区 | 郊区`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|<|指标值确定依据
^|^|^|城区|郊区|^
产出指标|数量指标|培训人次|≥500人次|≥XX人次|计划标准
效益指标|社会效益指标|技能提升|有效提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|≥90%|计划标准
成本指标|经济成本指标|培训经费|≤6万元|≤4万元|预算支出标准`,
    findings: ["E6 placeholder-unfilled"],
  },
  {
    name: "a county's own share (`其中：中央财政资金 | 省级财政资金 | 市县财政资金`, 福建) is a part of the sum",
    table: `
项目名称|农村公路提档升级|<|<|<|<|<
资金总额（万元）|4860|其中：中央财政资金|3240|省级财政资金|1080|市县财政资金
^|^|^|^|^|^|440
绩效目标|完成农村公路提档升级。|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<|<
产出指标|数量指标|提档升级里程|≥120公里|计划标准|<|<
成本指标|经济成本指标|项目总成本|≤4860万元|预算支出标准|<|<
效益指标|社会效益指标|群众出行条件|明显改善|计划标准|<|<
满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|计划标准|<|<`,
    head: { budget: "4860", fiscal: "3240" },
    findings: ["B2 budget-sum-mismatch"],
  },
  {
    name: "`指标方向 | 指标性质` where 指标性质 holds the signs (北京, 四川 exports): the signs are read",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标方向|指标性质|指标值|度量单位|指标值确定依据
产出指标|数量指标|维护路灯数量|正向|≥|32|万基|计划标准
成本指标|经济成本指标|单盏路灯年维护成本|反向|≥|580|元/盏|预算支出标准
效益指标|社会效益指标|夜间道路交通安全保障|正向|定性|有效保障||计划标准
满意度指标|服务对象满意度指标|市民满意度|正向|≤|85|%|计划标准`,
    findings: ["E6 operator-direction", "E8 operator-direction"],
  },
  {
    name: "money per 基, 餐, 车, 站 in the 计量单位 column is a unit price (`元/基`, `元/餐`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标性质|指标值|度量单位|指标值确定依据
产出指标|数量指标|维护路灯数量|≥|32|万基|计划标准
成本指标|经济成本指标|单基路灯年维护成本|≤|580|元/基|预算支出标准
^|^|老年助餐每餐补贴|≥|3|元/餐|预算支出标准
效益指标|社会效益指标|夜间出行安全|定性|有效保障||计划标准
满意度指标|服务对象满意度指标|市民满意度|≥|90|%|计划标准`,
    findings: ["D7 operator-direction"],
  },
  {
    name: "a county's own money after money from above broken down, and last year's carried over, are parts (the review)",
    table: `
项目名称|城市排水防涝设施建设|<|<|<
项目资金（万元）|年度资金总额|900|<|<
^|上级资金|500|<|<
^|其中：中央资金|300|<|<
^|省级资金|200|<|<
^|市县财政资金|300|<|<
^|上年结转|100|<|<
绩效目标|新建改造排水管网12公里。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|新建改造排水管网长度|≥12公里|计划标准
成本指标|经济成本指标|项目总成本|≤900万元|预算支出标准
效益指标|社会效益指标|城市内涝积水点|明显减少|计划标准
满意度指标|服务对象满意度指标|居民满意度|≥90%|计划标准`,
    head: { budget: "900", fiscal: "500" },
    findings: [],
  },
  {
    name: "a year beside a funds caption is no budget (`资金情况（万元） | 2025`)",
    table: besideCaption("2025|其中：财政拨款|150|其他资金|30", "≤180万元"),
    head: { budget: "-" },
    findings: [],
  },
  {
    name: "a round budget beside a funds caption is an amount, not a year (`资金情况（万元） | 2000`)",
    table: besideCaption("2000|其中：财政拨款|1800|其他资金|200", "≤2200万元"),
    head: { budget: "2000" },
    findings: ["D6 cost-over-budget"],
  },
  {
    name: "a level after money from above is the project's own where the sum says so (宁夏 区级 is from above; 内蒙古 旗县级 own)",
    table: `
项目名称|2025年西吉县高标准农田建设项目|<|<|<
项目资金（万元）|年度资金总额|1000|<|<
^|上级补助资金|900|<|<
^|其中：中央财政资金|600|<|<
^|区级财政资金|300|<|<
^|县级财政资金|100|<|<
绩效目标|新建高标准农田2万亩。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|新建高标准农田面积|≥2万亩|计划标准
成本指标|经济成本指标|亩均建设成本|≤500元/亩|预算支出标准
效益指标|经济效益指标|亩均粮食产能提高|≥100公斤|计划标准
满意度指标|服务对象满意度指标|受益农户满意度|≥90%|计划标准`,
    head: { budget: "1000", fiscal: "900" },
    findings: [],
  },
  {
    name: "a level inside 上级 taken as the project's own too would close a budget that counts it twice: the gap stays (all parts summed)",
    table: `
项目名称|城乡环境综合治理项目|<|<|<
项目资金（万元）|年度资金总额|1050|<|<
^|上级资金|700|<|<
^|其中：中央资金|500|<|<
^|省级资金|150|<|<
^|市级资金|50|<|<
^|县级资金|300|<|<
^|其他资金|0|<|<
绩效目标|完成20个村人居环境整治。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|整治村庄数量|≥20个|计划标准
成本指标|经济成本指标|单村整治补助|≤50万元/个|预算支出标准
效益指标|社会效益指标|村容村貌|明显改善|计划标准
满意度指标|服务对象满意度指标|村民满意度|≥90%|计划标准`,
    findings: ["C2 budget-sum-mismatch"],
  },
  {
    name: "a blank-header column of periods beside values that carry their units is no unit column (a 考核周期)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值||指标值确定依据
产出指标|数量指标|新建助餐点数量|≥20个|年|计划标准
^|质量指标|助餐点验收合格率|100%|年|行业标准
成本指标|经济成本指标|助餐点建设补助|≤6万元/个|月|预算支出标准
满意度指标|服务对象满意度指标|老年人满意度|≥90%|年|计划标准`,
    findings: ["A4 level1-missing"],
  },
  {
    name: "a region's value with a stray bracket (`城区 | 郊区`): text-artifact's, with its fix",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|<|指标值确定依据
^|^|^|城区|郊区|^
产出指标|数量指标|培训人次|≥500人次|≥300人次）|计划标准
效益指标|社会效益指标|技能提升|有效提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|≥90%|计划标准
成本指标|经济成本指标|培训经费|≤6万元|≤4万元|预算支出标准`,
    findings: ["E6 text-artifact"],
  },
  {
    name: "`指标性质 | 指标方向`: 指标性质 holds the kind (定量/定性), 指标方向 the comparator",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标性质|指标方向|指标值|度量单位|指标值确定依据
产出指标|数量指标|开展执法巡查次数|定量|≥|48|次|计划标准
^|质量指标|监测数据质量|定性|＝|达到国家标准||行业标准
效益指标|生态效益指标|生态环境质量|定性|＝|持续改善||计划标准
成本指标|经济成本指标|巡查经费|定量|≤|10|万元|预算支出标准
满意度指标|服务对象满意度指标|周边群众满意度|定量|≤|90|%|历史标准`,
    findings: ["E9 operator-direction"],
  },
  {
    name: "a 部门整体 table's task list with its money (`年度主要任务 | 任务名称 | 预算金额`): the budget is its 合计",
    table: `
部门整体支出绩效目标申报表|<|<|<|<|<
部门（单位）名称|某县卫生健康局|<|<|<|<
年度主要任务|任务名称|主要内容|预算金额（万元）|<|<
^|^|^|总额|财政拨款|其他资金
^|机关运行|保障机关正常运转|300|300|0
^|医疗机构能力建设|乡镇卫生院设备更新|800|800|0
^|合计|<|1,100|1,100|0
年度绩效目标|乡镇卫生院服务能力提升。|<|<|<|<
年度绩效指标|一级指标|二级指标|三级指标|指标值|<
^|产出指标|数量指标|更新乡镇卫生院设备台套数|≥120台（套）|<
^|成本指标|经济成本指标|设备更新支出|≤800万元|<
^|效益指标|社会效益指标|居民电子健康档案建档率|≥90%|<
^|满意度指标|服务对象满意度指标|居民满意度|≥85%|<`,
    head: { budget: "1,100", fiscal: "1,100", other: "0" },
    findings: [],
  },
  {
    name: "a task list's money with no 合计 row: no task's amount is the budget, and nothing is missing",
    table: `
部门整体支出绩效目标申报表|<|<|<|<
部门（单位）名称|某县卫生健康局|<|<|<
年度主要任务|任务名称|主要内容|预算金额（万元）|<
^|机关运行|保障机关正常运转|300|<
^|医疗机构能力建设|乡镇卫生院设备更新|800|<
年度绩效目标|乡镇卫生院服务能力提升。|<|<|<
年度绩效指标|一级指标|二级指标|三级指标|指标值
^|产出指标|数量指标|更新乡镇卫生院设备台套数|≥120台（套）
^|成本指标|经济成本指标|设备更新支出|≤800万元
^|效益指标|社会效益指标|居民电子健康档案建档率|≥90%
^|满意度指标|服务对象满意度指标|居民满意度|≥85%`,
    head: { budget: "-" },
    findings: [],
  },
  {
    name: "year columns (`2024年 | 2025年 | 2026年`) in a 2025 table: the table's year is the target, an earlier year history",
    table: `
2025年度项目支出绩效目标表|<|<|<|<|<|<
项目名称|城市公共自行车运营维护|<|<|<|<|<
预算数（万元）|420|<|<|<|<|<
绩效目标|保障公共自行车系统正常运营。|<|<|<|<|<
一级指标|二级指标|三级指标|2024年|2025年|2026年|指标值确定依据
产出指标|数量指标|运营站点数量|350个|≥380个|≥400个|计划标准
成本指标|经济成本指标|年度运营维护费|≤500万元|≤420万元|≤450万元|预算支出标准
效益指标|社会效益指标|日均骑行人次|1.8万人次|≥2万人次|≥2.2万人次|历史标准
满意度指标|服务对象满意度指标|市民满意度|75%|≥90%|≥60%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 运营站点数量 | ≥380个 +≥400个",
      "成本指标 | 经济成本指标 | 年度运营维护费 | ≤420万元 +≤450万元",
      "效益指标 | 社会效益指标 | 日均骑行人次 | ≥2万人次 +≥2.2万人次",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥90% +≥60%",
    ],
    findings: ["F9 satisfaction-threshold"],
  },
  {
    name: "a compact list with its amount column after the indicators (`绩效指标 | 项目金额（万元）`)",
    table: `
项目名称（资金使用单位）|绩效目标|绩效指标|项目金额（万元）
学前教育补助|补助幼儿园。|1、1-产出指标；11-数量指标；补助幼儿人数；实施周期指标值:≥800人；年度指标值:≥800人。2、1-产出指标；14-成本指标；补助资金总额；实施周期指标值:≤80万元；年度指标值:≤80万元。3、2-效益指标；22-社会效益；覆盖率；实施周期指标值:≥85%；年度指标值:≥85%。4、3-满意度指标；31-服务对象满意度；家长满意度；实施周期指标值:≥90%；年度指标值:≥90%。|50`,
    layout: "compact",
    head: { name: "学前教育补助", budget: "50" },
    findings: ["C2 cost-over-budget"],
  },
  {
    name: "remark rows whose text stands in the target column, or is prose naming 管理 or 质量, end the block",
    table: `
${REMARK_HEAD}
主管部门意见|<|<|同意|<
下一步工作计划|加强培训管理，提升培训质量。|<|<|<`,
    findings: [],
  },
  {
    name: "sign-off rows of who drew up and checked the table (`编制人：`, `分管领导：`, `负责人：`, `审核：`)",
    table: `
${REMARK_HEAD}
编制人：|张三|审核：|李四|<
分管领导：|<|部门负责人：|<|制表人：`,
    findings: [],
  },
  {
    name: "a page break of two lines (a footer, then `续表`) before the repeated header: one table",
    table: `
项目名称|某项目|<|<|<
预算数（万元）|150|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|评审项目数量|≥300个|计划标准
^|质量指标|评审差错率|≤1%|计划标准
第1页 共2页|<|<|<|<
续表|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
成本指标|经济成本指标|评审业务总成本|≤200万元|预算支出标准
效益指标|经济效益指标|审减率|≥8%|计划标准
满意度指标|服务对象满意度指标|项目单位满意度|≥90%|其他标准`,
    findings: ["D9 cost-over-budget"],
  },
  {
    name: "a target headed with a plan's word before 完成值 (`计划完成值 | 实际完成值`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|计划完成值|实际完成值|指标值确定依据
产出指标|数量指标|培训班期数|≥5期|6期|计划标准`,
    rows: ["产出指标 | 数量指标 | 培训班期数 | ≥5期"],
  },
  {
    name: "a self-assessment's funds table whose 全年预算数 total is blank: the budget is missing there",
    table: `
项目名称|某设备购置项目|<|<|<|<|<
项目资金（万元）||<|年初预算数|全年预算数|全年执行数|执行率
^|年度资金总额|<|200||176.5|98.06%
^|其中：财政拨款|<|200|180|176.5|—
^|其他资金|<||||—
年度总体目标|购置医疗设备12台。|<|<|<|<|<
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分
产出指标|数量指标|设备购置数量|12台|12台|30|30
成本指标|经济成本指标|设备购置成本|≤180万元|176.5万元|20|20
效益指标|社会效益指标|年诊疗人次|≥3万人次|3.2万人次|20|20
满意度指标|服务对象满意度指标|居民满意度|≥90%|93%|20|20`,
    findings: ["E3 field-missing"],
  },
  {
    name: "a `指标类别` column of 一级 words (`产出指标`, `成本指标`) is the 一级 column",
    table: `${HEAD}
指标类别|指标名称|指标值|计量单位|指标值确定依据
产出指标|新建助餐点数量|15|个|计划标准
成本指标|每餐补贴标准|≥3|元/人次|预算支出标准
效益指标|就餐便利度|明显提升||计划标准
满意度指标|就餐老年人满意度|≥90|%|历史标准`,
    rows: [
      "产出指标 | - | 新建助餐点数量 | 15",
      "成本指标 | - | 每餐补贴标准 | ≥3",
      "效益指标 | - | 就餐便利度 | 明显提升",
      "满意度指标 | - | 就餐老年人满意度 | ≥90",
    ],
    findings: ["C6 operator-direction"],
  },
  {
    name: "a 部门整体 table's `指标类别` of short 一级 words (`产出 | 效益 | 成本`) beside 部门职能 and 重点工作",
    table: `${HEAD}
部门职能|重点工作|指标类别|指标名称|指标值|指标值确定依据
公共文化服务|送戏下乡|产出|送戏下乡场次|≥120场|计划标准
^|^|效益|惠及群众人次|≥6万人次|历史标准
机关运转|基本支出|成本|机关运行经费|≥5万元|预算支出标准
^|^|满意度|群众满意度|≥90%|历史标准`,
    rows: [
      "产出 | - | 送戏下乡场次 | ≥120场",
      "效益 | - | 惠及群众人次 | ≥6万人次",
      "成本 | - | 机关运行经费 | ≥5万元",
      "满意度 | - | 群众满意度 | ≥90%",
    ],
    findings: ["E7 operator-direction"],
  },
  {
    name: "a `指标类别` column of 二级 words beside 一级 is the 二级 column",
    table: `${HEAD}
一级指标|指标类别|指标名称|指标值|指标值确定依据
产出指标|数量指标|培训人次|≥500人次|计划标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
成本指标|经济成本指标|培训经费|≤10万元|预算支出标准`,
    rows: [
      "产出指标 | 数量指标 | 培训人次 | ≥500人次",
      "效益指标 | 社会效益指标 | 技能提升 | 有效提升",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
      "成本指标 | 经济成本指标 | 培训经费 | ≤10万元",
    ],
    findings: [],
  },
  {
    name: "a `指标类型` column of 定量/定性 is still the value's type, no 一级",
    table: `${HEAD}
指标名称|指标类型|指标值|计量单位|指标值确定依据
培训人次|定量|≥500|人次|计划标准
技能提升|定性|有效提升||计划标准`,
    rows: ["- | - | 培训人次 | ≥500", "- | - | 技能提升 | 有效提升"],
    silent: ["level1-missing", "level1-unknown"],
  },
  {
    name: "区域 stacked sets with each set's goal right above its caption (`年度目标 | …` over `年度指标`): one table",
    table: `区域绩效目标表|<|<|<
专项名称|重点生态保护修复治理资金|<|<
年度资金总额（万元）|50,000|<|<
总体目标|到2027年完成修复面积50万亩。|<|<
总体指标|<|<|<
${REGION_PERIOD_SET}
年度目标|2025年完成修复面积18万亩。|<|<
年度指标|<|<|<
${REGION_ANNUAL_SET}`,
    rows: REGION_ROWS,
    head: { name: "重点生态保护修复治理资金", budget: "50,000" },
    findings: [],
  },
  ...["年度预算总额", "本年安排", "年度计划投资", "年度预算金额"].map((label): Case => ({
    name: `the year's budget labelled \`${label}\` beside 项目总投资, its parts on the row below`,
    table: `项目名称|城乡环境整治项目|<|<|<
项目总投资（万元）|500|<|${label}|300
其中：财政资金|300|<|其他资金|0
年度绩效目标|完成整治任务。|<|<|<
${REMEDIATION_ROWS}`,
    head: { name: "城乡环境整治项目", budget: "300", fiscal: "300", other: "0" },
    findings: [],
  })),
  {
    name: "a funds row of sources the words do not know (`资金总额 | 衔接资金 | 涉农整合资金 | 群众自筹`) over the amounts",
    table: `项目名称|城乡环境整治项目|<|<|<
资金总额|衔接资金|涉农整合资金|群众自筹|<
300|200|90|10|<
年度绩效目标|完成整治任务。|<|<|<
${REMEDIATION_ROWS}`,
    head: { name: "城乡环境整治项目", budget: "300" },
    findings: [],
  },
  ...["2.农业生产成本调查项目", "（二）生态效益监测项目", "3.群众满意度测评"].map((caption): Case => ({
    name: `a numbered project caption \`${caption}\` over the next project's head ends the table above`,
    table: `${REMARK_HEAD}
${caption}|<|<|<|<
项目名称|乙项目|<|<|<
预算数（万元）|20|<|<|<`,
    rows: REMARK_HEAD_ROWS,
    silent: ["level1-unknown", "unit-missing", "indicator-incomplete"],
  })),
  ...[
    ["unmerged, its text merged one column short", "年度绩效目标：||||", "完成整治任务。|<|<|<|"],
    ["merged across, its text merged one column short", "三、年度绩效目标|<|<|<|<", "完成整治任务。|<|<|<|"],
    ["unmerged, its text merged across", "年度绩效目标||||", "完成整治任务。|<|<|<|<"],
  ].map(([how, heading, text]): Case => ({
    name: `a goal heading alone on its row, ${how} (Word and PDF conversions)`,
    table: `项目名称|城乡环境整治项目|<|<|<
预算数（万元）|300|<|<|<
${heading}
${text}
${REMEDIATION_ROWS}`,
    head: { name: "城乡环境整治项目", budget: "300", goal: "完成整治任务。" },
    findings: [],
  })),
  {
    name: "a period's target beside the years' (`中期目标值 | 2025年 | 2026年 | 2027年`): the table's year is the year's",
    table: `2025年项目支出绩效目标表|<|<|<|<|<|<|<
项目名称|智慧城管平台运维|<|<|<|<|<|<
预算数（万元）|420|<|<|<|<|<|<
绩效目标|保障平台稳定运行。|<|<|<|<|<|<
一级指标|二级指标|三级指标|中期目标值|2025年|2026年|2027年|指标值确定依据
产出指标|数量指标|接入视频点位|≥5,000个|≥3,000个|≥4,000个|≥5,000个|计划标准
成本指标|经济成本指标|平台运维费|≤1,400万元|≤420万元|≤480万元|≤500万元|预算支出标准
效益指标|社会效益指标|案件按期结案率|≥97%|≥95%|≥96%|≥97%|历史标准
满意度指标|服务对象满意度指标|市民满意度|≥90%|≥85%|≥88%|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 接入视频点位 | P:≥5,000个 A:≥3,000个 +≥4,000个,≥5,000个",
      "成本指标 | 经济成本指标 | 平台运维费 | P:≤1,400万元 A:≤420万元 +≤480万元,≤500万元",
      "效益指标 | 社会效益指标 | 案件按期结案率 | P:≥97% A:≥95% +≥96%,≥97%",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | P:≥90% A:≥85% +≥88%,≥90%",
    ],
    findings: [],
  },
  {
    name: "years typed as numbers in the header (`2025 | 2026 | 2027`, as Excel stores them)",
    table: `2025年项目支出绩效目标表|<|<|<|<|<|<
项目名称|智慧城管平台运维|<|<|<|<|<
预算数（万元）|420|<|<|<|<|<
绩效目标|保障平台稳定运行。|<|<|<|<|<
一级指标|二级指标|三级指标|2025|2026|2027|指标值确定依据
产出指标|数量指标|接入视频点位|≥3,000个|≥4,000个|≥5,000个|计划标准
成本指标|经济成本指标|平台运维费|≤420万元|≤480万元|≤500万元|预算支出标准
效益指标|社会效益指标|案件按期结案率|≥95%|≥96%|≥97%|历史标准
满意度指标|服务对象满意度指标|市民满意度|≥85%|≥88%|≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 接入视频点位 | ≥3,000个 +≥4,000个,≥5,000个",
      "成本指标 | 经济成本指标 | 平台运维费 | ≤420万元 +≤480万元,≤500万元",
      "效益指标 | 社会效益指标 | 案件按期结案率 | ≥95% +≥96%,≥97%",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥85% +≥88%,≥90%",
    ],
    findings: [],
  },
  {
    name: "a fund's allocation table under the indicators (`资金分配 | 地区 | 金额（万元）`) is another block",
    table: `${REMARK_HEAD}
资金分配|地区|金额（万元）|分配依据|<
^|甲市|100|因素法|<
^|乙市|50|因素法|<`,
    rows: REMARK_HEAD_ROWS,
    silent: ["level1-unknown", "basis-type", "basis-missing"],
  },
  {
    name: "targets by quarter (`3月底 | 6月底 | 9月底 | 12月底`): the year's end is the target, the quarters checked beside",
    table: `项目名称|城市道路桥梁维护|<|<|<|<|<|<
预算数（万元）|800|<|<|<|<|<|<
绩效目标|完成市区道路桥梁日常养护。|<|<|<|<|<|<
一级指标|二级指标|三级指标|3月底|6月底|9月底|12月底|指标值确定依据
产出指标|数量指标|道路养护面积|≥100万平方米|≥250万平方米|≥400万平方米|≥500万平方米|计划标准
成本指标|经济成本指标|道路养护费用|≤160万元|≤360万元|≤600万元|≤800万元|预算支出标准
效益指标|社会效益指标|道路完好率|≥90%|≥90%|≥90%|≥90%|历史标准
满意度指标|服务对象满意度指标|市民满意度|≥85%|≥85%|≥90%|≥60%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 道路养护面积 | ≥500万平方米 +≥100万平方米,≥250万平方米,≥400万平方米",
      "成本指标 | 经济成本指标 | 道路养护费用 | ≤800万元 +≤160万元,≤360万元,≤600万元",
      "效益指标 | 社会效益指标 | 道路完好率 | ≥90% +≥90%,≥90%,≥90%",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥60% +≥85%,≥85%,≥90%",
    ],
    findings: ["G8 satisfaction-threshold"],
  },
  ...["年度预算执行率", "预算执行率(%)", "执行率（B/A）", "项目预算执行率"].map((label): Case => ({
    name: `a self-assessment's execution row \`${label}\` among the indicators is read past`,
    table: `${REMARK_HEAD}
${label}|||100%|`,
    rows: REMARK_HEAD_ROWS,
    silent: ["level1-unknown"],
  })),
  {
    name: "an execution block under the indicators, its label merged down over its amounts",
    table: `${REMARK_HEAD}
预算执行情况（万元）|全年预算数|全年执行数|执行率|<
^|150|140|93.3%|<`,
    rows: REMARK_HEAD_ROWS,
    silent: ["level1-unknown"],
  },
  {
    name: "a score total holding 指标 (`绩效指标得分`) and a group's subtotal (`满意度指标小计`) are no indicators",
    table: `${REMARK_HEAD}
满意度指标小计|<|<|20|<
绩效指标得分|<|<|90|<`,
    rows: REMARK_HEAD_ROWS,
    silent: ["level1-unknown"],
  },
  {
    name: "the unit beside the number under one header, one unit with a magnitude (`12 | 万人`)",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|<|指标值确定依据
产出指标|数量指标|维修养护工程数量|≥80|处|计划标准
^|^|受益人口|12|万人|计划标准
^|质量指标|工程验收合格率|100|%|计划标准
成本指标|经济成本指标|单处工程平均维修成本|≤1.6|万元/处|预算支出标准
效益指标|社会效益指标|农村供水保证率|≥95|%|历史标准
满意度指标|服务对象满意度指标|受益群众满意度|≥90|%|历史标准`,
    silent: ["unit-missing"],
  },
  ...["项目管理情况|管理规范，资金专款专用。", "项目自评结论|项目完成较好", "社会效益分析|带动就业明显"].map(
    (remark): Case => ({
      name: `a remark row whose label holds an indicator word (\`${remark.split("|")[0]}\`) ends the block`,
      table: `${REMARK_HEAD}
${remark}|<|<|<`,
      rows: REMARK_HEAD_ROWS,
      silent: ["level1-unknown"],
    }),
  ),
  {
    name: "湖南's 部门整体 funds head: a row of labels (`其他资金 | 基本支出 | 项目支出`) over a row of amounts",
    table: `部门（单位）名称|某县教育局|<|<|<|<|<|<
年度预算申请（万元）|资金总额|按收入性质分|<|<|<|按支出性质分|<
^|^|一般公共预算拨款|政府性基金拨款|纳入专户管理的非税收入拨款|其他资金|基本支出|项目支出
^|5,200|4,600|200|200|200|3,000|2,200
年度总体目标|保障全县中小学正常运转。|<|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<|<|<
产出指标|数量指标|保障在校学生人数|≥3.2万人|<|<|<|<
成本指标|经济成本指标|“三公”经费|≤30万元|<|<|<|<
满意度指标|服务对象满意度指标|家长满意度|≥90%|<|<|<|<`,
    head: { budget: "5,200", other: "200" },
    silent: ["budget-sum-mismatch"],
  },
  ...["部门预算（万元）", "部门年度预算", "支出预算总额（万元）", "年度部门预算数", "整体支出规模（万元）"].map(
    (label): Case => ({
      name: `a 部门整体 table's budget labelled \`${label}\``,
      table: `部门名称|某区市场监督管理局|<|<|<
${label}|3,600|<|<|<
年度总体目标|履行市场监管职能。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|食品抽检批次|≥1200批次|计划标准
成本指标|经济成本指标|机关运行经费|≤4,000万元|预算支出标准
效益指标|社会效益指标|食品安全抽检合格率|≥97%|历史标准
满意度指标|服务对象满意度指标|市场主体满意度|≥90%|历史标准`,
      head: { budget: "3,600" },
      findings: ["D6 cost-over-budget"],
    }),
  ),
  {
    name: "a funds block's `合计` under its caption (`项目资金（万元） | 合计 | 中央 | 省级`) is the budget",
    table: `项目名称|农村饮水安全巩固提升|<|<|<|<
项目资金（万元）|合计|中央|省级|市级|县级
^|1500|1000|300|100|100
年度绩效目标|完成农村饮水工程维修养护。|<|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "1500" },
    silent: ["cost-over-budget", "budget-sum-mismatch"],
  },
  {
    name: "a `资金来源 | 金额` table's `合计` is the budget, its sources the parts",
    table: `项目名称|农村饮水安全巩固提升|<|<|<
资金来源|金额（万元）|<|<|<
合计|280|<|<|<
中央资金|200|<|<|<
县级资金|80|<|<|<
年度绩效目标|完成农村饮水工程维修养护。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280", fiscal: "200" },
    silent: ["cost-over-budget", "budget-sum-mismatch"],
  },
  {
    name: "a `资金来源` row over its sources and `合计` over the amounts: the total, each source its own amount",
    table: `项目名称|某项目|<|<|<
资金来源|中央资金|省级资金|县级资金|合计
金额（万元）|160|80|40|280
年度绩效目标|完成整治。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280" },
    silent: ["budget-sum-mismatch", "cost-over-budget", "field-missing"],
  },
  {
    name: "a 部门整体 budget label over its sources and `合计` (`部门预算（万元） | 财政拨款 | 其他资金 | 合计`)",
    table: `部门名称|某局|<|<|<
部门预算（万元）|财政拨款|其他资金|合计|<
^|5000|200|5200|<
年度总体目标|履行职能。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "5200", fiscal: "5000", other: "200" },
    silent: ["budget-sum-mismatch", "field-missing"],
  },
  // The nineteenth session's head review: a prior year's column left of the year's, the budget from the year's `合计`
  // and the parts from the prior year's (an error suggesting a fix in last year's cell).
  ...[
    "上年度预算安排|本年度申请金额",
    "上年度预算数|本年度预算数",
    "上年度预算|本年度预算",
    "上年度资金|本年度资金",
    "以前年度预算|本年度预算",
    "2023年预算数|2024年预算数",
  ].map((headers): Case => ({
    name: `a prior year's column left of the year's (\`${headers}\`): the parts from the budget's column`,
    table: `项目支出绩效目标表（2024年度）|<|<|<
项目名称|某项目|<|<
资金来源（万元）|${headers}|<
合计|250|300|<
财政拨款|200|260|<
其他资金|50|40|<
年度绩效目标|完成整治。|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "260", other: "40" },
    findings: [],
  })),
  {
    name: "a prior year's column left of the year's, the year's parts short of its total: reported in the year's column",
    table: `项目支出绩效目标表（2024年度）|<|<|<
项目名称|某项目|<|<
资金来源（万元）|上年度预算数|本年度预算数|<
合计|250|300|<
财政拨款|200|240|<
其他资金|50|40|<
年度绩效目标|完成整治。|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "240", other: "40" },
    findings: ["C5 budget-sum-mismatch"],
  },
  {
    name: "a prior year's `上年度资金` column beside `本年度资金`, a `预算数` row under them: the year's column",
    table: `项目支出绩效目标表（2024年度）|<|<|<
项目名称|某项目|<|<
项目资金（万元）|上年度资金|本年度资金|<
预算数|250|300|<
其中：财政拨款|200|260|<
其他资金|50|40|<
年度绩效目标|完成整治。|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "260", other: "40" },
    findings: [],
  },
  // The nineteenth session's head review: sub-levels numbered or indented under a part (`2.市县资金` over `（1）市级资金`,
  // `（2）县级资金`) break it down; only the top level adds up to the budget.
  ...[
    ["numbered", "1.中央资金", "2.市县资金", "（1）市级资金", "（2）县级资金"],
    ["indented", "中央资金", "市县资金", "  市级资金", "  县级资金"],
    ["numbered in words", "一、中央资金", "二、市县资金", "1.市级资金", "2.县级资金"],
  ].map(([how, first, second, sub1, sub2]): Case => ({
    name: `sub-levels ${how} under a part (\`${second} | ${sub1}\`): the top level adds up to the budget`,
    table: `项目支出绩效目标表|<|<
项目名称|某项目|<
资金情况（万元）|年度资金总额|300
^|${first}|200
^|${second}|100
^|${sub1}|40
^|${sub2}|60
年度绩效目标|完成整治。|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "200" },
    findings: [],
  })),
  {
    name: "numbered sub-levels under a part, the top level short of the budget: reported, the sub-levels not counted",
    table: numberedFunds([180, 100, 40, 60]),
    head: { budget: "300", fiscal: "180" },
    findings: ["C3 budget-sum-mismatch"],
  },
  {
    name: "sub-levels that add up neither to their part nor with it to the budget: siblings or a breakdown, nothing said",
    table: numberedFunds([200, 60, 40, 0]),
    head: { budget: "300", fiscal: "200" },
    findings: [],
  },
  {
    // The nineteenth session's head review: the earlier year's column had been the budget, through the `合计` row.
    name: "two budget labels naming years and no year in the title (`2023年预算数 | 2024年预算数`): the later year's",
    table: `项目支出绩效目标表|<|<|<
项目名称|某项目|<|<
资金来源（万元）|2023年预算数|2024年预算数|<
合计|250|300|<
财政拨款|200|260|<
其他资金|50|40|<
年度绩效目标|完成整治。|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "260", other: "40" },
    findings: [],
  },
  // The nineteenth session's head review: a funds caption over `合计 | 财政拨款 | 其他资金` narrower than the table; the
  // last part had been read from the blank cell right of it, and `预算情况` was no caption (no budget read).
  ...["预算情况", "项目资金"].map((caption): Case => ({
    name: `\`${caption}（万元）\` over \`合计 | 财政拨款 | 其他资金\`, the table wider: each amount under its column`,
    table: `项目支出绩效目标表|<|<|<|<
项目名称|某项目|<|<|<
${caption}（万元）|合计|财政拨款|其他资金|
^|300|250|50|
年度绩效目标|完成整治。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "250", other: "50" },
    findings: [],
  })),
  {
    name: "`预算情况（万元）` over `合计 | 财政拨款 | 其他资金`, the parts short of the total: reported",
    table: `项目支出绩效目标表|<|<|<|<
项目名称|某项目|<|<|<
预算情况（万元）|合计|财政拨款|其他资金|
^|300|250|40|
年度绩效目标|完成整治。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "300", fiscal: "250", other: "40" },
    findings: ["C4 budget-sum-mismatch"],
  },
  {
    // The nineteenth session's head review: 300万元 had been weighed as 300元 against 3,000,000元.
    name: "the budget's label in 元, its parts' in 万元 (`预算数（元）` over `其中：财政资金（万元）`): the sum unweighed",
    table: `项目支出绩效目标表|<|<|<|<
项目名称|某项目|<|<|<
预算数（元）|3,000,000.00|<|<|<
其中：财政资金（万元）|300|<|<|<
其他资金（万元）|0|<|<|<
年度绩效目标|完成整治。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "3,000,000.00", fiscal: "300", other: "0" },
    findings: [],
  },
  {
    name: "budget labels naming years as column headers (`2024年预算数 | 2025年预算数`): the table year's, below it",
    table: `2024年度项目支出绩效目标表|<|<|<|<
项目名称|某项目|<|<|<
资金来源|2024年预算数|2025年预算数|2026年预算数|<
合计|280|300|320|<
财政拨款|280|300|320|<
年度绩效目标|完成整治。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280" },
    silent: ["budget-sum-mismatch", "cost-over-budget"],
  },
  {
    name: "a funds grid's `合计` row under its `年度资金总额` column header (湖北, 陕西, 宁夏 exports)",
    table: `项目名称|城区道路养护经费|<|<|<
项目资金（万元）||项目期资金总额|年度资金总额|<
^|合计|18000|280|<
^|其中：财政拨款|18000|280|<
^|其他资金|0|0|<
年度目标|完成城区道路日常养护|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280", fiscal: "280", other: "0" },
    silent: ["field-missing", "budget-sum-mismatch", "cost-over-budget"],
  },
  ...["当年申请金额", "本年申请数", "当年安排资金", "年度支出预算数", "本年度拟安排"].map((label): Case => ({
    name: `this year's amount in words the list lacks (\`${label}\`) ranks over \`项目总额\``,
    table: `项目名称|全民健身设施补短板工程|<|<|<
项目总额（万元）|2400|<|${label}（万元）|280
财政拨款|280|<|其他资金|0
年度绩效目标|支持建设社区体育公园20个|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280" },
    silent: ["budget-sum-mismatch", "cost-over-budget"],
  })),
  {
    name: "two opinions side by side, the second sealed (`项目单位意见 | 同意申报 | 主管部门意见（盖章）`)",
    table: `${REMARK_HEAD}
项目单位意见|<|同意申报|主管部门意见（盖章）|同意`,
    rows: REMARK_HEAD_ROWS,
    findings: [],
  },
  ...["主管部门意见（签字）", "主管部门审核意见（盖公章）", "主管部门意见（盖章）\\n2024年1月12日"].map(
    (second): Case => ({
      name: `two opinions side by side, the second \`${second}\``,
      table: `${REMARK_HEAD}
项目单位意见|<|同意申报|${second}|同意`,
      rows: REMARK_HEAD_ROWS,
      findings: [],
    }),
  ),
  {
    name: "two opinions side by side close the block (`项目单位意见 | 同意申报 | 主管部门意见`)",
    table: `${REMARK_HEAD}
项目单位意见|<|同意申报|主管部门意见|<`,
    rows: REMARK_HEAD_ROWS,
    findings: [],
  },
  {
    name: "a `资金来源 | 金额` table's total below a cost finds the cost above it",
    table: `项目名称|农村饮水安全巩固提升|<|<|<
资金来源|金额（万元）|<|<|<
合计|200|<|<|<
中央资金|200|<|<|<
年度绩效目标|完成农村饮水工程维修养护。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "200" },
    findings: ["D8 cost-over-budget"],
  },
  {
    name: "a part merged over its sources' amounts with no sub-labels (`财政拨款` over `1000 | 300 | 100 | 50`) is unread",
    table: `项目名称|边境小康村建设项目|<|<|<|<|<
项目资金（万元）|小计|财政拨款|<|<|<|其他资金
^|1500|1000|300|100|50|50
年度绩效目标|完成3个边境小康村基础设施建设。|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<|<
产出指标|数量指标|建设边境小康村数量|3个|<|<|<
成本指标|经济成本指标|边境小康村建设成本|≤1500万元|<|<|<
效益指标|社会效益指标|受益群众人数|≥2000人|<|<|<
满意度指标|服务对象满意度指标|受益群众满意度|≥90%|<|<|<`,
    head: { budget: "1500", other: "50", fiscal: "-" },
    silent: ["budget-sum-mismatch", "cost-over-budget"],
  },
  ...[
    "一级指标|二级指标|三级指标|建设期目标值|运营期目标值|指标值确定依据",
    "一级指标|二级指标|三级指标|建设期|运营期|指标值确定依据",
  ].map((header): Case => ({
    name: `专项债 targets by phase (\`${header.split("|")[3]} | ${header.split("|")[4]}\`): a row fills one, \`—\` the other`,
    table: `项目名称|县城集中供热管网建设项目|<|<|<|<
项目总投资（万元）|15000|<|年度预算数（万元）|6000|<
年度绩效目标|完成供热管网建设25公里。|<|<|<|<
${header}
产出指标|数量指标|新建供热管网|25公里|—|计划标准
^|质量指标|供热达标率|—|≥98%|行业标准
成本指标|经济成本指标|年度建设投资|≤6000万元||预算支出标准
效益指标|经济效益指标|年供热收入||≥3200万元|计划标准
满意度指标|服务对象满意度指标|用户满意度||≥90%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 新建供热管网 | 25公里",
      "产出指标 | 质量指标 | 供热达标率 | ≥98%",
      "成本指标 | 经济成本指标 | 年度建设投资 | ≤6000万元",
      "效益指标 | 经济效益指标 | 年供热收入 | ≥3200万元",
      "满意度指标 | 服务对象满意度指标 | 用户满意度 | ≥90%",
    ],
    findings: [],
  })),
  ...["2024年度预算数", "2024年预算", "2024年度资金需求", "本年（2024年）预算"].map((label): Case => ({
    name: `a budget label naming the table's year (\`${label}\`) beside 项目总投资 is the year's budget`,
    table: `2024年项目支出绩效目标表|<|<|<|<
项目名称|县城污水处理厂提标改造|<|<|<
项目总投资（万元）|500|<|${label}|280
其中：财政资金|280|<|其他资金|0
绩效目标|完成提标改造。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280", fiscal: "280" },
    silent: ["budget-sum-mismatch", "cost-over-budget"],
  })),
  {
    // Amended in the nineteenth session: two years and no table year had named no budget.
    name: "budget labels naming two years and no table year: the later year's (last year's beside it for comparison)",
    table: `项目名称|县城污水处理厂提标改造|<|<|<
2023年预算|200|<|2024年预算|280
绩效目标|完成提标改造。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280" },
  },
  {
    name: "budget labels naming three years and no table year name no budget (a plan over the coming years)",
    table: `项目名称|县城污水处理厂提标改造|<|<|<|<
2024年预算|280|2025年预算|300|2026年预算|320
绩效目标|完成提标改造。|<|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "-" },
  },
  {
    name: "a special bond's year under `年度资金需求（万元） | 合计 | 专项债券资金 | …`: the total under 合计",
    table: `项目名称|市中心医院新院区建设项目|<|<|<
项目资金（万元）|总投资|专项债券资金|财政预算资金|其他资金
^|120000|60000|50000|10000
年度资金需求（万元）|合计|专项债券资金|财政预算资金|其他资金
^|280|200|80|0
年度绩效目标|完成主体结构封顶。|<|<|<
${REMEDIATION_ROWS}`,
    head: { budget: "280" },
    silent: ["cost-over-budget"],
  },
  {
    name: "a three-year funds grid (`项目 | 合计 | 2025年 | 2026年 | 2027年`): the table year's column is the budget",
    table: `2025-2027年项目支出中期绩效目标表|<|<|<|<|<|<
项目名称|智慧城管平台运维|<|<|<|<|<
资金情况（万元）|项目|合计|2025年|2026年|2027年|<
^|预算数|1,380|420|460|500|<
^|其中：财政拨款|1,380|420|460|500|<
^|其他资金|0|0|0|0|<
资金支出计划（万元）|3月底|6月底|10月底|12月底|<|<
^|100|200|300|420|<|<
中期绩效目标|三年内建成覆盖全域的智慧城管平台。|<|<|<|<|<
一级指标|二级指标|三级指标|2025年|2026年|2027年|指标值确定依据
产出指标|数量指标|接入视频点位|≥3,000个|≥4,000个|≥5,000个|计划标准
成本指标|经济成本指标|平台运维费|≤600万元|≤460万元|≤500万元|预算支出标准
效益指标|社会效益指标|案件按期结案率|≥95%|≥96%|≥97%|历史标准
满意度指标|服务对象满意度指标|市民满意度|≥85%|≥88%|≥90%|历史标准`,
    head: { budget: "420", fiscal: "420", other: "0" },
    findings: ["D12 cost-over-budget"],
  },
  {
    name: "延续项目: last year's caption over `目标值 | 实际完成值` is history; this year's column is the target",
    table: `项目名称|就业补助资金|<|<|<|<|<
预算数（万元）|1500|<|<|<|<|<
年度绩效目标|开展职业培训，发放就业补贴。|<|<|<|<|<
一级指标|二级指标|三级指标|本年度指标值|上年度|<|指标值确定依据
^|^|^|^|目标值|实际完成值|^
产出指标|数量指标|职业技能培训人次|≥3200人次|≥3000人次|3215人次|历史标准
成本指标|经济成本指标|就业补助资金|≤1500万元|≤1800万元|1760万元|预算支出标准
效益指标|社会效益指标|城镇新增就业|≥1.3万人|≥1.2万人|1.31万人|历史标准
满意度指标|服务对象满意度指标|补贴对象满意度|≥90%|≥90%|93%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 职业技能培训人次 | ≥3200人次",
      "成本指标 | 经济成本指标 | 就业补助资金 | ≤1500万元",
      "效益指标 | 社会效益指标 | 城镇新增就业 | ≥1.3万人",
      "满意度指标 | 服务对象满意度指标 | 补贴对象满意度 | ≥90%",
    ],
    findings: [],
  },
  ...[
    "体彩公益金",
    "社会资本",
    "项目资本金",
    "企业出资",
    "投工投劳",
    "群众筹资",
    "东西部协作",
    "使用者付费",
    "车购税",
  ].map((source): Case => ({
    name: `a part in a sector's own words (\`${source}\`) down the parts' column: the parts read are not all`,
    table: `项目名称|全民健身工程|<|<|<
预算数（万元）|800|<|<|<
其中：财政拨款|500|<|<|<
${source}|300|<|<|<
绩效目标|新建全民健身路径30条。|<|<|<
${REMEDIATION_ROWS}`,
    silent: ["budget-sum-mismatch"],
  })),
  ...[
    `项目收益测算|年度|收入（万元）|运营成本（万元）|净收益（万元）
^|2025年|1800|600|1200
^|2026年|1850|610|1240`,
    `政府采购计划|采购品目|数量|单价（万元）|金额（万元）
^|高速扫描仪|4台|12|48
^|大幅面扫描仪|2台|18.5|37`,
    `债券还本付息计划（万元）|2025年|2026年|2027年|<
还本|0|500|500|<
付息|120|120|100|<`,
    `成本测算|项目|数量|单价（元）|金额（万元）
^|人员经费|12人|80000|96`,
  ].map((block): Case => ({
    name: `a table of figures under the indicators (\`${block.split("|")[0]}\`) ends the block`,
    table: `${REMARK_HEAD}
${block}`,
    rows: REMARK_HEAD_ROWS,
    findings: [],
  })),
  {
    name: "a table of figures under a numbered caption (`4.资金测算明细`)",
    table: `${REMARK_HEAD}
4.资金测算明细|项目|数量|单价（元）|金额（万元）
^|人员经费|12人|80000|96`,
    rows: REMARK_HEAD_ROWS,
    findings: [],
  },
  {
    name: "rows numbered in Chinese (`一 | 产出指标 | …`, `三 | ^ | ^ | 资金支出合规性 | 合规`) are indicators",
    table: `项目名称|某培训项目|<|<|<|<
预算数（万元）|50|<|<|<|<
序号|一级指标|二级指标|三级指标|指标值|计量单位
一|产出指标|数量指标|培训人数|100|人
二|^|质量指标|培训合格率|95|%
三|^|^|资金支出合规性|合规|
四|^|时效指标|完成时间|12月底|
五|成本指标|经济成本指标|人均培训成本|2000|元
六|效益指标|社会效益指标|就业率|80|%
七|满意度指标|服务对象满意度指标|学员满意度|90|%`,
    silent: ["level1-missing"],
  },
  {
    name: "a numbered row whose name and target are words (`3 | ^ | ^ | 培训方式 | 线上线下结合`) is an indicator",
    table: `项目名称|某培训项目|<|<|<
预算数（万元）|50|<|<|<
序号|一级指标|二级指标|三级指标|指标值
1|产出指标|数量指标|培训人数|≥100人
2|^|质量指标|培训合格率|≥95%
3|^|^|培训方式|线上线下结合
4|^|时效指标|完成时间|12月底
5|成本指标|经济成本指标|人均培训成本|≤2000元
6|效益指标|社会效益指标|就业率|≥80%
7|满意度指标|服务对象满意度指标|学员满意度|≥90%`,
    rows: [
      "产出指标 | 数量指标 | 培训人数 | ≥100人",
      "产出指标 | 质量指标 | 培训合格率 | ≥95%",
      "产出指标 | 质量指标 | 培训方式 | 线上线下结合",
      "产出指标 | 时效指标 | 完成时间 | 12月底",
      "成本指标 | 经济成本指标 | 人均培训成本 | ≤2000元",
      "效益指标 | 社会效益指标 | 就业率 | ≥80%",
      "满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥90%",
    ],
  },
  // Fifteenth session, a review of newer templates and the tables that sit beside target tables.
  {
    name: "a 绩效运行监控表: the forecast right of the year's target (`全年预计完成值`) is no target",
    table: `2025年项目绩效运行监控情况表|<|<|<|<|<|<|<
项目名称|福州市鼓楼区老年人助餐服务|<|<|预算数（万元）|180|<|<
一级指标|二级指标|三级指标|年度目标值|1-7月完成值|全年预计完成值|偏差|偏差原因
产出指标|数量指标|助餐服务人次|≥18万人次|9.5万人次|17|有偏差|老年食堂装修停业2个月
成本指标|经济成本指标|助餐补贴资金|≤180万元|86万元|180万元|无|
效益指标|社会效益指标|老年人就餐难问题|有效缓解|初步缓解|有效缓解|无|
满意度指标|服务对象满意度指标|就餐老人满意度|≥90%|—|—|无|年底开展调查`,
    rows: [
      "产出指标 | 数量指标 | 助餐服务人次 | ≥18万人次",
      "成本指标 | 经济成本指标 | 助餐补贴资金 | ≤180万元",
      "效益指标 | 社会效益指标 | 老年人就餐难问题 | 有效缓解",
      "满意度指标 | 服务对象满意度指标 | 就餐老人满意度 | ≥90%",
    ],
    findings: [],
  },
  {
    name: "one value column worded as the year's, the other not (`年度指标值 | 项目总目标值`): the other is the period's",
    table: `${HEAD}
一级指标|二级指标|三级指标|年度指标值|项目总目标值|指标值确定依据
产出指标|数量指标|维修供水管网长度|≥30公里|≥90公里|计划标准
成本指标|经济成本指标|管网维护成本|≤9万元|≤27万元|预算支出标准
效益指标|社会效益指标|供水保障率|≥98%|≥98%|计划标准
满意度指标|服务对象满意度指标|用水户满意度|≥90%|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 维修供水管网长度 | P:≥90公里 A:≥30公里",
      "成本指标 | 经济成本指标 | 管网维护成本 | P:≤27万元 A:≤9万元",
      "效益指标 | 社会效益指标 | 供水保障率 | P:≥98% A:≥98%",
      "满意度指标 | 服务对象满意度指标 | 用水户满意度 | P:≥90% A:≥90%",
    ],
    findings: [],
  },
  ...[
    ["周期指标值", "目标值"],
    ["项目总目标值", "指标值"],
    ["建设期目标值", "指标值"],
  ].map(([period, annual]) => ({
    // The session's review: beside a plain 指标值 the period's column had been read as the year's.
    name: `\`${period} | ${annual}\`: the period's set beside the year's`,
    table: `${HEAD}
一级指标|二级指标|三级指标|${period}|${annual}|指标值确定依据
产出指标|数量指标|建设示范村|≥30个|≥10个|计划标准
成本指标|经济成本指标|示范村建设投入|≤27万元|≤9万元|预算支出标准
效益指标|社会效益指标|村容村貌|明显改善|有所改善|计划标准
满意度指标|服务对象满意度指标|村民满意度|≥90%|≥90%|计划标准`,
    rows: [
      "产出指标 | 数量指标 | 建设示范村 | P:≥30个 A:≥10个",
      "成本指标 | 经济成本指标 | 示范村建设投入 | P:≤27万元 A:≤9万元",
      "效益指标 | 社会效益指标 | 村容村貌 | P:明显改善 A:有所改善",
      "满意度指标 | 服务对象满意度指标 | 村民满意度 | P:≥90% A:≥90%",
    ],
    findings: [],
  })),
  ...["原绩效目标|调整后绩效目标", "变更前指标值|变更后指标值", "原计划|调整后", "原批复指标值|调整后指标值"].map(
    (header) => ({
      // The session's review: more wordings of the target before the change.
      name: `a 绩效目标调整表 headed \`${header}\`: the old target is history`,
      table: `项目名称|南昌市青山湖区城市绿化养护|<|<|<|<
调整后预算数（万元）|520|<|<|<|<
一级指标|二级指标|三级指标|${header}|调整原因
产出指标|数量指标|养护绿地面积|≥260万平方米|≥230万平方米|部分绿地移交
成本指标|经济成本指标|绿化养护总成本|≤600万元|≤520万元|预算调减
效益指标|生态效益指标|城市绿化覆盖率|≥42%|≥42%|
满意度指标|服务对象满意度指标|市民满意度|≥85%|≥85%|`,
      findings: [],
    }),
  ),
  {
    name: "a 绩效目标调整表: the target before the change (`原指标值`, `调整前`) is replaced, never checked",
    table: `项目名称|南昌市青山湖区城市绿化养护|<|<|<|<
调整前预算数（万元）|600|<|调整后预算数（万元）|520|<
一级指标|二级指标|三级指标|原指标值|调整后指标值|调整原因
产出指标|数量指标|养护绿地面积|≥260万平方米|≥230万平方米|部分绿地移交
成本指标|经济成本指标|绿化养护总成本|≤600万元|≤560万元|预算调减
效益指标|生态效益指标|城市绿化覆盖率|≥42%|≥42%|
满意度指标|服务对象满意度指标|市民满意度|≥85%|≥85%|`,
    rows: [
      "产出指标 | 数量指标 | 养护绿地面积 | ≥230万平方米",
      "成本指标 | 经济成本指标 | 绿化养护总成本 | ≤560万元",
      "效益指标 | 生态效益指标 | 城市绿化覆盖率 | ≥42%",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥85%",
    ],
    findings: ["E5 cost-over-budget"],
  },
  ...[
    ["原指标值|调整后指标值", "", ""],
    ["调整前|调整后", "不变", "未调整"],
    ["原定指标值|调整后指标值", "无变化", ""],
  ].map(([header, same1, same2]) => ({
    // Sixteenth session: a row left as it was leaves its adjusted target blank, or says so; its target is the one
    // before the change (value-missing had been an error on each such row). `原定` beside `调整后` is the old one.
    name: `a 绩效目标调整表 headed \`${header}\`, unchanged rows marked \`${same1 || "（空）"}\`: their old target stands`,
    table: `项目名称|城乡居民健康体检|<|<|<|<
调整后预算数（万元）|80|<|<|<|<
一级指标|二级指标|三级指标|${header}|调整原因
产出指标|数量指标|体检人数|≥12000人|≥10000人|预算调减
^|质量指标|体检报告合格率|≥98%|≥95个|
^|时效指标|体检完成时间|2025年10月底前|${same1}|
成本指标|经济成本指标|体检费用|≤90万元|${same2}|
效益指标|社会效益指标|疾病早发现率|||
满意度指标|服务对象满意度指标|受检居民满意度|≥90%|${same1}|`,
    rows: [
      "产出指标 | 数量指标 | 体检人数 | ≥10000人",
      "产出指标 | 质量指标 | 体检报告合格率 | ≥95个",
      "产出指标 | 时效指标 | 体检完成时间 | 2025年10月底前",
      "成本指标 | 经济成本指标 | 体检费用 | ≤90万元",
      `效益指标 | 社会效益指标 | 疾病早发现率 | `,
      "满意度指标 | 服务对象满意度指标 | 受检居民满意度 | ≥90%",
    ],
    // The budget cut and the cost left as it was; a rate adjusted into 个; a row with neither target.
    findings: ["D7 cost-over-budget", "E5 unit-mismatch", "E8 value-missing"],
  })),
  {
    name: "score subtotal rows (`产出指标 | | | 50`, `| 数量指标 | | 20`) head their groups: no empty template rows",
    table: `${HEAD}
一级指标|二级指标|三级指标|分值|指标值|指标值确定依据
产出指标|||50||
^|数量指标||20||
^|^|食品安全抽检批次|20|≥3000批次|计划标准
成本指标|||10||
|经济成本指标|单批次抽检费用|10|≤650元/批次|预算支出标准
效益指标|社会效益指标|食品安全事件发生数|30|0起|历史标准
满意度指标|||10||
^|服务对象满意度指标|公众食品安全满意度|10|≥85%|历史标准
^|^|……|||`,
    rows: [
      "产出指标 | 数量指标 | 食品安全抽检批次 | ≥3000批次",
      "成本指标 | 经济成本指标 | 单批次抽检费用 | ≤650元/批次",
      "效益指标 | 社会效益指标 | 食品安全事件发生数 | 0起",
      "满意度指标 | 服务对象满意度指标 | 公众食品安全满意度 | ≥85%",
      "满意度指标 | 服务对象满意度指标 | …… | ",
    ],
    findings: ["C13 indicator-incomplete"],
  },
  {
    name: "a 二级 alone over a row with a 二级 of its own stays an empty template row",
    table: `${HEAD}
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|||
^|质量指标|验收合格率|100%|行业标准
效益指标|社会效益指标|技能提升|有效提升|计划标准
成本指标|经济成本指标|培训成本|≤8万元|预算支出标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准`,
    findings: ["C5 indicator-incomplete"],
  },
  {
    name: "the year's money beside a works project's whole (`项目总投资 | 48000`, `本年计划投资（万元） | 20000`)",
    table: `2025年度政府投资项目绩效目标表|<|<|<|<|<
项目名称|周口市中心城区排水防涝能力提升工程|<|项目单位|周口市城市管理局|<
建设期限|2024年3月至2026年6月|<|项目总投资（万元）|48000|<
截至上年底累计完成投资（万元）|15000|<|本年计划投资（万元）|20000|<
年度绩效目标|2025年完成雨水管网30公里、泵站改造2座。|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<
产出指标|数量指标|新建雨水管网|≥30公里|计划标准|<
成本指标|经济成本指标|本年度完成投资|≤25000万元|预算支出标准|<
效益指标|社会效益指标|内涝积水点消除率|≥60%|计划标准|<
满意度指标|服务对象满意度指标|市民满意度|≥90%|历史标准|<`,
    head: { budget: "20000" },
    findings: ["D8 cost-over-budget"],
  },
  ...["续上表", "接上页", "1/2"].map((footer) => ({
    // The second review: Word's and a PDF's page lines mid-block.
    name: `a page's line mid-block (\`${footer}\`), the rows going on below it: read past`,
    table: `项目名称|困难残疾人两项补贴|<|<|<
年度预算（万元）|960|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|生活补贴人数|≥3200人|计划标准
${footer}|<|<|<|<
成本指标|经济成本指标|补贴资金|≤1200万元|预算支出标准
效益指标|社会效益指标|基本生活保障水平|稳步提高|计划标准
满意度指标|服务对象满意度指标|受助残疾人满意度|≥90%|历史标准`,
    findings: ["D6 cost-over-budget"],
  })),
  ...["2024年项目支出绩效目标表", "2024年度项目支出绩效目标表"].map((title) => ({
    // Sixteenth session: a Word copy repeats the title on each page; the year in it had read as an annual set's
    // caption, and the 一级 of the row under it (blank, its merge cut by the page) as the title.
    name: `the table's title repeated mid-block (\`${title}\`), the rows going on below it: read past`,
    table: `${title}|<|<|<|<
项目名称|社区养老服务补助|<|<|<
预算数（万元）|100|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|服务老年人数|≥500人|计划标准
^|质量指标|服务合格率|≥95%|行业标准
${title}|<|<|<|<
|时效指标|补助发放及时率|≥98%|计划标准
成本指标|经济成本指标|补助资金|≤120万元|预算支出标准
满意度指标|服务对象满意度指标|老年人满意度|≥90%|其他标准`,
    rows: [
      "产出指标 | 数量指标 | 服务老年人数 | ≥500人",
      "产出指标 | 质量指标 | 服务合格率 | ≥95%",
      "产出指标 | 时效指标 | 补助发放及时率 | ≥98%",
      "成本指标 | 经济成本指标 | 补助资金 | ≤120万元",
      "满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥90%",
    ],
    findings: ["A4 level1-missing", "D9 cost-over-budget"],
  })),
  {
    name: "the table's own title and its header repeated on the next page: one table",
    table: `2024年项目支出绩效目标表|<|<|<|<
项目名称|社区养老服务补助|<|<|<
预算数（万元）|100|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|服务老年人数|≥500人|计划标准
2024年项目支出绩效目标表|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
|质量指标|服务合格率|≥95%|行业标准
成本指标|经济成本指标|补助资金|≤120万元|预算支出标准
效益指标|社会效益指标|老年人生活质量|明显提升|历史标准
满意度指标|服务对象满意度指标|老年人满意度|≥90%|其他标准`,
    rows: [
      "产出指标 | 数量指标 | 服务老年人数 | ≥500人",
      "产出指标 | 质量指标 | 服务合格率 | ≥95%",
      "成本指标 | 经济成本指标 | 补助资金 | ≤120万元",
      "效益指标 | 社会效益指标 | 老年人生活质量 | 明显提升",
      "满意度指标 | 服务对象满意度指标 | 老年人满意度 | ≥90%",
    ],
    findings: ["D9 cost-over-budget"],
  },
  ...["资金性质", "经费来源", "资金类别"].map((header) => ({
    // Sixteenth session: the funds table's column header in other templates' words.
    name: `a funds table headed \`${header} | 金额（万元）\` over \`合计 | 150\`: its total is the budget`,
    table: `项目名称|乡村道路养护|<|主管部门|交通运输局
${header}|金额（万元）|<|<|<
合计|150|<|<|<
其中：财政拨款|150|<|<|<
年度绩效目标|完成农村公路日常养护300公里|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|养护里程|≥300公里|计划标准
成本指标|经济成本指标|养护资金|≤180万元|预算支出标准
效益指标|社会效益指标|群众出行条件|明显改善|计划标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|历史标准`,
    head: { budget: "150" },
    findings: ["D8 cost-over-budget"],
  })),
  {
    // The second review: 科研's head names its grant alone; beside 财政资金 a batch is no budget.
    name: "a lone `资助经费（万元）` is the budget",
    table: `项目名称|2025年省自然科学基金面上项目|<|<|<
资助经费（万元）|30|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|发表论文|≥3篇|计划标准
成本指标|经济成本指标|研究经费|≤25万元|预算支出标准
效益指标|社会效益指标|研究成果转化|有效推进|计划标准
满意度指标|服务对象满意度指标|服务对象满意度|≥90%|计划标准`,
    head: { budget: "30" },
  },
  {
    // The third review: a 科研 project's whole beside its grant.
    name: "`项目总经费 | 100` beside `资助经费 | 60`: the whole is the budget",
    table: `项目名称|2025年省科技计划项目|<|<|<
项目总经费（万元）|100|资助经费（万元）|60|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|选育新品系|≥3个|计划标准
成本指标|经济成本指标|项目研究经费|≤100万元|预算支出标准
效益指标|经济效益指标|示范区亩均增产|≥8%|计划标准
满意度指标|服务对象满意度指标|示范农户满意度|≥90%|计划标准`,
    head: { budget: "100" },
    findings: [],
  },
  {
    // The third review: the other language first in each header cell; a row translated under each Chinese one.
    name: "a bilingual template with Korean first in its header cells, and an indicator row translated under its own",
    table: `项目名称|2025年延吉市朝鲜族民俗文化保护项目|<|<
年度预算（万元）|80|<|<
1급지표 一级指标|2급지표 二级指标|3급지표 三级指标|지표값 指标值
产出指标|数量指标|举办民俗文化活动|≥6场次
산출지표|수량지표|민속문화 행사 개최|≥6회
成本指标|经济成本指标|活动经费|≤90万元
效益指标|社会效益指标|民俗文化传承|有效推进
满意度指标|服务对象满意度指标|群众满意度|≥90%`,
    findings: ["D6 cost-over-budget"],
  },
  {
    name: "`本次下达资金` beside a `财政资金` of the head's own is no budget",
    table: `项目名称|农业产业发展资金|<|<|<
财政资金（万元）|1200|本次下达资金（万元）|400|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|发表论文|≥3篇|计划标准
成本指标|经济成本指标|研究经费|≤25万元|预算支出标准
效益指标|社会效益指标|研究成果转化|有效推进|计划标准
满意度指标|服务对象满意度指标|服务对象满意度|≥90%|计划标准`,
    head: { budget: "-", fiscal: "1200" },
  },
  {
    // The second review: a county's column named 原阳县 is a region's targets, no target before a change.
    name: "a region's column named `原阳县` holds targets",
    table: `资金名称|2024年农村饮水安全维修养护补助资金|<|<|<
年度资金总额（万元）|300|<|<|<
一级指标|二级指标|三级指标|原阳县|延津县
产出指标|数量指标|维修养护工程处数|≥20处|≥15处
成本指标|经济成本指标|维修养护补助资金|≤450万元|≤150万元
效益指标|社会效益指标|受益人口|≥8万人|≥7万人
满意度指标|服务对象满意度指标|受益群众满意度|≥90%|≥90%`,
    findings: ["D5 cost-over-budget"],
  },
  {
    // The session's review: a footer between pages, the rows going on below with no header repeated.
    name: "a page's footer mid-block (`- 1 -`), the table's rows going on below it: read past",
    table: `项目名称|困难残疾人两项补贴|<|<|<
年度预算（万元）|960|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|生活补贴人数|≥3200人|计划标准
- 1 -|<|<|<|<
成本指标|经济成本指标|补贴资金|≤1200万元|预算支出标准
效益指标|社会效益指标|基本生活保障水平|稳步提高|计划标准
满意度指标|服务对象满意度指标|受助残疾人满意度|≥90%|历史标准`,
    findings: ["D6 cost-over-budget"],
  },
  {
    // Fifteenth session: 新疆's bilingual template, each header and level word with its Uyghur beside it.
    name: "a bilingual template (Chinese and Uyghur in each header and level cell)",
    table: `项目名称|乌鲁木齐市社区卫生服务能力提升项目|<|<|<
预算数（万元）|120|<|<|<
一级指标 بىرىنچى دەرىجىلىك كۆرسەتكۈچ|二级指标 ئىككىنچى دەرىجىلىك كۆرسەتكۈچ|三级指标/ئۈچىنچى دەرىجىلىك كۆرسەتكۈچ|指标值|指标值确定依据
产出指标 مەھسۇلات كۆرسەتكۈچى|数量指标|更新设备社区卫生服务站数量|≥20个|计划标准
成本指标|经济成本指标|设备采购成本|≤200万元|预算支出标准
效益指标|社会效益指标|基层诊疗人次增长率|≥5%|历史标准
满意度指标|服务对象满意度指标|患者满意度|≥90%|行业标准`,
    findings: ["D5 cost-over-budget"],
  },
  {
    // 延边's: the header again in Korean on a row of its own.
    name: "a bilingual template's second header row, in Korean, under the Chinese one: read past",
    table: `${REMARK_HEAD.replace("一级指标|二级指标|三级指标|指标值|指标值确定依据", "一级指标|二级指标|三级指标|指标值|指标值确定依据\n1급지표|2급지표|3급지표|지표값|지표값 확정근거")}`,
    rows: REMARK_HEAD_ROWS,
    findings: [],
  },
  {
    name: "head labels with marks around them (`※项目名称`, `【预算数】`)",
    table: `※项目名称|某项目|<|<|<
【预算数】（万元）|150|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人数|≥100人|计划标准
效益指标|社会效益指标|群众知晓率|≥90%|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|计划标准
成本指标|经济成本指标|培训成本|≤180万元|预算支出标准`,
    head: { name: "某项目", budget: "150" },
    findings: ["D7 cost-over-budget"],
  },
  ...["第1页", "- 1 -", "续", "共2页"].map((footer) => ({
    // Fifteenth session: a short footer merged across the row had been read as an indicator (level1-unknown).
    name: `a short footer merged across the whole row (\`${footer}\`) ends the block`,
    table: `${REMARK_HEAD}
${footer}|<|<|<|<`,
    rows: REMARK_HEAD_ROWS,
    findings: [],
  })),
  {
    // Fifteenth session: the sub-header row had been read as a table of its own, and 指标内容 as the names.
    name: "三级指标 over `指标名称 | 指标内容`: one table, the names from 指标名称",
    table: `项目名称|沈阳市浑南区中小学课后服务经费|<|<|<|<|<
预算数（万元）|600|<|<|<|<|<
一级指标|二级指标|三级指标|<|指标值|分值|指标值确定依据
^|^|指标名称|指标内容|^|^|^
产出指标|数量指标|开展课后服务学校数|反映开展课后服务的学校数量|≥48所|20|计划标准
成本指标|经济成本指标|课后服务经费总额|反映项目总成本|≤650万元|10|预算支出标准
效益指标|社会效益指标|家长接送难问题缓解程度|反映课后服务的社会效益|明显缓解|20|其他标准
满意度指标|服务对象满意度指标|学生家长满意度|反映服务对象满意程度|≥90%|10|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 开展课后服务学校数 | ≥48所",
      "成本指标 | 经济成本指标 | 课后服务经费总额 | ≤650万元",
      "效益指标 | 社会效益指标 | 家长接送难问题缓解程度 | 明显缓解",
      "满意度指标 | 服务对象满意度指标 | 学生家长满意度 | ≥90%",
    ],
    findings: ["E6 cost-over-budget"],
  },
  {
    name: "`三级指标名称 | 三级指标内容`: the contents explain the names",
    table: `${HEAD}
一级指标|二级指标|三级指标名称|三级指标内容|指标值|指标值确定依据
产出指标|数量指标|道路清扫保洁面积|反映项目产出数量|≥520万平方米|计划标准
^|^|投入清扫车辆数|反映项目产出数量|≥60辆|计划标准
成本指标|经济成本指标|保洁服务费用|反映项目成本|≤9万元|预算支出标准
效益指标|生态效益指标|城区环境卫生状况|反映项目效益|持续改善|其他标准
满意度指标|服务对象满意度指标|市民满意度|反映服务对象满意程度|≥85%|历史标准`,
    rows: [
      "产出指标 | 数量指标 | 道路清扫保洁面积 | ≥520万平方米",
      "产出指标 | 数量指标 | 投入清扫车辆数 | ≥60辆",
      "成本指标 | 经济成本指标 | 保洁服务费用 | ≤9万元",
      "效益指标 | 生态效益指标 | 城区环境卫生状况 | 持续改善",
      "满意度指标 | 服务对象满意度指标 | 市民满意度 | ≥85%",
    ],
    findings: [],
  },
  // Twentieth session's head review: funds blocks and labels from 兵团, 广西, 芜湖, 陈仓, 四川, 宁夏 and 湘潭.
  {
    name: "a label the words do not know after a blank name (`项目名称 | | 项目类型 | 专项业务费`): the name is missing",
    table: `项目支出绩效目标申报表|<|<|<|<|<
项目名称||<|项目类型|专项业务费|<
主管部门|某县农业农村局|<|项目期|1年|<
预算数（万元）|5|<|<|<|<
年度目标|完成示范基地建设。|<|<|<|<
${SMALL_ROWS}`,
    head: { name: "", budget: "5" },
    findings: ["B2 field-missing"],
  },
  {
    name: "a blank name before `项目属性` and a unit before `项目期`, each label's value blank (广西)",
    table: `项目支出绩效目标申报表|<|<|<|<|<
项目名称||<|项目属性|新增项目|<
实施单位||<|项目期|1年|<
预算数（万元）|5|<|<|<|<
年度目标|完成示范基地建设。|<|<|<|<
${SMALL_ROWS}`,
    head: { name: "", budget: "5" },
    findings: ["B2 field-missing"],
  },
  {
    name: "a value past a blank cell that ends as no label does is still the value (`项目名称 | | 某某补助资金`)",
    table: `项目支出绩效目标申报表|<|<|<|<|<
项目名称|||示范基地建设补助资金|<|<
预算数（万元）|5|<|<|<|<
年度目标|完成示范基地建设。|<|<|<|<
${SMALL_ROWS}`,
    head: { name: "示范基地建设补助资金", budget: "5" },
    findings: [],
  },
  {
    name: "the year's request beside the project's whole, its own blank (`项目资金总额： | | 年度资金申请总额 | 5`, 兵团)",
    table: `绩效目标申报表|<|<|<|<
项目名称|保鲜库建设|<|<|<
资金情况 (万元)|项目资金总额:||年度资金申请总额|5
^|其中:财政资金||其中:当年财政拨款|5
年度目标|完成钢构主体安装。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "5", fiscal: "5" },
    findings: [],
  },
  {
    name: "the year's request beside the project's whole (`项目资金总额： | 10 | 年度资金申请总额 | 5`): the year's",
    table: yearBesideWhole(2),
    // The whole's 其中 (10, under it) is no part of the year's 5 = 3 + 2.
    head: { budget: "5", fiscal: "3" },
    findings: [],
  },
  {
    name: "the year's parts short of the year's request beside the project's whole are still weighed",
    table: yearBesideWhole(1),
    head: { budget: "5", fiscal: "3" },
    findings: ["E3 budget-sum-mismatch"],
  },
  {
    name: "`项目总预算 | 75.00 | 项目当年预算 | 25.00` (芜湖's 申报明细表): the year's, its sources under it",
    table: `项目支出绩效目标申报明细表|<|<|<|<
项目名称|特殊人群病种筛查经费|<|<|<
项目总预算(万元)|75.00|项目当年预算(万元)|25.00|<
项目资金来源情况(万元)|其中:上级财政补助资金|其中:同级财政资金|其他|<
^|0.00|25.00|0.00|<
年度目标|开展特殊人群病种筛查。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "25", fiscal: "25", other: "0" },
    findings: [],
  },
  {
    name: "a sources table's `资金总额` column with no 合计 row (陈仓): no budget is read, none is missing",
    table: `2020年省级财政水利发展资金绩效目标表|<|<|<|<
专项(项目)名称|农村饮水安全巩固提升工程专项|<|<|<
资金情况(万元)|资金来源|资金总额|<|<
^|其中:财政拨款|5|<|<
^|其他资金||<|<
总体目标|完成农村饮水工程。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "-", fiscal: "5" },
    findings: [],
  },
  {
    name: "a sources table's `资金总额` column over a `合计` row: its amount",
    table: `2020年省级财政水利发展资金绩效目标表|<|<|<|<
专项(项目)名称|农村饮水安全巩固提升工程专项|<|<|<
资金情况(万元)|资金来源|资金总额|<|<
^|合计|5|<|<
^|其中:财政拨款|5|<|<
^|其他资金||<|<
总体目标|完成农村饮水工程。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "5", fiscal: "5" },
    findings: [],
  },
  {
    name: "`年度资金总额 | 金额（万元）` over numbered sources and no total (四川 一体化): no budget, no source as it",
    table: `项目支出绩效目标申报表|<|<|<|<
项目名称|特困家庭再扶助|<|<|<
项目资金(万元)|年度资金总额|<|金额(万元)|<
^|(一)财政拨款小计|<|4.30|<
^|1、一般公共预算|<|4.30|<
^|2、政府性基金|<|0.00|<
^|(二)自有资金小计|<|0.00|<
^|(三)其他收入|<|0.00|<
年度目标|开展特困家庭再扶助。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "-" },
    findings: [],
  },
  {
    name: "`年度资金总额 | 金额（万元）` over a `合计` row: the amount right of it",
    table: `项目支出绩效目标申报表|<|<|<|<
项目名称|特困家庭再扶助|<|<|<
项目资金(万元)|年度资金总额|<|金额(万元)|<
^|合计|<|4.30|<
^|(一)财政拨款小计|<|4.30|<
^|(二)自有资金小计|<|0.00|<
年度目标|开展特困家庭再扶助。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "4.3" },
    findings: [],
  },
  {
    name: "`其中：中央财政补助 | 地方资金` under `年度资金总额` (宁夏's 自评): both parts, weighed",
    table: `专项(项目)名称|彩票市场调控资金|<|<|<|<
项目资金 (万元)||<|全年预算数|全年执行数|执行率
^|年度资金总额|<|5|4.7|94%
^|其中:中央财政补助|<|3|3|100%
^|地方资金|<|1|0.7|70%
^|其他资金|<||<|
年度目标|完成系统改版升级。|<|<|<|<
${SMALL_ROWS}`,
    head: { budget: "5", fiscal: "3" },
    findings: ["D3 budget-sum-mismatch"],
  },
  {
    // The session's own review: LABEL_LIKE had taken a name ending as labels may (分类) for the next label.
    name: "a name ending in 分类 merged to the row's end past a blank cell is the name, not the next label",
    table: `项目支出绩效目标申报表|<|<|<|<|<
项目名称||生活垃圾分类|<|<|<
项目资金(万元)|资金总额:|50|<|<|<
^|其中:财政拨款|50|<|<|<
年度目标|完成生活垃圾分类收运。|<|<|<|<
${SMALL_ROWS}`,
    head: { name: "生活垃圾分类", budget: "50" },
    findings: [],
  },
  {
    // The session's own review: a bare year right of 合计 is a column's header, no amount.
    name: "`项目资金 | 合计 | 2024` over `财政拨款 | 50`: the year is no total",
    table: `项目支出绩效目标申报表|<|<|<|<|<
项目名称|示范基地建设|<|<|<|<
项目资金(万元)|合计|2024|<|<|<
^|财政拨款|50|<|<|<
年度目标|完成示范基地建设。|<|<|<|<
${SMALL_ROWS}`,
    head: { budget: "-", fiscal: "50" },
    findings: [],
  },
  {
    // Twentieth session's sector review (广西 百色's 公开表): no budget had been read, and 财政 read "小计".
    name: "`项目资金 | 合计 | 1800` a row of its own, `一般公共预算拨款 | 小计 | 1800` under it: the total and the part",
    table: `2023年度预算项目绩效目标公开表|<|<|<|<|<|<
项目名称|学校办学补贴|<|<|<|<|<
项目资金 (万元)|合计|1800|<|<|<|<
^|一般公共预算拨款|小计|1800|<|<|<
^|^|市本级|1800|<|<|<
^|^|中央及自治区补助||<|<|<
^|政府性基金预算拨款||<|<|<|<
^|其他资金||<|<|<|<
年度绩效目标|根据协议支付合作办学经费。|<|<|<|<|<
${SMALL_ROWS}`,
    head: { budget: "1800", fiscal: "1800" },
    findings: [],
  },
  {
    name: "a funds cell packing the total and its parts a line each (湘潭): each line read, the sum weighed",
    table: `2024年项目绩效目标表|<|<|<|<
项目名称|雾炮车抑尘降尘服务|<|<|<
项目资金申请\\n(万元)|资金总额: 5\\n一、预算资金:4\\n二、自有资金:0\\n三、其他:0|<|<|<
年度目标|持续改善空气质量。|<|<|<
${SMALL_ROWS}`,
    head: { budget: "5", fiscal: "4", other: "0" },
    findings: ["B3 budget-sum-mismatch"],
  },
  {
    name: "a packed funds cell with a line the words do not know stays one value (its sum unweighed)",
    table: `2024年项目绩效目标表|<|<|<|<
项目名称|雾炮车抑尘降尘服务|<|<|<
项目资金申请\\n(万元)|资金总额: 5\\n一、预算资金:4\\n二、上级转入:0|<|<|<
年度目标|持续改善空气质量。|<|<|<
${SMALL_ROWS}`,
    head: { fiscal: "-" },
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

describe("reading: a list export whose two-row header puts 预算数 over 合计 | 财政拨款 | 其他资金", () => {
  const result = lintGrid(
    gridOf(`
序号|项目名称|预算数|<|<|年度绩效目标|绩效指标|<|<|<|<|<
^|^|合计|财政拨款|其他资金|^|一级指标|二级指标|三级指标|指标性质|指标值|指标值确定依据
合计||190|170|20||||||||
1|公共卫生服务项目|90|80|10|开展公共卫生服务。|产出指标|数量指标|建立居民健康档案|≥|12万份|计划标准
^|^|^|^|^|^|成本指标|经济成本指标|项目总成本|≤|100万元|预算支出标准
^|^|^|^|^|^|效益指标|社会效益指标|居民健康水平|定性|提高|计划标准
^|^|^|^|^|^|满意度指标|服务对象满意度指标|居民满意度|≥|90%|计划标准
2|妇幼保健项目|100|90|10|开展妇幼保健服务。|产出指标|数量指标|孕产妇管理人数|≥|3000人|计划标准
^|^|^|^|^|^|成本指标|经济成本指标|项目总成本|≤|100万元|预算支出标准
^|^|^|^|^|^|效益指标|社会效益指标|孕产妇健康水平|定性|提高|计划标准
^|^|^|^|^|^|满意度指标|服务对象满意度指标|孕产妇满意度|≥|90%|计划标准`),
  );

  test("each project is one list table (the caption 绩效指标 is no compact header) with the 合计 as its budget", () => {
    expect(result.tables.map((t) => [t.layout, t.name?.text, t.budget?.text, t.fiscal?.text, t.other?.text])).toEqual([
      ["flat", "公共卫生服务项目", "90", "80", "10"],
      ["flat", "妇幼保健项目", "100", "90", "10"],
    ]);
  });

  test("the budget is checked: the first project's cost above its 90 is the one finding", () => {
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["K5 cost-over-budget"]);
  });
});

describe("reading: a list whose two-row header has 一级 on its first row (`预算数` merged over its sub-columns there)", () => {
  const findings = (table: string) => lintGrid(gridOf(table)).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);

  test("the 合计 under the caption is each project's budget: a cost above it is found", () => {
    const result = lintGrid(
      gridOf(`项目名称|预算数（万元）|<|<|年度绩效目标|一级指标|二级指标|三级指标|指标值
^|合计|财政拨款|其他资金|^|^|^|^|^
农机安全宣传|20|20|0|开展宣传20场|产出指标|数量指标|宣传场次|≥20场
^|^|^|^|^|成本指标|经济成本指标|宣传费用|≤25万元
^|^|^|^|^|效益指标|社会效益指标|群众安全意识|明显提升
^|^|^|^|^|满意度指标|服务对象满意度指标|群众满意度|≥90%`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text, t.fiscal?.text, t.other?.text])).toEqual([
      ["农机安全宣传", "20", "20", "0"],
    ]);
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["I4 cost-over-budget"]);
  });

  test("sub-columns it does not know (`一般公共预算 | 政府性基金`) leave the parts' sum unweighed", () => {
    expect(
      findings(`项目名称|年度资金总额|<|<|<|年度绩效目标|一级指标|二级指标|三级指标|指标值
^|小计|一般公共预算|政府性基金|其他资金|^|^|^|^|^
公共卫生服务项目|100|70|20|10|开展公共卫生服务。|产出指标|数量指标|建立居民健康档案|≥12万份
^|^|^|^|^|^|成本指标|经济成本指标|项目总成本|≤100万元
^|^|^|^|^|^|效益指标|社会效益指标|居民健康水平|提高
^|^|^|^|^|^|满意度指标|服务对象满意度指标|居民满意度|≥90%`),
    ).toEqual([]);
  });
});

describe("reading: a list whose one money column is headed `项目资金` (天津, 浙江 lists)", () => {
  const result = lintGrid(
    gridOf(`2025年项目支出绩效目标表|<|<|<|<|<|<
项目名称|项目资金|年度绩效目标|一级指标|二级指标|三级指标|指标值
养老服务补贴|234|发放养老服务补贴。|产出指标|数量指标|补贴对象人数|≥1300人
^|^|^|成本指标|经济成本指标|补贴发放总额|≤300万元
^|^|^|效益指标|社会效益指标|老年人生活质量|有效提高
^|^|^|满意度指标|服务对象满意度指标|受益老人满意度|≥95%`),
  );

  test("the column is each project's budget, and a cost above it is found", () => {
    expect(result.tables.map((t) => t.budget?.text)).toEqual(["234"]);
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["G4 cost-over-budget"]);
  });
});

describe("reading: a list export's funds columns the checker does not know, and its ranked budget columns", () => {
  const findings = (table: string) => lintGrid(gridOf(table)).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);
  const INDICATORS = "保障城乡供水安全。|产出指标|数量指标|改造供水管网长度|≥20公里";

  test("a part it cannot name under the 预算数 caption (`政府性基金预算拨款`) leaves the sum unweighed", () => {
    const table = `
项目名称|预算数|<|<|<|<|年度绩效目标|绩效指标|<|<|<
^|合计|一般公共预算拨款|政府性基金预算拨款|财政专户管理资金|单位资金|^|一级指标|二级指标|三级指标|指标值
城乡供水保障项目|500|300|200|||${INDICATORS}`;
    expect(findings(table).filter((f) => f.includes("budget-sum-mismatch"))).toEqual([]);
  });

  test("a part it cannot name between known parts (`财政拨款 | 政府性基金 | 其他资金`) leaves the sum unweighed", () => {
    const table = `
项目名称|预算数|<|<|<|年度绩效目标|绩效指标|<|<|<
^|合计|财政拨款|政府性基金|其他资金|^|一级指标|二级指标|三级指标|指标值
城乡供水保障项目|100|70|20|10|${INDICATORS}`;
    expect(findings(table).filter((f) => f.includes("budget-sum-mismatch"))).toEqual([]);
  });

  test("known parts that disagree are still reported", () => {
    const table = `
项目名称|预算数|<|<|年度绩效目标|绩效指标|<|<|<
^|合计|财政拨款|其他资金|^|一级指标|二级指标|三级指标|指标值
城乡供水保障项目|100|70|20|${INDICATORS}`;
    expect(findings(table).filter((f) => f.includes("budget-sum-mismatch"))).toEqual(["C3 budget-sum-mismatch"]);
  });

  test("`财政拨款` over `小计 | 其中：中央 | 其中：省级` (贵州): `小计` is no amount (eighteenth session)", () => {
    const table = `项目支出绩效目标表|<|<|<|<|<|<
项目名称|就业帮扶车间项目|<|<|<|<|<
项目资金（万元）|合计|财政拨款|<|<|其他资金|<
^|^|小计|其中：中央|其中：省级|^|<
^|600|600|400|200|0|<
年度绩效目标|新建就业帮扶车间2个|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<|<
产出指标|数量指标|新建就业帮扶车间|2个|<|<|<
成本指标|经济成本指标|车间建设成本|≤600万元|<|<|<
效益指标|社会效益指标|带动就业人数|≥100人|<|<|<
满意度指标|服务对象满意度指标|务工群众满意度|≥90%|<|<|<`;
    const [read] = lintGrid(gridOf(table)).tables;
    expect(read.budget?.text).toBe("600");
    expect(read.fiscal?.text).not.toBe("小计");
    expect(findings(table)).toEqual([]);
  });

  test("a funds caption (`项目资金` over `合计 | 财政拨款 | 其他资金`): its 合计 is the budget (eighteenth session)", () => {
    const table = `
单位名称|项目名称|项目资金|<|<|年度绩效目标|一级指标|二级指标|三级指标|指标值
^|^|合计|财政拨款|其他资金|^|^|^|^|^
生态环境局|大气污染防治专项经费|800|300|500|完成20个监测站建设|产出指标|数量指标|监测站建设数量|20个
^|^|^|^|^|^|成本指标|经济成本指标|设备购置成本|≤900万元`;
    const [read] = lintGrid(gridOf(table)).tables;
    expect([read.budget?.text, read.fiscal?.text, read.other?.text]).toEqual(["800", "300", "500"]);
    expect(findings(table).filter((f) => f.includes("cost-over-budget"))).toEqual(["J4 cost-over-budget"]);
  });

  test("the caption's money unit (`预算数（元）` over `合计 | …`) is the budget's", () => {
    const table = `
项目名称|预算数（元）|<|<|年度绩效目标|绩效指标|<|<|<
^|合计|财政拨款|其他资金|^|一级指标|二级指标|三级指标|指标值
公共卫生服务项目|900000|800000|100000|${INDICATORS}
^|^|^|^|^|成本指标|经济成本指标|项目总成本|≤100万元`;
    expect(lintGrid(gridOf(table)).tables.map((t) => [t.budget?.text, t.moneyUnit])).toEqual([["900000", "元"]]);
    expect(findings(table).filter((f) => f.includes("cost-over-budget"))).toEqual(["I4 cost-over-budget"]);
  });

  test("two captions over 合计 | parts (`项目总投资` and `本年预算数`): the year's group is the budget and its parts", () => {
    const table = `
项目名称|项目总投资（万元）|<|<|本年预算数（万元）|<|<|年度绩效目标|绩效指标|<|<|<
^|合计|中央资金|地方资金|合计|财政拨款|其他资金|^|一级指标|二级指标|三级指标|指标值
污水处理厂提标改造|5000|3000|2000|800|600|200|完成主体工程。|产出指标|数量指标|新增处理规模|≥2万吨/日`;
    const [read] = lintGrid(gridOf(table)).tables;
    expect([read.budget?.text, read.fiscal?.text, read.other?.text, read.fundParts?.map((f) => f.text)]).toEqual([
      "800",
      "600",
      "200",
      ["600", "200"],
    ]);
  });

  test("a title row over a one-row header is no caption: a column it cannot name there leaves the sum weighed", () => {
    const table = `
2025年度部门项目支出绩效目标表|<|<|<|<|<|<|<|<|<
项目名称|预算数（万元）|财政拨款|其他资金|年度绩效目标|一级指标|二级指标|三级指标|指标值|主管部门
城乡供水保障项目|100|70|20|保障城乡供水安全。|产出指标|数量指标|改造供水管网长度|≥20公里|县水利局`;
    expect(findings(table).filter((f) => f.includes("budget-sum-mismatch"))).toEqual(["C3 budget-sum-mismatch"]);
  });

  test("`项目总投资 | 预算数`: the year's 预算数 is the budget, though the total investment stands first", () => {
    const table = `
项目名称|项目总投资（万元）|预算数（万元）|财政拨款（万元）|其他资金（万元）|年度绩效目标|一级指标|二级指标|三级指标|指标值
污水处理厂提标改造|5000|800|600|200|${INDICATORS}`;
    const result = lintGrid(gridOf(table));
    expect(result.tables.map((t) => t.budget?.text)).toEqual(["800"]);
    expect(findings(table).filter((f) => f.includes("budget-sum-mismatch"))).toEqual([]);
  });
});

describe("reading: a full list export's fields (six fund sources) and a spacer column among them", () => {
  const names = (table: string) => lintGrid(gridOf(table)).tables.map((t) => [t.name?.text, t.budget?.text]);
  const ROWS = `中职学校免学费补助|特定目标类|150|100|0|0|30|20|落实中职免学费政策。|产出指标|数量指标|免学费学生人数|≥1500人|计划标准
^|^|^|^|^|^|^|^|^|满意度指标|服务对象满意度指标|学生满意度|≥90%|其他标准
实训设备购置|特定目标类|80|50|30|0|0|0|购置实训设备一批。|产出指标|数量指标|购置设备台套数|≥40台套|计划标准
^|^|^|^|^|^|^|^|^|满意度指标|服务对象满意度指标|学生满意度|≥90%|其他标准`;

  test("项目名称 nine columns left of 一级 still heads one list of projects", () => {
    const table = `
项目名称|项目类别|预算数|一般公共预算|政府性基金预算|国有资本经营预算|财政专户管理资金|单位资金|年度绩效目标|一级指标|二级指标|三级指标|指标值|指标值确定依据
${ROWS}`;
    expect(names(table)).toEqual([
      ["中职学校免学费补助", "150"],
      ["实训设备购置", "80"],
    ]);
    expect(lintGrid(gridOf(table)).diagnostics.filter((d) => d.ruleId === "indicator-duplicate")).toEqual([]);
  });

  test("a blank spacer column between the fields, or before 一级, is read past", () => {
    const project = (
      name: string,
      budget: number,
    ) => `某某局|${name}||${budget}|开展工作。||产出指标|数量指标|开放设施数量|≥120个|计划标准
^|^||^|^||满意度指标|服务对象满意度指标|群众满意度|≥90%|行业标准`;
    const table = `
单位名称|项目名称||预算数|年度绩效目标||一级指标|二级指标|三级指标|指标值|指标值确定依据
${project("公共文化服务补助", 500)}
${project("古籍数字化经费", 80)}`;
    expect(names(table)).toEqual([
      ["公共文化服务补助", "500"],
      ["古籍数字化经费", "80"],
    ]);
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
      // "-" for a field not read at all.
      for (const [key, want] of Object.entries(c.head!))
        expect([key, table[key as "name"]?.text ?? "-"]).toEqual([key, want]);
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

test("a list export's subtotals (`小计`) between units, and a unit's subtotal row above its projects, are no projects", () => {
  const result = lintGrid(
    gridOf(`
单位名称|项目名称|资金总额|年度绩效目标|一级指标|二级指标|三级指标|指标值
某区司法局|小计|80|||||
^|人民调解经费|80|化解矛盾纠纷。|产出指标|数量指标|调解案件数|≥1500件
^|^|^|^|成本指标|经济成本指标|单件补贴标准|≤200元/件
^|^|^|^|效益指标|社会效益指标|民转刑案件发生数|0件
^|^|^|^|满意度指标|服务对象满意度指标|当事人满意度|≥90%
小计||80|||||
某区民政局|低保提标资金|400|提高低保标准。|产出指标|数量指标|低保对象人数|≥3000人
^|^|^|^|成本指标|经济成本指标|人均提标资金|≤1300元/人
^|^|^|^|效益指标|社会效益指标|困难群众基本生活|有效保障
^|^|^|^|满意度指标|服务对象满意度指标|低保对象满意度|≥120%
小计||400|||||
总计||480|||||`),
  );
  expect(result.tables.map((t) => `${t.name?.text} ${t.budget?.text} ${t.indicators.length}`)).toEqual([
    "人民调解经费 80 4",
    "低保提标资金 400 4",
  ]);
  // The defect planted past the first subtotal is found; nothing else is.
  expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["H11 percent-out-of-range"]);
});

test("one defect in both values of a compact item is two findings, each fixing its own slice", () => {
  const result = lintGrid(
    gridOf(`
项目名称|项目绩效目标|绩效指标
广州市某局|<|<
养老服务补贴|保障运行。|1、1-产出指标；12-质量指标：服务合格率；实施周期指标值:≥95%）；年度指标值:≥95%）。2、2-效益指标；22-社会效益指标：老人生活质量；实施周期指标值:提升；年度指标值:提升。3、3-满意度指标；31-服务对象满意度指标：老人满意度；实施周期指标值:≥90%；年度指标值:≥90%。`),
  );
  const artifacts = result.diagnostics.filter((d) => d.ruleId === "text-artifact");
  expect(artifacts).toHaveLength(2);
  const fixed = artifacts.map((d) => d.fix!.replacement);
  expect(fixed[0]).toContain("实施周期指标值:≥95%；年度指标值:≥95%）");
  expect(fixed[1]).toContain("实施周期指标值:≥95%）；年度指标值:≥95%。");
});

test("a compact project's packed cell split onto the next row (a PDF conversion) goes on with that project", () => {
  const result = lintGrid(
    gridOf(`
项目名称（资金使用单位）|绩效目标|绩效指标
信息化运维经费|保障局信息系统正常运行。|1、1-产出指标；11-数量指标；运维系统数量；实施周期指标值:9个；年度指标值:9个。2、1-产出指标；12-质量指标；系统正常运行率；实施周期指标值:≥99%；年度指标
项目名称（资金使用单位）|绩效目标|绩效指标
||值:≥99%。3、2-效益指标；22-社会效益；业务办理效率；实施周期指标值:提升；年度指标值:提升。4、3-满意度指标；31-服务对象满意度；用户满意度；实施周期指标值:≥90%；年度指标值:≥120%。
档案数字化经费|完成馆藏档案数字化。|1、1-产出指标；11-数量指标；档案数字化页数；实施周期指标值:≥50万页；年度指标值:≥50万页。2、2-效益指标；24-可持续影响；档案利用效率；实施周期指标值:提高；年度指标值:提高。3、3-满意度指标；31-服务对象满意度；查档群众满意度；实施周期指标值:≥90%；年度指标值:≥90%。`),
  );
  const read = (t: TargetTable) =>
    t.indicators.map((i) => `${i.name?.text}=${i.periodValue?.text}|${i.annualValue?.text}`);
  expect(result.tables.map((t) => t.name?.text)).toEqual(["信息化运维经费", "档案数字化经费"]);
  expect(read(result.tables[0])).toEqual([
    "运维系统数量=9个|9个",
    "系统正常运行率=≥99%|≥99%",
    "业务办理效率=提升|提升",
    "用户满意度=≥90%|≥120%",
  ]);
  // The one defect, at the continuation's cell; nothing for the split itself.
  expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["C4 percent-out-of-range"]);
});

test("a list project whose name opens with 小计 (`小计量器具强制检定补助`) is a project", () => {
  const result = lintGrid(
    gridOf(`
单位名称|项目名称|项目金额（万元）|一级指标|二级指标|三级指标|指标值
市市场监管局|小计量器具强制检定补助|45|产出指标|数量指标|检定计量器具数量|≥3000台件
^|^|^|成本指标|经济成本指标|检定补助成本|≤45万元
^|^|^|效益指标|社会效益指标|计量纠纷|减少
^|^|^|满意度指标|服务对象满意度指标|商户满意度|≥120%`),
  );
  expect(result.tables.map((t) => t.name?.text)).toEqual(["小计量器具强制检定补助"]);
  expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["G5 percent-out-of-range"]);
});

describe("reading: a list's title and unit line above its header (`2024年…绩效目标表`, `单位：元`)", () => {
  const read = (table: string) => lintGrid(gridOf(table)).tables.map((t) => [t.budget?.text, t.moneyUnit]);
  const costs = (table: string) =>
    lintGrid(gridOf(table))
      .diagnostics.filter((d) => d.ruleId === "cost-over-budget")
      .map((d) => d.cell);
  const LIST = (unitLine: string, budgetHeader: string) => `
2025年项目支出绩效目标|<|<|<|<|<|<
${unitLine}|<|<|<|<|<|<
项目名称|${budgetHeader}|年度绩效目标|一级指标|二级指标|三级指标|指标值
甲项目|3000000|开展服务。|产出指标|数量指标|服务人数|≥3000人
^|^|^|成本指标|经济成本指标|项目总成本|≤310万元
乙项目|5000000|开展服务。|产出指标|数量指标|服务人数|≥3000人
^|^|^|成本指标|经济成本指标|项目总成本|≤310万元`;

  test("a list export's amounts are in the unit line's unit", () => {
    const table = LIST("单位：元", "预算数");
    expect(read(table)).toEqual([
      ["3000000", "元"],
      ["5000000", "元"],
    ]);
    expect(costs(table)).toEqual(["G5"]);
  });

  test("`金额单位：元` says the same", () => {
    expect(costs(LIST("金额单位：元", "预算数"))).toEqual(["G5"]);
  });

  test("the budget column's own unit wins over the line's (`预算数（万元）` under `单位：元`)", () => {
    expect(read(LIST("单位：元", "预算数（万元）"))[0]).toEqual(["3000000", "万元"]);
  });

  test("the list's title gives each project its year: a name copied from 2021 is stale", () => {
    const table = LIST("单位：万元", "预算数")
      .replace("2025年项目支出绩效目标", "2024年部门项目支出绩效目标表")
      .replace(
        "乙项目|5000000|开展服务。|产出指标|数量指标|服务人数",
        "乙项目|300|开展服务。|产出指标|数量指标|2021年服务人数",
      );
    const found = lintGrid(gridOf(table)).diagnostics.filter((d) => d.ruleId === "stale-year");
    expect(found.map((d) => d.cell)).toEqual(["F6"]);
    expect(lintGrid(gridOf(table)).tables.map((t) => t.title?.text)).toEqual([
      "2024年部门项目支出绩效目标表",
      "2024年部门项目支出绩效目标表",
    ]);
  });

  test("a year line under the title (`（2024年度）`) says the same", () => {
    const table = LIST("（2024年度）", "预算数").replace(
      "乙项目|5000000|开展服务。|产出指标|数量指标|服务人数",
      "乙项目|5000000|开展服务。|产出指标|数量指标|2021年服务人数",
    );
    const found = lintGrid(gridOf(table)).diagnostics.filter((d) => d.ruleId === "stale-year");
    expect(found.map((d) => d.cell)).toEqual(["F6"]);
  });

  test("a compact list's amount column is in the unit line's unit", () => {
    const table = `
单位：元
项目名称|预算数|绩效目标|绩效指标
甲项目|3000000|开展服务。|1、1-产出指标；11-数量指标：服务人数；年度指标值:≥3000人。2、1-产出指标；14-成本指标：项目总成本；年度指标值:≤310万元。`;
    expect(read(table)).toEqual([["3000000", "元"]]);
    expect(costs(table)).toEqual(["D3"]);
  });
});

describe("reading: a compact list under a two-row header (`预算数` over `财政拨款 | 其他资金 | 合计`)", () => {
  const ITEMS =
    "1、1-产出指标；11-数量指标：建立居民健康档案；年度指标值:≥12万份。2、1-产出指标；14-成本指标：项目总成本；年度指标值:≤300万元。3、2-效益指标；22-社会效益：居民健康水平；年度指标值:提高。4、3-满意度指标；31-服务对象满意度：居民满意度；年度指标值:≥90%。";
  const LIST = `金额单位：万元
项目名称|预算数|<|<|绩效目标|绩效指标
^|财政拨款|其他资金|合计|^|^
基本公共卫生服务项目|250|50|300|开展基本公共卫生服务。|${ITEMS}
妇幼保健项目|150|30|180|开展妇幼保健服务。|${ITEMS}`;
  const read = (table: string) => lintGrid(gridOf(table)).tables.map((t) => [t.name?.text, t.budget?.text]);

  test("each project is read, with the 合计 column as its budget", () => {
    expect(read(LIST)).toEqual([
      ["基本公共卫生服务项目", "300"],
      ["妇幼保健项目", "180"],
    ]);
  });

  test("a cost above the total is found (the second project's 180)", () => {
    const found = lintGrid(gridOf(LIST)).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);
    expect(found).toEqual(["F5 cost-over-budget"]);
  });

  test("`项目金额` over `本年预算 | 其中：财政拨款`: 本年预算 is the budget", () => {
    const table = `项目名称|项目金额|<|绩效目标|绩效指标
^|本年预算|其中：财政拨款|^|^
基本公共卫生服务项目|300|250|开展基本公共卫生服务。|${ITEMS}`;
    expect(read(table)).toEqual([["基本公共卫生服务项目", "300"]]);
  });

  test("sub-columns with no total leave the budget unread", () => {
    const table = `项目名称|预算数|<|绩效目标|绩效指标
^|财政拨款|其他资金|^|^
基本公共卫生服务项目|250|50|开展基本公共卫生服务。|${ITEMS}`;
    expect(read(table)).toEqual([["基本公共卫生服务项目", undefined]]);
  });

  test("a window holding the second project alone finds its header above the header's second row", () => {
    const window = { top: 4, left: 0, bottom: 4, right: 5 };
    expect(lintGrid(gridOf(LIST), {}, window).tables.map((t) => [t.name?.text, t.budget?.text])).toEqual([
      ["妇幼保健项目", "180"],
    ]);
  });

  test("an edit in the second project re-checks as a full check does", () => {
    const grid = gridOf(LIST);
    const result = lintGrid(grid);
    const edited = { ...grid, values: grid.values.map((r) => [...r]) };
    edited.values[4][3] = "400";
    const changed = { top: 4, left: 3, bottom: 4, right: 3 };
    const again = recheck(edited, result, changed);
    const full = lintGrid(edited);
    const shown = (r: typeof full) => r.diagnostics.map((d) => `${d.cell} ${d.ruleId}`);
    expect(shown(again)).toEqual(shown(full));
    expect(shown(full)).toEqual([]);
  });
});

describe("reading: the names column under the words county templates head it with", () => {
  const table = (namesHeader: string, valueHeader = "指标值") => `项目名称|高素质农民培训|<|<|<
预算数|100|<|<|<
年度绩效目标|完成培训|<|<|<
一级指标|二级指标|${namesHeader}|${valueHeader}|指标值确定依据
产出指标|数量指标|培训人数|≥200人|计划标准
^|^|培训期数|≥4期|计划标准
成本指标|经济成本指标|培训费用|≤100万元|预算支出标准
效益指标|社会效益指标|农民技能水平|明显提升|其他标准
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|计划标准`;
  const names = (text: string) => lintGrid(gridOf(text)).tables.flatMap((t) => t.indicators.map((i) => i.name?.text));
  const NAMES = ["培训人数", "培训期数", "培训费用", "农民技能水平", "参训人员满意度"];

  test.each(["考核指标", "评价指标", "指标项", "明细指标", "第三级指标", "三级指标名", "指标名称及内容"])(
    "`%s` heads the names, right of 二级",
    (header) => {
      expect(names(table(header))).toEqual(NAMES);
      expect(lintGrid(gridOf(table(header))).diagnostics).toEqual([]);
    },
  );

  test("`预计完成值` heads the targets", () => {
    const result = lintGrid(gridOf(table("三级指标", "预计完成值")));
    expect(result.tables[0].indicators.map((i) => i.value?.text)).toEqual([
      "≥200人",
      "≥4期",
      "≤100万元",
      "明显提升",
      "≥90%",
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe("reading: rows the sheet hides (a template's unused rows, hidden rather than deleted)", () => {
  const table = `项目名称|养老服务|<|<|<
预算数（万元）|150|<|<|<
绩效目标|开展居家养老服务。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|服务老人数量|≥120人|计划标准
效益指标|经济效益指标|||
^|社会效益指标|老人生活质量|明显提升|计划标准
^|生态效益指标|||
^|可持续影响指标|示例：XX数量|≥XX|
成本指标|经济成本指标|服务成本|≤150万元|预算支出标准
满意度指标|服务对象满意度指标|服务对象满意度|≥90%|历史标准`;
  const hidden = { ...gridOf(table), hiddenRows: [5, 7, 8] };

  test("are read past: no finding on them, the rows around them read", () => {
    const result = lintGrid(hidden);
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
    expect(result.tables[0].indicators.map((i) => i.name?.text)).toEqual([
      "服务老人数量",
      "老人生活质量",
      "服务成本",
      "服务对象满意度",
    ]);
  });

  // Seventeenth session's review: the CLI's reader blanks hidden rows; in the head they are no gap either.
  test("hidden head rows, blank as the reader gives them, do not cut the head off its title", () => {
    const head = `2025年度养老服务项目绩效目标表|<|<|<|<
项目编码||||
||||
项目名称|养老服务|<|<|<
预算数（万元）|150|<|<|<
绩效目标|开展居家养老服务。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|服务老人数量|≥120人|计划标准
成本指标|经济成本指标|服务成本|≤150万元|预算支出标准
效益指标|社会效益指标|老人生活质量|明显提升|计划标准
满意度指标|服务对象满意度指标|服务对象满意度|≥90%|历史标准`;
    const grid = gridOf(head);
    grid.values[1] = grid.values[1].map(() => null);
    const result = lintGrid({ ...grid, hiddenRows: [1, 2] });
    expect(result.tables[0].title?.text).toBe("2025年度养老服务项目绩效目标表");
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
  });

  test("shown, the same rows are empty template rows and an example", () => {
    const rules = lintGrid(gridOf(table)).diagnostics.map((d) => d.ruleId);
    expect(rules).toContain("indicator-incomplete");
    expect(rules).toContain("placeholder-unfilled");
  });
});

describe("reading: funds and plans next to this session's readings stay as written", () => {
  const INDICATORS = `一级指标|二级指标|三级指标|指标值|计量单位|指标值确定依据
产出指标|数量指标|培训人数|≥100|人|计划标准
成本指标|经济成本指标|培训成本|≤50|万元|预算支出标准
效益指标|社会效益指标|就业率|≥80|%|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|%|计划标准`;
  const read = (head: string) => {
    const result = lintGrid(gridOf(`${head}\n${INDICATORS}`));
    const t = result.tables[0];
    return {
      budget: t.budget?.text,
      fiscal: t.fiscal?.text,
      findings: result.diagnostics
        .filter((d) => ["budget-sum-mismatch", "field-missing", "spend-plan-invalid"].includes(d.ruleId))
        .map((d) => `${d.cell} ${d.ruleId}`),
    };
  };

  test.each([
    [
      "a 合计 row last under 资金来源",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某培训项目|<|<|<|<
资金来源|金额（万元）|<|<|<|<
财政拨款|40|<|<|<|<
其他资金|10|<|<|<|<
合计|50|<|<|<|<`,
      "50",
      "40",
    ],
    [
      "a self-assessment's 合计 row last, under 全年预算数",
      `2023年度项目支出绩效自评表|<|<|<|<|<
项目名称|某培训项目|<|<|<|<
资金来源|年初预算数|全年预算数|全年执行数|执行率|<
财政拨款|10|30|28|93%|<
其他资金|20|20|20|100%|<
合计|30|50|48|96%|<`,
      "50",
      "30",
    ],
    [
      "a year as a head field's value (`预算年度 | 2024年`)",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某培训项目|<|<|预算年度|2024年
项目资金（万元）|年度资金总额|50|<|<|<
^|其中：财政拨款|40|<|<|<
^|其他资金|10|<|<|<`,
      "50",
      "40",
    ],
    [
      "a year line beside 填报单位",
      `2024年度项目支出绩效目标申报表|<|<|<|<|<
填报单位（盖章）：某县农业农村局|<|<|2024年度|<|单位：万元
项目名称|某培训项目|<|<|<|<
预算数|50|<|<|<|<`,
      "50",
      undefined,
    ],
    [
      "tasks whose text opens with 年度/本年度 (`年度安排幼儿园生均公用经费`)",
      `2024年度部门整体支出绩效目标表|<|<|<|<|<
部门名称|某区教育局|<|<|<|<
预算资金总额（万元）|3000|<|财政拨款|3000|<
年度主要任务|任务名称|主要内容|<|<|预算金额（万元）
^|学前教育|年度安排幼儿园生均公用经费|<|<|1200
^|义务教育|本年度安排学校运转经费|<|<|1800`,
      "3000",
      "3000",
    ],
    [
      "the table year's column beside a 合计 column (`合计 | 2024年 | 2025年`)",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某培训项目|<|<|<|<
项目资金（万元）|合计|2024年|2025年|2026年|<
^|150|50|50|50|<
资金支出进度计划（万元）|3月底|6月底|9月底|12月底|<
^|10|25|40|50|<`,
      "50",
      undefined,
    ],
    [
      "a row labelled 累计 under a plan that is no part of it",
      `2024年度专项债券项目绩效目标表|<|<|<|<|<
项目名称|某园区基础设施项目|<|<|<|<
本年度申请债券资金（万元）|50|<|项目总投资（万元）|1200|<
资金支出进度计划|3月底|6月底|9月底|12月底|<
^|20%|50%|80%|100%|<
截至上年底累计完成投资（万元）|500|<|累计已发行债券（万元）|200|<`,
      "50",
      undefined,
    ],
    [
      "a this-year label with its amount right of it (`本年申请金额（万元） | 50`) beside 总投资",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某污水管网项目|<|主管部门|某县住建局|<
总投资（万元）|500|<|本年申请金额（万元）|50|<
其中：财政资金|40|自筹资金|10|<|<`,
      "50",
      "40",
    ],
    ...["本年申请财政资金", "当年申请资金总额", "当年申请额度", "本年度申请补助资金"].map(
      (label): [string, string, string, string] => [
        `this year's money named \`${label}\``,
        `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某污水管网项目|<|<|<|<
总投资（万元）|500|<|${label}（万元）|50|<
财政资金|40|<|其他资金|10|<`,
        "50",
        "40",
      ],
    ),
    [
      "years as values between labels (`项目开始年度 | 2022年 | 项目完成年度 | 2024年`)",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某污水管网项目|<|主管部门|某县住建局|<
项目开始年度|2022年|<|项目完成年度|2024年|<
预算数（万元）|50|<|其中：财政拨款|40|<
^|^|<|其他资金|10|<`,
      "50",
      "40",
    ],
    [
      "a label and its amount under a funds grid by year",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某培训项目|<|<|<|<
资金情况|年度|2023年|2024年|2025年|<
^|金额（万元）|40|50|60|<
预算数（万元）|50|<|<|<|<`,
      "50",
      undefined,
    ],
    [
      "a plan's rows labelled in a second column (`^ | 计划支出金额`, `^ | 累计支出`)",
      `2024年度项目支出绩效目标表|<|<|<|<|<
项目名称|某培训项目|<|<|<|<
预算数（万元）|50|<|<|<|<
资金支出进度计划|项目|3月底|6月底|9月底|12月底
^|计划支出金额|10|15|15|10
^|累计支出|10|25|40|50`,
      "50",
      undefined,
    ],
    [
      "a task list's 合计 beside the head's own funds label (部门整体)",
      `2024年度部门整体支出绩效目标表|<|<|<|<|<
部门名称|某区教育局|<|<|<|<
年度预算|资金总额（万元）|财政拨款|其他资金|<|<
^|3000|3000|0|<|<
年度主要任务|任务名称|预算金额（万元）|主要内容|<|<
^|学前教育|1200|幼儿园运转|<|<
^|义务教育|1500|学校运转|<|<
合计|<|2700|<|<|<`,
      "3000",
      "3000",
    ],
  ])("%s", (_, head, budget, fiscal) => {
    const got = read(head);
    expect([got.budget, got.fiscal]).toEqual([budget, fiscal]);
    expect(got.findings).toEqual([]);
  });
});

describe("reading: a 政府购买服务 table's amount and a 专项（项目）名称 (重庆, transfer payments)", () => {
  const INDICATORS = `一级指标|二级指标|三级指标|指标值|指标解释
产出指标|数量指标|服务老年人数|≥2300人|反映覆盖人数
成本指标|经济成本指标|服务总成本|≤400万元|反映成本
满意度指标|服务对象满意度指标|服务对象满意度|≥90%|反映满意程度`;
  it("takes 部门预算数 over a 购买服务预算金额 above it: the purchase is one part of the money", () => {
    const result = lintGrid(
      gridOf(`某区民政局2025年度部门整体支出绩效目标表|<|<|<|<
部门名称|某区民政局|<|<|<
部门预算情况（万元）|购买服务预算金额|600|<|<
^|部门预算数|5200|<|<
年度目标|保障基本民生。|<|<|<
${INDICATORS}`),
    );
    expect(result.tables.map((t) => t.budget?.text)).toEqual(["5200"]);
    expect(result.diagnostics.filter((d) => d.ruleId === "cost-over-budget")).toEqual([]);
  });

  it("takes 购买服务金额 as the budget, so a cost above it is found", () => {
    const result = lintGrid(
      gridOf(`专项（项目）名称|社区居家养老上门服务|<|<|<
购买主体|渝北区民政局|<|承接主体|公开招标确定
购买服务金额（万元）|386.4|<|资金来源|一般公共预算
绩效目标|为不少于2300名特殊困难老年人提供居家上门服务。|<|<|<
${INDICATORS}`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text])).toEqual([["社区居家养老上门服务", "386.4"]]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.cell} ${d.ruleId}`)).toEqual([
      "D7 cost-over-budget",
    ]);
  });
});

describe("reading: a form's budget label against a page's unit line (thirteenth session, 吉林)", () => {
  const FORM = (unitLine: string, budgetLabel: string, budget: string) => `
2025年项目支出绩效目标表|<|<|<|<
填报单位：船营区交通运输局|<|<|${unitLine}|<
项目名称|船营区农村公路养护工程|<|<|<
${budgetLabel}|${budget}|其中：财政拨款|${budget}|<
年度绩效目标|完成农村公路日常养护里程320公里。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|养护农村公路里程|≥320公里|计划标准
成本指标|经济成本指标|养护工程总成本|≤200万元|预算支出标准
满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|历史标准`;
  const read = (table: string) => {
    const result = lintGrid(gridOf(table));
    const costs = result.diagnostics.filter((d) => d.ruleId === "cost-over-budget").map((d) => d.cell);
    return { units: result.tables.map((t) => t.moneyUnit), costs };
  };

  test("`预算数（万元）| 186` under `单位：元`: the label's bracket names its own cell's unit", () => {
    expect(read(FORM("单位：元", "预算数（万元）", "186"))).toEqual({ units: ["万元"], costs: ["D8"] });
  });

  test("`预算数（元）| 1,860,000.00` under `单位：万元`: 元, and a cost of 200万元 is above it", () => {
    expect(read(FORM("单位：万元", "预算数（元）", "1,860,000.00"))).toEqual({ units: ["元"], costs: ["D8"] });
  });

  test("a bare `预算数` takes the line's unit", () => {
    expect(read(FORM("单位：元", "预算数", "1860000"))).toEqual({ units: ["元"], costs: ["D8"] });
  });
});

test("reading: a 政府购买服务 table's name under `购买服务项目名称` (包头; thirteenth session)", () => {
  const result = lintGrid(
    gridOf(`2026年政府购买服务绩效目标表|<|<|<|<|<|<
单位：元|<|<|<|<|<|<
购买主体|包头市昆都仑区城市管理综合执法局|<|<|承接主体|包头市昆区环卫服务有限公司|<
购买服务项目名称|昆都仑区主次干道道路清扫保洁服务|<|<|购买服务金额|18600000|<
绩效目标|完成主次干道清扫保洁面积620万平方米。|<|<|<|<|<
一级指标|二级指标|三级指标|指标方向|指标值|计量单位|评分标准
产出指标|数量指标|清扫保洁面积|≥|620|万平方米|按完成比例得分
满意度指标|服务对象满意度指标|市民满意度|≥|90|%|按调查结果`),
  );
  expect(result.tables.map((t) => [t.name?.text, t.budget?.text, t.moneyUnit])).toEqual([
    ["昆都仑区主次干道道路清扫保洁服务", "18600000", "元"],
  ]);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("reading: a label's 万元 against a page's 元 line, decided by the amount (`预算数（万元）| 1860000` is 元)", () => {
  const result = lintGrid(
    gridOf(`2025年项目支出绩效目标表|<|<|单位：元|<
项目名称|城区道路照明维护项目|<|<|<
预算数（万元）|1860000|<|<|<
其中：财政资金（万元）|1860000|<|<|<
年度绩效目标|完成城区路灯维护。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|维护路灯数量|≥3000盏|计划标准
成本指标|经济成本指标|路灯维护成本|≤2000000元|预算支出标准
满意度指标|服务对象满意度指标|市民满意度|≥90%|历史标准`),
  );
  expect(result.tables.map((t) => t.moneyUnit)).toEqual(["元"]);
  expect(result.diagnostics.filter((d) => d.ruleId === "cost-over-budget").map((d) => d.cell)).toEqual(["D8"]);
});

test("reading: a sheet's heading that is a goal word (`项目绩效目标`) gives way to the filled `绩效目标` below", () => {
  const result = lintGrid(
    gridOf(`项目绩效目标|<|<|<|<|<
项目名称|基层公共文化服务运行保障|<|预算金额（万元）|268.4|<
绩效目标|保障免费开放，组织文化惠民演出和培训。|<|<|<|<
一级指标|二级指标|三级指标|指标性质|指标值|计量单位
产出指标|数量指标|文化惠民演出场次|≥|120|场
成本指标|经济成本指标|单场演出补助|≤|1.2|万元/场
效益指标|社会效益指标|文化惠民覆盖面|定性|持续扩大|
满意度指标|服务对象满意度指标|群众满意度|≥|90|%`),
  );
  expect(result.tables.map((t) => t.goal?.text)).toEqual(["保障免费开放，组织文化惠民演出和培训。"]);
  expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
});

test("reading: a compact list numbered and coded in full-width digits (东莞) reads four indicators, no finding", () => {
  const result = lintGrid(
    gridOf(`项目名称（资金使用单位）|绩效目标|绩效指标
东莞市水务局||
水土保持监督管理|开展监督检查。|１、１-产出指标；１１-数量指标：监督检查生产建设项目；指标值：≥300个。２、１-产出指标；１２-质量指标：问题整改率；指标值：100%。３、２-效益指标；２３-生态效益：水土保持率；指标值：≥92%。４、３-满意度指标；３１-服务对象满意度：建设单位满意度；指标值：≥85%。`),
  );
  expect(result.tables.map((t) => t.indicators.length)).toEqual([4]);
  expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
});

describe("reading: review mends of the thirteenth session's readings", () => {
  const HEAD = (label: string, amount: string) => `项目支出绩效目标表|<|<|<|<
填报单位：某县委组织部|<|<|单位：元|<
项目名称|村干部履职能力培训项目|<|<|<
${label}|${amount}|<|<|<
年度绩效目标|完成村干部履职能力培训任务。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训村干部人数|≥300人次|计划标准
成本指标|经济成本指标|培训成本|≤90000元|预算支出标准
满意度指标|服务对象满意度指标|参训人员满意度|≥90%|历史标准`;

  test("`预算数（万元）| 85000` under `单位：元`: the amount cannot tell, the larger unit (no false cost error)", () => {
    const result = lintGrid(gridOf(HEAD("预算数（万元）", "85000")));
    expect(result.tables.map((t) => t.moneyUnit)).toEqual(["万元"]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  test("an empty 项目名称 is still missing where a fund's name fills another label of its rank", () => {
    const table = HEAD("预算数（万元）", "9").replace(
      "项目名称|村干部履职能力培训项目|<|<|<",
      "项目名称||<|<|<\n专项资金名称|2025年中央财政衔接推进乡村振兴补助资金|<|<|<",
    );
    const result = lintGrid(gridOf(table));
    expect(result.diagnostics.filter((d) => d.ruleId === "field-missing").map((d) => d.cell)).toEqual(["B3"]);
  });
});

test("reading: a compact list's title gives its projects their year (广东), so a copied year is stale", () => {
  const result = lintGrid(
    gridOf(`2025年广州市工业和信息化局部门项目支出绩效目标表|<|<
单位：万元|<|<
项目名称（资金使用单位）|绩效目标|绩效指标
广州市无线电监测站||
无线电监测运维经费|保障无线电监测系统正常运行。|1、1-产出指标；11-数量指标：2021年度运维系统数量；实施周期指标值:5个；年度指标值:5个。2、2-效益指标；22-社会效益：无线电安全保障能力；实施周期指标值:提升；年度指标值:提升。3、3-满意度指标；31-服务对象满意度：服务对象满意度；实施周期指标值:≥90%；年度指标值:≥90%。`),
  );
  expect(result.tables.map((t) => t.title?.text)).toEqual(["2025年广州市工业和信息化局部门项目支出绩效目标表"]);
  expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["C5 stale-year"]);
});

describe("reading: a basis column the header marks optional (thirteenth session)", () => {
  const FLAT = (basisHeader: string, valueHeader = "*指标值") => `项目支出绩效目标表|<|<|<|<|<|<|<
项目名称|岳阳市岳阳楼区社区服务设施维护|<|<|<|<|<|<
预算数（万元）|60|<|财政资金|60|<|<|<
年度绩效目标|维护社区服务设施20处。|<|<|<|<|<|<
一级指标|二级指标|三级指标|指标值类型|${valueHeader}|*计量单位|*指标解释|${basisHeader}
产出指标|数量指标|维护设施数量|≥|20|处|反映维护数量|
成本指标|经济成本指标|维护总成本|≤|60|万元|反映成本|预算支出标准
满意度指标|服务对象满意度指标|居民满意度|≥|90|%|反映满意度|`;
  const basisFindings = (table: string) =>
    lintGrid(gridOf(table))
      .diagnostics.filter((d) => d.ruleId === "basis-missing")
      .map((d) => d.cell);

  test("unstarred beside starred columns, or `（选填）`: blank cells are no omission", () => {
    expect(basisFindings(FLAT("指标值确定依据"))).toEqual([]);
    expect(basisFindings(FLAT("指标值确定依据（选填）", "指标值").replace(/\*/g, ""))).toEqual([]);
  });

  test("starred, or in a header that stars nothing: each blank cell is missing", () => {
    expect(basisFindings(FLAT("*指标值确定依据"))).toEqual(["H6", "H8"]);
    expect(basisFindings(FLAT("指标值确定依据", "指标值").replace(/\*/g, ""))).toEqual(["H6", "H8"]);
  });

  test("`（必填）` in words marks as a star does (湖南): unmarked beside it optional, marked itself required", () => {
    const marked = (basisHeader: string) =>
      FLAT(basisHeader, "指标值（必填）").replace(/\*/g, "").replace("三级指标|", "三级指标（必填）|");
    expect(basisFindings(marked("指标值确定依据"))).toEqual([]);
    expect(basisFindings(marked("指标值确定依据（必填）"))).toEqual(["H6", "H8"]);
    expect(basisFindings(marked("指标值确定依据（非必填）"))).toEqual([]);
  });
});

describe("reading: budgets as province templates label them (thirteenth session)", () => {
  const budgetOf = (table: string) => lintGrid(gridOf(table)).tables.map((t) => [t.budget?.text, t.moneyUnit]);
  const INDICATORS = `一级指标|二级指标|三级指标|指标值|<|备注
产出指标|数量指标|服务常住人口数|≥15万人|<|
成本指标|经济成本指标|服务经费|≤600万元|<|
满意度指标|服务对象满意度指标|居民满意度|≥85%|<|`;

  test("the year's money beside a 延续项目's whole (`项目总金额 | 1350 | 本年度资金 | 450`)", () => {
    const table = `项目支出绩效目标申报表|<|<|<|<|<
项目名称|基本公共卫生服务项目|<|<|<|<
项目资金（万元）|项目总金额|1350|本年度资金|450|<
年度绩效目标|为辖区常住人口提供基本公共卫生服务。|<|<|<|<
${INDICATORS}`;
    expect(budgetOf(table)).toEqual([["450", "万元"]]);
  });

  test("a 一体化 funds block's `年度预算合计` over its sources is the total", () => {
    const table = `2026年省级项目支出绩效目标申报表|<|<|<|<|<
项目名称|山西省黄河流域生态保护修复|<|<|<|<
预算资金（万元）|年度预算合计|财政拨款|政府性基金|上年结转|其他
^|8000|5000|3000|0|0
绩效目标|完成黄河流域水土流失综合治理。|<|<|<|<
${INDICATORS}`;
    expect(budgetOf(table)).toEqual([["8000", "万元"]]);
  });

  test("a title that states the unit (`…绩效目标表（单位：元）`)", () => {
    const table = `2026年项目支出绩效目标表（单位：元）|<|<|<|<|<
项目名称|漳州市芗城区城市公园管养|<|预算数|5100000.00|<
年度绩效目标|完成城市公园日常管养。|<|<|<|<
${INDICATORS}`;
    expect(budgetOf(table)).toEqual([["5100000", "元"]]);
  });

  test("a title with its unit after it, unbracketed (`…绩效目标表 单位：元`)", () => {
    const table = `2026年项目支出绩效目标表 单位：元|<|<|<|<|<
项目名称：漳州市芗城区城市公园管养|<|<|<|预算数：5100000|<
年度绩效目标：完成城市公园日常管养。|<|<|<|<|<
${INDICATORS}`;
    expect(budgetOf(table)).toEqual([["5100000", "元"]]);
  });

  test("a budget under 1,000 under a page's `单位：元`, its label stating none, is in 万元 (`预算数 | 510`)", () => {
    const table = (unitLine: string, label: string) => `南宁市青秀区2025年项目支出绩效目标表${unitLine}|<|<|<|<|<
项目名称|青秀区市政道路管养|<|<|<|<
${label}|510|<|其中：财政资金|510|<
年度绩效目标|管养市政道路45公里。|<|<|<|<
${INDICATORS}`;
    expect(budgetOf(table("（单位：元）", "预算数"))).toEqual([["510", "万元"]]);
    // A 社区's 9,500元 慰问 project is real: four digits stay in 元.
    expect(budgetOf(table("（单位：元）", "预算数").replace(/\|510\|/g, "|9500|"))).toEqual([["9500", "元"]]);
    // The label's own unit is the officer's word for the cell beside it.
    expect(budgetOf(table("（单位：元）", "预算数（元）"))).toEqual([["510", "元"]]);
  });
});

test("reading: labels holding characters nobody sees (Word's soft hyphen, a zero-width space) read as written", () => {
  const result = lintGrid(
    gridOf(`项目支出绩效目标表|<|<|<|<
项目\u00ad名称|东城区食品安全专项整治|<|<|<
预算数\u200b（万元）|120|<|<|<
年度绩效目标|开展食品安全专项整治。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出\u00ad指标|数量指标|专项整治次数|≥4次|计划标准
成本指标|经济\u00ad成本指标|专项整治成本|≤150万元|预算支出标准
满意度指标|服务对象满意度指标|群众满意度|≥90%|历史标准`),
  );
  expect(result.tables.map((t) => [t.name?.text, t.budget?.text])).toEqual([["东城区食品安全专项整治", "120"]]);
  expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => `${d.cell} ${d.ruleId}`)).toEqual([
    "A5 level1-missing",
    "D7 cost-over-budget",
  ]);
});

test("reading: another table's title with a header of its own under it, the first table's title differing: two tables", () => {
  const result = lintGrid(
    gridOf(`2024年项目支出绩效目标表|<|<|<|<
项目名称|社区养老服务补助|<|<|<
预算数（万元）|100|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|服务老年人数|≥500人|计划标准
成本指标|经济成本指标|补助资金|≤90万元|预算支出标准
效益指标|社会效益指标|老年人生活质量|明显提升|历史标准
满意度指标|服务对象满意度指标|老年人满意度|≥90%|其他标准
2024年项目支出绩效目标表（二）|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|服务老年人数|≥1500人|计划标准`),
  );
  expect(result.tables.map((t) => [t.id, t.indicators.length])).toEqual([
    ["S!A1", 4],
    ["S!A9", 1],
  ]);
});
