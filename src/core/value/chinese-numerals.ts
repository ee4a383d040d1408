/**
 * Targets written in Chinese numerals: a percentage (`百分之九十五`, `百分之百`, `百分之九十九点五`; under a thousand,
 * with decimals after 点) and a count or duration with a comparator (`不少于十次`, `≥三个`, `五百人次以上`, `≥三十万件`;
 * up to 9,999万). Each is a quantity, as `95%` and `≥10次` are, which unit-nonstandard asks to write so.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// What may stand before a percentage in words, a bound after a target (`以上`), and a percentage's numerals (`九十九点五`).
const PERCENT_COMPARATOR = String.raw`>=|<=|=>|=<|＞＝|＜＝|[≥≤><=≧≦＞＜＝]|不低于|不少于|不高于|不超过|大于|小于|高于|低于|达到`;
const BOUND = String.raw`及?以上|及?以下|以内`;
const PERCENT_NUMERALS = "[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?";

/**
 * `百分之` and the numerals after it, where they are the whole value but for a comparator before and `以上` or the
 * like after: `确保百分之百达标` is a phrase, and stays one.
 */
export const CHINESE_PERCENT = new RegExp(
  String.raw`(?<=^\s*(?:${PERCENT_COMPARATOR})?\s*)百分之(${PERCENT_NUMERALS}|\d+(?:\.\d+)?)(?=\s*(?:${BOUND})?\s*$)`,
  "g",
);

/** Chinese numerals before a percent sign (`≥九十九%`), where they are the whole value but for a comparator and a bound. */
export const CHINESE_BEFORE_PERCENT = new RegExp(
  String.raw`(?<=^\s*(?:${PERCENT_COMPARATOR})?\s*)${PERCENT_NUMERALS}(?=\s*[%％]\s*(?:${BOUND})?\s*$)`,
  "g",
);

/**
 * A whole percentage from 零 to 九百九十九 (`九十五`, `十五`, `一百二十`, and `百` as in `百分之百`); undefined for any other
 * form. Over a hundred is a growth rate's, or a share's slip that percent-out-of-range reports (seventeenth session:
 * `百分之一百一十` had been read as no number at all).
 */
function wholeNumber(text: string): number | undefined {
  const n = text === "百" ? 100 : chineseWholeNumber(text);
  return n !== undefined && n < 1000 ? n : undefined;
}

/** The number the numerals after 百分之 say (`九十九点五` → 99.5; digits as written, `百分之99`), or undefined. */
export function chinesePercentNumber(numerals: string): number | undefined {
  if (/^\d/.test(numerals)) return Number(numerals);
  const [whole, fraction] = numerals.split("点");
  const n = wholeNumber(whole);
  if (n === undefined) return undefined;
  if (fraction === undefined) return n;
  const decimals = [...fraction].map((ch) => DIGITS[ch]).join("");
  return Number(`${n}.${decimals}`);
}

/** The text with each Chinese-numeral percentage as digits and `%` (`≥百分之九十五` → `≥95%`). */
export function withDigitPercents(text: string): string {
  return text.replace(CHINESE_PERCENT, (found, numerals: string) => {
    const n = chinesePercentNumber(numerals);
    return n === undefined ? found : `${n}%`;
  });
}

/**
 * A rate per a thousand, ten thousand or a hundred thousand in words (`≤千分之五`, `万分之三以下`, `≤十万分之十`),
 * where it is the whole value but for a comparator and a bound, as `百分之` is read.
 */
