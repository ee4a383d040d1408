/**
 * A target typed or pasted twice into one cell (`854万854万`, `≥90%≥90%`): two copies of one quantity with
 * nothing between. Read as it stands it is two targets, and a respelling of its last unit (`854万854万元`)
 * would write a value nobody meant.
 */
import { parseValueShared } from "./parse-value";

// A copy holds a digit and ends in a unit or a magnitude: `1111` is a number, not `11` twice.
const COPY = /\d[^\d\s]*[^\d\s.]$/;

/** The single copy when `text` is one quantity written twice (spaces between allowed), else undefined. */
export function doubledQuantity(text: string): string | undefined {
  const value = text.trim();
  const half = value.length >> 1;
  if (value.length < 4) return undefined;
  const first = value.slice(0, half).trim();
  const second = value.slice(value.length - half).trim();
  if (first !== second || !COPY.test(first)) return undefined;
  return parseValueShared(first).kind === "quantitative" ? first : undefined;
}
