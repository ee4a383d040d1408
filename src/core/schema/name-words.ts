/**
 * Words in an indicator's name that say what kind of quantity it measures
 * (spec §5: shares, counts, money, growth rates, savings), as data. The value
 * rules ask `nameKind` (src/core/value/name-kind.ts), which reads these.
 */
import type { Measure } from "./unit-words";

export const GROWTH = /增长率|增幅|增速|提升率|提高率|上升率|涨幅|增长比例|增长幅度/;
/**
 * A rate of decline (`能耗下降率`, `成本降低率`, `发病率降幅`): it cannot pass 100%, but below 0% it only says the
 * quantity grew, which a target may state; it is no impossible share.
 */
export const DECLINE = /(?:下降|降低|减少|压降|减排|削减)(?:率|比例|幅度)|降幅/;
export const SHARE = /(?:率|比例|比重|占比|满意度|满意率)$/;
/** A floor-area ratio or a sex ratio (`容积率 ≤2.5`, `性别比 ≤110`): a ratio by nature. */
// `生师比 ≤19`, `床护比 1:0.6`: pupils or beds per one teacher or nurse.
// A bond's coverage written as a multiple (`偿债备付率 ≥1.2`, `本息覆盖倍数 ≥1.25`, `项目收益覆盖率 1.35`) and an energy or
// grid ratio (`能效比 ≥3.2`, `电网容载比 1.8-2.2`): thirteenth session.
// Fifteenth session: a finance ratio (`流动比率 ≥1.5`, `速动比率`) and 统计公报's `城乡居民收入比 ≤2.2`.
const RATIO_NAME = String.raw`容积率|性别比例?|生师比|师生比|床护比|医护比|能效比|容载比|备付率|倍数|(?:收益|本息|偿债)\S{0,4}覆盖率|[流速]动比率|收入比`;
/** A bond's coverage, written as a multiple or in percent (`偿债备付率 ≥1.2`, `本息覆盖倍数 ≥120%`). */
export const COVERAGE_MULTIPLE = /备付率|(?:收益|本息|偿债)\S{0,4}覆盖(?:率|倍数)|覆盖倍数/;
/** A rate whose base the name states (`万车死亡率`, `每千人口…率`, `亿元GDP生产安全事故死亡率`). */
// `特种设备万台死亡率`, and an incidence further off (`工矿商贸就业人员十万人生产安全事故死亡率`; thirteenth session); not
// a share whose name only mentions a base (`千吨万人饮用水水源地水质达标率`).
const PER_BASE_RATE_NAME = String.raw`(?:十万|万|千|亿)(?:人口|人|车|辆|台|户|元)(?:[\u4e00-\u9fff]{0,4}|[\u4e00-\u9fff]{0,10}(?:死亡|发病|患病|发生|事故|犯罪|发案))率$|亿元GDP`;

// Rates counted in times (周转率 ≥6次) or that run past 100% by nature (本息覆盖率 ≥120%, 出栏率 ≥150%, 自给率 ≥105%);
// ratios by nature and rates per a base are no share of a hundred either. 有效率 (数据有效率, 治疗总有效率) is a share.
export const NOT_SHARE = new RegExp(
  String.raw`(?:频率|功率|速率|(?<!有)效率|周转率|出栏率|自给率|杠杆率|回报率|收益率|本息覆盖率|偿债覆盖率|覆盖倍数|病床使用率|${RATIO_NAME})$|${PER_BASE_RATE_NAME}` +
    // A gross enrolment ratio counts pupils of every age (`小学毛入学率 ≥104%`); equity kept and grown (`保值增值率
    // ≥105%`), private money drawn in (`社会资本撬动比例 ≥300%`); output per worker, 亩 or ton (`全员劳动生产率 ≥15万元/人`).
    String.raw`|(?:毛入(?:学|园)率|床位使用率|保值增值率|(?:撬动|带动|放大)(?:比例|比率|倍数|倍率)|生产率|产出率)$`,
);
/**
 * A rate that revenue, investment or output may pass (`税收收入预算完成率 ≥102%`, `招商引资任务完成率 ≥110%`,
 * `达产率 ≥100%`); a plain 完成率 stays a share (spec §6: `项目完成率` cannot pass 100%).
 */
