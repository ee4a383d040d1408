/**
 * The words of a table's head block (spec §2, §7) and of the rows that end an
 * indicator block, as data. Head labels are compared in their bare form
 * (`headLabelKey`): half-width, no white space, without a `其中` or numbering
 * prefix (`其中：`, `1.`, `二、`), a trailing colon or a bracket note (`(万元)`,
 * `(A)`, `(盖章)`), so `其中：本年财政拨款`, `年度资金总额:` and
 * `预算数（万元）` all reach their word.
 */

export type HeadKey =
  | "code"
  | "name"
  | "budget"
  | "fiscal"
  | "other"
  | "purpose"
  | "spendPlan"
  | "goal"
  | "unitName"
  | "dept"
  | "period3"
  | "period6"
  | "period9"
  | "period10"
  | "period12";

interface HeadWord {
  key: HeadKey;
  words: readonly string[];
  /** Where a table has several labels of one key, the higher wins (an annual amount over a total). */
  rank?: number;
}

const HEAD_WORDS: readonly HeadWord[] = [
  { key: "code", words: ["项目编码", "项目代码", "项目编号"] },
  { key: "name", words: ["二级项目名称"], rank: 2 },
  {
    key: "name",
    words: [
      "项目名称",
      "项目支出名称",
      "专项名称",
      "专项资金名称",
      "资金名称",
      "项目(专项)名称",
      "专项(项目)名称",
      // Eighteenth session's review (provinces not tried before).
      "项目(资金)名称",
      "项目(政策)名称",
      "政策名称",
      "项目全称",
      "资金项目名称",
      "项目名",
      // A list whose first column names the unit on its own row and then each project (云南's exports); other
      // joinings: UNIT_AND_NAME below.
      "单位(项目)名称",
      // A 区域绩效目标表's (transfer payments).
      "转移支付(项目)名称",
      "转移支付名称",
      "转移支付项目名称",
    ],
  },
  // A 政府购买服务 table's amount (重庆 forms; twelfth session): the budget where no other label gives one; in a project
  // or 部门整体 form it is one part of the money, below 年度资金总额 or 部门预算数.
  { key: "budget", words: ["购买服务金额", "购买服务预算金额", "购买服务预算"], rank: 0 },
  {
    key: "budget",
    words: [
      "预算数",
      "年度预算数",
      "预算金额",
      "项目预算金额",
      "年度本级预算金额",
      "年度资金总额",
      "年度金额",
      "当年年度预算",
      "预算申报数",
      "转移支付预算数",
      "本年度申请市财政预算资金",
      "本年度预算数",
      "本年度预算",
      "本年预算数",
      "本年预算",
      "年度预算",
      "预算安排数",
      "全年预算数",
      "全年预算",
      "调整后预算数",
      "调整后预算",
      "当年预算",
      "当年预算数",
      // The year's money beside a 延续项目's whole (湖南, 湖北 申报表: `项目总金额 | 1350 | 本年度资金 | 450`).
      "本年度资金",
      "年度资金",
      "本年资金",
      "当年资金",
      "年度预算资金",
      "年度预算额",
      // The year's amount as county works and rural-revitalisation forms write it, beside a 项目总投资 (tenth session).
      "年度预算总额",
      "本年预算总额",
      "年度预算金额",
      "当年预算金额",
      "本年度预算金额",
      "本年预算金额",
      "本年安排",
      "本年度安排",
      "年度安排资金",
      "当年安排",
      "年度投资",
      "本年投资",
      "年度计划投资",
      "本年度计划投资",
      "当年投资计划",
      "年度投资计划",
      // 发改 and 住建 forms' year beside a 项目总投资 (fifteenth session), and the year's 经费.
      "本年计划投资",
      "本年计划完成投资",
      "本年度投资计划",
      "当年投资",
      "当年计划投资",
      "今年计划投资",
      "本年度建设资金",
      "年度经费",
      "本年度经费",
      // A department's year (部门整体 tables, eleventh session).
      "部门预算",
      "部门预算数",
      "部门年度预算",
      "年度部门预算",
      "年度部门预算数",
      "部门支出预算",
      "部门整体支出预算",
      "年度支出预算",
      "支出预算总额",
      "年度支出预算总额",
      // The year's amount of a special bond, a PPP project or a purchased service (eleventh session).
      "本年度申请债券资金",
      "本年申请债券资金",
      "年度债券资金",
      "本年度债券资金",
      "年度资金需求",
      "本年度资金需求",
      "本年度政府支出责任",
      "年度政府支出责任",
      "购买服务预算",
    ],
    rank: 3,
  },
  {
    key: "budget",
    words: [
      "资金总额",
      "项目资金总额",
      "项目金额",
      "项目总额",
      "申报金额",
      "项目总预算",
      "下达中央预算内投资",
      "项目总金额",
      // Other provinces' words (eighth session); not `项目资金`, a funds block's caption over `总额 | 财政拨款`.
      "预算资金",
      "项目预算",
      "项目预算数",
      "申请资金",
      "申请金额",
      "安排资金",
      "资金规模",
      "部门预算总额",
      "预算总额",
      "预算资金总额",
      "预算安排",
      "资金安排",
      "批复金额",
      "下达资金",
      "经费预算",
      "年度资金规模",
      "整体支出规模",
      // A 科研 or 文旅 project's whole beside its grant (`项目总经费 | 100 | 资助经费 | 60`: the third review).
      "项目总经费",
      "总经费",
      "经费总额",
      "预算总经费",
      // Not `补助金额` nor `资助金额` (often a rate per head), nor `本次下达资金` (one batch), nor, here, the rank-0 parts
      // below: fifteenth session's reviews.
    ],
    rank: 2,
  },
  { key: "budget", words: ["总额", "项目总投资", "总投资", "合计金额"], rank: 1 },
  // Parts that are the budget only where the head names nothing else, not even a funds caption's or 合计's amount
  // (科研's lone `资助经费（万元） | 30`; fifteenth session's second review): beside `项目资金（万元） | 1200` they are a
  // part, a batch or money received so far.
  { key: "budget", words: ["资助经费", "本年到位资金"], rank: 0 },
  {
    key: "name",
    // A 政府购买服务 table's name (包头; thirteenth session).
    words: ["购买服务项目名称", "政府购买服务项目名称"],
  },
  {
    key: "fiscal",
    words: [
      "财政资金",
      "财政拨款",
      "本年财政拨款",
      "当年财政拨款",
      "财政拨款资金",
      // 乌海's `其中: 财政拨款数 | 3` (twenty-first session): the amount's label with 数, as 预算数 is.
      "财政拨款数",
      "本年财政拨款数",
      "财政资金数",
      "中央补助",
      "中央资金",
      "中央补助资金",
      "中央财政",
      "中央补助安排",
      // 宁夏's 自评 (`其中：中央财政补助 | 地方资金 | 其他资金`) and 芜湖's 申报明细表 (`其中：上级财政补助资金 | 其中：同级财政
      // 资金 | 其他`): unread, the sum had gone unweighed (twentieth session's head review).
      "中央财政补助",
      "中央财政补助资金",
      "上级财政补助",
      "上级财政补助资金",
      "同级财政资金",
      // 发改's central investment beside a works project's 总投资 (sixteenth session: above the whole, it had not been
      // weighed). `下达中央预算内投资` alone is the budget (above).
      "中央预算内投资",
      "中央预算内资金",
      "中央预算内投资资金",
      "省级资金",
      "省级财政",
      "省级财政安排",
      "市级资金",
      "市级财政",
      "市级财政安排",
      "区级资金",
      "县级资金",
      "本级资金",
      "本级财政",
      "上级资金",
      "上级财政资金",
      "上级补助",
      "中央、省、市补助",
      // A 直辖市's two levels (重庆 忠县's 转移支付 自评表, twentieth session).
      "中央、市级补助",
      "中央、市补助",
      "地方资金",
      "财政专户管理资金",
      "上年结转资金",
      "上年结转",
      // The 区域 templates' and counties' words (tenth session).
      "中央财政资金",
      "省级财政资金",
      "地方财政资金",
      "本级财政资金",
      "上级补助资金",
      "市县资金",
      "市县级资金",
      // Parts by level of government in 衔接资金 and 民族地区 tables (fourteenth session: 云南, 宁夏, 内蒙古, 西藏).
      "州级资金",
      "州级财政资金",
      "县级财政资金",
      "区级财政资金",
      "市级财政资金",
      "自治区资金",
      "自治区财政资金",
      "盟市级资金",
      "旗县级资金",
      // 内蒙古 and 山西 (nineteenth session's reviews: unread, the sum went unweighed).
      "盟市资金",
      "盟市财政资金",
      "旗县资金",
      "旗县财政资金",
      "市县(区)财政资金",
      "市县（区）财政资金",
      "市县(区)资金",
      "中央衔接资金",
      "自治区衔接资金",
      "省级衔接资金",
      "市级衔接资金",
      "县级衔接资金",
      // Counties' own words for their share (福建, 湖南 省对市县 transfers). Not 配套资金: a match some templates list
      // beside the total, outside it (the session's review).
      "市县财政资金",
      "市县级财政资金",
      "区县财政资金",
      "州县财政资金",
      "县（市、区）财政资金",
      "市、县财政资金",
      // A department's funds by budget type (部门预算公开's income categories).
      "一般公共预算拨款",
      "一般公共预算资金",
      "政府性基金预算拨款",
      "政府性基金预算资金",
      "国有资本经营预算拨款",
      "国有资本经营预算资金",
    ],
  },
  {
    key: "other",
    words: [
      "其他资金",
      "其它资金",
      "其他",
      "其它",
      "自有资金",
      "单位资金",
      "单位自有资金",
      "自筹资金",
      "单位自筹",
      "单位自筹资金",
      "自筹",
      "社会资金",
      "地方资金/其他",
    ],
  },
  { key: "purpose", words: ["预算规模及资金用途", "资金用途"] },
  {
    key: "spendPlan",
    words: [
      "资金支出计划",
      "资金支出进度计划",
      "支出进度计划",
      "资金支出进度",
      "支出计划",
      "资金使用进度计划",
      "序时进度",
    ],
  },
  {
    key: "goal",
    words: [
      "年度绩效目标",
      "本年度绩效目标",
      "年度总体目标",
      "年度目标",
      "项目年度目标",
      "年度总体绩效目标",
      "年度整体绩效目标",
      "项目年度绩效目标",
      "当年绩效目标",
      "年度主要绩效目标",
      // Under a `年度绩效目标` heading (江西's 部门整体 form; nineteenth session).
      "年度绩效总目标",
      "年度总目标",
    ],
    rank: 3,
  },
  {
    key: "goal",
    words: [
      "绩效目标",
      "总体绩效目标",
      "年度主要目标和成果",
      "项目绩效目标",
      "整体目标",
      "整体绩效目标",
      "部门整体绩效目标",
      "年度目标完成情况",
      "预期绩效目标",
      "年度预期目标",
      "预期目标",
      "项目目标",
    ],
    rank: 2,
  },
  { key: "goal", words: ["总体目标", "项目总体目标", "实施期绩效目标", "实施期目标", "绩效总目标"], rank: 1 },
  {
    key: "unitName",
    words: ["实施单位", "资金使用单位", "单位名称", "预算单位", "申报单位", "填报单位", "项目单位", "单位信息"],
  },
  { key: "unitName", words: ["具体实施单位", "项目实施单位"] },
  { key: "dept", words: ["主管部门", "业务主管部门", "主管部门(单位)名称", "部门(单位)名称", "部门"] },
  { key: "period3", words: ["3月底", "3月末"] },
  { key: "period6", words: ["6月底", "6月末"] },
  { key: "period9", words: ["9月底", "9月末"] },
  { key: "period10", words: ["10月底", "10月末"] },
  { key: "period12", words: ["12月底", "12月末"] },
];

