/**
 * Units by dimension (spec §3), their standard spellings, and money conversion.
 *
 * 吨 is a count: in these tables it measures goods stored or handled
 * (`≥2000吨` 食盐储备) under 数量指标, like 辆 or 台; the measuring units of a
 * physical quantity (毫克/公斤, 平方米, GHz) are "physical". 月 is "time" here;
 * the parser decides when `≤10月` is a date.
 */
import { PREFIX_SOURCE } from "./comparator";
import type { Dimension } from "./types";

// Foreign currencies (外贸, 外资 indicators) are money, though no rate converts them to the budget's 万元.
const MONEY = ["元", "万元", "亿元", "千元", "百万元", "千万元", "万亿元", "美元", "港元", "欧元", "日元"];
const PERCENT = ["%", "‰", "百分比", "百分号", "百分之", "个百分点", "百分点"];
const COUNT = [
  // A pupil, as per-pupil amounts are written (`元/生·年`, `5元/生·天`); a unit only before no Chinese word (生态).
  "生",
  "个",
  "家",
  "次",
  "人",
  "人次",
  "辆",
  "吨",
  "t",
  "场",
  "场次",
  "期",
  "份",
  "项",
  "台",
  "篇",
  "批次",
  "批",
  "班次",
  "种",
  "间",
  "件",
  "款",
  "套",
  "天次",
  "家次",
  "户",
  "户次",
  "名",
  "所",
  "座",
  "本",
  "部",
  "册",
  "张",
  "条",
  "处",
  "类",
  "片",
  "株",
  "只",
  "头",
  "台次",
  "台套",
  "架",
  "艘",
  "轮",
  "组",
  "支",
  "幅",
  "页",
  "宗",
  "笔",
  "例",
  "起",
  "位",
  "个次",
  "份次",
  "期次",
  "块",
  "盏",
  // Street lamps and towers (基), meals of 助餐 (餐), vehicles (车), stations (站): fourteenth session's city tables.
  "基",
  "餐",
  "车",
  "站",
  "棵",
  "栋",
  "层",
  "集",
  "课",
  "对",
  "单",
  "门",
  "节",
  "人天",
  "万人次",
  "剂次",
  "剂",
  "尾",
  "羽",
  "斤",
  "担",
  "箱",
  "袋",
  "瓶",
  "盒",
  "册次",
  "亩次",
  "枚",
  "匹",
  "卷",
  "眼",
  "口",
  "床",
  "幢",
  "趟",
  "车次",
  "工日",
  "学分",
  "届",
  "根",
  "杆",
  "窝",
  "粒",
  "桶",
  "罐",
  "标箱",
  "TEU",
  // Tents (应急物资), training classes, culverts, bridge spans, rocket shots (人工影响天气), archive frames (档案).
  "顶",
  "班",
  "道",
  "孔",
  "炮次",
  "画幅",
  // Visits and meals served (老年助餐, 文旅), voyages (渔政 patrols), port containers, works lots, lessons, trains.
  "客次",
  "餐次",
  "航次",
  "标准箱",
  "标段",
  "堂",
  "列",
];
/** Units of calendar time, which convert into each other exactly (working days do not). */
const CALENDAR_TIME_UNITS = [
  "年",
  "年度",
  "季度",
  "个季度",
  "月",
  "个月",
  "月份",
  "周",
  "星期",
  "天",
  "日",
  "小时",
  "个小时",
  "分钟",
  "秒",
  "h",
];
const TIME = [
  ...CALENDAR_TIME_UNITS,
  "工作日",
  "个工作日",
  // 政务服务 time limits and works schedules count days so (`≤15个自然日`, `≤90个日历天`).
  "自然日",
  "个自然日",
  "日历日",
  "个日历日",
  "日历天",
  "个日历天",
  "交易日",
  "个交易日",
  "学期",
  "个学期",
  "学年",
  "个学年",
  "旬",
  "半年",
  "学时",
  "课时",
  "岁",
  "min",
  "ms",
  "毫秒",
];
const PHYSICAL = [
  "GHz",
  "MHz",
  "kHz",
  "Hz",
  "平方米",
  "平米",
  "平方公里",
  "亩",
  "公顷",
  "米",
  "公里",
  "千米",
  "km",
  "毫克",
  "克",
  "公斤",
  "千克",
  "升",
  "立方米",
  "千瓦",
  "kW",
  "兆瓦",
  "MW",
  "千瓦时",
  "度",
  "瓦",
  "Mbps",
  "Gbps",
  "TB",
  "GB",
  "ppm",
  "℃",
  "摄氏度",
  "dB",
  "分贝",
  "毫米",
  "厘米",
  "吨标准煤",
  "吨标煤",
  "㎡",
  "m²",
  "m2",
  // A power typed with a caret where no superscript was at hand (`≥800m^2`: eighteenth session's review).
  "m^2",
  "m³",
  "m3",
  "m^3",
  "平方",
  "立方",
  "微克",
  "μg",
  "ug",
  "mg",
  "kg",
  "mL",
  "L",
  "hm²",
  "hm2",
  "km²",
  "km2",
  "km^2",
  "延米",
  "m",
  "cm",
  "mm",
  "MPN",
  "NTU",
  // Pressure, electricity, radiation, light and energy as engineering and environment tables write them (twelfth
  // session): measured, unchecked.
  "MPa",
  "kPa",
  "hPa",
  "Pa",
  "兆帕",
  "千帕",
  "百帕",
  // `mS` is left out: dimensions are looked up in lower case, where it is `ms`, milliseconds.
  "μS",
  "mSv",
  "μSv",
  "nGy",
  "μGy",
  "Bq",
  "kV",
  "V",
  "千伏",
  "kVA",
  "千伏安",
  "欧姆",
  "Ω",
  "lx",
  "勒克斯",
  "kWh",
  "MWh",
  "兆瓦时",
  "千焦",
  "tce",
  "mmol",
  "毫摩尔",
  "m/s",
  // Conductivity in millisiemens per metre or centimetre, as one symbol (its `mS` alone would read as milliseconds).
  "mS/m",
  "mS/cm",
  "mmHg",
  "毫米汞柱",
];
/** Known words after a number that measure nothing we can check (scores, multiples, grades: `4A` 景区, `3A级`). */
// `方` is cubic metres in works tables (`土方开挖量 ≥5000方`) and parties elsewhere (`合作方 ≥3方`): a unit, unchecked.
const OTHER = ["分", "倍", "级", "星", "A级", "方"];

