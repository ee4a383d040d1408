/**
 * Wording shared by the value rules' messages and suggestions. Message data
 * fills the Chinese and the English template alike, so each label comes as a
 * pair of keys: `where` (zh) and `whereEn`.
 */
import { COMPARATOR_MIRROR, SUFFIX_COMPARATORS } from "../../schema/comparator-words";
import type { QuantitativeValue } from "../../value/types";
import type { ValueRole } from "./value-facts";

const WHERE: Record<ValueRole, [string, string]> = {
  value: ["指标值", "the value"],
  period: ["实施周期指标值", "the period value (实施周期指标值)"],
  annual: ["年度指标值", "the annual value (年度指标值)"],
};

/** Message data naming which 指标值 a finding is about (compact cells hold two). */
export function whereData(role: ValueRole): { where: string; whereEn: string } {
  const [where, whereEn] = WHERE[role];
  return { where, whereEn };
}

/** The name to show in a message: the 三级指标, or a neutral word when it is blank. */
export function shownName(name: string): string {
  return name.trim() || "该指标";
}

/** The greatest number a quantitative value allows (a range's upper end). */
export function upperNumber(q: QuantitativeValue): number {
  return q.numberMax ?? q.number;
}

/**
 * The value text with its comparator turned round (`≥4.5万元/辆` → `≤4.5万元/辆`),
 * or undefined when the spelling has no mirror or is not found in the text.
 */
export function mirrorComparator(text: string, comparatorText: string | undefined): string | undefined {
  if (!comparatorText) return undefined;
  const mirror = COMPARATOR_MIRROR[comparatorText];
  const at = text.indexOf(comparatorText);
  if (!mirror || at < 0) return undefined;
  // A suffix (以上) stands at the end; a prefix at the start: replace the one the parser found.
  const last = text.lastIndexOf(comparatorText);
  const index = SUFFIX_COMPARATORS.has(comparatorText) ? last : at;
  return text.slice(0, index) + mirror + text.slice(index + comparatorText.length);
}

/** The value text without its comparator (`≥100%` → `100%`, `100%以上` → `100%`). */
export function withoutComparator(text: string, comparatorText: string | undefined): string | undefined {
  if (!comparatorText) return undefined;
  const trimmed = text.trim();
  if (trimmed.startsWith(comparatorText)) return trimmed.slice(comparatorText.length).trim();
  if (trimmed.endsWith(comparatorText)) return trimmed.slice(0, trimmed.length - comparatorText.length).trim();
  return undefined;
}
