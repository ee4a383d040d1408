/** Finds target tables on a grid by their labels (spec §2). Stub: to be written. */
import type { CellPos, CellRange, Grid } from "../grid/grid";
import type { Layout } from "../model/table";

export interface TableLocation {
  layout: Layout;
  /** Every cell the table covers. */
  range: CellRange;
  /** Title or first label cell. */
  anchor: CellPos;
}

/**
 * Tables whose anchor lies inside `window` (the whole grid when absent).
 * Cost must be proportional to the window's cells, not the grid's.
 */
export function locateTables(grid: Grid, window?: CellRange): TableLocation[] {
  void grid;
  void window;
  return [];
}
