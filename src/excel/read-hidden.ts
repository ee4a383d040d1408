/**
 * The rows and columns a sheet hides, in round trips that do not grow with the sheet. Officers hide a template's
 * unused rows and columns rather than delete them (an old example row under a ★ heading, a 序号 column between a
 * label and its value), and the core reads the table as shown (core/grid/shown.ts).
 *
 * - The used range's `rowHidden` and `columnHidden` (ExcelApi 1.2) ride on the sync that loads its shape: `false`
 *   when none is hidden, `true` when all are, `null` when some are. A sheet hiding nothing costs no sync more.
 * - Only on `null` the used range's visible cells are asked for, `getSpecialCellsOrNullObject("Visible")`
 *   (ExcelApi 1.9): one multi-area address, loaded on a sync the read makes anyway where it can. The rows shown are
 *   those some area spans, the columns shown likewise, whatever rectangles Excel cuts the visible cells into; the
 *   address grows with the runs of hidden rows and columns, not with the sheet. The range asked is never one cell
 *   (a `null` needs two rows or two columns): on one cell Excel's SpecialCells looks at the whole sheet.
 */
import type { CellRange, CellValue, Grid } from "../core/grid/grid";
import { blankHidden, columnsHolding } from "../core/grid/hidden-cells";
import { parseAreas } from "./areas";

/** The used range's `rowHidden` and `columnHidden` as loaded with its shape: `null` (mixed), though typed boolean. */
export interface HiddenFlags {
  rowHidden: boolean | null;
  columnHidden: boolean | null;
}

export const flagsOf = (used: Excel.Range): HiddenFlags => ({
  rowHidden: used.rowHidden as boolean | null,
  columnHidden: used.columnHidden as boolean | null,
});

export const hidesNothing = (flags: HiddenFlags): boolean => flags.rowHidden === false && flags.columnHidden === false;

/** Whether only the visible cells can say which rows or columns are hidden (some are, some are not). */
export const needsVisibleCells = (flags: HiddenFlags): boolean =>
  flags.rowHidden === null || flags.columnHidden === null;

/** Queues the used range's visible cells; read them with `visibleAreas` after the sync. */
export function queueVisibleCells(used: Excel.Range): Excel.RangeAreas {
  const areas = used.getSpecialCellsOrNullObject("Visible");
  areas.load("address");
  return areas;
}

/** The visible cells as rectangles (none when nothing shows). */
export function visibleAreas(areas: Excel.RangeAreas): CellRange[] {
  return areas.isNullObject ? [] : parseAreas(areas.address);
}

/** The used range's extent (absolute, inclusive). */
export interface UsedExtent {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * The hidden rows and columns of the used range, absolute and ascending: from the flags alone when they say none or
 * all, else from the visible cells (a row or column no visible area spans is hidden).
 */
export function hiddenLines(
  used: UsedExtent,
  flags: HiddenFlags,
  visible: readonly CellRange[] | undefined,
): { rows: number[]; cols: number[] } {
  return {
    rows: hiddenOnAxis(flags.rowHidden, used.top, used.rows, visible, (a) => [a.top, a.bottom]),
    cols: hiddenOnAxis(flags.columnHidden, used.left, used.cols, visible, (a) => [a.left, a.right]),
  };
}

function hiddenOnAxis(
  flag: boolean | null,
  first: number,
  count: number,
  visible: readonly CellRange[] | undefined,
  span: (area: CellRange) => [number, number],
): number[] {
  if (flag === false || count <= 0) return [];
  if (flag === true) return Array.from({ length: count }, (_, i) => first + i);
  if (!visible) return [];
  const shown = new Uint8Array(count);
  for (const area of visible) {
    const [from, to] = span(area);
    for (let i = Math.max(from, first); i <= Math.min(to, first + count - 1); i++) shown[i - first] = 1;
  }
  const hidden: number[] = [];
  shown.forEach((s, i) => {
    if (!s) hidden.push(first + i);
  });
  return hidden;
}

/**
 * The grid as the CLI's reader gives it (core/grid/hidden-cells.ts): cells of hidden rows and columns blank, a
 * merged area's value kept where part of it shows, the hidden rows listed and the hidden columns that held
 * something. `rows`/`cols` may lie outside the values read (a row window): they are listed all the same.
 */
export function asShown(grid: Grid, rows: readonly number[], cols: readonly number[]): Grid {
  if (rows.length === 0 && cols.length === 0) return grid;
  const values: CellValue[][] = grid.values;
  const hiddenColumns = columnsHolding(values, grid.left, cols, grid.merges);
  blankHidden(values, grid, grid.merges, rows, cols);
  return {
    ...grid,
    ...(rows.length ? { hiddenRows: [...rows] } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
  };
}
