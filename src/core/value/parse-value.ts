/**
 * The 指标值 grammar (spec §4): what a value cell says, for the value rules.
 * Total over any string: bad input gives `unparseable`, never a throw.
 */
import { PairCache } from "../text/memo";
import { INVISIBLE, INVISIBLE_CHARS, toHalfWidth } from "../text/normalize";
import { withDigitNumerals, withDigitTenths } from "./chinese-numerals";
import { withPlainNumbers } from "./plain-numbers";
import { PROPORTION_NAME } from "../schema/name-words";
import { TIME_WORDS } from "../schema/time-words";
import { comparatorOf } from "./comparator";
import { isMoneyName, nameKind } from "./name-kind";
import {
  BRACKET_UNIT,
  BRACKETS,
  CJK,
  CLOSING,
  GRADE,
  IME_BRACKET,
  IME_COMPARATOR,
  imeComparator,
  JUNK,
  LEADING_SIGN,
  SENTENCE,
  SYMBOLS_ONLY,
  TRAILING_UNIT,
  unitFromName,
} from "./patterns";
import { scanQuantities, type Found } from "./scan";
import type { ParsedValue, QualitativeValue, QuantitativeValue } from "./types";
import { isCompoundUnit, isKnownUnit, standardUnit, unitDimension } from "./units";

export interface ValueHints {
  /** The indicator's 三级指标 name: gives a unit in `（个）`/`（%）` and tells money names (投资, 经费…). */
  name?: string;
  /** Flat layout: the 计量单位 column. */
  unitColumn?: string;
  /** Flat layout: the 指标性质/运算符号 column (`≥`, `＜`, `定性`). */
  comparatorColumn?: string;
  /** The indicator is about money (a 成本指标): a bare `万`/`亿` then means 万元/亿元. */
  money?: boolean;
  /** The indicator is about time (a 时效指标): a bare `2023.12` or `12.31` is then a date. */
  date?: boolean;
  /** The unit the value column's header states (`指标值（%）`). */
  headerUnit?: string;
}

// Words around a single quantity longer than this make the cell a description, not a target.
const MAX_WORDS = 20;
const EDGE_PUNCT = /^[\s，,。.；;：:、！!？?]+|[\s，,。.；;：:、！!？?]+$/g;

function blank(text: string): boolean {
  return !/\S/.test(text.replace(/[\u00a0\u3000]/g, " "));
}

/** Notes in brackets left out; not what an amount is per (`元/（人·月）`), which is its unit's. */
function maskBrackets(half: string): string {
  return half.replace(BRACKETS, (g, at: number) => (/[/／]\s*$/.test(half.slice(0, at)) ? g : " ".repeat(g.length)));
}

/** The cell's text around one quantity, brackets left out. */
function words(masked: string, raw: string, f: Found): { before: string; after: string } {
  const keep = (from: number, to: number) =>
    raw
      .slice(from, to)
      .split("")
      .filter((_, i) => masked[from + i] !== " " || raw[from + i] === " ")
      .join("")
      .trim();
  return { before: keep(0, f.start), after: keep(f.end, raw.length) };
}

function withUnitHints(
  f: Found,
  hints: ValueHints,
): Pick<QuantitativeValue, "unit" | "unitStandard" | "dimension" | "unitSource"> {
  // A ratio needs no unit: its form says what it is.
  if (f.unit || f.dimension === "ratio")
    return { unit: f.unit, unitStandard: f.unitStandard, dimension: f.dimension, unitSource: "value" };
  const column = (hints.unitColumn ?? "").trim();
  const fromName = unitFromName(hints.name);
  const unit = column || fromName;
  // A header's unit is stated for the whole column, and officers write other units under it: it answers
  // "is a unit given?", not "which one?", so that no mismatch is read from it.
  if (!unit)
    return { unit: "", unitStandard: "", dimension: "unknown", unitSource: hints.headerUnit ? "header" : "none" };
  const unitStandard = standardUnit(unit, !!hints.money || isMoneyName(hints.name ?? ""));
  return { unit, unitStandard, dimension: unitDimension(unitStandard), unitSource: column ? "column" : "name" };
}

