/**
 * Finding the quantities (numbers with comparator and unit, and dates) in a
 * value's half-width text. `raw` is the text as written, of the same length,
 * so that comparators and units are reported as written.
 */
import { comparatorOf, isLowerBound, isUpperBound } from "./comparator";
import { CLOCK_RANGE, DATE, NUMERIC_DATE, QUANTITY } from "./patterns";
import type { QuantitativeValue } from "./types";
import { isCompoundUnit, standardUnit, unitDimension } from "./units";
import { sameUnit } from "../schema/unit-words";

/** A quantity found in the text, where it stands: a quantitative value's parts before they are completed. */
export interface Found extends Pick<
  QuantitativeValue,
  | "comparator"
  | "comparatorText"
  | "number"
  | "numberMax"
  | "unit"
  | "unitStandard"
  | "dimension"
  | "magnitude"
  | "date"
  | "terms"
> {
  start: number;
  end: number;
  /** A compound unit that means nothing (`月|日`). */
  badUnit?: boolean;
  /** A date that does not exist (`2025年13月`, `2月30日`). */
  badDate?: boolean;
}

const LUNAR = /农历|阴历/;

/** Days in a month; February has 29 unless the year says it has not. */
function daysIn(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether a date's parts name no day of any calendar: a month past 12 after a year (`2025年13月`; `13月` alone
 * may be no date at all), a day past its month's end (`2月30日`, `4月31日`).
 */
function noSuchDate(year: number | undefined, month: number | undefined, day: number | undefined): boolean {
  if (month === undefined || month < 1) return false;
  if (month > 12) return year !== undefined;
  return day !== undefined && day > daysIn(month, year) && day < 100;
}

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text.replace(/,/g, "").replace("−", "-"));
}

/** Comparator fields from a match: a prefix sits at the match's start, a suffix at its end. */
function comparatorFields(
  slice: string,
  prefix?: string,
  suffix?: string,
): Pick<Found, "comparator" | "comparatorText"> {
  if (prefix) return { comparator: comparatorOf(prefix), comparatorText: slice.slice(0, prefix.length) };
  if (suffix) return { comparator: comparatorOf(suffix), comparatorText: slice.slice(slice.length - suffix.length) };
  return {};
}

function dateFound(m: RegExpExecArray, raw: string): Found | undefined {
  const year = num(m[2]);
  const month = num(m[3] ?? m[6]);
  const day = num(m[4] ?? m[7]);
  // A lunar month (`农历2月30日`) may have 30 days.
  const badDate = noSuchDate(year, month, day) && !LUNAR.test(raw.slice(Math.max(0, m.index - 6), m.index));
  if (!badDate && month !== undefined && (month < 1 || month > 12)) return undefined;
  if (!badDate && day !== undefined && (day < 1 || day > 31)) return undefined;
  const part = m[5] ?? m[8];
  const unit = day !== undefined ? "日" : month !== undefined ? (/月份/.test(m[0]) ? "月份" : "月") : "年";
  const slice = raw.slice(m.index, m.index + m[0].length);
  return {
    start: m.index,
    end: m.index + m[0].length,
    ...comparatorFields(slice, m[1], m[9]),
    number: (month ?? year)!,
    unit,
    unitStandard: unit,
    dimension: "date",
    date: { year, month, day, part },
    ...(badDate ? { badDate } : {}),
  };
}

/** `2023.12.31`, `≤2023-12-31`: a day, as `2023年12月31日` is. */
function numericDateFound(m: RegExpExecArray, raw: string): Found | undefined {
  const year = num(m[2])!;
  const month = num(m[4])!;
  const day = num(m[5])!;
  const badDate = noSuchDate(year, month, day);
  if (!badDate && (month < 1 || month > 12 || day < 1 || day > 31)) return undefined;
  const slice = raw.slice(m.index, m.index + m[0].length);
  return {
    start: m.index,
    end: m.index + m[0].length,
    ...comparatorFields(slice, m[1], m[6]),
    number: month,
    unit: "日",
    unitStandard: "日",
    dimension: "date",
    date: { year, month, day },
    ...(badDate ? { badDate } : {}),
  };
}

/** Hours of the day as a number (`17:30` → 17.5). */
function clockHours(hours: string, minutes: string): number {
  return Number(hours) + Number(minutes) / 60;
}

/** A clock time of day is a date-like deadline or period: its unit is the clock's, 时. */
const CLOCK_DATE = Object.freeze({ part: "时刻" });

/** `9:00-17:00`: opening hours, one quantity from the first time to the second. */
function clockRangeFound(m: RegExpExecArray, raw: string): Found {
  const slice = raw.slice(m.index, m.index + m[0].length);
  return {
    start: m.index,
    end: m.index + m[0].length,
    ...comparatorFields(slice, m[1], m[6]),
    number: clockHours(m[2], m[3]),
    numberMax: clockHours(m[4], m[5]),
    unit: "时",
    unitStandard: "时",
    dimension: "date",
    date: CLOCK_DATE,
  };
}