export const CHINESE_FRACTION =
  /(?<=^\s*(?:>=|<=|=>|=<|＞＝|＜＝|[≥≤><=≧≦＞＜＝]|不低于|不少于|不高于|不超过|大于|小于|高于|低于|达到|控制在)?\s*)(十万|万|千)分之([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)(?=\s*(?:及?以上|及?以下|以内)?\s*$)/g;

const FRACTION_UNIT: Readonly<Record<string, string>> = { 千: "‰", 万: "/万", 十万: "/10万" };

/** The text with each rate in words as digits (`≤千分之五` → `≤5‰`, `≤十万分之十` → `≤10/10万`). */
export function withDigitFractions(text: string): string {
  return text.replace(CHINESE_FRACTION, (found, base: string, numerals: string) => {
    const [whole, fraction] = numerals.split("点");
    const n = chineseWholeNumber(whole);
    if (n === undefined) return found;
    const decimals = fraction === undefined ? "" : `.${[...fraction].map((ch) => DIGITS[ch]).join("")}`;
    return `${n}${decimals}${FRACTION_UNIT[base]}`;
  });
}

/** The comparators a Chinese-numeral count may open with (`不少于十次`, `≥三个`). */
const COUNT_COMPARATOR = String.raw`${PERCENT_COMPARATOR}|至少|超过|多于`;
// Things counted, durations, and the physical units sector tables count in (`≥五千亩`, `≥十二万株`, `不少于五万吨`).
const COUNT_UNIT =
  String.raw`个工作日|工作日|个|项|次|件|家|人次|人|所|座|台|辆|场|期|份|处|条|套|名|户|部|本|篇|批|轮|天|日|周|个月|月|年|小时` +
  String.raw`|亩|公顷|株|棵|头|只|羽|尾|张|床|册|吨|公里|千米|延米|平方米|立方米|米|万元|元`;
const NUMERALS = "[零〇一二两三四五六七八九十百千万]+";

/**
 * Chinese numerals that are a count's whole number, where the value is a target: after a comparator
 * (`不少于十次`, a bound after it optional), or before a bound (`十次以上`). A bare `三个` is left as written
 * (qualitative-quantity reads it as saying how many); phrases (`达到一流水平`) have no count unit after them.
 */
export const CHINESE_COUNT_TARGET = new RegExp(
  String.raw`(?<=^\s*(?:${COUNT_COMPARATOR})\s*)${NUMERALS}(?=\s*(?:${COUNT_UNIT})\s*(?:${BOUND})?\s*$)` +
    String.raw`|(?<=^\s*)${NUMERALS}(?=\s*(?:${COUNT_UNIT})\s*(?:${BOUND})\s*$)`,
  "g",
);

// The period a frequency is counted in (`每月一次`, `一年两次`, `两次/年`).
const PERIOD = "年|半年|季度|季|月|周|星期|天|日";

/**
 * Chinese numerals that count a frequency's times: after its period (`每月一次`, `一年两次`, `每年不少于两次`), or
 * before `次/` and a period (`两次/年`). Small units write their visits and drills so; `每月1次` and `2次/年` read.
 */
export const CHINESE_FREQUENCY = new RegExp(
  String.raw`(?<=^\s*(?:每|一)个?(?:${PERIOD})(?:至少|不少于|不低于)?\s*)${NUMERALS}(?=\s*次\s*(?:${BOUND})?\s*$)` +
    String.raw`|(?<=^\s*)${NUMERALS}(?=\s*次\s*[/／]\s*(?:${PERIOD})\s*$)`,
  "g",
);

const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A whole number up to 9,999万 in Chinese numerals (`五百`, `一千零五`, `两千`, `十五`, `三十万`, `两万零五百`); undefined
 * for other forms. After 万 come thousands, or 零 and less (`一万五` is colloquial, not read).
 */
export function chineseWholeNumber(text: string): number | undefined {
  const wan = text.indexOf("万");
  if (wan < 0) return belowWan(text);
  const high = belowWan(text.slice(0, wan));
  const rest = text.slice(wan + 1);
  const low = rest === "" ? 0 : belowWan(rest);
  if (high === undefined || high === 0 || low === undefined) return undefined;
  if (rest !== "" && !/^[零〇]/.test(rest) && low < 1000) return undefined;
  return high * 10000 + low;
}

/** A whole number up to 9,999 in Chinese numerals. */
function belowWan(text: string): number | undefined {
  if (text === "") return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastPlace = 10000;
  let zero = false;
  for (const ch of text) {
    if (ch === "零" || ch === "〇") {
      if (digit !== undefined) return undefined;
      zero = true;
      continue;
    }
    const place = PLACES[ch];
    if (place === undefined) {
      if (digit !== undefined || !(ch in DIGITS)) return undefined;
      digit = DIGITS[ch];
      continue;
    }
    if (place >= lastPlace) return undefined;
    // `十五` is fifteen; `百` or `千` alone are not written so.
    if (digit === undefined && !(place === 10 && total === 0)) return undefined;
    total += (digit ?? 1) * place;
    digit = undefined;
    lastPlace = place;
    zero = false;
  }
  // A last digit counts in ones after 十 or 零 (`一百零五`), or alone (`三`); `三百五` is colloquial, not read.
  if (digit !== undefined) {
    if (lastPlace !== 10 && lastPlace !== 10000 && !zero) return undefined;
    total += digit;
  }
  return total;
}

/** Numerals as digits (`十` → `10`, `三十万` → `30万`), or as written when they are no whole number up to 9,999万. */
export function countDigits(numerals: string): string {
  const n = chineseWholeNumber(numerals);
  if (n === undefined) return numerals;
  // Whole 万 stay in 万, as officers write large counts (`三十万` → `30万`, not `300000`).
  return n >= 10000 && n % 10000 === 0 ? `${n / 10000}万` : String(n);
}

/** The text with a Chinese-numeral count target as digits (`不少于十次` → `不少于10次`). */
export function withDigitCounts(text: string): string {
  return text.replace(CHINESE_COUNT_TARGET, countDigits).replace(CHINESE_FREQUENCY, countDigits);
}

/** Numerals before `%` as digits (`九十九` → `99`), or as written when they are no percentage. */
export function percentDigits(numerals: string): string {
  const n = chinesePercentNumber(numerals);
  return n === undefined ? numerals : String(n);
}

/** The text with every Chinese-numeral target as digits: percentages, rates per a base and counts. */
export function withDigitNumerals(text: string): string {
  return withDigitCounts(withDigitFractions(withDigitPercents(text))).replace(CHINESE_BEFORE_PERCENT, percentDigits);
}

// A year in numerals, digit by digit (`二〇一九年度`, `二○二三年`: ○ is the circle officers often type for 〇).
const NUMERAL_YEAR = /[一二][〇○零一二三四五六七八九]{3}(?=\s*年)/g;

/** `二〇一九年度…` → `2019年度…`: a title's year as digits (other numerals are left as written). */
export function withDigitYears(text: string): string {
  if (!text.includes("年")) return text;
  return text.replace(NUMERAL_YEAR, (year) => [...year].map((c) => DIGITS[c === "○" ? "〇" : c]).join(""));
}

/**
 * Tenths (`≥9成`, `八成以上`, `达到7.5成`): a share as officers say it, where it is the whole value but for a comparator
 * and a bound. Ten tenths at most; `九成五` (colloquial) is not read.
 */
export const TENTHS = new RegExp(
  String.raw`(?<=^\s*(?:${PERCENT_COMPARATOR})?\s*)(10|[1-9](?:\.\d)?|[一二两三四五六七八九十])成(?=\s*(?:${BOUND})?\s*$)`,
  "g",
);

/** Tenths as a percentage (`9成` → `90%`, `八成` → `80%`). */
export function tenthsPercent(found: string): string {
  const tenths = found.slice(0, -1);
  const n = /^\d/.test(tenths) ? Number(tenths) : tenths === "十" ? 10 : DIGITS[tenths];
  // 7.5 × 10 in floating point is 75 exactly; one decimal never leaves a fraction of a per cent.
  return `${Math.round(n * 100) / 10}%`;
}

/** The text with a share in tenths as a percentage (`≥9成` → `≥90%`). */
export function withDigitTenths(text: string): string {
  return text.replace(TENTHS, tenthsPercent);
}