function quantitative(f: Found, hints: ValueHints, around?: { before: string; after: string }): QuantitativeValue {
  const q: QuantitativeValue = { kind: "quantitative", number: f.number, ...withUnitHints(f, hints) };
  if (f.numberMax !== undefined) q.numberMax = f.numberMax;
  if (f.terms) q.terms = f.terms;
  const columnCmp = comparatorOf(hints.comparatorColumn ?? "");
  if (f.comparator) Object.assign(q, { comparator: f.comparator, comparatorText: f.comparatorText });
  // A range (`≥50且≤80`, `3000-5000`) is bounded both ways: a sign picked in the 指标性质 column (whose dropdown has
  // no 区间) bounds nothing more.
  else if (columnCmp && f.numberMax === undefined)
    Object.assign(q, { comparator: columnCmp, comparatorText: hints.comparatorColumn!.trim() });
  if (f.magnitude) q.magnitude = f.magnitude;
  if (f.date) q.date = f.date;
  const per = /每(个|家|人|辆|台|次|项|场|户|名|所|件|套)$/.exec(around?.before ?? "");
  if (per && (q.dimension === "money" || q.dimension === "count")) {
    q.per = per[1];
    if (q.dimension === "money") q.dimension = "moneyPerUnit";
  }
  if (around && (around.before || around.after)) q.words = around;
  return q;
}

function qualitative(raw: string, half: string, hints: ValueHints, found: Found[]): ParsedValue {
  const sign = LEADING_SIGN.exec(half);
  const body = half
    .slice(sign ? sign[0].length : 0)
    .trim()
    .replace(TRAILING_UNIT, "");
  // `2023.01.01-2023.12.31`: a period from one date to another says when, in numbers only.
  const period = found.length > 1 && found.every((f) => f.dimension === "date");
  const grade = !found.length && GRADE.test(half.slice(sign ? sign[0].length : 0).trim());
  // A benchmark rate named by its letters (`小额信贷贴息率 ≤LPR`) is a level the target is compared with.
  const benchmark = !found.length && BENCHMARK_RATE.test(body);
  // A day or a period in words made of units alone (`次日`, `每日`): words, though the units' stripping leaves none.
  const timeWord = !found.length && body === "" && TIME_WORDS.test(half);
  // So is any phrase of several units' characters (`次月`, `本年度`, `分批`, `分类`: seventeenth session's review); one
  // unit alone (`个`, `万元`, `季度`) is a unit without its number.
  const unitWords = !found.length && body === "" && unitCharacters(half.slice(sign ? sign[0].length : 0).trim());
  if (!CJK.test(body) && !period && !grade && !benchmark && !timeWord && !unitWords)
    return { kind: "unparseable", reason: "no number and no words" };
  const q: QualitativeValue = { kind: "qualitative" };
  if (grade) q.grade = true;
  // `≥95%，其中城区≥98%`: a sign before a number is that number's, not a sign on the phrase.
  if (sign && !/^\d/.test(body)) q.comparatorText = raw.slice(sign.index, sign[0].length).trim();
  const unit = (hints.unitColumn ?? "").trim();
  if (unit) q.unit = unit;
  // Numbers inside a description carry their own units or none: the name's unit is not theirs.
  if (found.length) q.quantities = found.map((f) => quantitative(f, { money: hints.money }));
  return q;
}

/** Chinese words made of units' characters, not one unit we know (`次月`, not `季度`). */
function unitCharacters(text: string): boolean {
  return CJK.test(text) && !isKnownUnit(text);
}

/** A number with symbols glued on (`5%%`, `12.3.4`, `100%+`); closing punctuation does not count. */
function straySymbols(around: { before: string; after: string }): boolean {
  const rest = (around.before + around.after).replace(CLOSING, "");
  return rest !== "" && SYMBOLS_ONLY.test(rest);
}

/** A score's scale in brackets after it (`（满分5分）`, `(满分100)`). */
const SCALE_NOTE = /^\s*\(\s*满分\s*\d+(?:\.\d+)?\s*分?\s*\)/;

