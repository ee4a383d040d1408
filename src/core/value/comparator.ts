/**
 * Comparator spellings (spec §4). Patterns run on half-width text
 * (`toHalfWidth`), so `＞＝` arrives as `>=` and `＞` as `>`.
 */
import type { Comparator } from "./types";

const PREFIX_WORDS: readonly [string, Comparator][] = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不少于", ">="],
  ["不低于", ">="],
  ["不小于", ">="],
  ["至少", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
  ["不大于", "<="],
  ["不多于", "<="],
  ["最多", "<="],
  ["超过", ">"],
  ["大于", ">"],
  ["高于", ">"],
  ["多于", ">"],
  ["超", ">"],
  ["少于", "<"],
  ["低于", "<"],
  ["小于", "<"],
  ["等于", "="],
  // A tolerance: `±3%以内` is a deviation of at most 3%.
  ["±", "<="],
  [">=", ">="],
  ["=>", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≤", "<="],
  ["≦", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

const SUFFIX_WORDS: readonly [string, Comparator][] = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

/** Suffixes that bound a date: `2024年12月前`. */
const DATE_SUFFIX_WORDS: readonly [string, Comparator][] = [
  ["之前", "<="],
  ["以前", "<="],
  ["前", "<="],
  ["以内", "<="],
  ["内", "<="],
  ["以后", ">="],
  ["之后", ">="],
  ["后", ">="],
];

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function alternation(words: readonly [string, Comparator][]): string {
  return [...words]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w]) => escape(w))
    .join("|");
}

/** Regex sources (no groups) of the three comparator positions, longest spelling first. */
export const PREFIX_SOURCE = alternation(PREFIX_WORDS);
export const SUFFIX_SOURCE = alternation(SUFFIX_WORDS);
export const DATE_SUFFIX_SOURCE = alternation(DATE_SUFFIX_WORDS);

const PREFIX_MAP = new Map(PREFIX_WORDS);
const SUFFIX_MAP = new Map([...SUFFIX_WORDS, ...DATE_SUFFIX_WORDS]);

/**
 * The comparator a spelling means (`≧` → ">=", `不超过` → "<=", `以上` → ">=",
 * `＞＝` → ">="), or undefined. Accepts prefix and suffix spellings.
 */
export function comparatorOf(spelling: string): Comparator | undefined {
  // Most callers pass an absent column as "": no comparator, nothing to normalize.
  if (spelling === "") return undefined;
  const text = String(spelling ?? "")
    .trim()
    .replace(/＞/g, ">")
    .replace(/＜/g, "<")
    .replace(/＝/g, "=");
  return PREFIX_MAP.get(text) ?? SUFFIX_MAP.get(text);
}

/** Whether the comparator sets a floor (≥, >, 不少于, 以上…). */
export function isLowerBound(c: Comparator | undefined): boolean {
  return c === ">=" || c === ">";
}

/** Whether the comparator sets a ceiling (≤, <, 不超过, 以内…). */
export function isUpperBound(c: Comparator | undefined): boolean {
  return c === "<=" || c === "<";
}