function quantityFound(m: RegExpExecArray, raw: string, money: boolean): Found {
  const slice = raw.slice(m.index, m.index + m[0].length);
  const sign = m[2] ? -1 : 1;
  let number = sign * num(m[3])!;
  let numberMax = num(m[4]);
  // The unit follows the number; raw and half-width text share positions, so slice the unit as written.
  const unitAt = m[6] ? m[0].indexOf(m[6], m[0].indexOf(m[3]) + m[3].length) : -1;
  let unitText = unitAt >= 0 ? slice.slice(unitAt, unitAt + m[6].length) : "";
  let magnitude: "万" | "亿" | undefined = (m[5] as "万" | "亿" | undefined) ?? undefined;
  if (magnitude && /^元/.test(unitText)) {
    unitText = magnitude + unitText; // 万 + 元/辆 is the unit 万元/辆, not a magnitude
    magnitude = undefined;
  } else if (magnitude && !unitText && money) {
    unitText = magnitude; // `≤170万` on a money indicator means 170 万元
    magnitude = undefined;
  } else if (magnitude) {
    const scale = magnitude === "万" ? 1e4 : 1e8;
    number *= scale;
    if (numberMax !== undefined) numberMax *= scale;
  }
  // `元/（人·月）` is `元/人·月`: the brackets group what the amount is per.
  const unitStandard = standardUnit(unitText.replace(/[()（）]/g, ""), money);
  const dimension = unitStandard ? unitDimension(unitStandard) : "unknown";
  return {
    start: m.index,
    end: m.index + m[0].length,
    ...comparatorFields(slice, m[1], m[7]),
    number,
    ...(numberMax !== undefined ? { numberMax } : {}),
    unit: unitText,
    unitStandard,
    dimension,
    ...(magnitude ? { magnitude } : {}),
    ...(isCompoundUnit(unitText) && dimension === "unknown" ? { badUnit: true } : {}),
  };
}

function blankOut(text: string, spans: Found[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + "\u0000".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Every quantity in `half` (dates first, then numbers), in order of position. */
export function scanQuantities(half: string, raw: string, money: boolean, clocks = true): Found[] {
  const dates: Found[] = [];
  if (clocks) for (const m of half.matchAll(CLOCK_RANGE)) dates.push(clockRangeFound(m as RegExpExecArray, raw));
  for (const m of blankOut(half, dates).matchAll(NUMERIC_DATE)) {
    const found = numericDateFound(m as RegExpExecArray, raw);
    if (found) dates.push(found);
  }
  const written = blankOut(half, dates);
  for (const m of written.matchAll(DATE)) {
    const found = dateFound(m as RegExpExecArray, raw);
    if (found) dates.push(found);
  }
  const rest = blankOut(half, dates);
  const numbers: Found[] = [];
  for (const m of rest.matchAll(QUANTITY)) numbers.push(quantityFound(m as RegExpExecArray, raw, money));
  const all = [...dates, ...numbers].sort((a, b) => a.start - b.start);
  return dropYearMentions(mergeTerms(mergeRanges(all, half), half));
}

// The end's `+` stands in the gap when each end carries its unit (`-5mm~+10mm`).
const RANGE_GAP = /^\s*[-~～—–至到]\s*\+?\s*$/;

/**
 * `90%-100%`, `5万-10万台`: two quantities joined by a dash are one range when
 * they share a unit, or the first has none and both carry the same magnitude.
 */
function mergeRanges(found: Found[], half: string): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && boundedPair(prev, f, half)) {
      // `≥3%且≤5%`: a floor and a ceiling are the range between them, with no comparator of its own.
      const range: Found = { ...f, start: prev.start, number: Math.min(prev.number, f.number) };
      range.numberMax = Math.max(prev.number, f.number);
      delete range.comparator;
      delete range.comparatorText;
      out[out.length - 1] = range;
    } else if (prev && joinable(prev, f, half))
      out[out.length - 1] = {
        ...f,
        ...comparatorPart(prev),
        start: prev.start,
        number: prev.number,
        numberMax: f.number,
      };
    else out.push(f);
  }
  return out;
}

function comparatorPart(f: Found): Pick<Found, "comparator" | "comparatorText"> {
  return f.comparator ? { comparator: f.comparator, comparatorText: f.comparatorText } : {};
}

const BOUND_GAP = /^\s*(?:且|并且|和|与|,|，|、)?\s*$/;

