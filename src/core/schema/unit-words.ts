/**
 * Unit spellings that name one unit (`平米` is `平方米`, `12个月` is as long as
 * `12月`), as data. unit-inconsistent compares units through `sameUnit`; the
 * value grammar keeps each spelling (unit-nonstandard tidies some of them).
 */

const SAME_UNIT: Readonly<Record<string, string>> = {
  月份: "月",
  个月: "月",
  个小时: "小时",
  个工作日: "工作日",
  天: "日",
  自然日: "日",
  个自然日: "日",
  日历日: "日",
  个日历日: "日",
  日历天: "日",
  个日历天: "日",
  个交易日: "交易日",
  个学期: "学期",
  个学年: "学年",
  个季度: "季度",
  星期: "周",
  平米: "平方米",
  平方: "平方米",
  "㎡": "平方米",
  "m²": "平方米",
  m2: "平方米",
  "m^2": "平方米",
  千克: "公斤",
  kg: "公斤",
  t: "吨",
  km: "公里",
  千米: "公里",
  "m³": "立方米",
  方: "立方米",
  立方: "立方米",
  m3: "立方米",
  "m^3": "立方米",
  h: "小时",
  // Energy as tables write it: `吨标煤` is `吨标准煤`, a `度` of electricity a `千瓦时`.
  吨标煤: "吨标准煤",
  度: "千瓦时",
  // Symbols and their Chinese names (`mg/L` and `毫克/升` in one row of an environmental table); keys in lower case.
  mg: "毫克",
  l: "升",
  μg: "微克",
  ug: "微克",
  d: "日",
  "hm²": "公顷",
  hm2: "公顷",
  "km²": "平方公里",
  km2: "平方公里",
  "km^2": "平方公里",
  db: "分贝",
  mw: "兆瓦",
  kw: "千瓦",
  m: "米",
  s: "秒",
  ms: "毫秒",
  min: "分钟",
  mpa: "兆帕",
  kpa: "千帕",
  hpa: "百帕",
  kwh: "千瓦时",
  mwh: "兆瓦时",
  tce: "吨标准煤",
  mmol: "毫摩尔",
  mmhg: "毫米汞柱",
  kv: "千伏",
  kva: "千伏安",
  Ω: "欧姆",
  lx: "勒克斯",
  "m/s": "米/秒",
};

/**
 * Units of an amount of land, road or weight (as `sameUnit` spells them): a share written in one of them states the
 * amount instead of its share (`森林覆盖率 ≥45.5万亩`).
 */
export const AMOUNT_UNITS: ReadonlySet<string> = new Set([
  "亩",
  "公顷",
  "平方米",
  "平方公里",
  "米",
  "公里",
  "公斤",
  "斤",
]);

/** What a length, an area or a volume is measured in, by a unit's one spelling (sameUnit). */
export type Measure = "length" | "area" | "volume";

export const MEASURE_OF_UNIT: ReadonlyMap<string, Measure> = new Map<string, Measure>([
  ...["米", "公里", "延米", "厘米", "cm", "mm", "毫米"].map((u): [string, Measure] => [u, "length"]),
  ...["平方米", "亩", "公顷", "平方公里"].map((u): [string, Measure] => [u, "area"]),
  ...["立方米", "升"].map((u): [string, Measure] => [u, "volume"]),
]);

/** Each measure as unit-mismatch's message names it, with the units it takes. */
export const MEASURE_WORDS: Readonly<Record<Measure, { measure: string; measureEn: string; units: string }>> = {
  length: { measure: "长度", measureEn: "a length", units: "米、公里" },
  area: { measure: "面积", measureEn: "an area", units: "平方米、亩、公顷" },
  volume: { measure: "体积", measureEn: "a volume", units: "立方米" },
};

/** The one spelling of a standard unit that its synonyms share (`个月` → `月`, `mg/L` → `毫克/升`), part by part. */
export function sameUnit(unitStandard: string): string {
  const whole = SAME_UNIT[unitStandard];
  if (whole !== undefined) return whole;
  if (!/[/a-zA-Zμ²³]/.test(unitStandard)) return unitStandard;
  const parts = unitStandard.split("/").map((part) => SAME_UNIT[part] ?? SAME_UNIT[part.toLowerCase()] ?? part);
  // `元/人/月`, `元/月/人` and `元/人·月` are one unit (per a head a month): the two things in one order.
  if (parts.length === 3) return `${parts[0]}/${[parts[1], parts[2]].sort().join("·")}`;
  if (parts.length === 2 && parts[1].includes("·")) return `${parts[0]}/${parts[1].split("·").sort().join("·")}`;
  return parts.join("/");
}

/**
 * A count in Chinese numerals, alone (`三个`, `十个`, `一项`, `两批次`): says how many, as `3个` does (`一批`, `千家万户`
 * do not: a batch of things is no number of them).
 */
// `二十余场`, `十多个`: about that many (nineteenth session's value review), as `20余场` is read.
export const CHINESE_COUNT =
  /^[一二两三四五六七八九十百千]+\s*[余多]?\s*(?:个|项|次|件|家|人|所|座|台|辆|场|期|份|处|条|套|名|户|部|本|篇|批次)$/;

/**
 * Words after a bare number that are no unit: an approximation (`85左右`, `3500余`), a bound, or an outcome
 * (`≥90 合格`, `≥92 提升`, `100 全覆盖`), or the name of a share (`≥0.97比例`): the number still lacks its unit (unit-missing).
 */
export const NOT_UNIT_WORDS =
  /^(?:左右|余|多|上下|以上|以下|以内|及以上|合格|达标|达到|提升|提高|满意|全覆盖|覆盖|落实|完成|参训|实现|到位|增长|下降|减少|增加|比例|比率|占比|比重)/;

/** The name of a share written where its % goes (`≥95比例`): a suggestion of % replaces it. */
export const SHARE_WORD_AFTER = /^\s*(?:比例|比率|占比|比重)/;

/**
 * A name that states a unit symbol in its closing brackets (`土壤有机质（g/kg）`, `弯沉值（0.01mm）`,
 * `单位GDP能耗（吨标煤/万元）`): a unit per a unit, or a sign only units use. A pollutant, a device or a class
 * (`（PM2.5）`, `（ICU）`, `（B2）`) is no unit.
 */
export const NAME_UNIT_SYMBOL =
  /[（(](?:[^（）()]*\/[^（）()]*|[^（）()]*[μΩ℃°‰³²][^（）()]*|\d+(?:\.\d+)?[a-zA-Z]+)[)）]\s*$/;

/** A standard's number in a value (`符合SL 176-2007合格标准`, `达到GB3838-2002 Ⅲ类`): its year is no quantity. */
export const STANDARD_CODE = /(?:GB|HJ|DB|SL|JTG|CJJ|JGJ|DL|NY|YY|WS|JJF|JJG)(?:\s*\/\s*T)?\s*\d/;

/** Before a number, a day counted from a trade or a request (`T+1`, `T+0`, `D+1`): the number is days, said so. */
export const DAY_OFFSET_BEFORE = /^[TD]\s*[+＋]$/;

/**
 * What officers write in a required 计量单位 cell of a 定性 row: a dash, `无`, `定性`, or the answer's kind (`是/否`,
 * `有/无`: 吉林's forms; nineteenth session) — no unit, and no unit wrongly given.
 */
export const NO_UNIT_MARK = /^(?:[-—–－/／\\]+|无|定性|不适用|是[/／或]?否|有[/／或]?无)$/;
