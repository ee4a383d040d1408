/**
 * A percentage written in Chinese numerals (`百分之九十五`, `百分之百`, `百分之九十九点五`): a quantity, as `95%` is,
 * which unit-nonstandard asks to write so. Up to a hundred, with decimals after 点.
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

/**
 * `百分之` and the numerals after it, where they are the whole value but for a comparator before and `以上` or the
 * like after: `确保百分之百达标` is a phrase, and stays one.
 */
export const CHINESE_PERCENT =
  /(?<=^\s*(?:>=|<=|=>|=<|＞＝|＜＝|[≥≤><=≧≦＞＜＝]|不低于|不少于|不高于|不超过|大于|小于|高于|低于|达到)?\s*)百分之([零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)(?=\s*(?:及?以上|及?以下|以内)?\s*$)/g;

/** A whole number from 零 to 一百 (`九十五`, `十五`, `百`, `一百`); undefined for any other form. */
function wholeNumber(text: string): number | undefined {
  if (text === "百" || text === "一百") return 100;
  if (text.length === 1 && text in DIGITS) return DIGITS[text];
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!m) return undefined;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[2] ? DIGITS[m[2]] : 0);
}

/** The number the numerals after 百分之 say (`九十九点五` → 99.5), or undefined. */
export function chinesePercentNumber(numerals: string): number | undefined {
  const [whole, fraction] = numerals.split("点");
  const n = wholeNumber(whole);
  if (n === undefined) return undefined;
  if (fraction === undefined) return n;
  const decimals = [...fraction].map((ch) => DIGITS[ch]).join("");
  const value = Number(`${n}.${decimals}`);
  return value <= 100 ? value : undefined;
}

/** The text with each Chinese-numeral percentage as digits and `%` (`≥百分之九十五` → `≥95%`). */
export function withDigitPercents(text: string): string {
  return text.replace(CHINESE_PERCENT, (found, numerals: string) => {
    const n = chinesePercentNumber(numerals);
    return n === undefined ? found : `${n}%`;
  });
}
