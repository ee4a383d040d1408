/**
 * Each comparator spelling with its mirror (`≥` ↔ `≤`, 不少于 → 不超过), as data:
 * the suggestions that turn a value's comparator round read it.
 */

export const COMPARATOR_MIRROR: Readonly<Record<string, string>> = {
  "≥": "≤",
  "≤": "≥",
  "≧": "≤",
  "≦": "≥",
  ">=": "≤",
  "<=": "≥",
  "＞＝": "≤",
  "＜＝": "≥",
  ">": "<",
  "<": ">",
  "＞": "＜",
  "＜": "＞",
  不少于: "不超过",
  不低于: "不高于",
  不小于: "不大于",
  至少: "最多",
  大于等于: "小于等于",
  不超过: "不低于",
  不高于: "不低于",
  不大于: "不小于",
  不多于: "不少于",
  最多: "至少",
  小于等于: "大于等于",
  超过: "低于",
  超: "低于",
  大于: "小于",
  高于: "低于",
  多于: "少于",
  少于: "多于",
  低于: "高于",
  小于: "大于",
  以上: "以内",
  及以上: "及以下",
  以下: "以上",
  及以下: "及以上",
  以内: "以上",
};

/** Comparators written after the number (`100%以上`): a mirror replaces the last occurrence. */
export const SUFFIX_COMPARATORS: ReadonlySet<string> = new Set(["以上", "及以上", "以下", "及以下", "以内"]);

/**
 * What a comparator may compare a phrase with (`≥国家标准`, `≤国家排放标准限值`, `≥上年`, `≤全国平均水平`, `≤预算`,
 * `≤合同金额`, `≤中标价`, `≤批复金额`, `≥省下达任务数`, `≤政府指导价`, `≥省定目标`, `≥全省平均`, `≤概算`, `≥Ⅲ类标准`,
 * `≥一级A`): a reference level, so the sign is a real target, as `不低于国家标准` is.
 */
const LEVEL_OWNER = String.raw`国家|行业|地方|当地|省级?|市级?|县级?|区级?|省定|市定|县定|全国|全省|全市|全县|全区|同类|上级|本地区?|国标|设计|政府|财政|核定|收费|考核|年度|年初`;
const LEVEL = String.raw`标准|限值|水平|规定|要求|定额|目标|平均(?:水平|值|数|进度)?|指导价|评审(?:金额|价)?|预算|计划|任务数?|时限`;
export const REFERENCE_WORDS = new RegExp(
  String.raw`^(?:(?:${LEVEL_OWNER})\S{0,8}?(?:${LEVEL})` +
    String.raw`|上年|去年|上一年|同期|历史|预算|基准|批复|合同|中标|(?:招标)?控制价|市场价|计划|(?:省|市|县|区|上级)?下达` +
    String.raw`|国标|概算|定额|审定|任务数|规定时限` +
    // Spending kept up with the calendar (`支出进度 ≥序时进度`: the share of the year gone at each check date).
    String.raw`|序时进度` +
    // A benchmark rate (`≤LPR`, `≤贷款市场报价利率`).
    String.raw`|LPR|SHIBOR|CPI|贷款市场报价利率|基准利率` +
    // Another rate it must keep up with (衔接资金: `脱贫人口人均纯收入增幅 ≥农村居民人均可支配收入增幅`).
    String.raw`|[\u4e00-\u9fff]{2,16}(?:增幅|增速|增长率)$` +
    // A water or discharge grade, with its 标准 (`Ⅲ类标准`, `二级标准`, `一级A`).
    String.raw`|(?:[ⅠⅡⅢⅣⅤ]+|[1-5IV]+)类(?:水质)?标准|[一二三四五]级[AB]?(?:标准)?$)`,
);

/**
 * A count of none in words (`零投诉`, `零事故`, `零伤亡`): the number 0 of what follows, so a count unit beside it
 * (`次`, `起`) and a `=` or `≤` are consistent with it.
 */
export const ZERO_IN_WORDS = /^零[\u4e00-\u9fa5]{1,8}$/;

/**
 * A 指标方向 column's words (陕西, 甘肃 and 一体化 exports): 正向 — the more the better, so a target is a floor
 * (≥); 反向 — the less the better, a ceiling (≤). `中性`, `=` and `定性` state no direction.
 */
export const UPWARD_WORDS = /^(?:正向|正向指标|越大越好|越高越好)$/;
export const DOWNWARD_WORDS = /^(?:反向|反向指标|逆向|逆向指标|越小越好|越低越好)$/;

/**
 * Words that say "all of it" (`全覆盖`, `全部完成`): on a share (覆盖率, 完成率) they mean 100%, which a quantity's
 * value is offered instead.
 */
export const WHOLE_WORDS = /^(?:全覆盖|全部覆盖|全面覆盖|全域覆盖|全部|全部完成|全面完成|全部达标|全部到位|全部落实)$/;
