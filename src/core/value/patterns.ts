/**
 * The value grammar's regexes, compiled once (parseValue runs for every
 * indicator of thousands of tables). All run on half-width text.
 */
import { DATE_SUFFIX_SOURCE, PREFIX_SOURCE, SUFFIX_SOURCE } from "./comparator";
import { PER_BASE_SOURCE, SIMPLE_UNITS, WORD_OPENING_UNITS } from "./units";
import { toHalfWidth } from "../text/normalize";

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const endsLatin = (u: string) => /[A-Za-z]$/.test(u);

/** A unit as a pattern: one that opens words (`方`) stands before no Chinese. */
function unitPattern(u: string): string {
  return WORD_OPENING_UNITS.has(u) ? `${escape(u)}(?![\u4e00-\u9fff])` : escape(u);
}

/**
 * Every unit, longest first; those that end in a Latin letter, after the others and before no other letter, so that a
 * longer symbol the list lacks is not cut to a shorter one (`mS/m` is no `m`, `MPa` no `M`, `min` no `m`). One
 * lookahead for the group, not one per symbol: the pattern is compiled into every quantity regex.
 */
const UNIT =
  SIMPLE_UNITS.filter((u) => !endsLatin(u))
    .map(unitPattern)
    .join("|") + `|(?:${SIMPLE_UNITS.filter(endsLatin).map(unitPattern).join("|")})(?![A-Za-z])`;