/** `≥3（人）`, `≥3.5万（户）`: the unit in brackets right after a bare number is the value's own. */
function withBracketUnit(f: Found, half: string, raw: string, money: boolean): Found {
  if (f.unit || f.dimension === "date") return f;
  // The scan read the masked bracket as blank space after the number (and past it a suffix such as 以上).
  const open = half.indexOf("(", f.start);
  // After the number or its magnitude (`≥3（人）`, `≥3.5万（户）`).
  if (open < 0 || open > f.end || !/[\d万亿]\s*$/.test(half.slice(f.start, open))) return f;
  const m = BRACKET_UNIT.exec(half.slice(open));
  // `≥4.5（满分5分）`, `≥85（满分100）`: a score on the scale the note states (seventeenth session's review).
  if (!m)
    return SCALE_NOTE.test(half.slice(open))
      ? { ...f, unit: "分", unitStandard: "分", dimension: unitDimension("分") }
      : f;
  const at = open + m[0].indexOf(m[1], 1);
  const unit = raw.slice(at, at + m[1].length);
  const unitStandard = standardUnit(unit, money);
  const dimension = unitDimension(unitStandard);
  // A unit of no dimension (`（分）`, `（倍）`) is still a unit; a compound one that means nothing is not.
  return dimension === "unknown" && isCompoundUnit(unit) ? f : { ...f, unit, unitStandard, dimension };
}

/** A 时效指标's bare number as a date: year.month (`2023.12`, `2023-12`), month.day (`12.31`), a period of months. */
const DOTTED_DATES: [RegExp, (m: RegExpExecArray) => QuantityDate | undefined][] = [
  [/^(20\d{2})[.\-/](\d{1,2})$/, (m) => yearMonth(m[1], m[2])],
  // Two digits after the dot (`12.31`, `6.05`): `1.5` is a duration of one and a half (小时, 天, 年).
  [/^(\d{1,2})\.(\d{2})$/, (m) => monthDay(m[1], m[2])],
  // `2023.1-2023.12`: a period, read as its end (the deadline).
  [/^20\d{2}\.\d{1,2}\s*[-~～—–至到]\s*(20\d{2})\.(\d{1,2})$/, (m) => yearMonth(m[1], m[2])],
];

type QuantityDate = NonNullable<Found["date"]>;

function yearMonth(year: string, month: string): QuantityDate | undefined {
  const m = Number(month);
  return m >= 1 && m <= 12 ? { year: Number(year), month: m } : undefined;
}

function monthDay(month: string, day: string): QuantityDate | undefined {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? { month: m, day: d } : undefined;
}

/**
 * On a 时效指标, a bare `2023.12` or `≤12.31` is a date written with dots, not a number without a unit — unless a
 * unit is stated for it elsewhere (计量单位 `天`, a name's `（小时）`, a header's): then it is that many.
 */
function asDottedDate(f: Found, half: string, hints: ValueHints): Found {
  if (f.unit || f.magnitude || f.dimension === "date") return f;
  if ((hints.unitColumn ?? "").trim() || unitFromName(hints.name) || hints.headerUnit) return f;
  // `≤6/30`, `12/31前`: a month and a day with a slash (the scan left `/30` as words: a digit after a slash is a code's).
  const slash = /^\/(\d{1,2})(?!\d)/.exec(half.slice(f.end));
  const slashed =
    slash && f.numberMax === undefined && Number.isInteger(f.number) ? monthDay(String(f.number), slash[1]) : undefined;
  if (slashed)
    return { ...f, end: f.end + slash![0].length, unit: "日", unitStandard: "日", dimension: "date", date: slashed };
  const digits = /\d.*\d/.exec(half.slice(f.start, f.end))?.[0] ?? "";
  for (const [re, read] of DOTTED_DATES) {
    const m = re.exec(digits);
    const date = m && read(m);
    if (!date) continue;
    const unit = date.day === undefined ? "月" : "日";
    const dated: Found = { ...f, number: date.month!, unit, unitStandard: unit, dimension: "date", date };
    delete dated.numberMax;
    return dated;
  }
  return f;
}