export const MAY_EXCEED = new RegExp(
  String.raw`(?:(?:收入|税收|招商|引资|销售|产值|营收)\S*完成率|达产率|产销率` +
    // Volumes recovering to a baseline year (`客运量恢复率 ≥110%`); not a share recovered (`植被恢复率`).
    String.raw`|(?:游客|客流|旅游|消费|产能|生产|营业|客运|运量|收入|演出|人次|交易|出入境|航班|班次|旅客|货运|吞吐)\S{0,6}恢复率` +
    // The same against a baseline year's level (`旅游收入达到2019年同期水平比例 ≥105%`).
    String.raw`|同期水平的?(?:比例|比重|比率)` +
    // A target set from above, which may be overfulfilled (`城镇新增就业目标任务完成率 ≥105%`, `固定资产投资完成率`).
    // Any target or plan set from above (`专利授权量目标完成率`, `社保费征缴计划完成率`) or an amount against its plan
    // (`技术合同成交额完成率`, `研发投入完成率`); a bare `项目完成率` stays a share (spec §6).
    String.raw`|(?:目标|任务|计划)完成率|下达\S{0,8}任务的?比例|(?:额|投入)完成率|(?:就业|出口额?|贷款|投放|投资额?|融资)完成率|(?:零售|消费|外贸|进出口)\S{0,6}完成率` +
    // Ratios of animals born or sold to the herd (`基础母羊产羔率 ≥110%`, twins; `生猪出栏率`), and a material's
    // stretch (`土工膜断裂伸长率 ≥600%`): more than the whole by nature.
    String.raw`|产羔率|产仔率|繁殖率|出栏率|伸长率|延伸率|膨胀率` +
    // A special bond's income over its principal and interest (`项目收益覆盖率 ≥120%`: at least 1.2 times).
    String.raw`|(?:收益|本息|偿债)\S{0,4}覆盖率` +
    // Debt over the money available to repay it (`地方政府综合债务率 ≤100%`, many regions above): a ceiling, not a share.
    // A note in brackets after the name (`旅游总收入恢复率（较2019年同期）`) leaves it what it is.
    String.raw`|债务率)(?:[(（][^()（）]*[)）])?$`,
);
export const COUNT = /(?:数量|次数|人数|场次|个数|户数|家数|件数|台数|项数|期数|份数|人次|数)$/;
export const NOT_COUNT = /(?:指数|系数|分数|倍数|参数|函数|基数)$/;
/** A satisfaction level (`群众满意度`, `满意率`, `满意度调查`); not a measure of the survey (`满意度调查覆盖率`). */
export const SATISFACTION =
  /满意(?:度|率|程度)(?:调查|测评|评价|情况|水平|得分|指数|达标率){0,2}(?:[≥≤><=＞＜＝]+\s*\d+(?:\.\d+)?\s*[%％]?)?$/;
export const SAVING = new RegExp(
  String.raw`节支|节约率|节资率|政府采购率|节约额|节约金额|(?:节约|节省|压减|压缩|削减)\S{0,3}(?:资金|经费|支出|开支|成本|费用)` +
    // `成本降低额`, `降低运行成本`, `公用经费压减额`: money not spent.
    String.raw`|(?:降低|减少)\S{0,4}(?:成本|费用|支出|开支)$|(?:成本|费用|支出|开支|经费)(?:降低|减少|压减|节约)(?:额|金额|资金)?$`,
);
// `待遇发放额`, `成交额`: the amount paid out or traded (nineteenth session's review: `28600万` had been asked for 万次).
export const MONEY =
  /投资|产值|经费|资金|补贴|补助|成本|费用|金额|收入|营收|税收|利润|销售额|奖励|预算|支出|资助|增收|费$|(?:发放|支付|拨付|兑付|成交|交易)额/;
