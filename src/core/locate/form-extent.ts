/**
 * The extent of a form or flat table around its indicator header: the head
 * block above it (labels, then the unit line and the title) and the indicator
 * rows below it, up to the next table, a stretch of blank rows, or the end.
 */
import type { CellPos, CellRange, Grid } from "../grid/grid";
import { labelOf } from "../text/labels";
import type { IndicatorHeader } from "./header";
import { firstFilled, isBlankRow, rowKind, type Band } from "./rows";

/** A head block is never taller than this. */
export const HEAD_REACH = 30;
/** Rows without labels inside a head block (purpose, plan values, goal continued). */
const MAX_UNLABELLED_RUN = 4;
/** Blank rows that end a table. */
export const BLANK_STRETCH = 2;

interface Top {
  top: number;
  anchor: CellPos;
}

/** The topmost row holding a head label above the header (the header row itself when none). */
function topLabelRow(grid: Grid, header: IndicatorHeader): number {
  let top = header.row;
  let unlabelled = 0;
  const limit = Math.max(grid.top, header.row - HEAD_REACH);
  for (let r = header.row - 1; r >= limit; r--) {
    const kind = rowKind(grid, r, header.band);
    if (kind === "head") {
      // The previous table's indicator header: its table ends above us.
      if (isHeaderRow(grid, r, header.band)) break;
      top = r;
      unlabelled = 0;
    } else if (++unlabelled > MAX_UNLABELLED_RUN) break;
  }
  return top;
}

function isHeaderRow(grid: Grid, row: number, band: Band): boolean {
  const line = grid.values[row - grid.top] ?? [];
  for (let c = band.left; c <= band.right; c++) {
    const v = line[c - grid.left];
    if (typeof v === "string" && labelOf(v)?.key === "level1") return true;
  }
  return false;
}

/** Extends the top over the unit line (`单位：万元`) and the title just above the labels. */
function headTop(grid: Grid, header: IndicatorHeader): Top {
  let top = topLabelRow(grid, header);
  let r = top - 1;
  if (r >= grid.top && rowKind(grid, r, header.band) === "unitLine") top = r--;
  if (r >= grid.top && rowKind(grid, r, header.band) === "title") top = r;
  const col = firstFilled(grid, top, header.band);
  return { top, anchor: { row: top, col: col < 0 ? header.band.left : col } };
}

/** The last indicator row: stops before a row that starts another table, or at blank rows. */
function lastRow(grid: Grid, header: IndicatorHeader): number {
  const end = grid.top + grid.values.length - 1;
  let last = header.row;
  let blanks = 0;
  for (let r = header.row + 1; r <= end; r++) {
    if (isBlankRow(grid, r, header.band)) {
      if (++blanks >= BLANK_STRETCH) break;
      continue;
    }
    if (rowKind(grid, r, header.band) !== "other") break;
    blanks = 0;
    last = r;
  }
  return last;
}

export function formExtent(grid: Grid, header: IndicatorHeader): { range: CellRange; anchor: CellPos } {
  const { top, anchor } = headTop(grid, header);
  const bottom = lastRow(grid, header);
  return { range: { top, left: header.band.left, bottom, right: header.band.right }, anchor };
}