const DIMENSION_OF = new Map<string, Dimension>();
for (const [list, dim] of [
  [MONEY, "money"],
  [PERCENT, "percent"],
  [COUNT, "count"],
  [TIME, "time"],
  [PHYSICAL, "physical"],
  [OTHER, "unknown"],
] as const) {
  for (const u of list) DIMENSION_OF.set(u.toLowerCase(), dim);
}

/** Units that also open common words (`方面`, `站点`, `车辆`, `基地`, `餐饮`): a unit only where no Chinese word goes on after them. */
export const WORD_OPENING_UNITS: ReadonlySet<string> = new Set(["方", "生", "基", "餐", "车", "站"]);

/** Every simple unit, longest first, for building the parser's unit pattern. */
export const SIMPLE_UNITS: readonly string[] = [...MONEY, ...PERCENT, ...COUNT, ...TIME, ...PHYSICAL, ...OTHER].sort(
  (a, b) => b.length - a.length,
);

const STANDARD: Readonly<Record<string, string>> = {
  "％": "%",
  百分比: "%",
  百分号: "%",
  百分之: "%",
  ghz: "GHz",
  mhz: "MHz",
  khz: "kHz",
  hz: "Hz",
  kw: "kW",
  mw: "MW",
  km: "km",
  mbps: "Mbps",
  gbps: "Gbps",
  tb: "TB",
  gb: "GB",
  db: "dB",
};

function simpleStandard(unit: string, money: boolean): string {
  const trimmed = unit.trim();
  if (money && (trimmed === "万" || trimmed === "亿")) return trimmed + "元";
  const exact = STANDARD[trimmed];
  if (exact !== undefined) return exact;
  const folded = STANDARD[trimmed.toLowerCase()];
  return folded !== undefined && !caseChangesMeaning(trimmed, folded) ? folded : trimmed;
}

/**
 * Whether writing `from` as `to` changes a letter whose case carries meaning: m and M (milli, mega: `mW` is no `MW`),
 * b and B (bit, byte: `Gb` is no `GB`). Such a spelling is left as written (seventeenth session's review of fixes).
 */
function caseChangesMeaning(from: string, to: string): boolean {
  if (from.length !== to.length) return false;
  for (let i = 0; i < from.length; i++) {
    const a = from[i];
    const b = to[i];
    if (a !== b && (a.toLowerCase() === "m" || a.toLowerCase() === "b") && a.toLowerCase() === b.toLowerCase())
      return true;
  }
  return false;
}