export interface HeadLabel {
  key: HeadKey;
  rank: number;
}

const BY_WORD: ReadonlyMap<string, HeadLabel> = (() => {
  const map = new Map<string, HeadLabel>();
  for (const { key, words, rank } of HEAD_WORDS) for (const w of words) map.set(w, { key, rank: rank ?? 1 });
  return map;
})();

const NAME_LABEL: HeadLabel = Object.freeze({ key: "name", rank: 1 });

/** The head label a bare label form names; undefined for values and unknown labels. */
export function headLabelOf(key: string): HeadLabel | undefined {
  return BY_WORD.get(key) ?? (UNIT_AND_NAME.test(key) ? NAME_LABEL : undefined);
}

/**
 * A list's first column named for the unit and its projects in any joining (云南: `单位名称、项目名称`,
 * `单位名称/项目名称`, `单位名称` over `项目名称` in one cell, `部门（单位）名称、项目名称`): the projects' names.
 */
const UNIT_AND_NAME =
  /^(?:(?:预算)?(?:部门|单位)(?:\((?:部门|单位)\))?(?:名称)?[、/／,，及和与]?(?:项目|专项)名称|(?:项目|专项)名称[、/／,，及和与]?(?:部门|单位)(?:名称)?)$/;

/** Every head word, longest first: for `label:value` and `label123` cells, which start with one. */
export const HEAD_WORD_LIST: readonly string[] = [...BY_WORD.keys()].sort((a, b) => b.length - a.length);