/** A floor and a ceiling side by side (`≥3%且≤5%`, `≤30天，≥15天`), in one unit or the first with none. */
function boundedPair(prev: Found, next: Found, half: string): boolean {
  if (prev.numberMax !== undefined || next.numberMax !== undefined || prev.dimension === "date") return false;
  const opposite =
    (isLowerBound(prev.comparator) && isUpperBound(next.comparator)) ||
    (isUpperBound(prev.comparator) && isLowerBound(next.comparator));
  if (!opposite || !BOUND_GAP.test(half.slice(prev.end, next.start))) return false;
  // `≥5%且≤3%` bounds nothing that can be met: no range, left to be read as written.
  const [floor, ceiling] = isLowerBound(prev.comparator) ? [prev.number, next.number] : [next.number, prev.number];
  if (floor > ceiling) return false;
  return prev.unitStandard === next.unitStandard || !prev.unit;
}

function joinable(prev: Found, next: Found, half: string): boolean {
  if (prev.numberMax !== undefined || next.comparator || prev.dimension === "date") return false;
  if (!RANGE_GAP.test(half.slice(prev.end, next.start))) return false;
  return prev.unitStandard === next.unitStandard || (!prev.unit && prev.magnitude === next.magnitude);
}

// `：` and `＊` are half-width by now.
const RATIO_GAP = /^\s*[:∶]\s*$/;
const PRODUCT_GAP = /^\s*[×*xX]\s*$/;

/**
 * `1:15`, `≥1:1:1` (a ratio) and `7×24小时`, `2×1.2米` (a product): one quantity written with several numbers,
 * of which only the last may carry a unit (a product's) and only the first a comparator.
 */
function mergeTerms(found: Found[], half: string): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const total = prev ? (priceTimesCount(prev, f, half) ?? statedTotal(prev, f, half)) : undefined;
    if (total) {
      out[out.length - 1] = total;
      continue;
    }
    const joint = prev ? termJoint(prev, f, half) : undefined;
    if (!joint) {
      out.push(f);
      continue;
    }
    const terms = [...(prev.terms ?? [prev.number]), f.number];
    const at = { ...comparatorPart(prev), start: prev.start, end: f.end, terms };
    out[out.length - 1] =
      joint === "ratio"
        ? { ...at, number: terms[0], unit: "", unitStandard: "", dimension: "ratio" }
        : { ...f, ...at, number: prev.number * f.number };
  }
  return out;
}

/**
 * A unit price times its count (`≤18万元/个×8个`, `800元/户×100户`): the money it comes to, as a cost written so is
 * weighed against the budget (it had read as two quantities, a phrase, and said nothing). Only where the count is of
 * what the price is per.
 */
function priceTimesCount(prev: Found, next: Found, half: string): Found | undefined {
  if (prev.dimension !== "moneyPerUnit" || next.dimension !== "count" || next.comparator) return undefined;
  if (prev.numberMax !== undefined || next.numberMax !== undefined || prev.magnitude || next.magnitude)
    return undefined;
  if (!PRODUCT_GAP.test(half.slice(prev.end, next.start))) return undefined;
  const [top, per] = prev.unitStandard.split("/");
  if (!per || sameUnit(per) !== sameUnit(next.unitStandard)) return undefined;
  const unit = prev.unit.split("/")[0];
  return {
    ...prev,
    end: next.end,
    number: prev.number * next.number,
    unit,
    unitStandard: top,
    dimension: "money",
    terms: [prev.number, next.number],
  };
}

/**
 * A product followed by what it comes to (`18万元/个×8个=144万元`, `7×24小时=168小时`): one quantity, the total
 * written. It had read as two quantities, a phrase, and a cost so written was never weighed against the budget.
 */
function statedTotal(prev: Found, next: Found, half: string): Found | undefined {
  if (!prev.terms || prev.dimension === "ratio" || next.comparator !== "=" || next.numberMax !== undefined)
    return undefined;
  if (next.unitStandard !== prev.unitStandard || next.magnitude !== prev.magnitude) return undefined;
  if (!/^\s*$/.test(half.slice(prev.end, next.start))) return undefined;
  return { ...prev, end: next.end, number: next.number };
}

function termJoint(prev: Found, next: Found, half: string): "ratio" | "product" | undefined {
  if (prev.unit || prev.magnitude || next.magnitude || next.comparator) return undefined;
  if (prev.numberMax !== undefined || next.numberMax !== undefined) return undefined;
  if (prev.dimension === "date" || next.dimension === "date") return undefined;
  const gap = half.slice(prev.end, next.start);
  const ratio = prev.dimension === "ratio";
  if (RATIO_GAP.test(gap) && !next.unit && (ratio || !prev.terms)) return "ratio";
  if (PRODUCT_GAP.test(gap) && !ratio) return "product";
  return undefined;
}

/** `2023年度完成≥5家`: a bare year next to a target is context, not a second target. */
function dropYearMentions(found: Found[]): Found[] {
  const isYear = (f: Found) => f.dimension === "date" && f.date?.month === undefined && !f.date?.part && !f.comparator;
  const others = found.filter((f) => !isYear(f));
  return others.length ? others : found;
}
