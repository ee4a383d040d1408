/**
 * The table as the sheet shows it. Officers hide a template's unused rows and columns rather than delete them
 * (a 序号 or 指标编码 column between 一级 and 二级, an old 实施期 column, an example row under a ★ heading), and a hidden
 * row or column is no part of the table as shown and printed. Reading a grid with them left in (blank, as the CLI's
 * reader gives them) had read a blank where the sheet shows the next cell: a goal "missing" beside its label, a
 * heading's sub-rows "absent" (a probe through real .xlsx files).
 *
 * So the core reads a view with the hidden rows and columns taken out, and puts what it read back at the sheet's
 * addresses: every "next cell" look sees what the officer sees, and no finding can point at a hidden cell.
 */
import { cellAt, type CellRange, type CellValue, type Grid } from "./grid";

/** One axis (rows or columns): the sheet's positions and the view's, where the hidden ones are left out. */
export interface ShownAxis {
  /** The view's position of a sheet position; a hidden one gives the next shown one's. */
  toView(at: number): number;
  /** The sheet's position of a view position: never a hidden one. */
  toSheet(at: number): number;
  hides(at: number): boolean;
}

function shownAxis(hidden: readonly number[]): ShownAxis {
  const list = [...new Set(hidden)].sort((a, b) => a - b);
  const set = new Set(list);
  /** How many hidden positions lie below `at`. */
  const below = (at: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toView: (at) => at - below(at),
    // The k-th hidden position (0-based) lies above view position v when list[k] - k <= v: that count is k.
    toSheet: (at) => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] - mid <= at) lo = mid + 1;
        else hi = mid;
      }
      return at + lo;
    },
    hides: (at) => set.has(at),
  };
}

export interface ShownView {
  /** The grid without its hidden rows and columns (and without `hiddenRows`/`hiddenColumns`). */
  readonly grid: Grid;
  readonly rows: ShownAxis;
  readonly cols: ShownAxis;
}

/** The view of `grid` as shown; undefined when it hides nothing (the grid is read as it is). */
export function shownView(grid: Grid): ShownView | undefined {
  const hiddenRows = grid.hiddenRows ?? [];
  const hiddenColumns = grid.hiddenColumns ?? [];
  if (hiddenRows.length === 0 && hiddenColumns.length === 0) return undefined;
  const rows = shownAxis(hiddenRows);
  const cols = shownAxis(hiddenColumns);
  const values: CellValue[][] = [];
  grid.values.forEach((line, i) => {
    if (rows.hides(grid.top + i)) return;
    values.push(hiddenColumns.length ? line.filter((_, j) => !cols.hides(grid.left + j)) : line.slice());
  });
  const top = rows.toView(grid.top);
  const left = cols.toView(grid.left);
  const merges: CellRange[] = [];
  for (const merge of grid.merges) {
    const shown = shownArea(merge, rows, cols);
    if (!shown) continue;
    // A merge whose first cell is hidden shows its value in the first cell shown (the reader kept it there).
    if (rows.hides(merge.top) || cols.hides(merge.left))
      put(values, shown.top - top, shown.left - left, cellAt(grid, merge.top, merge.left));
    // What is left of a merge in one cell is no merge as shown.
    if (shown.top < shown.bottom || shown.left < shown.right) merges.push(shown);
  }
  const view: Grid = { ...grid, top, left, values, merges };
  delete (view as { hiddenRows?: unknown }).hiddenRows;
  delete (view as { hiddenColumns?: unknown }).hiddenColumns;
  return { grid: view, rows, cols };
}

function put(values: CellValue[][], row: number, col: number, value: CellValue): void {
  // A merge shown from above the rows read (a part of the sheet): its value lies outside them.
  if (row < 0 || col < 0) return;
  while (values.length <= row) values.push([]);
  const line = values[row];
  while (line.length < col) line.push(null);
  line[col] = value;
}

/** A merge's shown part in view coordinates; undefined when all of it is hidden. */
function shownArea(merge: CellRange, rows: ShownAxis, cols: ShownAxis): CellRange | undefined {
  const area = {
    top: rows.toView(merge.top),
    bottom: rows.toView(merge.bottom + 1) - 1,
    left: cols.toView(merge.left),
    right: cols.toView(merge.right + 1) - 1,
  };
  return area.top <= area.bottom && area.left <= area.right ? area : undefined;
}

/** A range of the sheet in view coordinates (a window to locate in). */
export function rangeInView(range: CellRange, view: ShownView): CellRange {
  return {
    top: view.rows.toView(range.top),
    bottom: view.rows.toView(range.bottom + 1) - 1,
    left: view.cols.toView(range.left),
    right: view.cols.toView(range.right + 1) - 1,
  };
}

/** Keys that hold a row and a column in the model (Field, Indicator, CellRange, the table's anchors). */
const ROW_KEYS: ReadonlySet<string> = new Set(["row", "top", "bottom"]);
const COL_KEYS: ReadonlySet<string> = new Set(["col", "left", "right"]);

/**
 * A copy of what was read from the view (a TargetTable) at the sheet's addresses. Every position in the model is a
 * number under one of those keys, so the copy needs no list of fields that a new field could be missing from; an
 * object met twice (a fund part that is also `fiscal`) is copied once, so what was one object stays one.
 */
export function onSheet<T>(value: T, view: ShownView, copies = new Map<object, unknown>()): T {
  if (value === null || typeof value !== "object") return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    copies.set(value, list);
    for (const item of value) list.push(onSheet(item, view, copies));
    return list as T;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "number" && ROW_KEYS.has(key)) copy[key] = view.rows.toSheet(v);
    else if (typeof v === "number" && COL_KEYS.has(key)) copy[key] = view.cols.toSheet(v);
    else copy[key] = onSheet(v, view, copies);
  }
  return copy as T;
}
