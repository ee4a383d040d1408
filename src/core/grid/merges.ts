/**
 * Fast lookup of merged areas. A sheet of 10,000 tables holds ~200,000 merges,
 * so a linear search per cell is out; the index maps each row to the merges
 * crossing it and is built once per grid object.
 */
import type { CellRange, Grid } from "./grid";

export interface MergeIndex {
  /** The merge covering the cell, if any. */
  at(row: number, col: number): CellRange | undefined;
}

/** Rows [base, base + byRow.length) → the merges crossing each; only merges meeting rows [from, to] are kept. */
function rowLists(
  merges: readonly CellRange[],
  from: number,
  to: number,
): { base: number; byRow: (CellRange[] | undefined)[] } {
  let base = Infinity;
  for (const m of merges) if (m && m.top < base) base = m.top;
  base = Math.max(base, from);
  // An array by row (from the first merged row) is several times faster than a Map.
  const byRow: (CellRange[] | undefined)[] = [];
  for (const m of merges) {
    if (!m || !(m.bottom >= m.top) || !(m.right >= m.left) || m.bottom < from || m.top > to) continue;
    for (let r = Math.max(m.top, from), end = Math.min(m.bottom, to); r <= end; r++) {
      const list = byRow[r - base];
      if (list) list.push(m);
      else byRow[r - base] = [m];
    }
  }
  return { base, byRow };
}

/**
 * The merges of rows [from, to] by row; a row outside them is looked up in the
 * whole index, built then, once. One class for every index, so that the
 * hundreds of lookups per table make one call of one shape.
 */
class RowIndex implements MergeIndex {
  private readonly base: number;
  private readonly byRow: (CellRange[] | undefined)[];
  private whole: MergeIndex | undefined;

  constructor(
    private readonly merges: readonly CellRange[],
    private readonly from = -Infinity,
    private readonly to = Infinity,
  ) {
    ({ base: this.base, byRow: this.byRow } = rowLists(merges, from, to));
  }

  at(row: number, col: number): CellRange | undefined {
    if (row < this.from || row > this.to) return (this.whole ??= new RowIndex(this.merges)).at(row, col);
    const list = this.byRow[row - this.base];
    if (list === undefined) return undefined;
    for (let i = 0; i < list.length; i++) if (col >= list[i].left && col <= list[i].right) return list[i];
    return undefined;
  }
}

const EMPTY: MergeIndex = new RowIndex([]);

const indexes = new WeakMap<Grid, MergeIndex>();

export function mergeIndex(grid: Grid): MergeIndex {
  if (!grid.merges || grid.merges.length === 0) return EMPTY;
  let index = indexes.get(grid);
  if (!index) {
    index = new RowIndex(grid.merges);
    indexes.set(grid, index);
  }
  return index;
}

/**
 * Prepares the index of a grid about to be read only around rows [from, to]
 * (a recheck's window): hosts hand a new grid per edit, and indexing the
 * ~200,000 merges of a big sheet for every edit would cost more than the
 * re-check itself. A grid already indexed keeps its index.
 */
export function indexMergesNear(grid: Grid, from: number, to: number): void {
  if (!grid.merges || grid.merges.length === 0 || indexes.has(grid)) return;
  indexes.set(grid, new RowIndex(grid.merges, from, to));
}

/** The last column a cell reaches: its merge's right edge, or itself. */
export function rightEdge(grid: Grid, row: number, col: number): number {
  const m = mergeIndex(grid).at(row, col);
  return m && m.top === row && m.left === col ? m.right : col;
}
