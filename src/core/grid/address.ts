/** A1 addresses for 0-based absolute positions. */
import type { CellRange } from "./grid";

export function columnName(col: number): string {
  let n = col + 1;
  let name = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

export function toA1(row: number, col: number): string {
  return columnName(col) + String(row + 1);
}

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** The 0-based column of the letters a reference starts with (`AB12` → 27); -1 when it starts with none. */
export function columnIndex(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col - 1;
}

/** Parses `B12` (or `$B$12`, or `Sheet1!B12`) into a 0-based position; undefined when malformed. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(bare.trim());
  if (!m) return undefined;
  const row = Number(m[2]);
  if (row < 1) return undefined;
  return { row: row - 1, col: columnIndex(m[1]) };
}

/** Parses `A1:C4` or `A1` into a range; undefined when malformed. */
export function parseRangeA1(address: string): CellRange | undefined {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