/**
 * `达标比例 ≥2/3`, `建设进度 3/4`: a share written as a fraction, a proportion like a ratio (`1:15`) that needs no
 * unit. Only where the name is a share's (elsewhere `1/2` or `6/30` may be a code or a date; on a 时效指标 the
 * latter is one, asDottedDate), only a proper fraction of whole numbers up to a hundredth, and not a rate per a
 * base (`10/10万`). The scan leaves `/3` as words (a digit after a slash is a code's).
 */
function asFraction(f: Found, half: string, hints: ValueHints): Found {
  // A share by its name (`…占比 1/3`), or of an amount the value names (`≤管径的1/5`); a count (`覆盖乡镇数 | 全县的1/3`)
  // is no fraction of anything.
  const kind = nameKind(hints.name ?? "");
  if (kind !== "share" && (kind === "count" || !OF_NAMED.test(half.slice(0, f.start)))) return f;
  if (f.unit || f.magnitude || f.dimension !== "unknown" || f.numberMax !== undefined || f.terms) return f;
  const slash = /^\/(\d{1,3})(?![\d.万亿])/.exec(half.slice(f.end));
  const denominator = slash ? Number(slash[1]) : 0;
  if (
    !slash ||
    !Number.isInteger(f.number) ||
    f.number < 0 ||
    denominator < 2 ||
    denominator > 100 ||
    f.number > denominator
  )
    return f;
  return { ...f, end: f.end + slash[0].length, terms: [f.number, denominator], dimension: "ratio" };
}

const OF_NAMED = /[\u4e00-\u9fff]的\s*$/;

/**
 * `≤140/90mmHg`, `130/80毫米汞柱以下`: two readings of one measure (blood pressure's systolic and diastolic) sharing
 * the unit written after the second; read as the first with that unit (it had read as a number without a unit). Only
 * a pressure: elsewhere `1/2米`, `2/100米`, `3/5个` are fractions or rates.
 */
const PRESSURE = /^(?:mmHg|毫米汞柱|kPa|千帕)$/i;

function asPairSharingUnit(f: Found, half: string): Found {
  if (f.unit || f.magnitude || f.dimension !== "unknown" || f.numberMax !== undefined || f.terms) return f;
  const rest = half.slice(f.end);
  const slash = /^\/(?=\d)/.exec(rest);
  if (!slash) return f;
  const [second] = scanQuantities(rest.slice(1), rest.slice(1), false);
  if (!second || second.start !== 0 || !PRESSURE.test(second.unit)) return f;
  // A sign after the pair (`130/80毫米汞柱以下`) bounds both; one before it (`≤140/90mmHg`) too.
  if (second.comparator && f.comparator) return f;
  const { unit, unitStandard, dimension, comparator, comparatorText } = second;
  const shared = { ...f, end: f.end + 1 + second.end, unit, unitStandard, dimension };
  return comparator ? { ...shared, comparator, comparatorText } : shared;
}

/** The unparseable reason for a date that does not exist (`2025年13月底前`, `2月30日`). */
export const NO_SUCH_DATE = "a date that does not exist";

/** A unit the 计量单位 column or the name states for the value, other than `%`. */
function unitGivenElsewhere(hints: ValueHints): boolean {
  const unit = (hints.unitColumn ?? "").trim() || unitFromName(hints.name);
  return unit !== "" && standardUnit(unit) !== "%";
}

const CHINESE_NUMERAL = /[一二两三四五六七八九十百千]/;
const ANY_INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);

const PAIRS: readonly [string, string][] = [
  ["(", ")"],
  ["（", "）"],
  ["[", "]"],
  ["【", "】"],
  ["〔", "〕"],
];

/**
 * The value without a bracket left alone at its end, or a closing one at its start (`≥99%】`, `≥99%（`, `】≥99%`):
 * text-artifact reports it, and
 * the value is read as the officer meant it (seventeenth session's review: read as unparseable, it had hidden a
 * unit-mismatch that appeared once both fixes were taken).
 */
const ANY_BRACKET = /[()（）[\]【】〔〕]/;