// Whom money reaches is counted, not paid (`补贴发放人次`, `资金惠及农户`, `补助资金受益人口 ≥5万`), and so is what
// it buys (`补贴农机具数量`, `补贴作业面积`, `补贴家电销售量`, `投资建设道路里程`, `奖励扶持项目`).
export const NOT_MONEY = new RegExp(
  String.raw`(?:时间|时限|时长|及时性|数|率|比例|占比|人次|户次|户|人口|人|学生|对象|企业|人员|家庭|群众|主体` +
    String.raw`|数量|(?<!资金|投资|资)量|面积|里程|长度|车辆|项目|村集体)$|惠及|受益|覆盖`,
);

/**
 * A name that ends in the money it measures (`补贴资金`, `项目经费`, `人均补助`, `奖励金额`): a bare `万` after its
 * number is 万元. Not a name whose money word only opens it (`补贴农机具`, `资助贫困生`, `奖励优秀教师`): 1.2万 of
 * them is a count (seventeenth session's review of fixes).
 */
export const MONEY_ENDING =
  /(?:投资|产值|经费|资金|补贴|补助|成本|费用|金额|收入|营收|税收|利润|销售额|奖励|奖金|预算|支出|资助|增收|费|款|(?:发放|支付|拨付|兑付|成交|交易)(?=额))(?:额度?|金|标准)?(?:[(（][^()（）]*[)）])?$/;

/** A rate against a cap (`在职人员控制率`, `"三公"经费控制率`): actual over the ceiling, which can pass 100%. */
export const CONTROL_RATE = /控制(?:率|比例)/;

/** Over-spend rates: percentages where less is better (saving rates, SAVING, are not among them). */
export const OVERSPEND = /超支|超标|超预算/;

/** Names that say what they count, and the units that count it (`网页访问量` → 次, 人次). */
export const NAME_UNITS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/(?:浏览|访问|点击|播放|观看|阅读)(?:次数|人次|数|量)$/, ["次", "人次"]],
  [/人次(?:数)?$/, ["人次"]],
  [/人数$/, ["人"]],
  [/次数$/, ["次"]],
  [/户数$/, ["户"]],
  [/(?:企业|家)数(?:量)?$/, ["家"]],
  [/台(?:套)?数$/, ["台"]],
  [/件数$/, ["件"]],
  [/个数$/, ["个"]],
];

/**
 * Words around a percentage that make it a change (`较上年下降10%`, `同比增长≥5%`): a count may change by a %.
 * A level is no change (`提升至70%`, `提高到95%`).
 */
export const CHANGE_WORDS =
  /较|同比|环比|增幅|降幅|上年|去年|上一年|往年|基数|压降|压减|(?:增长|下降|减少|增加|提高|降低|上升|提升)(?!\s*[至到为])/;

/**
 * A percentage of a base the value names (`占总人口的30%`, `≥95%（占总户数）`, and with 的 alone: `不低于在编人数的90%`,
 * `≥建档立卡户的90%`): a count stated as its share. Not `占比`, `占道`, `占用`, `占地`: they name no base.
 */
export const BASE_SHARE = /占(?![比道用地])[^\d%％]{1,12}|[\u4e00-\u9fff]的\s*\d+(?:\.\d+)?\s*[%％]/;

/** Words before a count that make it a frequency (`每月≥2次`, `按季度1次`): a 时效指标 may state one. */
// `每小时1次`, `每个月1次`, `每学年1次`, `一年4次`, `月度1次`, and each of several seasons (`丰平枯水期各1次`).
export const FREQUENCY_WORDS =
  /每[两二三四半]?个?(?:小时|日|天|周|旬|月|季度?|半年|年度?|学期|学年|批次?|晚|夜|班次?)|按(?:日|天|周|旬|月|季度?|半年|年(?!度)|学期)|^(?:全年|年度|季度|半年|一年|年均|月度|双月)|各$/;