/** A rate per a base (`10/10万` 孕产妇死亡率, `0.5/万`, `3/千人`, `15/100000`): a share, as ‰ is. */
export const PER_BASE_SOURCE = String.raw`(?:例|人|起|次|件|个|名|户|辆|台)?\s*\/\s*(?:(?:\d+\s*)?[十百千万亿]+|10{3,8}(?![\d.]))\s*(?:人口|人|车|辆|户|元)?`;
const PER_BASE = new RegExp(`^1?${PER_BASE_SOURCE}$`);

/**
 * How many percent one of a percent-dimension unit is: 1 for `%`, 0.1 for `‰`; undefined for a unit that is no
 * part of a hundred (`个百分点` is a change, `/10万` a rate per base), which no 0–100% rule may judge.
 */
export function percentScale(unitStandard: string): number | undefined {
  if (unitStandard === "%") return 1;
  if (unitStandard === "‰") return 0.1;
  return undefined;
}

const KNOWN = new Set([...SIMPLE_UNITS, ...Object.keys(STANDARD)].map((u) => u.toLowerCase()));

/** Whether a word is a unit we know (`个`, `%`, `百分比`, `万元/辆`), not a qualifier (`线上`, `一类`). */
export function isKnownUnit(word: string): boolean {
  const text = word.trim();
  if (KNOWN.has(text.toLowerCase()) || (isCompoundUnit(text) && unitDimension(text) !== "unknown")) return true;
  // With a magnitude before it (`万人`, `万亩`, `万吨`, `万人次`): a unit column of large counts.
  return MAGNITUDE.test(text) && KNOWN.has(text.slice(1).toLowerCase());
}

const MAGNITUDE = /^[万亿]./;

const LEADING_SIGNS = new RegExp(`^(?:\\s|${PREFIX_SOURCE})+`);

/**
 * A target cell holding a unit and no number (`公里`, `万亩`, `≧ %`): the template's unit left, the figure never
 * written (陈仓 2020; nineteenth session's value review). Signs before the unit count for nothing.
 */
export function isUnitOnly(text: string): boolean {
  const rest = text.replace(LEADING_SIGNS, "").trim();
  if (rest === "" || /\d/.test(rest) || !isKnownUnit(rest)) return false;
  // A period says its own length (`季度`, `年度`, `半年`: a frequency or a term), and a grade is a target (`A级`).
  return !PERIOD_WORD.test(rest) && !/[A-Za-z]级|[级类等]$/.test(rest);
}

/** A period named by its word, a target in its own right (`信息更新频率 | 季度`, `项目实施周期 | 半年`). */
const PERIOD_WORD = /^(?:[上下]?半年|全年|年度|季度|月度|每年|每季度?|每月|每周|每天|每日)$/;

/** The separators of a compound unit (`万元/辆`, `万元|家`). */
const PER = /[/|｜／]/;

/** A compound unit (`万元/辆`), whose two parts must make sense together (`月|日` does not). */
export function isCompoundUnit(unit: string): boolean {
  return PER.test(unit);
}

/**
 * A unit in its standard spelling: `百分号` → `%`, `Ghz` → `GHz`, `万元|家` → `万元/家`,
 * and with `money` set (a money-like indicator) a bare `万`/`亿` → `万元`/`亿元`.
 */
export function standardUnit(unit: string, money = false): string {
  const parts = String(unit ?? "").split(PER);
  return parts.map((p) => simpleStandard(p, money)).join("/");
}

function simpleDimension(unit: string): Dimension | undefined {
  return DIMENSION_OF.get(standardUnit(unit).toLowerCase());
}

/**
 * What a unit measures. Compound units: money per count or time → moneyPerUnit
 * (`万元/辆`, `元/人`, `万元/年`); count per time → count (`次/日`); physical per
 * physical → physical (`毫克/公斤`); anything else (`月/日`) → unknown.
 */
export function unitDimension(unit: string): Dimension {
  const text = String(unit ?? "").trim();
  if (!text) return "unknown";
  if (PER_BASE.test(text)) return "percent";
  if (TIME_PER_TIME.test(text)) return "time";
  const parts = text.split(PER);
  if (parts.length === 1) return simpleDimension(text) ?? "unknown";
  // A compound known whole (`m/s`, `mS/m`).
  const whole = simpleDimension(text);
  if (whole) return whole;
  // `元/人/月` is per a head a month, as `元/人·月` writes it.
  if (parts.length === 3 && isPerThingOrTime(parts[2])) parts.splice(2, 1);
  if (parts.length !== 2) return "unknown";
  // `元/人*月`, `元/户·年`, `元/人、天`: per a compound of things, as per its first.
  const bottom = parts[1].split(/[*·×、]/)[0];
  return compoundDimension(partDimension(parts[0]), partDimension(bottom));
}

