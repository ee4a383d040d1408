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

function lookup(byRow: (CellRange[] | undefined)[], base: number, row: number, col: number): CellRange | undefined {
  const list = byRow[row - base];
  if (!list) return undefined;
  for (const m of list) if (col >= m.left && col <= m.right) return m;
  return undefined;
}

function buildIndex(merges: readonly CellRange[]): MergeIndex {
  const { base, byRow } = rowLists(merges, -Infinity, Infinity);
  return { at: (row, col) => lookup(byRow, base, row, col) };
}

/**
 * An index of the merges meeting rows [from, to] only, which falls back to the
 * whole index (built then, once) for a row outside them. One pass over the
 * merges that allocates only for the rows asked about.
 */
function buildNear(grid: Grid, from: number, to: number): MergeIndex {
  const { base, byRow } = rowLists(grid.merges, from, to);
  let whole: MergeIndex | undefined;
  return {
    at(row, col) {
      if (row >= from && row <= to) return lookup(byRow, base, row, col);
      whole ??= buildIndex(grid.merges);
      return whole.at(row, col);
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

/**
 * Prepares the index of a grid about to be read only around rows [from, to]
 * (a recheck's window): hosts hand a new grid per edit, and indexing the
 * ~200,000 merges of a big sheet for every edit would cost more than the
 * re-check itself. A grid already indexed keeps its index.
 */
export function indexMergesNear(grid: Grid, from: number, to: number): void {
  if (!grid.merges || grid.merges.length === 0 || indexes.has(grid)) return;
  indexes.set(grid, buildNear(grid, from, to));
}

/** The last column a cell reaches: its merge's right edge, or itself. */
export function rightEdge(grid: Grid, row: number, col: number): number {
  const m = mergeIndex(grid).at(row, col);
  return m && m.top === row && m.left === col ? m.right : col;
}