function withoutStrayEdgeBracket(raw: string): string {
  if (!ANY_BRACKET.test(raw)) return raw;
  const text = raw.trim();
  for (const [open, close] of PAIRS) {
    const opens = text.split(open).length - 1;
    const closes = text.split(close).length - 1;
    if (closes > opens && text.endsWith(close)) return text.slice(0, -1);
    if (closes > opens && text.startsWith(close)) return text.slice(1);
    // An opening bracket at the end is a stray; one at the start may open a note whose rest was lost: unread.
    if (opens > closes && text.endsWith(open)) return text.slice(0, -1);
  }
  return raw;
}

function parseUncached(raw: string, hints: ValueHints): ParsedValue {
  const unbracketed = withoutStrayEdgeBracket(raw);
  if (unbracketed !== raw) return parseUncached(unbracketed, hints);
  // Characters nobody sees (a zero-width space copied from a web page) say nothing: text-artifact removes them.
  if (ANY_INVISIBLE.test(raw)) return parseUncached(raw.replace(INVISIBLE, ""), hints);
  if (blank(raw)) return { kind: "blank" };
  // `≥百分之九十五` says `≥95%`, `不少于十次` says `≥10次` (unit-nonstandard asks for them so): read as that.
  // `》=30公里`: a comparator typed with a Chinese keyboard (unit-nonstandard respells it).
  if (IME_BRACKET.test(raw)) {
    const standard = raw.replace(IME_COMPARATOR, imeComparator);
    if (standard !== raw) return parseUncached(standard, hints);
  }
  // `≥9成` says `≥90%` (unit-nonstandard asks for it so).
  if (raw.includes("成")) {
    const percent = withDigitTenths(raw);
    if (percent !== raw) return parseUncached(percent, hints);
  }
  if (CHINESE_NUMERAL.test(raw)) {
    const digits = withDigitNumerals(raw);
    if (digits !== raw) return parseUncached(digits, hints);
  }
  // `≤1×10⁻⁶` is `≤0.000001`, `180±20mm` is `160~200mm`.
  const plain = withPlainNumbers(raw, raw.includes("±") && unitGivenElsewhere(hints));
  if (plain !== raw) return parseUncached(plain, hints);
  const half = toHalfWidth(raw);
  const money = !!hints.money || isMoneyName(hints.name ?? "");
  // `≥4A`, `5A级`: a grade, though a digit opens it.
  const sign = LEADING_SIGN.exec(half);
  const afterSign = half.slice(sign ? sign[0].length : 0).trim();
  if (/^\d/.test(afterSign) && GRADE.test(afterSign)) return qualitative(raw, half, hints, []);
  const masked = maskBrackets(half);
  const clocks = !PROPORTION_NAME.test((hints.name ?? "").trim());
  let found = scanQuantities(masked, raw, money, clocks);
  if (!found.length) found = scanQuantities(half, raw, money, clocks);
  if (found.length === 1) found = [withBracketUnit(found[0], half, raw, money)];
  if (found.length === 1)
    found = [hints.date ? asDottedDate(found[0], half, hints) : asFraction(found[0], half, hints)];
  if (found.length === 1) found = [asPairSharingUnit(found[0], half)];
  if (found.some((f) => f.badUnit)) return { kind: "unparseable", reason: "a compound unit that means nothing" };
  // Past 309 digits a number is Infinity: no target, and no message should quote it as "Infinity%".
  if (found.some((f) => !Number.isFinite(f.number))) return { kind: "unparseable", reason: "a number too long" };
  if (found.some((f) => f.badDate)) return { kind: "unparseable", reason: NO_SUCH_DATE };
  if (found.length !== 1) return qualitative(raw, half, hints, found);
  const written = words(masked, raw, found[0]);
  // `≤建设投资的15%`, `≤市场租金70%`: a sign before the amount a share is of bounds the share, as `不超过合同金额的10%`
  // (words only) is read.
  const lead = LEADING_SIGN.exec(written.before);
  const signedWords = lead && !found[0].comparator && CJK_START.test(written.before.slice(lead[0].length));
  const around = signedWords ? { ...written, before: written.before.slice(lead![0].length) } : written;
  // Punctuation closing or opening the cell (`≥90%。`) is not a sentence.
  const rest = (around.before + " " + around.after).replace(EDGE_PUNCT, "");
  if (JUNK.test(rest)) return { kind: "unparseable", reason: "stray symbols around the number" };
  if (SENTENCE.test(rest) || rest.length > MAX_WORDS) return qualitative(raw, half, hints, found);
  if (straySymbols(around)) return { kind: "unparseable", reason: "stray symbols around the number" };
  const q = quantitative(found[0], hints, around);
  if (signedWords) Object.assign(q, { comparator: comparatorOf(lead![1]), comparatorText: lead![1] });
  return q;
}

