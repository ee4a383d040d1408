/**
 * Cell sets as few rectangles and bounded address strings, so marks are
 * written as a handful of multi-area ranges instead of one proxy per cell.
 */
import type { CellPos, CellRange } from "../core/grid/grid";
import { rangeToA1 } from "../core/grid/address";
import { LAST_COL, LAST_ROW } from "../host/constants";

/**
 * Keeps Excel's multi-area address strings short. Excel documents no limit for
 * `getRanges`, but formulas cap references at 8,192 characters; staying well
 * under it keeps each request small too.
 */
export const MAX_AREAS_ADDRESS = 2000;

/** Row runs stacked down, or column runs stacked across, whichever gives fewer rectangles. */
export function toRectangles(cells: readonly CellPos[]): CellRange[] {
  const byRows = rowRectangles(cells);
  if (byRows.length <= 1) return byRows;
  const flip = (c: { row: number; col: number }) => ({ row: c.col, col: c.row });
  const byCols = rowRectangles(cells.map(flip)).map((r) => ({
    top: r.left,
    bottom: r.right,
    left: r.top,
    right: r.bottom,
  }));
  return byCols.length < byRows.length ? byCols.sort((a, b) => a.top - b.top || a.left - b.left) : byRows;
}

function rowRectangles(cells: readonly CellPos[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellRange[] = [];
  for (const { row, col } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.top === row && last.right === col - 1) last.right = col;
    else if (!(last && last.top === row && last.right >= col))
      runs.push({ top: row, bottom: row, left: col, right: col });
  }
  return stackRuns(runs);
}

function stackRuns(runs: CellRange[]): CellRange[] {
  const open = new Map<string, CellRange>();
  const done: CellRange[] = [];
  for (const run of runs) {
    const key = `${run.left}:${run.right}`;
    const above = open.get(key);
    if (above && above.bottom === run.top - 1) {
      above.bottom = run.top;
      continue;
    }
    if (above) done.push(above);
    open.set(key, { ...run });
  }
  return [...done, ...open.values()].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Comma-joined A1 addresses, each string at most `maxChars` long. */
export function chunkAddresses(ranges: readonly CellRange[], maxChars = MAX_AREAS_ADDRESS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const range of ranges) {
    const a1 = rangeToA1(range);
    if (current && current.length + 1 + a1.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current},${a1}` : a1;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** Parses `A1:B3`, `3:5` (whole rows), `C:D` (whole columns), with or without a sheet prefix. */
export function parseAnyRange(address: string): CellRange | undefined {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const clean = bare.replace(/\$/g, "").trim();
  const rows = /^(\d+)(?::(\d+))?$/.exec(clean);
  if (rows) return wholeRows(Number(rows[1]), Number(rows[2] ?? rows[1]));
  const cols = /^([A-Za-z]{1,3})(?::([A-Za-z]{1,3}))?$/.exec(clean);
  if (cols) return wholeColumns(colIndex(cols[1]), colIndex(cols[2] ?? cols[1]));
  return parseCells(clean);
}

function wholeRows(a: number, b: number): CellRange {
  return { top: Math.min(a, b) - 1, bottom: Math.max(a, b) - 1, left: 0, right: LAST_COL };
}

function wholeColumns(a: number, b: number): CellRange {
  return { top: 0, bottom: LAST_ROW, left: Math.min(a, b), right: Math.max(a, b) };
}

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

function parseCells(address: string): CellRange | undefined {
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(address);
  if (!m) return undefined;
  const r1 = Number(m[2]) - 1;
  const c1 = colIndex(m[1]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c2 = m[3] === undefined ? c1 : colIndex(m[3]);
  if (r1 < 0 || r2 < 0) return undefined;
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

/**
 * The areas of a multi-area address as Excel gives it (`Sheet1!A1:B2, 'a, b''s'!C3`):
 * split at the commas outside quoted sheet names, each area read after its last `!`.
 */
export function parseAreas(address: string): CellRange[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    // A doubled quote inside a quoted name toggles twice: the name goes on.
    if (address[i] === "'") quoted = !quoted;
    else if (address[i] === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((part) => parseAnyRange(part.trim())).filter((r): r is CellRange => r !== undefined);
}
