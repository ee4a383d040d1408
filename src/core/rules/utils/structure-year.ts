/**
 * The years a name or description mentions (the table's own year: model/table-year.ts). A year in a document
 * number (`〔2021〕`), a standard (`GB5461-2016`), a book title (`《…2016…》`), a baseline
 * (`较2016年`, `2016年以来`) or a count (`≥2000吨`) is not a stale target.
 */
import { toHalfWidth } from "../../text/normalize";

const YEAR = /(?:19|20)\d{2}/g;
// The same test without a global state: most names hold no year and skip the walk.
const ANY_YEAR = /(?:19|20)\d{2}/;
// Before the year: part of a code, standard or document number, or a baseline word.
// Recovering to or passing a year's level names a baseline too (`恢复至2019年同期水平`, post-COVID 文旅 and 交通), and so
// does a year the target is set by (`参照2022年实际完成情况设定`, `参考2021年同类项目`: descriptions; seventeenth session).
const BAD_BEFORE =
  /(?:[0-9A-Za-z\-–—~/._[(〔【]|自|从|较|比|与|截至|截止|相比|相较|对比|基于|以|于|始于|恢复至|恢复到|恢复|达到|超过|超出|高于|回升至|回升到|参照|参考|对照|依照)\s*$/;
// Verbs after a cut-off: completing makes it a deadline (`2020年之前完成`), unless a noun follows with 的; a
// cohort's verb (with 的 after the shorter `前`) makes it a cohort (`2005年前建成的`, `2020年后新建农房`).
const COMPLETION = "完成|建成|实现|竣工|验收|投入|开工|交付|达到|办结|发放";
const COHORT_BEFORE = "建成|认定|确定|核定|识别|登记|出生|入学|参加工作|新建|购置|安装|开工|批复|立项|下达";
const COHORT_AFTER = "新建|建成|出生|入学|参加工作|认定|登记";
const COHORT_OF = "认定|确定|核定|识别|登记|出生|入学|参加工作|建档立卡";
const CUT_OFF = [
  String.raw`(?:底|末)?(?:以前|之前|以后|之后)(?!\s*(?:${COMPLETION})(?![^，,。；;]{0,4}的))`,
  String.raw`(?:底|末)?前(?=\s*(?:${COHORT_BEFORE})[^，,。；;]{0,4}的)`,
  // 建档立卡 names a cohort with or without 的 (`2014年底前建档立卡脱贫户`).
  String.raw`(?:底|末)?(?:以前|之前|前)(?=\s*建档立卡)`,
  String.raw`后(?=\s*(?:${COHORT_AFTER}))`,
  String.raw`(?:${COHORT_OF})的`,
].join("|");
// The batch of money a 续建 project was funded from names it (`2023年增发国债项目`, `2021年度第二批中央预算内投资`).
const FUNDING_BATCH =
  String.raw`(?:第[一二三四五六七八九十\d]{1,2}批)?(?:新增|增发|省级|市级)?` +
  String.raw`(?:特别国债|国债|(?:地方政府)?专项债|中央预算内|中央财政|衔接|以工代赈|政策性开发性金融工具)`;
// What a year names rather than dates (eleventh and twelfth sessions' reviews): a round of inspection
// (`2023年中央生态环境保护督察反馈问题`), a disaster (`2022年地震灾后恢复重建`), arrears up to a year
// (`2018年及以前年度欠款`), the edition of a standard (`2020年版地方排放标准`, `2019年国家标准`, `按2020年标准`).
// A round is named by what it found (反馈, 问题, 整改), a disaster by what follows it (灾后, 恢复重建): `2023年巡察村数量`
// and `2023年台风防御演练次数` are a year's own work, copied or not; `2023年标准厂房` is no standard.
const INSPECTION = String.raw`[^，,。；;]{0,10}?(?:督察|督查|巡视|巡察)[^，,。；;]{0,6}?(?:反馈|发现|指出|交办|问题|整改)`;
// A disaster's aftermath named alone (`2023年灾后恢复重建项目`, 水利's `2023年水毁工程修复`) is one too.
const DISASTER = String.raw`[^，,。；;]{0,8}?(?:地震|洪涝|洪水|台风|山洪|泥石流|暴雨|火灾|雪灾|冰冻|冰雹|干旱|旱灾|疫情)[^，,。；;]{0,4}?(?:灾后|恢复|重建|受灾|损毁|灾毁|影响)|灾后(?:恢复)?重建|水毁`;
const STANDARD = String.raw`(?:国家|行业|地方|省级?)?标准(?:测算|执行|考核|核定|计算|要求|(?![\u4e00-\u9fff]))`;
// A debt named by when it was raised (`2021年发行的一般债券`, `2020年到期的专项债券`), works by when they began
// (`2023年度已开工段完工时间`: a cohort, not the year's target): thirteenth session.
const DEBT = String.raw`(?:发行|到期|举借|借入)的`;
// Words may name the projects between the verb and 项目 (`2022年立项的科研项目`, `2023年批复的高标准农田项目`), and
// 科研 checks an earlier year's grants (`2022年度资助项目中期检查`): fifteenth session.
const BEGUN =
  String.raw`已(?:开工|建成|完工|竣工|实施|立项|批复|下达)|(?:开工|立项|批复|下达)的?[\u4e00-\u9fff]{0,8}?项目` +
  // Grants are counted each year (`2024年资助项目数`, copied or not); checked later, they are a cohort.
  String.raw`|资助的?[\u4e00-\u9fff]{0,8}?项目[\u4e00-\u9fff]{0,4}?(?:结题|中期|检查|验收|评估|考核|绩效)`;
// A one-off event named by its year and host (`借助2022年北京冬奥会遗产`), and a national or provincial standard so
// named (`对标2020年全国文明城市测评体系`): fourteenth session. Yearly events (进博会, 博览会, 峰会) and a deliverable
// (`2023年建立学校考核评价体系`) stay stale where copied: the session's review.
const EVENT = String.raw`(?:北京|张家口|杭州|成都|哈尔滨|广州|深圳|南京|天津|西安|第[一二三四五六七八九十\d]+届)?(?:冬奥会|冬残奥会|奥运会|残奥会|亚运会|亚残运会|全运会|大运会|世运会|冬运会|青运会)`;
const NAMED_STANDARD = String.raw`(?:全国|全省|全市|国家|省级?|市级?)[^，,。；;完建修开]{0,8}?(?:测评|创建|评价|考核)(?:标准|体系|细则)`;
const NAMED_BY_YEAR = String.raw`${INSPECTION}|${DISASTER}|${DEBT}|${BEGUN}|${EVENT}|${NAMED_STANDARD}|及(?:以前|之前|以后|之后)|版|${STANDARD}`;

// A month and day may stand between the year and its cut-off (`2019年12月31日前登记在册的`).
const MONTH_DAY = String.raw`(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?`;
// After the year: what the year names (carried-over funds `2024年度结转资金`, an audit's findings `2024年度审计发现问题`,
// arrears, a named disaster `2023年“7·31”特大暴雨`, NAMED_BY_YEAR), a funding batch, a baseline, a cut-off or a range
// (`2016年以来`, `1998年以前参加工作`, `2016-2023`), a past year's actual or the base a target builds on
// (`2021年实际完成120场`, `在2022年基础上提高10%`), a cohort (`2014年认定的贫困户`), an edition (`2019版医保目录`), a base
// year, a unit of a count (`2000吨`), or a class of students by the year it entered (`2022级本科生`).
const BAD_AFTER = new RegExp(
  String.raw`^(?:\d|\s*(?:[-–—~至到]|年${MONTH_DAY}(?:${CUT_OFF})|年度?(?:以来|起|来|至|到|开始|基准|基础|实际|同期|水平|结转|结余|审计|巡视|巡察|欠|拖欠|[“"「]|${CUT_OFF}|${FUNDING_BATCH}|${NAMED_BY_YEAR}|-|–|—|~)|` +
    String.raw`[个家次人吨元万亿台件项份种辆场期批套间款篇班天日月时平米公千克册本户座处所条首部幅张块名位%版级]))`,
);
/**
 * Before 2010, a cut-off is a cohort whatever follows (`2000年以前建成小区`, `1949年前老党员`): no current table sets a
 * deadline that long past (stale-year reads date targets by it too).
 */
export const OLDEST_DEADLINE = 2010;
const OLD_CUT_OFF = new RegExp(String.raw`^年${MONTH_DAY}(?:底|末)?(?:以前|之前|前|以后|之后|后)`);
const CJK_OR_YEAR_WORD = /^\s*[年\u4e00-\u9fff]/;

/** Whether `at` sits inside 《…》 (a document's title). */
function insideBookTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf("《") > before.lastIndexOf("》");
}

/** The years a name or description mentions as a target's year, in order. */
export function mentionedYears(text: string): number[] {
  return yearsAt(text).map((y) => y.year);
}

/** The same years, with where each stands in the text (a fix replaces that one, not the first alike). */
export function yearsAt(text: string): { year: number; at: number }[] {
  const flat = toHalfWidth(text);
  const years: { year: number; at: number }[] = [];
  if (!ANY_YEAR.test(flat)) return years;
  for (const m of flat.matchAll(YEAR)) {
    const at = m.index ?? 0;
    const before = flat.slice(Math.max(0, at - 4), at);
    const after = flat.slice(at + 4);
    if (BAD_BEFORE.test(before) || BAD_AFTER.test(after) || insideBookTitle(flat, at)) continue;
    if (Number(m[0]) < OLDEST_DEADLINE && OLD_CUT_OFF.test(after)) continue;
    // A bare number followed by punctuation or nothing is more likely an amount than a year.
    if (!CJK_OR_YEAR_WORD.test(after)) continue;
    years.push({ year: Number(m[0]), at });
  }
  return years;
}