const CJK_START = /^[\u4e00-\u9fff]/;

const BENCHMARK_RATE = /^(?:LPR|SHIBOR|CPI)$/i;

const cache = new PairCache<ParsedValue, ValueHints | null | undefined>(20000);

/** Freezes a result before it enters the cache: a shared result must never change under a reader. */
function deepFreeze(v: ParsedValue): ParsedValue {
  const freezeQuantity = (q: QuantitativeValue) => {
    if (q.words) Object.freeze(q.words);
    if (q.date) Object.freeze(q.date);
    if (q.terms) Object.freeze(q.terms);
    return Object.freeze(q);
  };
  if (v.kind === "quantitative") return freezeQuantity(v);
  if (v.kind === "qualitative" && v.quantities) Object.freeze(v.quantities).forEach(freezeQuantity);
  return Object.freeze(v);
}

/**
 * The cached result itself, frozen and shared by every caller that asked for
 * the same text and hints. For readers only (the rules' value facts): it
 * saves the copy `parseValue` makes, which was most of a cache hit's cost.
 */
export function parseValueShared(text: string | number | null | undefined, given?: ValueHints | null): ParsedValue {
  const raw = typeof text === "number" ? (Number.isFinite(text) ? String(text) : "") : String(text ?? "");
  return cache.get(raw, hintsKey(given), given, parseFrozen);
}

function parseFrozen(raw: string, given: ValueHints | null | undefined): ParsedValue {
  return deepFreeze(parseUncached(raw, cleanHints(given)));
}

const SEPARATOR = "\u0001";

/**
 * The hints as one text: most indicators give a name alone, whose text is the key as it is; others the fields
 * joined by a separator (a name without one never equals such a key).
 */
function hintsKey(given: ValueHints | null | undefined): string {
  if (!given) return "";
  const name = text(given.name) ?? "";
  const unit = text(given.unitColumn) ?? "";
  const comparator = text(given.comparatorColumn) ?? "";
  const header = text(given.headerUnit) ?? "";
  const flags = (given.money ? 1 : 0) + (given.date ? 2 : 0);
  if (!unit && !comparator && !header && flags === 0 && !name.includes(SEPARATOR)) return name;
  return [SEPARATOR + name, unit, comparator, flags, header].join(SEPARATOR);
}

/**
 * What a 指标值 says: quantitative (comparator, number or range, unit and its
 * dimension), qualitative (a phrase, possibly mentioning numbers), blank, or
 * unparseable. Hints give the unit and comparator a bare number lacks. The
 * result is a fresh object: callers may keep or change it.
 */
export function parseValue(text: string | number | null | undefined, given?: ValueHints | null): ParsedValue {
  return cloneValue(parseValueShared(text, given));
}

function text(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** Hints as strings whatever the caller passed (a cell may hold a number). */
function cleanHints(given: ValueHints | null | undefined): ValueHints {
  if (!given) return {};
  return {
    name: text(given.name),
    unitColumn: text(given.unitColumn),
    comparatorColumn: text(given.comparatorColumn),
    money: !!given.money,
    date: !!given.date,
    headerUnit: text(given.headerUnit),
  };
}

function cloneQuantity(q: QuantitativeValue): QuantitativeValue {
  const copy = { ...q };
  if (q.words) copy.words = { ...q.words };
  if (q.date) copy.date = { ...q.date };
  if (q.terms) copy.terms = [...q.terms];
  return copy;
}

/** A copy of a cached result, so that a caller changing it cannot change the cache. */
function cloneValue(v: ParsedValue): ParsedValue {
  if (v.kind === "quantitative") return cloneQuantity(v);
  if (v.kind === "qualitative" && v.quantities) return { ...v, quantities: v.quantities.map(cloneQuantity) };
  return { ...v };
}