/** A count per a time written after it (`1次/季`, `1次/2小时`, `2次/班`). */
export const PER_TIME_AFTER = /^\s*[/／]\s*\d*\s*个?(?:小时|h|日|天|周|旬|月|季度?|半年|年|学期|学年|班次?|晚)/;

/** A rate of how often something happens (`设备故障率 ≤2次/月`): a count per a time states it. */
export const OCCURRENCE_RATE = /(?:故障|事故|发生|发案|投诉|停电|停水)率$/;

/**
 * A rate in the engineer's sense, measured in a physical unit (`采样率 ≥44.1kHz`, `码率 ≥4Mbps`, `分辨率 ≥1080P`,
 * `刷新率 ≥60Hz`, `防渗帷幕透水率 ≤3Lu`): no share, whatever its 率 says.
 */
export const PHYSICAL_RATE =
  /采样率|码率|比特率|分辨率|帧率|刷新率|传输率|速率|功率|频率|转速|汇率|坡率|容积率|降水率|蒸发率|透水率|渗透率|渗透系数|电导率|电阻率|剂量率|剂量当量率|衰减率|侵蚀率|渗漏率|油耗率|饲料转化率|料肉比|亩产率|单产率/;

/**
 * A share of things by its name: what met a standard, passed, was covered, done, used, recovered, treated or taken
 * (`噪声达标率 ≤55分贝`, `地下水开采率 ≤800万立方米` state the measure, not the share).
 */
export const SHARE_OF_THINGS = /(?:达标|合格|覆盖|完成|利用|回收|处理|治理|普及|到位|开采|使用)率$/;

/**
 * A share of days by its name (`空气质量优良天数比例`, `达标天数占比`): the days themselves (`≥300天`) are the count the
 * share is taken of, not the share.
 */
export const SHARE_OF_DAYS = /天数的?(?:比例|比率|比重|占比|率)$/;

/** A cost named by its money (`项目总成本`, `培训费`, `补助资金`), not by its effect (`对周边环境的影响`). */
export const MONEY_COST_NAME = /(?:成本|费用?|资金|经费|支出|预算|投资|金额)(?:总额|标准|控制)?$/;

/**
 * A rate of things done in time (`检测及时率`, `按时办结率`): its target is a share; the time limit itself (`≤7工作日`)
 * is another indicator's (nineteenth session's review of the budget systems' exports).
 */
export const IN_TIME_RATE = /(?:及时|按时|按期|准时|限时)[\u4e00-\u9fff]{0,4}率$/;

/** A number of days as a unit: `天`, `日`, `个工作日`. */
export const DAYS = /^(?:天|日|个?工作日)$/;

/** A length of time as a unit: days, working days, hours, minutes. */
export const DURATION = /^(?:天|日|个?工作日|个?小时|h|分钟)$/;

/**
 * A count of things late (`超期办件数 0件`, `长期未结案件`, `逾期未办结事项`, `超时未处置工单`): how 政务服务 and 法院
 * tables state timeliness (fifteenth session), a count under 时效 that is no 数量 in the wrong row.
 */
// Late, delayed, behind and in arrears in other words (seventeenth session's review: `迟报次数 0次`, `进度滞后项目数 0个`).
export const LATE_THINGS =
  /超期|逾期|超时|延期|积压|迟报|迟到|延误|延迟|滞后|拖欠|晚点|误点|未按(?:时|期)|(?:长期|久拖)未(?:结|办|决)/;

/** A name that counts things by its last word (`演出场次`, `培训人次`, `受益户数`, `新建学校数量`). */
export const COUNTED_THINGS =
  /(?:场次|人次|次数|人数|户数|个数|家数|件数|台数|项数|期数|批次|车次|数量)(?:[(（][^()（）]*[)）])?$/;

/** Words of money anywhere in a name (`补助资金发放人数` may be written as the money it pays out). */
export const MONEY_WORDS = /资金|经费|金额|预算|投资|成本|费用|收入|产值|补助|补贴|奖励|奖补|价款|税|款/;