function isPerThingOrTime(unit: string): boolean {
  const dimension = partDimension(unit);
  return dimension === "count" || dimension === "time" || dimension === "physical";
}

/** In a compound, `方` is cubic metres (`5000方/日`, `元/方`), whatever it is alone. */
const PART_DIMENSION: Readonly<Record<string, Dimension>> = { 方: "physical", s: "time", d: "time" };

function partDimension(unit: string): Dimension | undefined {
  return PART_DIMENSION[unit.trim()] ?? simpleDimension(unit);
}

function compoundDimension(top: Dimension | undefined, bottom: Dimension | undefined): Dimension {
  const perThing = bottom === "count" || bottom === "time";
  // Money per thing, per time or per measure (`元/平米`, `元/米`): a unit price.
  if (top === "money" && (perThing || bottom === "physical")) return "moneyPerUnit";
  // Things per thing, per time, per area or per money (`斤/亩`, `人/亿元`): a rate of things.
  if (top === "count" && (perThing || bottom === "physical" || bottom === "money")) return "count";
  // A measure per measure, per time or per head (`毫克/公斤`, `L/人·d`), or per money (`≤0.45tce/万元`, energy per
  // output: 能耗强度).
  if (top === "physical" && (bottom === "physical" || perThing || bottom === "money")) return "physical";
  // A time per thing (`≥72学时/人`, `≤3个工作日/件`, `≤30分钟/次`): training hours per head, a time limit per case.
  if (top === "time" && bottom === "count") return "time";
  // Money per money (`≤0.8万元/亿元` of investment, a management fee's rate): a ratio, as `1:15` is.
  if (top === "money" && bottom === "money") return "ratio";
  return "unknown";
}

/** Hours per day, days per week (`8小时/天`, `5天/周`); `月|日` (a date typed as units) is none. */
const TIME_PER_TIME = /^(?:小时|个小时|分钟|min|天|日|工作日|学时|课时|个月|h)\/(?:天|日|周|星期|月|年|学期|学年)$/;

const WAN_PER: Readonly<Record<string, number>> = {
  元: 0.0001,
  千元: 0.1,
  万元: 1,
  百万元: 100,
  千万元: 1000,
  亿元: 10000,
  万亿元: 100000000,
};

const CALENDAR_TIME: ReadonlySet<string> = new Set(CALENDAR_TIME_UNITS);

/**
 * Lengths, areas, weights and parts of a hundred, each family of one scale (`公里` and `米`, `公顷` and `亩`, `吨` and
 * `斤`, `‰` and `%`): a period in one and a year in another convert exactly.
 */
const SCALES: readonly ReadonlySet<string>[] = [
  new Set(["米", "公里", "千米", "km", "m", "厘米", "cm", "毫米", "mm", "延米"]),
  new Set(["平方米", "㎡", "m²", "m2", "平米", "平方公里", "km²", "公顷", "hm²", "亩"]),
  new Set(["克", "g", "千克", "公斤", "kg", "吨", "t", "斤"]),
  new Set(["%", "‰"]),
];

/**
 * Whether two units measure in one scale, converting exactly (`亿元` and `万元`, `年` and `个月`, `万元/人` and
 * `元/人`, `公里` and `米`): a period written in one and a year in the other say the same kind of thing.
 */
export function convertible(a: string, b: string): boolean {
  const [topA, bottomA = ""] = standardUnit(a, true).split("/");
  const [topB, bottomB = ""] = standardUnit(b, true).split("/");
  if (bottomA !== bottomB) return false;
  if (WAN_PER[topA] !== undefined && WAN_PER[topB] !== undefined) return true;
  if (CALENDAR_TIME.has(topA) && CALENDAR_TIME.has(topB)) return true;
  return SCALES.some((scale) => scale.has(topA) && scale.has(topB));
}

/**
 * A money amount in 万元 (元 = 0.0001 万元, 亿元 = 10000 万元). Undefined for
 * non-money units, per-unit money and non-finite amounts. A bare `万`/`亿` counts
 * as 万元/亿元: the caller only passes money amounts here.
 */
export function toWan(amount: number, unit: string): number | undefined {
  if (typeof amount !== "number" || !Number.isFinite(amount)) return undefined;
  const factor = WAN_PER[standardUnit(unit, true)];
  return factor === undefined ? undefined : amount * factor;
}