// What a unit is per: one unit, or two joined (`人·月`, `人/月`), in brackets or not (`元/（人·月）`).
const PER_UNITS = String.raw`(?:${UNIT})(?:\s*[*·×、/]\s*(?:${UNIT}))?`;
const PER = String.raw`(?:\(\s*${PER_UNITS}\s*\)|${PER_UNITS})`;
// A digit glued to a letter, a slash or another number is part of a code (`GB/T18916`, `10.5代`).
// …except the x of a product (`7x24小时`).
const NUM = String.raw`(?:(?<![A-Za-z\d.,/])|(?<=\d\s*[xX]\s*))(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
// A minus glued to a number is its sign unless it joins a range (`18-33`, `90%-100%`, `5万-10万`).
const SIGN = String.raw`(?:(?<![\dA-Za-z\u4e00-\u9fff%‰)）])([-−])\s*)?`;
// A range's end may carry its sign: a tolerance band written `-5~+5mm`, a temperature `-10~-5℃`.
const NUM2 = String.raw`([-+−]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))`;
const PART = "底|末|初|中旬|上旬|下旬";

/** `1000余人`, `10多万元`: "some more than", an approximation before a magnitude or unit, not a word of its own. */
const ABOUT = String.raw`(?:\s*[余多](?=\s*(?:万|亿|${UNIT})))?`;

/**
 * One quantity: comparator, sign, number, range end, magnitude, unit, suffix comparator.
 * Groups: 1 cmp, 2 minus sign, 3 number, 4 range end, 5 万/亿, 6 unit, 7 suffix.
 */
export const QUANTITY = new RegExp(
  String.raw`(?:(${PREFIX_SOURCE})\s*)?${SIGN}${NUM}(?:\s*[-~～—–至到]\s*${NUM2})?${ABOUT}\s*(万|亿)?${ABOUT}\s*` +
    String.raw`(${PER_BASE_SOURCE}|(?:${UNIT})(?:\s*[/|｜／]\s*${PER})?)?` +
    String.raw`(?:\s*(${SUFFIX_SOURCE}))?`,
  "gi",
);

/**
 * One date: `≤12月5日`, `2024年底`, `≤10月份`, `2024年12月前`; not an age in months (`24月龄`).
 * Groups: 1 cmp, 2 year, 3 month, 4 day, 5 part (with year), 6 month, 7 day, 8 part, 9 suffix.
 */
export const DATE = new RegExp(
  String.raw`(?:(${PREFIX_SOURCE})\s*)?(?:` +
    String.raw`(?<![\d.])((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?!龄)(?:份)?(?:\s*(\d{1,2})\s*[日号])?)?\s*(${PART})?` +
    String.raw`|(?<![\d.个])(\d{1,2})\s*月(?!龄)(?:份)?(?:\s*(\d{1,2})\s*[日号])?\s*(${PART})?` +
    String.raw`)(?:\s*(${DATE_SUFFIX_SOURCE}))?`,
  "g",
);

/**
 * A date written with one separator: `2023.12.31`, `2023-12-31`, `2023/12/31`
 * (the separator part of the date, not a range or a stray dot).
 * Groups: 1 cmp, 2 year, 3 separator, 4 month, 5 day, 6 suffix.
 */
export const NUMERIC_DATE = new RegExp(
  String.raw`(?:(${PREFIX_SOURCE})\s*)?(?<![\d.\/])((?:19|20)\d{2})([.\-/])(\d{1,2})\3(\d{1,2})(?![\d%‰]|[./]\d)` +
    String.raw`(?:\s*(${DATE_SUFFIX_SOURCE}))?`,
  "g",
);

/**
 * Hours of the day from one clock time to another (`9:00-17:00`, `8:30—17:30`, `≤8:00至18:00`): minutes in two
 * digits, `：` half-width by now. A single `17:00` stays a ratio (it gives no finding either way); on a proportion's
 * name the scan is asked to find none (parse-value.ts).
 */
export const CLOCK_RANGE = new RegExp(
  String.raw`(?:(${PREFIX_SOURCE})\s*)?(?<![\d.:])([01]?\d|2[0-4]):([0-5]\d)\s*[-~～—–至到]\s*([01]?\d|2[0-4]):([0-5]\d)(?![\d:])` +
    String.raw`(?:\s*(${DATE_SUFFIX_SOURCE}))?`,
  "g",
);

/** A unit in brackets right after a number (`≥3（人）`, `100（%）`): the value's own unit. */
export const BRACKET_UNIT = new RegExp(String.raw`^\s*\(\s*((?:${UNIT})(?:\s*[/|｜／]\s*(?:${UNIT}))?)\s*\)`, "i");

/** A symbolic comparator at the start of a qualitative value (`≥提升`). */
export const LEADING_SIGN = /^\s*(>=|=>|<=|=<|≥|≧|≤|≦|>|<|=)\s*/;

/** A known unit at the end of a text, for telling `≥XX万元` (a placeholder) from a phrase. */
export const TRAILING_UNIT = new RegExp(`(?:${UNIT}|万|亿)+$`, "i");

/** Bracket groups in a value (masked before scanning: they hold asides such as `（不少于10个处室）`). */
export const BRACKETS = /[(（][^()（）]*[)）]/g;

/** The last `（个）`/`（%）`/`(单位：万元)` group of an indicator's name. */
// A rate per a base in the name's brackets too (`孕产妇死亡率（1/10万）`, `发病率（例/10万）`).
// `【场】` and `[场]` too, and a percent sign closing the name (`合格率%`).
// With a magnitude (`（万亩）`, `（万吨/日）`), a unit of two things (`（元/人·月）`), per a day or a pupil (`（m³/d）`,
// `（册/生）`). The second thing of two is one of a few words: each unit list written out again costs a cold start.
const AND_THING = String.raw`(?:\s*[·•*×]\s*(?:人|户|月|年|日|天|次|亩|生|公里|吨))?`;
const PER_WHOM = String.raw`d|生|校|村`;
export const NAME_UNIT = new RegExp(
  String.raw`[(（[【]\s*(?:单位\s*[:：]?\s*)?((?:万|亿)?(?:${UNIT})${AND_THING}(?:\s*[/|｜／]\s*(?:(?:${UNIT})${AND_THING}|${PER_WHOM}))?|1?${PER_BASE_SOURCE})\s*[)）\]】]` +
    String.raw`|(?<=[\u4e00-\u9fff])\s*([%‰])\s*$`,
  "gi",
);

/** What every NAME_UNIT match holds, as written (before full-width forms are made half-width). */
const NAME_UNIT_MARK = /[(（[［【%％‰]/;

/** Characters that no value, quantitative or qualitative, holds: their presence means garbage. */
export const JUNK = /[|\\^#@&*_=<>≤≥≦≧~`$]/;