/**
 * A 时效指标 named for how often (`监测频次 ≥4次`, `巡查频率`, `按季度报送报告 | 4次`): a count there is a frequency.
 * Frequency words (`按月`, `每季度`, `定期`) count only with 次 (`每月发放人数 ≥300人` counts people).
 */
export const FREQUENCY_NAME = /频次|频率|频度/;
export const FREQUENCY_NAME_WORDS =
  /按(?:日|天|周|旬|月|季度?|半年|年(?!度))|每(?:日|天|周|旬|月|季度?|半年|年(?!度))|定期/;

/** Routine checks and reports counted in 次 (`监测次数 | 4次`, `资金发放次数`): how often; `培训次数` is an output. */
export const TIMES_NAME = /(?:监测|检查|巡查|巡检|督查|督导|抽查|抽检|通报|报送|调度|发放|拨付|更新|维护|保养)次数/;

/**
 * A count of things done in time (`按时办结件数 ≥5000件`, `按期完成任务数`, `限时办结`): how much was on time, as
 * LATE_THINGS counts what was late (eighteenth session's review). Not after 未 (`未按时办结件数` is late). `当年新增
 * 就业人数`, `项目完成数 | 10个` under 时效 stay counts in the wrong row.
 */
export const ON_TIME_THINGS =
  /(?<!未)(?:按时|按期|如期|准时|限时)(?:办结|完成|完工|交付|到位|拨付|发放|办理|处置|结案)/;

/** A rate of dissatisfaction (`群众不满意率`) is no satisfaction: less is better. */
export const DISSATISFACTION = /不满意/;

/** The things a cost may be per (`每户`, `每平方米`), after 每 in a name or a value. */
const PER_THINGS =
  "平方米|平米|人|户|亩|台|辆|套|个|件|公里|米|吨|次|期|家|场|所|校|村|批|班|座|站|床|项|车|处|条|栋|间|名|位";

/** The things an average is over (`人均`, `户均`, `床均`), before 均. */
const AVERAGED_OVER = "人户亩村校生场次件座站床项家";

/** A cost per unit named so (`设备采购单价`, `户均补助`, `人均培训费`, `每平方米改造成本`): never summed. */
export const PER_UNIT_NAME = new RegExp(
  String.raw`单价|均价|[${AVERAGED_OVER}]均|公里均|每(?:${PER_THINGS})` +
    // A cap on one item (`单个项目最高补助`, `单家企业奖励上限`, `单位面积改造造价`): no part of the total.
    String.raw`|单(?:个|家|台|套|场|次|项|人|户|所|校|村|批|期|件|座|站|床|辆|公里|方|处|条|栋|间)|(?<!共享|公共)单车|单位(?:面积|造价)|最高|上限|封顶` +
    // Works and research per unit (fifteenth session): `泵站平均造价`, `平方米造价`, 科研's `资助强度` (money per project).
    String.raw`|平均(?:造价|单价|成本|费用|投资|价格|补助)|平方米(?:造价|单价|成本)|(?:资助|补助|支持)强度`,
);

/**
 * A value that says its money is per a thing, before the amount or in a note after it (`人均≤200元`, `户均≤3万元`,
 * `≤3万元（每户）`, `≤3万元（按户补助）`): a cost per unit, whatever the name says (seventeenth session's review). The
 * name's own words of a cap (`最高`, `上限`) are not here: in a value they bound the amount itself.
 */
export const PER_UNIT_VALUE = new RegExp(String.raw`[${AVERAGED_OVER}]均|每(?:${PER_THINGS})|按(?:户|人|亩|村|校)`);

/** A cost named as the whole (`项目总成本`, `成本合计`): the other costs beside it are its parts. */
export const TOTAL_COST_NAME = /总(?:成本|费用|经费|支出|金额|额)|(?:成本|费用|经费|支出)(?:合计|总计|总额)|^合计$/;

/** A proportion's name (`师生比`, `配置比例`, `比值`): `1:10-1:20` there is a range of ratios, not of clock times. */
export const PROPORTION_NAME = /比(?:例|值|率)?(?:[(（][^()（）]*[)）])?$/;

