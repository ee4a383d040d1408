/**
 * What an indicator header's columns are, by the words their header cells use
 * (spec §2, §7). A column's role comes from its header text, never from its
 * position, so a new region's template is a change to this data alone.
 *
 * Header texts are compared in their label form (`normalizeLabel`: half-width,
 * no white space), with a leading `*` (required column) and trailing bracket
 * notes such as `(%)` or `(包含数字及文字描述)` removed first.
 */

export type ColumnRole =
  /** 一级指标 */
  | "level1"
  /** 二级指标 */
  | "level2"
  /** 三级指标, the indicator's name */
  | "name"
  /** 绩效指标描述, 指标解释 … */
  | "description"
  /** a target value: 指标值, 年度指标值, 实施周期指标值, 区域目标值 … */
  | "value"
  /** an actual or prior-year value of a self-assessment: never a target */
  | "actual"
  /** 计量单位, 度量单位, 单位 */
  | "unit"
  /** 指标性质, 运算符号, 符号, 指标方向 */
  | "comparator"
  /** 指标值确定依据 and its spellings */
  | "basis"
  /** 指标值类型 (budget-system exports) */
  | "valueType"
  /** 指标方向 beside a comparator column of its own (`指标方向 | 计算符号`): 正向, 反向 */
  | "direction"
  /** 评(扣)分标准 */
  | "scoring"
  /** 分值, 权重, 得分, 备注, 偏差原因 …: read past, never checked */
  | "other";

/** Which target a value column holds, from its header words. */
export type ValueSet = "period" | "annual";

/** A set's target named without 值: `实施期目标`, `中期目标`, `总目标`, `三年目标`, `年度目标`, `2024-2026年目标`. */
// `预期目标`, `年度预期目标` (西藏, 青海: eighteenth session's review) too: right of the names a column of targets, left of
// them a list export's goal (goalLabel in locate/indicator-header.ts).
const SET_TARGET =
  /^(?:实施期|实施周期|中期|长期|项目期|项目周期|整体|总体?|全周期|[二三四五两]年|年度|当年|本年度?|(?:年度)?预期(?:绩效)?|20\d\d(?:\s*[-—~～至]\s*20\d\d)?年度?)目标$/;

/** `实现值` beside a target column is what was reached (a self-assessment's); alone, the target (`当年预期实现值` is one). */
export function isReachedBesideTarget(key: string): boolean {
  return key === "实现值";
}

/** A score's column (`分值`, `得分`, `权重`): an evaluation's, read past. */
export function isScoreColumn(key: string): boolean {
  return /分值|得分|权重/.test(key);
}

/**
 * `全年预计完成值`, `预计全年实现值` right of a target: a 绩效运行监控表's forecast of the year's outcome (财预〔2019〕136号),
 * never a target; alone, `预计完成值` heads the targets.
 */
export function isForecast(key: string): boolean {
  return /预计/.test(key) && /(?:完成|实现)(?:值|数|情况)?$/.test(key);
}

/** An adjustment table's target after the change (`调整后指标值`, `调整后`, `变更后目标值`, `调整为`). */
export function isAdjustedTarget(key: string): boolean {
  return /^(?:调整|变更|修改)后|^调整为/.test(key);
}

/**
 * Beside an adjusted target, the one it replaces (`原指标值`, `原定指标值`, `原批复目标值`, `调整前`, `变更前指标值`).
 * Only there is `原定` the replaced one: a monitoring table's `原定年度指标值` alone is its target.
 */
export function isReplacedTarget(key: string): boolean {
  return /^原[\u4e00-\u9fff]{0,6}?(?:指标值?|目标值?|计划值?|值)$|^(?:调整|变更|修改)前/.test(key);
}

/** An adjusted target's words for a row left as it was (`不变`, `未调整`): its target is the one before. */
export const UNCHANGED =
  /^(?:不变|未调整|无调整|不调整|无变化|未变化|未变更|无变更|维持不变|保持不变|维持原值|同原指标值?)$/;

/** Whether a header names a set's target without 值 (`年度目标`), a word a head block also uses for its goal. */
export function isSetTarget(key: string): boolean {
  return SET_TARGET.test(key);
}

interface ColumnWord {
  role: ColumnRole;
  /** Tested against the header's label form without its trailing bracket note. */
  words: RegExp;
}