/**
 * Sub-labels over a goal text (`年初设定目标`, `预期目标`, `实施周期总目标(…)`):
 * the goal is the cell below them. The year's goal wins over the period's, and
 * over the results column of a self-assessment (`…完成情况…`).
 */
export const GOAL_SUBLABEL = /目标$|目标\(|目标和成果$/;
export const GOAL_RESULT = /完成情况|实际|综述/;
export const GOAL_ANNUAL = /年度|年初|当年|本年|预期/;

/** Words a short head label often ends with: any such cell marks a head row, named in HEAD_WORDS or not. */
export const HEAD_LABEL_ENDINGS =
  /(名称|单位|部门|编码|代码|编号|金额|资金|预算|预算数|目标|情况|依据|电话|时间|日期|周期|类型|分类|属性|性质|负责人|概况|审批|用途|计划|措施|必要性|可行性|总额|构成|区域|联系人|进度)$/;

/**
 * A short label the head words do not name, by the way it ends (`项目类型`, `项目属性`, `项目期`, `项目负责人`, `主管部门及
 * 代码`, `项目起止时间`): after a label and its blank value cell (`项目名称 | | 项目类型 | 专项业务费`) it is the next
 * label, not the value (广西's template: the name had been read as `项目类型`, its blank unreported; twentieth session's
 * head review). Tested on the label key, three to twelve characters. Endings values share are left out: `资金`, `金额`
 * (a fund's name: `就业补助资金`), `预算` alone (`不超预算`, `一般公共预算`), `期` alone (`长期`), `单位` alone
 * (`本单位`, `事业单位`).
 */
export const LABEL_LIKE =
  /^[\u4e00-\u9fff()、/]{0,10}(?:类型|类别|分类|属性|性质|(?:项目|实施|执行|建设|绩效)期|周期|期限|总额|来源|名称|编码|代码|编号|时间|日期|负责人|联系人|电话|(?:实施|执行|使用|申报|主管|管理|承担|建设|项目|填报|预算|责任)单位|(?:总|当年|年度|本年度?|年初|全年)预算数?)$/;

/**
 * Of LABEL_LIKE's endings, those no project's name ends with (`项目类型`, `项目负责人`): such a text is the next label
 * even with its own value cell blank (a template left unfilled). Others (`…分类`, `…电话`, `…周期`, `…名称`) need a
 * value after them: `生活垃圾分类` merged to the row's end is a name (the session's own review).
 */
export const LABEL_ONLY_ENDING = /(?:类型|类别|属性|性质|(?:项目|实施|执行)期|负责人|联系人|编码|代码|编号)$/;

/** Words that open a row ending an indicator block: sign-off, notes, totals, evaluation conclusions (spec §7). */
const END_WORDS =
  "合计|总计|小计|得分合计|总分|分值合计|自评总分|自评得分|总得分|综合得分|评价得分|评价结论|自评结论|自评等级|评价等级|存在问题|改进措施|项目负责人|财务负责人|单位负责人|" +
  "填表人|填报人|经办人|审核人|联系电话|联系人|填报日期|填表日期|说明|填报说明|填表说明|填写说明|编制说明|注|备注|" +
  "其他需要说明|其他说明|单位公章|附件|" +
  // Who drew up, checked and signed the table (`编制人：`, `分管领导：`, `负责人：`, `审核：`, `制表：`).
  "编制人|制表人|审批人|复核人|统计人|校对人|分管领导|单位领导|部门负责人|主要负责人|分管负责人|科室负责人|负责人|" +
  "审核|审批|制表|复核|校对";

/** Words one of which every 一级 or 二级 label holds, misspelt ones too (`产出类指标`, `项目效益`): remark rows hold none. */
export const INDICATOR_ROOTS =
  /指标|产出|效益|效果|成本|满意|投入|数量|质量|时效|过程|决策|管理|完成|影响|生态|经济|社会/;

/** An opinion's label (`项目单位意见`, `主管部门意见：`): a closing row, sometimes two side by side. */
export const OPINION_LABEL =
  /意见[:：]?(?:[(（][^()（）]{1,6}[)）])?[:：]?(?:(?:\d{4}|\s*)年(?:\d{1,2}|\s*)月(?:\d{1,2}|\s*)日)?$/;

/** How a remark's label ends; no 一级 does (`…情况`, `…结论`, `…综述`, `…分析`, `…意见`, `…措施`). */
export const REMARK_LABEL = /(?:情况|结论|综述|分析|说明|意见|措施|建议|问题)[:：]?$/;

/**
 * The first cell of a row that ends an indicator block, by its opening words; a fund's allocation or estimate table
 * under the indicators (`资金分配 | 地区 | 金额（万元）`) is another block, and a score total (`绩效指标得分`) ends it.
 */
export const BLOCK_END = new RegExp(
  `^(${END_WORDS}|.*审核意见|.*盖章|资金分配|资金测算|测算明细|分配方案|(?:绩效)?指标(?:得分|总分|分值))`,
);

/**
 * Opening words that end a block wherever they stand, among names too — where a name may only begin with an end
 * word (`注射疫苗覆盖率`, `说明会召开次数`, `政务服务电子盖章系统`): an end word alone (`填表人 | 张三`, `合计`) or as
 * a label (`填表人：张三`, `注：…`), a seal line (`（盖章）`, `单位盖章`) or an opinion (`财政部门审核意见`).
 * Tested on a label form (`：` read as `:`).
 */
export const SIGN_OFF = new RegExp(
  `^(${END_WORDS})(:|$)|^[^:]{1,10}:|^[^:]{0,10}[(（](单位)?盖章[)）]|^[(（]?(单位)?盖章[)）]?(:|$)|审核意见(:|$)`,
);

/** `金额单位：万元`, `单位:元`: a line that states the money unit. */
export const UNIT_LINE = /^(金额)?单位[:(](?:人民币)?(元|万元|亿元)\)?$/;

/** A unit line's label with its unit in the next cell (`金额单位： | 元`). */
export const UNIT_LABEL_ALONE = /^(?:金额)?单位[:：]?$/;

/** A money unit written alone in a cell, as the unit line's second half (`元`, `人民币万元`). */
export const MONEY_UNIT_ALONE = /^(?:人民币)?(元|万元|亿元)$/;

/**
 * A funds table's column of the year's budget as it stands: `全年预算数`, `调整后预算数`, `全年可用预算数` (not `年初预算数`), and the
 * year's beside the 中期 one (`中期资金总额 | 年度资金总额`, the central template).
 */
export const ADJUSTED_BUDGET = /全年预算|可用预算|调整后预算|调整预算|年度资金|年度预算|当年预算|本年预算/;

/**
 * A column of a year before the table's (`上年度预算数`, `上一年度资金`, `以前年度预算`, `去年预算`): history beside the
 * year's column, never the year's budget, though it holds `年度预算` or `年度资金`.
 */
export const PRIOR_YEAR = /^(?:上一?|去|前一?|以前|往|历)年/;

/** A totals row's opening words (`合计`, `总计`): read past right under a list's header, before any project. */
// `年度预算合计`, `本年预算合计`: a 一体化 funds block's total over its sources (thirteenth session).
export const TOTALS_ROW =
  /^\s*(?:(?:(?:年度|本年|当年)?预算|金额|资金|经费)?合\s*计|总\s*计|小\s*计(?![\u4e00-\u9fff]))/;

/**
 * Words a fund source's label holds (`政府性基金`, `事业收入`, `自筹`); totals and contact rows hold none. With the
 * sectors' own sources (eleventh session): 彩票公益金 (体育, 民政), 社会资本 and 使用者付费 (PPP), 项目资本金 and 企业出资
 * (专项债), 投工投劳 and 群众筹资 (一事一议, 衔接), 东西部协作 and 对口支援, 车购税 (交通).
 */
export const FUND_SOURCE =
  /^(?!\s*(?:合\s*计|小\s*计|总\s*计))[^\d]*(?:资金|拨款|基金|收入|结转|自筹|补助|配套|债|预算|贷款|财政|投入|转移支付|专项|捐赠|自有|本级|上级|中央|省级|市级|县级|区级|公益金|资本|出资|投资|投劳|筹资|协作|支援|付费|购税|捐助|融资)/;

/** A list export's amount columns between its project fields (`全年预算数 | 全年执行数 | 执行率`). */
export const FUNDS_COLUMN = /^[^\d]{0,6}(预算数|执行数|执行率|金额|资金总额)(\([^()]*\)|（[^（）]*）)?$/;

/**
 * A funds block's caption left of its columns (`项目资金（万元）`, `资金情况`, `年度资金来源`, `预算情况`), as a head label
 * key. Not `预算资金` nor `预算安排`: budget labels of their own, with an amount beside them.
 */
export const FUNDS_CAPTION =
  /^(?:项目|年度|本年)?(?:(?:资金|经费)(?:情况|来源|构成|安排|组成)?|预算(?:资金)?(?:情况|构成|组成))$/;

/**
 * A funds table's first column header, over its sources and their total (`资金来源 | 金额（万元）`; `资金性质`,
 * `经费来源`, `资金类别` in other templates: the sixteenth session).
 */
export const FUNDS_SOURCE_HEADER = /^(?:项目)?(?:资金|经费)(?:来源|构成|渠道|性质|类别|类型|明细)/;

/** A line a page break leaves above a repeat of the header (`续表`, `…（续）`, `第 1 页，共 2 页`, `- 2 -`). */
// Word's `续上表`, `接上页`, `续前表` and a PDF's `1/2` too (fifteenth session's second review).
export const PAGE_BREAK =
  /续表|续上表|续前表|接上页|接上表|[（(]续[)）]|^续$|第\s*\d+\s*页|共\s*\d+\s*页|^[-—\s]*\d+[-—\s]*$|^\s*\d{1,3}\s*[/／]\s*\d{1,3}\s*$/;

/**
 * A note that the table is published empty (`注：本部门无政府性基金安排的项目支出，故本表无数据。`, `此表为空表`): a
 * disclosure workbook must print every table, and prints one with nothing to show so.
 */
export const NO_DATA_NOTE =
  /(?:本|此|该)表(?:为)?(?:空表?|无(?:数据|内容))|(?:故|因此|所以)(?:本|此|该)表[^。；;]{0,4}无数据|[为是]空表/;

/** An instruction for the case, not a statement of it (`如无数据，请填写“无”`, `如本部门无此类项目，请注明…`). */
export const CONDITIONAL_NOTE = /[如若][^，,。；;]*无/;

/** A head block's year line (`（2024年度）`, `2024年`): no field's value. */
export const YEAR_LINE = /^[(（]?\d{4}年度?[)）]?$/;

/**
 * A department's or unit's table as a whole (`部门整体支出绩效目标表`, `单位整体支出…`): its 一级/二级 may follow the
 * province's own framework (履职效能, 管理效率 …), not the project table's four classes.
 */
export const DEPARTMENT_WIDE =
  /(?:部门|单位)(?:[（(](?:部门|单位)[)）])?整体(?![^表]*(?:经费|项目|搬迁|迁建|迁入|改造|拆迁|移交|划转))|整体支出(?![^表]*(?:经费|项目))|[局委办院]?[（(]本级[)）]\d{0,4}年?度?整体绩效目标/;

/**
 * A transfer payment's regional table (`中央对地方转移支付区域绩效目标表`, `…转移支付区域绩效目标`): a region's targets
 * for a fund, in the 区域 template, which has no 成本 block. The template's own name may offer its other word in
 * brackets (`转移支付区域（项目）绩效目标表`): that bracketed word, as its head's `转移支付(项目)名称` has it, between.
 */
const REGION_OR_WORD = String.raw`(?:[(（](?:项目|资金|专项|政策)[)）])?`;
export const REGIONAL_TRANSFER = new RegExp(`转移支付.{0,12}区域${REGION_OR_WORD}绩效|区域${REGION_OR_WORD}绩效目标`);

/** A self-assessment's scored row of the budget's execution (`预算执行率 | … | 10 | 9.8`): no indicator, read past. */
/**
 * A plan or schedule under the indicators, where the 一级 stands (`项目实施计划 | 3月启动招标…`, `项目实施进度计划 |
 * 任务内容 | 开始时间`): the block ends. Only there: a name may be `项目实施进度`.
 */
export const PLAN_ROW = /^(?:项目)?(?:(?:年度)?实施(?:进度)?(?:计划|安排|方案)|进度(?:计划|安排)|时间(?:安排|计划))/;

/** A score subtotal between the groups (`小计 | | | | 50`): read past, as the groups go on below it. */
export const SUBTOTAL_ROW = /^小计(?![\u4e00-\u9fff])/;

/** A 一级 group's subtotal (`产出指标小计`, `产出小计`). */
export const GROUP_SUBTOTAL = /^[\u4e00-\u9fff]{2,8}(?:小计|合计)$/;

/** The letters a printed form numbers its columns with (`甲 | 乙 | 丙`), besides `1 | 2 | 3`. */
export const COLUMN_LETTERS = "甲乙丙丁戊己庚辛壬癸";

// With the year or the project before it (`年度预算执行率`, the 区域 template's, `项目预算执行率`, `预算资金执行率`) and a
// note after it (`预算执行率(%)`, `执行率(B/A)`).
export const EXECUTION_ROW = /^(?:年度|全年|项目|本年)?(?:预算|资金|预算资金)?执行(?:率|情况)?(?:\([^()]{0,8}\))?$/;

/**
 * A name that is an organisation's, not a project's (`昆明市五华区卫生健康局`, `某区教育体育局本级`, `某街道办事处`):
 * a list's unit row. Project names say what the money is for (经费, 资金, 项目, 工程, 补助).
 */
export const ORGANIZATION_NAME =
  /(?:局|委|委员会|办公室|办事处|中心|院|所|厅|站|队|馆|学校|幼儿园|政府|本级)(?:\s*[(（][^()（）]*[)）])?$/;

/** Money from above (`上级资金`, `中央…`, `省级…`, `自治区…`). */
export const FROM_ABOVE = /上级|中央|省级|自治区/;
/**
 * A level whose money is the project's own or one more from above, as the table's place decides: 县级 in a county's
 * table, 州级 in a prefecture's, 区级 the district or the autonomous region (宁夏, 西藏, 广西), even 地方 under 上级.
 * The sum decides (ownLevels).
 */
export const MAYBE_OWN_LEVEL = /^(?:市县|区县|州县|县（市、区）|市、县|本级|地方|县级|区级|州级|市级|旗县级|盟市级)/;
/** A budget type (部门预算's income categories): one is never a part of another. */
export const BUDGET_TYPE = /^(一般公共预算|政府性基金|国有资本经营)/;

/** A caption over the indicator header naming the indicators' table (`绩效项目指标表`, `项目绩效指标表`), no title. */
export const INDICATORS_CAPTION = /^(?:项目)?绩效(?:项目)?指标(?:明细)?表$/;

/**
 * The numbering of an official document's levels, outermost first (`一、`, `（一）`, `1.`, `（1）`, `①`): a funds
 * block that numbers its sources this way lists `（1）市级资金` under `2.市县资金` as that source's breakdown.
 */
export const NUMBERING_LEVELS: readonly RegExp[] = [
  /^[一二三四五六七八九十]+[、.．]/,
  /^[(（][一二三四五六七八九十]+[)）]/,
  /^\d{1,2}(?:[、．]|\.(?!\d))/,
  /^(?:[(（]\d{1,2}[)）]|\d{1,2}[)）])/,
  /^[①-⑳]/,
];

/** A column's caption with its unit (`总体完成率(%)`, `资金情况(万元)`): a header, no label's value nor a text below it. */
export const UNIT_CAPTION = /[(（](?:%|％|‰|万元|元|亿元)[)）]$/;