/**
 * Names whose value needs no unit: an index, a coefficient, a ratio by nature (`灌溉水有效利用系数 ≥0.58`,
 * `PUE值 ≤1.3`, `容积率 ≤2.5`, `出生人口性别比 ≤110`), or a rate whose base the name states (`万车死亡率 ≤1.5`).
 */
// A bracketed note may close the name (`布雷图指数（BI）`).
export const UNITLESS_NAME = new RegExp(
  // An index's abbreviation after it (`公路技术状况指数MQI`, `路面使用性能指数PQI`).
  // A road's condition indices by their letters alone (`路况MQI ≥80`, `路面PCI`; not `急诊PCI`, a procedure).
  // A journal's `影响因子`, a hospital's `病例组合指数CMI值`, a camera's `分辨率 1920×1080` (pixels by pixels).
  // A power factor (`功率因数 ≥0.9`), visual acuity on the five-point scale (`儿童视力 ≥5.0`): eighteenth session's review.
  String.raw`(?:指数[A-Z]{0,4}值?|系数[A-Z]{0,4}|影响因子|因数|视力|分辨率|PUE值?|AQI|(?:路|公路|路面|路况)\S{0,6}(?:[MPR]QI|PCI|RDI|SCI|SRI|PSSI)|[pP][hH]值?|酸碱度|${RATIO_NAME})(?:\s*[(（][^()（）]*[)）])?$|${PER_BASE_RATE_NAME}`,
);

/**
 * A part of a total listed under it (`其中：设备购置费`), or a cap inside another cost (a department's `“三公”经费`
 * and `机关运行经费` lie within its 公用经费 and 基本支出): compared with the budget alone, never summed.
 */
export const BREAKDOWN_NAME = /^\s*其中|三公|机关运行经费|公务接待费|公务用车运行|因公出国/;

/**
 * Money that is not the year's budget (`项目总投资`, `撬动社会资本投入`): never compared with 预算数. A works project's
 * whole (`工程总概算`, `总造价`, `合同总金额`, `项目总预算`) spans its years, as 总投资 does.
 */
export const NOT_BUDGET_MONEY =
  /(?<!年度|本年|当年)(?:总投资|总概算|概算批复|总造价|合同总金?额|项目总预算)|社会资本|社会资金|撬动|吸引.{0,6}投资/;

/** A basis that takes a cost from a works project's approved estimate (`预算支出标准（批复概算）`): all its years' money. */
export const ESTIMATE_BASIS = /概算/;

/** A cost that is a floor by its name (`最低工资标准`, `地方配套资金`, `自筹资金`): ≥ is right for it. */
// Standards the law sets as minimums (`城市低保标准 ≥800元/人·月`, `特困人员基本生活标准`) are floors too.
// So are the national minimums for orphans, pensions, medical insurance and the disabled (`孤儿基本生活保障标准`,
// `城乡居民基础养老金`, `城乡居民医保人均财政补助标准 不低于670元`, `困难残疾人生活补贴标准`).
export const FLOOR_NAME = new RegExp(
  String.raw`最低|下限|保底|配套资金|配套比例|自筹|低保|最低生活保障|特困|基本生活(?:保障)?标准|供养标准|养育标准` +
    String.raw`|基础养老金|医保\S{0,6}财政补助标准|残疾人(?:生活|护理)补贴标准|两项补贴` +
    // National per-head standards set as floors (医保, 基本公共卫生服务), 优抚 standards, a bond project's own capital.
    String.raw`|人均财政补助标准|人均基本公共卫生服务经费补助标准|抚恤补助标准|优待金|项目资本金|地方配套` +
    // Minimums set by national rule (twelfth session): 义务教育生均公用经费基准定额 (小学720元, 初中940元 a pupil a
    // year), 村级组织运转经费 (不低于11万元 a village), 村党组织书记基本报酬.
    String.raw`|生均公用经费|基准定额|村级组织运转经费|村党组织书记基本报酬` +
    // Village cadres' pay, guaranteed at no less than a multiple of rural income (eighteenth session's review).
    String.raw`|村(?:[(（]社区[)）])?(?:两委)?干部\S{0,2}基本报酬`,
);

