/** Numbers as officers type them: `170.00`, `1,000`, full-width digits. */
import { toHalfWidth, visibleText } from "../text/normalize";

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

/**
 * The number a cell holds, or undefined when the text is not one number
 * (`170万`, `约170`, ``). Thousands separators must be well placed
 * (`1,000` yes, `1,00` no) so that a comma list is not read as one number.
 */
export function parseNumber(text: string | number | null | undefined): number | undefined {
  if (typeof text === "number") return Number.isFinite(text) ? text : undefined;
  // Only the edges are trimmed: `3 5` is two numbers, not 35. A character nobody sees (`50\u200b` pasted from a web
  // page, in a cell the locator reads before any field is made) is no part of it.
  const flat = visibleText(toHalfWidth(String(text ?? ""))).replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");
  if (!NUMBER.test(flat)) return undefined;
  const value = Number(flat.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}

/** A money unit written after an amount: `万元`, `亿元`, `元`, a bare `万` or `亿`. */
const MONEY_UNIT_AFTER = /\s*(?:万元|亿元|元|万|亿)$/;

/**
 * The number of an amount cell, its money unit written or not (`300`, `300万元`, `50万`): the unit is not
 * converted, so only where the amounts compared are in one unit, or where only their presence counts.
 */
export function parseAmountNumber(text: string): number | undefined {
  return parseNumber(visibleText(text).replace(MONEY_UNIT_AFTER, ""));
}