/** Sentence punctuation: a quantity inside a sentence is part of a description. */
export const SENTENCE = /[，,。；;！!？?]/;

export const CJK = /[\u4e00-\u9fff]/;

/**
 * An ordinal grade (`二级`, `三级甲等`, `四星级`, `Ⅲ类`, `Ⅱ级`, `A类`, `AAAA` 景区, `AAA级`, `AA+` 信用等级, a rating
 * on the scale 优秀 > 良好 > 合格, a works grade: `C30` concrete, `P8` 抗渗, `M7.5` 砂浆, `HRB400` steel): a
 * qualitative target on which a comparator means "or better" (`≥二级`, `Ⅲ类以上`), and one that may hold no
 * Chinese word at all.
 */
export const GRADE =
  /^(?:[一二三四五六七八九十]+(?:级|类|星级?|档)(?:[甲乙丙]等)?|[ⅠⅡⅢⅣⅤⅥ]+[类级]?|[IV]{1,4}[类级]|[1-5]?A{1,5}[+-]?级?|[A-D][类级]|(?:C|LC|P|F|M|MU|W)\d{1,3}(?:\.\d)?|HRB\d{3}E?|IP\d{2}|DN\d{2,4}|IE[1-5]|(?:A|B)[1-3]级|第[一二三四五六七八九十]+级|(?:十万|万|千|百)级|(?:优秀|优良|良好|合格|中等|及格)(?:等级|等次|级)?)\s*(?:及?以上|及?以下)?$/i;

/**
 * A comparator typed with a Chinese keyboard, where Shift+. and Shift+, give `》` and `《` (`》=30公里`, `〉95%`,
 * `《=90万元`): before a number (or `=`), a comparator, not a bracket.
 */
// Only opening the value: `《2021年工作方案》` is a title. A `《` with no `=` is one only where no `》` closes it.
export const IME_COMPARATOR =
  /(?<=^[ \t]*)(?:[》〉][ \t]*[=＝]?|[《〈][ \t]*[=＝]|[《〈](?![^》〉]*[》〉]))(?=[ \t]*[\d０-９])/g;

/** Whether a text holds a book bracket at all: only then may it hold an IME_COMPARATOR. */
export const IME_BRACKET = /[》〉《〈]/;

/** The standard comparator an IME_COMPARATOR stands for. */
export function imeComparator(found: string): string {
  const greater = found[0] === "》" || found[0] === "〉";
  const equal = /[=＝]/.test(found);
  return greater ? (equal ? "≥" : ">") : equal ? "≤" : "<";
}

/** Closing punctuation after a value is harmless (`≥95%。`). */
export const CLOSING = /[\s。.；;，,、]+$/;
/** Words around a number made of symbols only (`5%%`, `12.3.4`, `100%+`): the value says nothing certain. */
export const SYMBOLS_ONLY = /^[^\u4e00-\u9fffA-Za-z]+$/;

/** The `（个）`/`（%）` unit at the end of an indicator's name, as written; "" when none. */
export function unitFromName(name: string | undefined): string {
  // Most names hold no bracket and no percent sign: no full-width copy, no scan of the unit pattern.
  if (!name || !NAME_UNIT_MARK.test(name)) return "";
  let last = "";
  for (const m of toHalfWidth(name).matchAll(NAME_UNIT)) {
    const unit = m[1] ?? m[2];
    const at = m.index! + m[0].indexOf(unit);
    last = name.slice(at, at + unit.length);
  }
  return last.trim();
}
