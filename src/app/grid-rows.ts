/**
 * Grids of some rows only: what a host hands over for a row window, and how
 * the pane puts such a window back into the whole sheet it keeps (the text of
 * every finding's cell, for the ignore keys).
 */
import { rangesOverlap, type CellRange, type CellValue, type Grid } from "../core/grid/grid";
import type { RowSpan } from "../core/lint/lint";

function meetsRows(m: CellRange, rows: RowSpan): boolean {
  return m.bottom >= rows.top && m.top <= rows.bottom;
}

/** Rows `rows` of `grid` (clipped to it), with the merged areas that meet them, as a host reads them. */
export function sliceRows(grid: Grid, rows: RowSpan): Grid {
  const top = Math.max(rows.top, grid.top);
  const end = Math.min(rows.bottom, grid.top + grid.values.length - 1);
  const values = end < top ? [] : grid.values.slice(top - grid.top, end - grid.top + 1).map((r) => (r ?? []).slice());
  return {
    sheet: grid.sheet,
    top: end < top ? rows.top : top,
    left: grid.left,
    values,
    merges: grid.merges.filter((m) => meetsRows(m, rows)).map((m) => ({ ...m })),
  };
}

function rowAt(grid: Grid, row: number, left: number): CellValue[] {
  const line = grid.values[row - grid.top] ?? [];
  const pad = grid.left - left;
  return pad > 0 ? [...new Array<CellValue>(pad).fill(null), ...line] : line.slice(-pad);
}

/**
 * `whole` with the rows `rows` taken from `part` (read just now for those
 * rows; rows of the window it lacks are blank now). Rows outside stay as
 * they were: a value edit inside the window changed nothing there.
 */
export function patchRows(whole: Grid, part: Grid, rows: RowSpan): Grid {
  const partEnd = part.top + part.values.length - 1;
  const wholeEnd = whole.top + whole.values.length - 1;
  const top = Math.min(whole.values.length ? whole.top : part.top, part.values.length ? part.top : whole.top);
  const bottom = Math.max(wholeEnd, partEnd);
  const left = Math.min(whole.left, part.left);
  const values: CellValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const inWindow = r >= rows.top && r <= rows.bottom;
    values.push(inWindow ? (r >= part.top && r <= partEnd ? rowAt(part, r, left) : []) : rowAt(whole, r, left));
  }
  // The part holds every area meeting the window; the whole's other areas lie wholly outside it.
  const merges = [...whole.merges.filter((m) => !meetsRows(m, rows)), ...part.merges];
  return { sheet: whole.sheet, top, left, values, merges };
}

const within = (a: CellRange, b: CellRange) =>
  a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

/**
 * A window read with the merged areas that cross its edges as the whole
 * sheet last had them. Excel reports only areas whose top-left cell lies in
 * the probed rows (office-js #3611; older builds clip them, #1590), so an
 * area starting above the window is missing or cut; a value edit cannot have
 * changed merged areas, so the last full read's are right.
 */
export function withEdgeMerges(part: Grid, whole: Grid, rows: RowSpan): Grid {
  const crossing = whole.merges.filter((m) => meetsRows(m, rows) && (m.top < rows.top || m.bottom > rows.bottom));
  if (!crossing.length) return part;
  const kept = part.merges.filter((p) => !crossing.some((m) => within(p, m)));
  const added = crossing.filter((m) => !kept.some((p) => rangesOverlap(p, m)));
  return { ...part, merges: [...kept, ...added.map((m) => ({ ...m }))] };
}