/*
 * First match wins, so the narrow words come before the broad ones: an actual
 * value (`实际完成值`) must not be read as a target (`…值`), nor a score column
 * (`指标分值`) as a value.
 */
const COLUMN_WORDS: readonly ColumnWord[] = [
  // `一级指标名称`, `一级指标类别`, `一级分类` (other provinces' templates).
  { role: "level1", words: /^一级(?:指标)?(?:名称|类别|分类|类)?$/ },
  { role: "level2", words: /^二级(?:指标)?(?:名称|类别|分类|类)?$/ },
  {
    role: "name",
    words:
      /^(第?三级(指标)?(名称?|内容)?|(绩效)?指标名称(及内容)?|指标内容|具体指标|明细指标|指标项|三级指标\/指标内容|指标)$/,
  },
  // `指标值设定依据及数据来源` (上海) is a basis too.
  { role: "basis", words: /(确定|设定|取值)依据|^指标(标准)?或依据$|^指标依据$/ },
  { role: "valueType", words: /^指标值?类型$/ },
  { role: "scoring", words: /^(评\(扣\)分|评分|扣分|评价|考核|计分)(标准|方法)$/ },
  { role: "other", words: /分值|权重|得分|分数|备注|原因|措施|完成情况|执行数|执行率|数据来源|考核方式/ },
  // A plan's word before 完成值 names the target (`计划完成值 | 实际完成值`, `预期完成值`, `拟完成值`).
  { role: "value", words: /(?:计划|预期|预计|目标|拟|应)完成(?:指标)?值/ },
  // Last year's target or result beside this year's (`上年指标值 | 本年指标值`, 延续项目): history, never checked.
  // A 绩效目标调整表's target before the change (`原指标值 | 调整后指标值`, `调整前`): replaced, never checked.
  {
    role: "actual",
    // `原计划`, `原绩效目标`, `原批复指标值`, `原下达指标值`, `变更前指标值` (the session's reviews); not a county (`原阳县`)
    // nor a monitoring table's `原定年度指标值` (the target as first set: the second review).
    words:
      /实际|完成值|完成指标值|实现情况|^(?:上一?|去|前一)年度?(?!度)|^原(?!定)[\u4e00-\u9fff]{0,4}?(?:指标值?|目标值?|计划|值)$|^调整前|^变更前/,
  },
  // `指标值说明`, `目标值描述`: words about the target, not a second target.
  {
    role: "description",
    words: /^(绩效)?指标(描述|解释|说明|定义)$|^绩效标准$|^指标概况$|^(指标值|目标值)(说明|解释|描述|来源)$/,
  },
  // `绩效度量单位`, `绩效指标性质`, `指标方向性` (海南's export; nineteenth session).
  { role: "unit", words: /^(?:绩效)?(计量|度量|计算|指标|指标值|目标值)?单位$/ },
  { role: "comparator", words: /^(?:绩效)?(指标性质|运算符号?|计算符号|比较符号?|符号|指标方向性?|方向)$/ },
  {
    role: "value",
    words: /指标值|目标值|预期值|实现值|计划值|计划水平|标准值/,
  },
  // A set's target without 值 (`实施期目标 | 年度目标`, `总目标`, `三年目标`, `2024年目标`).
  { role: "value", words: SET_TARGET },
];

/**
 * `绩效指标` (`考核指标`, `评价指标`) names the names' column right of a 二级 column (`一级指标 | 二级指标 | 绩效指标`);
 * left of the 一级 it is a caption over the categories.
 */
export function isNameAfterLevel2(key: string): boolean {
  return key === "绩效指标" || key === "考核指标" || key === "评价指标";
}

/** Header words that mark a column's target as the whole period's or the year's. */
// `周期指标值`, `项目总目标值`, `建设期目标值`, `规划期`, `“十四五”指标值`, `远期目标值` (fifteenth session's review: beside a
// plain `指标值` the period's column had been read as the year's).
const PERIOD_WORDS =
  /实施周期|实施期|中期|长期|项目周期|项目期|滚动|整体|全周期|^总|^[二三四五两]年|^20\d\d\s*[-—~～至]\s*20\d\d年?(?:目标值?|指标值)?$|^周期|项目总|^建设期|规划期|十四五|远期|最终目标/;
const ANNUAL_WORDS = /年度|当年|本年|计划|预期20\d\d年|^20\d\d年度?(?:目标值?|指标值)?$/;

