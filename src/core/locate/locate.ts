/**
 * Finds target tables on a grid by their labels (spec §2), never by fixed
 * positions. One pass over the cells looks only for the two header kinds
 * (`一级指标 …` and `项目名称（资金使用单位）…`); everything else is read around a
 * header found, so each cell is touched about once, with cheap work.
 */
import { gridRange, type CellRange, type Grid } from "../grid/grid";
import { labelOf } from "../text/labels";
import { compactHeaderAbove, unitAbove, walkCompactList } from "./compact-list";
import { formExtent, HEAD_REACH } from "./form-extent";
import { readCompactHeader, readIndicatorHeader } from "./header";
import type { TableLocation } from "./location";

export type { TableLocation } from "./location";

/* Headers start with 一 (一级指标) or 项 (项目名称); a space or `*` may come first. */
function mayStartHeader(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 0x4e00 || c === 0x9879 || c === 0x2a || c === 0xff0a || c <= 0x20 || c === 0x3000 || c === 0xa0;
}

/**
 * The grid's rows with the window's columns. Every row read is bounded by its
 * own length, so a window needs no pass over the whole grid to measure its
 * width (a recheck locates in a window on every edit).
 */
function rowExtent(grid: Grid, window: CellRange): CellRange {
  return { top: grid.top, left: grid.left, bottom: grid.top + grid.values.length - 1, right: window.right };
}

function clip(window: CellRange, full: CellRange): CellRange | undefined {
  const r = {
    top: Math.max(window.top, full.top),
    left: Math.max(window.left, full.left),
    bottom: Math.min(window.bottom, full.bottom),
    right: Math.min(window.right, full.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : undefined;
}

function inside(area: CellRange, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

function byAnchor(a: TableLocation, b: TableLocation): number {
  return a.anchor.row - b.anchor.row || a.anchor.col - b.anchor.col;
}

export interface LocateOptions {
  /**
   * Also the form and flat tables whose indicator header lies inside the
   * window while their head block starts above it. A re-check's window is
   * bounded by the rows of unaffected tables in any column, so a table beside
   * one of them (tables side by side, offset vertically) may start above the
   * window although its header, and so its being a table, is inside it.
   */
  headerInside?: boolean;
}

/**
 * Tables whose anchor lies inside `window` (the whole grid when absent).
 * Cost is proportional to the window's cells, not the grid's: headers are
 * searched in the window and up to a head block's height below it.
 */
export function locateTables(grid: Grid, window?: CellRange, options: LocateOptions = {}): TableLocation[] {
  const full = window ? rowExtent(grid, window) : gridRange(grid);
  const area = clip(window ?? full, full);
  if (!area) return [];
  const found: TableLocation[] = [];
  const consumed = new Set<number>();
  const emit = (location: TableLocation) => {
    const { anchor, header, layout } = location;
    const byHeader =
      options.headerInside &&
      layout !== "compact" &&
      header !== undefined &&
      anchor.row < area.top &&
      inside(area, header.row, header.col);
    if (byHeader || inside(area, anchor.row, anchor.col)) found.push(location);
  };
  if (area.top > full.top) continueCompactList(grid, area, consumed, emit);
  const scanBottom = window ? Math.min(full.bottom, area.bottom + HEAD_REACH) : area.bottom;
  for (let r = area.top; r <= scanBottom; r++) scanRow(grid, r, area, consumed, emit);
  return found.sort(byAnchor);
}

/** A window that starts inside a compact list picks the list up where the window starts. */
function continueCompactList(
  grid: Grid,
  area: CellRange,
  consumed: Set<number>,
  emit: (l: TableLocation) => void,
): void {
  const header = compactHeaderAbove(grid, area.top, area);
  if (!header) return;
  walkCompactList(grid, header, area.top, area.bottom, unitAbove(grid, area.top, header), consumed, emit);
}

function scanRow(
  grid: Grid,
  r: number,
  area: CellRange,
  consumed: Set<number>,
  emit: (l: TableLocation) => void,
): void {
  const line = grid.values[r - grid.top];
  if (!line) return;
  const last = Math.min(area.right, grid.left + line.length - 1);
  for (let c = area.left; c <= last; c++) {
    const v = line[c - grid.left];
    if (typeof v !== "string" || v.length === 0 || !mayStartHeader(v)) continue;
    const key = labelOf(v)?.key;
    if (key === "level1") {
      const header = readIndicatorHeader(grid, r, c);
      if (!header) continue;
      const { range, anchor } = formExtent(grid, header);
      emit({ layout: header.layout, range, anchor, header: { row: r, col: c } });
      c = header.band.right;
    } else if (key === "name" && !consumed.has(r)) {
      const header = readCompactHeader(grid, r, c);
      if (!header) continue;
      consumed.add(r);
      walkCompactList(grid, header, r + 1, Math.max(area.bottom, r + 1), null, consumed, emit);
      c = header.band.right;
    }
  }
}
