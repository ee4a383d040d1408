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

const EMPTY: MergeIndex = { at: () => undefined };

function buildIndex(merges: readonly CellRange[]): MergeIndex {
  let base = Infinity;
  for (const m of merges) if (m && m.top < base) base = m.top;
  // An array by row (from the first merged row) is several times faster than a Map.
  const byRow: (CellRange[] | undefined)[] = [];
  for (const m of merges) {
    if (!m || !(m.bottom >= m.top) || !(m.right >= m.left)) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      const list = byRow[r - base];
      if (list) list.push(m);
      else byRow[r - base] = [m];
    }
  }
  return {
    at(row, col) {
      const list = byRow[row - base];
      if (!list) return undefined;
      for (const m of list) if (col >= m.left && col <= m.right) return m;
      return undefined;
    },
  };
}

const indexes = new WeakMap<Grid, MergeIndex>();

export function mergeIndex(grid: Grid): MergeIndex {
  if (!grid.merges || grid.merges.length === 0) return EMPTY;
  let index = indexes.get(grid);
  if (!index) {
    index = buildIndex(grid.merges);
    indexes.set(grid, index);
  }
  return index;
}

/** The last column a cell reaches: its merge's right edge, or itself. */
export function rightEdge(grid: Grid, row: number, col: number): number {
  const m = mergeIndex(grid).at(row, col);
  return m && m.top === row && m.left === col ? m.right : col;
}