/**
 * A sub-header word that is a set's or a kind's name and nothing more (`年度`, `实施期`, `2025年`, `定量`): beside a
 * group label's merge it is the group's. A longer word that merely holds one (`计划完成时间`, `年度工作任务`, `总投资`)
 * captions a column of its own.
 */
export const SET_OR_KIND_WORD =
  /^(?:年度|当年度?|本年度?|全年|实施期|实施周期|项目周期|中期|长期|远期|整体|全周期|建设期|运营期|20\d\d年?度?|定量|定性)$/;

/**
 * A sub-header word that names a place (`甲县`, `城区`, `XX镇`, `XX街道`, `市本级`): a region's column of targets under
 * a group label (`区域目标值`). Beside a label merged over places, a blank header cell over another place is the
 * group's too (locate/indicator-header.ts, pastGuard): a region is never a column's own caption, and a
 * caption that names where a project runs (`所属区县`, `实施地区`, `辖区`) is no place.
 */
export function isPlaceWord(key: string): boolean {
  return PLACE.test(key) && !PLACE_CAPTION.test(key);
}

// The administrative suffixes of 省 down to 村, 内蒙古's 旗, 盟, 苏木 and 嘎查, and a level's own share (`市本级`, `本级`).
const PLACE =
  /^(?:[\u4e00-\u9fffXx×]{1,10}(?:省|市|区|县|旗|盟|州|镇|乡|村|街道|社区|苏木|嘎查)|(?:[省市县区旗州盟]|自治[区州县旗])?本级)$/;
/** Captions of a column that says where (its cells are places, not targets), though they end as places do. */
// Also a level or a role for places (`区县`, `行政区`, `片区`, `牵头区县`, `主管县区`, `责任区`): who or which kind, no place.
const PLACE_CAPTION =
  /^(?:所属|所在|实施|受益|覆盖|涉及|服务|项目|具体|其他|其它|牵头|主管|责任|试点|重点)|^(?:地区|辖区|区域|城市|本地区|行政区|片区|示范区|区县|县区|市县|县市|乡镇|镇街)$/;

/** A header cell's label form, as the column words are written. */
export function headerKey(text: string, normalize: (t: string) => string): string {
  const flat = normalize(text).replace(/^[*]+|[*]+$/g, "");
  return stripNote(flat);
}

/** `指标值(包含数字及文字描述)` → `指标值`; `(50分)` notes and `(%)` units go too. */
function stripNote(text: string): string {
  const stripped = text.replace(/\([^()]*\)$/, "").replace(/\[[^[\]]*\]$/, "");
  return stripped === text || stripped === "" ? text : stripNote(stripped);
}

/**
 * A basis column that asks for the data source too (上海 `指标值设定依据及数据来源`): its template asks for a basis and
 * where the figures come from, not for one of the standard types.
 */
export function basisNamesSource(key: string): boolean {
  return /数据来源|来源$/.test(key);
}

/**
 * `指标类别`, `指标分类`, `类别` (部门整体 and older templates): a column whose role its cells decide. Holding 一级
 * words (`产出`, `效益指标`) it is the 一级 column, holding 二级 words the 二级.
 */
export function isCategoryHeader(key: string): boolean {
  // Asked of every header cell: the short test first.
  return key.length <= 4 && key.includes("类") && CATEGORY.test(key);
}

const CATEGORY = /^(?:指标)?(?:类别|分类|大类|类型)$/;

/** A month's end as a column of targets (`3月底 | 6月底 | 9月底 | 12月底`, `9月末`): targets by quarter. */
export function isMonthEnd(key: string): boolean {
  return /^(?:[1-9]|1[0-2])月(?:底|末)$/.test(key);
}

/**
 * A column left of 一级 that groups the indicator rows by what they belong to (`子项目名称`, `年度主要任务`, `部门职能`,
 * `重点工作`): each sub-project or task owns its targets, so one name under two of them is no duplicate.
 */
export function isGroupHeader(key: string): boolean {
  return GROUP_HEADER.test(key);
}

const GROUP_HEADER =
  /^(?:子项目|子项|分项目?|项目子项|(?:年度)?(?:主要|重点)?任务|工作任务|重点工作|工作内容|实施内容|建设内容|活动|(?:部门)?职能|(?:部门)?职责|履职内容)(?:名称|内容|事项)?$/;