/**
 * Floors per head, pupil or 亩 under names that also title a programme's whole money (thirteenth session): the
 * national floors as officers word them (`基本公共卫生服务人均经费 ≥99元/人`, `基本公卫人均财政补助`), per-pupil
 * funding (`地方普通本科高校生均拨款水平 不低于1.2万元/生·年`, 财教〔2010〕567号; 高职 财教〔2014〕352号), the national
 * 营养膳食补助 (5元/生·天), 孤儿 and 特困 基本生活费, and 高标准农田's investment per 亩. A floor only on an amount per
 * a thing: `营养膳食补助资金 ≥900万元` is the programme's total, a cost like any other.
 */
// Fifteenth session: `生均财政拨款标准`, a 医保 subsidy per head without 标准, and the rural roads' upkeep per 公里
// (国办发〔2019〕45号: 县道 ≥10000, 乡道 ≥5000, 村道 ≥3000 元 a 公里 a year).
export const PER_UNIT_FLOOR_NAME =
  /基本公共卫生服务\S{0,6}(?:经费|补助)|基本公卫\S{0,6}补助|生均(?:财政)?拨款|营养膳食补助|基本生活费|亩均(?:财政)?投入|人均财政补助|医保\S{0,8}财政补助|(?:[县乡村]道|农村公路)\S{0,2}养护(?:资金|补助|经费)?标准/;

/**
 * Rural roads' upkeep money by its name (`村道养护补助`, `县道日常养护经费`, `日常养护补助标准`): per 公里 it is the
 * national floor (国办发〔2019〕45号) (eighteenth session's review). A price or a cost (`高速公路养护单价`, `河道养护成本`)
 * is no floor.
 */
export const UPKEEP_NAME = /^(?!.*(?:单价|成本|造价)).*(?:(?:农村公路|[县乡村]道).*养护|养护.*(?:补助|补贴|资金标准))/;

/** An amount per head or pupil by its name (`人均经费标准`, `生均补助`). */
export const PER_HEAD_NAME = /^(?:人均|生均|户均)/;

/** A rate by its name (`误码率`, `泄漏率（%）`): 率 at the end, a bracketed note after it allowed. */
export const RATE_NAME = /率(?:\s*[(（][^()（）]*[)）])?$/;

/** A yes/no question (`是否按时完成`, `资金使用是否合规`): its target is 是 or 否, never an amount or a count. */
export const YES_NO_NAME = /^是否|是否$|是否[^，,；;]{1,12}$/;

/**
 * A project whose money is a national floor per head or pupil (`基本公共卫生服务项目`, `农村义务教育学生营养改善计划`):
 * its per-head cost (`人均经费标准 ≥94元/人`) is that floor, however short the indicator's name.
 */
export const PER_HEAD_FLOOR_PROJECT =
  /基本公共卫生服务|基本公卫|公共卫生服务补助资金|营养改善计划|营养膳食补助|生均(?:财政)?拨款/;

/**
 * A payment made to people at regular times (`乡村教师生活补助标准`, `高龄津贴`, `孤儿基本生活费`, `国家助学金`): local
 * policy sets most of these as minimums (`80周岁以上高龄津贴 不低于100元/人·月`), so a floor is right for them when
 * the amount is per head and per month or year (PAYMENT_PER_PERIOD). A purchase subsidy per thing
 * (`购置补贴 ≤4.5万元/辆`) and an operating subsidy to a firm (`公交运营补贴 ≥800万元/年`) stay costs with a ceiling,
 * and so does aid paid against costs, capped by policy (`残疾儿童康复救助补助`, `临时救助`): no 救助 name is one.
 */
