/**
 * Merged areas as a file declares them → the ones the core may see: clipped to
 * a margin around the cells that hold data (a merge of J1:XFD1048576 would
 * otherwise be indexed row by row; a label merged a column or two past the last
 * value keeps its true shape), and without overlaps, which Excel repairs on open by dropping the
 * later area. Linear: each merge is checked against the kept merges of the rows it
 * crosses (a row holds one or two), never against every earlier merge (exceljs issue #2689).
 */
import type { CellRange, CellValue } from "../core/grid/grid";

/** The kept merges' columns on each row, as [left, right] pairs one after another. */
type RowSpans = (number[] | undefined)[];

/** Rows looked at for overlaps, at most, per row the kept merges may cross: far past any real sheet's. */
const LOOK_FACTOR = 16;

/** Whether `m` overlaps a kept merge; `budget.rows` counts the rows looked at. */
function overlapsKept(byRow: RowSpans, m: CellRange, budget: { rows: number }): boolean {
  for (let r = m.top; r <= m.bottom; r++) {
    budget.rows++;
    const spans = byRow[r];
    if (spans === undefined) continue;
    for (let i = 0; i < spans.length; i += 2) if (spans[i] <= m.right && m.left <= spans[i + 1]) return true;
  }
  return false;
}

function keep(byRow: RowSpans, m: CellRange): void {
  for (let r = m.top; r <= m.bottom; r++) {
    const spans = byRow[r];
    if (spans) spans.push(m.left, m.right);
    else byRow[r] = [m.left, m.right];
  }
}

/** How far past the last value a merge may reach before it is cut. */
export const MARGIN_ROWS = 256;
export const MARGIN_COLS = 64;

/**
 * `lastRow`/`lastCol`: the last row and column holding a value (-1 when the sheet is blank).
 * Undefined when the kept merges together cross more than `maxRowSpans` rows (the core indexes merges by row).
 */
export function usableMerges(
  merges: readonly CellRange[],
  lastRow: number,
  lastCol: number,
  maxRowSpans: number,
): CellRange[] | undefined {
  const byRow: RowSpans = [];
  const kept: CellRange[] = [];
  const maxRow = lastRow + MARGIN_ROWS;
  const maxCol = lastCol + MARGIN_COLS;
  let spans = 0;
  const looked = { rows: 0 };
  for (const m of merges) {
    if (m.top > lastRow || m.left > lastCol) continue; // its top-left cell is blank and nothing follows it
    const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) };
    if (clipped.bottom === clipped.top && clipped.right === clipped.left) continue; // one cell: no merge left
    if (clipped.bottom < clipped.top || clipped.right < clipped.left) continue; // no area at all
    const overlap = overlapsKept(byRow, clipped, looked);
    // Tall merges dropped one after another add no spans but cost the rows looked at: bounded too.
    if (looked.rows > maxRowSpans * LOOK_FACTOR) return undefined;
    if (overlap) continue;
    spans += clipped.bottom - clipped.top + 1;
    if (spans > maxRowSpans) return undefined;
    keep(byRow, clipped);
    kept.push(clipped);
  }
  return kept;
}

/** A merged area's value lives in its top-left cell only, as Office.js gives it: both hosts hand the core one grid. */
export function blankCovered(values: CellValue[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const line = values[r];
      if (!line || line.length <= m.left) continue;
      for (let c = m.left, end = Math.min(m.right, line.length - 1); c <= end; c++) {
        if (r !== m.top || c !== m.left) line[c] = null;
      }
    }
  }
}
