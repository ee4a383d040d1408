/**
 * A target typed or pasted twice into one cell (`854万854万`, `≥90%≥90%`): two copies of one quantity with
 * nothing between. Read as it stands it is two targets, and a respelling of its last unit (`854万854万元`)
 * would write a value nobody meant.
 */
import { parseValueShared } from "./parse-value";

// A copy holds a digit and ends in a unit or a magnitude: `1111` is a number, not `11` twice.
const COPY = /\d[^\d\s]*[^\d\s.]$/;

// Only spaces between the copies: a mark or a line break (`5个、5个`, `2次\n2次`, `50%:50%`) makes a list or a
// ratio of two items that happen to be alike (the session's own review).
const BETWEEN = /^[ \u3000\t]*$/;

/**
 * The single copy when `text` is one quantity written twice with nothing but spaces between, else undefined.
 * `name`: a name that lists two things (`新建、改建村级服务站数量`) may give each its own target, alike or not.
 */
export function doubledQuantity(text: string, name = ""): string | undefined {
  const value = text.trim();
  if (value.length < 4 || TWO_THINGS.test(name)) return undefined;
  const copy = value.slice(0, value.length >> 1).trim();
  if (!value.endsWith(copy) || !BETWEEN.test(value.slice(copy.length, value.length - copy.length))) return undefined;
  if (!COPY.test(copy)) return undefined;
  return parseValueShared(copy).kind === "quantitative" ? copy : undefined;
}

const TWO_THINGS = /[、\n/／]|和|及|与/;