/** The role of a header cell, or undefined when its words name none (a region, a year …). */
export function columnRole(key: string): ColumnRole | undefined {
  if (key.length === 0 || key.length > 24) return undefined;
  for (const { role, words } of COLUMN_WORDS) if (words.test(key)) return role;
  return undefined;
}

/** Whether a value column's header says it holds the period's or the year's target. */
export function valueSet(key: string): ValueSet | undefined {
  if (PERIOD_WORDS.test(key)) return "period";
  if (ANNUAL_WORDS.test(key)) return "annual";
  return undefined;
}

/**
 * `定量指标值 | 定性指标值`: one target per row, written in the column of its kind. Which kind a value column's header
 * names, if any.
 */
export function valueKind(key: string): ValueKind | undefined {
  if (/定量/.test(key)) return "quantitative";
  if (/定性/.test(key)) return "qualitative";
  // 专项债, PPP and works tables: output targets for the construction phase, revenue and service for operation.
  if (/^建设期/.test(key)) return "construction";
  if (/^运营期/.test(key)) return "operation";
  return undefined;
}

/** Two value columns of which a row fills one: by the kind of target (`定量 | 定性`), or by phase (`建设期 | 运营期`). */
export type ValueKind = "quantitative" | "qualitative" | "construction" | "operation";

/** Column roles that make a row an indicator header when enough of them stand in it. */
export const STRUCTURE_ROLES: readonly ColumnRole[] = ["level1", "level2", "name"];

/** A set's caption without 绩效: `中期目标(2024-2026年)`, `年度指标`, `实施期目标`. */
// 区域 and transfer-payment tables name theirs `总体指标 | 年度指标` (`总体目标指标`, `三年指标`, `项目期指标`).
const SET_CAPTION =
  /^(中长期|长期|中期|实施期|实施周期|项目期|项目周期|全周期|总体|整体|[二三两]年|年度|当年|本年度)(指标|目标|目标指标)(\([^()]*\))?$/;

/**
 * A title row between stacked indicator sets (`长期绩效指标`, `年度绩效指标`):
 * which set the block under it holds.
 */
export function setTitle(key: string): ValueSet | undefined {
  const caption = key.replace(CAPTION_NUMBER, "");
  if (caption.length > 24) return undefined;
  if (!/绩效(指标|目标)/.test(caption) && !SET_CAPTION.test(caption)) return undefined;
  const title = TABLE_NAME.exec(caption);
  if (title) return titleSet(caption.slice(0, title.index));
  return valueSet(caption) ?? yearsSet(caption);
}

/** A table's name at a caption's end (`…项目支出绩效目标表`, `…绩效目标表（二）`): the caption is a table's title. */
const TABLE_NAME = /(?:项目)?(?:支出)?绩效(?:目标|指标)表(?:[(（][^)）]*[)）])?$/;

/**
 * A title names a set by a word of its own (`年度绩效目标表` under a `中长期绩效目标表`, `2024年中期绩效目标表`); a year
 * alone (`2024年度项目支出绩效目标表`, repeated on each page of a Word copy) is the table's year, no set.
 */
function titleSet(words: string): ValueSet | undefined {
  const own = words.replace(/^20\d\d(?:\s*[-—~～至]\s*20\d\d)?年度?/, "");
  return own.length > 0 && own.length <= 5 && !/\d/.test(own) ? valueSet(own) : undefined;
}

// `（一）中期指标`, `一、年度指标`, `1.长期绩效指标`: a caption numbered as a section.
const CAPTION_NUMBER = /^(?:\([一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十]{1,2}[、.]|\d{1,2}[、.])/;

/** `2024年绩效指标` is the year's set, `2024-2026年绩效指标` the period's. */
function yearsSet(caption: string): ValueSet | undefined {
  if (/^20\d\d\s*[-—~～至]\s*20\d\d年/.test(caption)) return "period";
  return /^20\d\d年/.test(caption) ? "annual" : undefined;
}

/** A column header marked optional (`指标值确定依据（选填）`): its blank cells are no omission. */
export const OPTIONAL_COLUMN = /选填|可选|非必填/;

/** A column header marked required in words (`三级指标（必填）`), as a star marks it. */
export const REQUIRED_COLUMN = /(?<!非)必填/;