// Living allowances only: a bare 补贴 or 报酬 (`公务交通补贴`, `就业见习补贴`, `网格员劳务报酬`) is set or capped by policy.
export const ALLOWANCE_NAME =
  /^(?!.*救助).*(?:生活补助|生活补贴|护理补贴|津贴|生活费|抚恤金?|扶助金|奖学金|助学金|养老金|高龄(?:老人)?补贴|长寿补贴|奖励扶助|特别扶助|父母奖励|(?<=(?:困难|低收入|高龄|失能)\S{0,12})养老服务补贴)(?:资金)?(?:发放)?(?:人均)?(?:标准|金额|水平|额度)?$/;

/** Money per head per month or year (`元/人·月`, `元/户·年`, `元/人/月`, `元/月·人`). */
export const PAYMENT_PER_PERIOD =
  /^(?:元|万元)\/(?:(?:人|户|生|名|位)[·*×、/]?(?:月|年)|(?:月|年)[·*×、/](?:人|户|生|名|位))$/;

/** A name ending 标准 (`生活补助标准`): a rate per head when far below the budget, a total otherwise. */
export const STANDARD_NAME = /标准$/;

/**
 * A rate of harm by its name (`孕产妇死亡率`, `事故发生率`, `辍学率`, `故障率`): the lower the better, so its target is a
 * ceiling (`≤5‰`). A fall in it (`死亡率下降`) is FALLING_NAME's. A fault of process with words between (`逾期发放率`,
 * `超时办结率`; nineteenth session's review): the words between say what was done late or wrongly (发放, 办结,
 * 使用 …), never what corrects the fault (`违法查处率`, `逾期清收率`, `违规整治率`: more is better; the session's
 * own reviews).
 */
export const HARM_RATE =
  /(?:死亡|病死|致死|发病|患病|感染|犯罪|发案|差错|失误|误诊|不合格|返工|故障|辍学|复发|漏报|错报|违规|违法|超标|逾期|空置|闲置|发生)率$|(?:逾期|超期|超时|违规|违法)(?:发放|支付|拨付|兑付|结算|办结|办理|完成|交付|报送|上报|使用|发生)率$/;

/**
 * A name that says what goes down (`能耗降低率`, `投诉下降比例`): its target is a floor on the fall, which an officer
 * may well mark 反向 for the thing falling; the row then contradicts itself only in words.
 */
export const FALLING_NAME =
  /降低|下降|减少|压减|压降|压缩|减排|减量|削减|缩减|缩短|缩小|降幅|减幅|下调|化解|改善|减轻|减免|淘汰|退出|节约|节省|节支/;

/** The words that name a length, an area or a volume (`长度`, `面积`, `容积`). */
const MEASURE_WORDS_OF: readonly [string, Measure][] = [
  ["长度|里程", "length"],
  ["面积", "area"],
  ["容积|库容|体积", "volume"],
];

/**
 * A name that says which measure its value is (`道路硬化长度`, `棚圈建设面积`, `青贮窖容积`): its unit must be of that
 * measure (fourteenth session: `≥6.8平方米` on a length and `≥3000公里` on an area passed, both being "physical").
 */
export const MEASURE_NAME: readonly [RegExp, Measure][] = MEASURE_WORDS_OF.map(([words, m]) => [
  new RegExp(`(?:${words})$`),
  m,
]);

/** The words that mention a length, an area or a volume anywhere in a name (`长度（折合面积）` mentions two). */
export const MEASURE_MENTIONS: readonly RegExp[] = MEASURE_WORDS_OF.map(([words]) => new RegExp(words));

/**
 * A name that asks for a day (`资金到位时间`, `项目完成时间`, `验收日期`): when something happens, not for how long
 * (`设备运行时间`, `平均响应时间`, `志愿服务时间` are durations, in hours or minutes).
 */
export const DATE_NAME =
  /(?:到位|到账|完成|开工|竣工|验收|发放|拨付|兑付|启动|上线|交付|开始|结束|截止|办结|支付|下达|实施|投用|投入使用|建成|印发|出台|报送|提交|召开|举办|采购|签订|公示)(?:时间|时点)$|日期$/;
