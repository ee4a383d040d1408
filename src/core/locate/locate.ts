/**
 * Finds target tables on a grid by their labels (spec §2), never by fixed
 * positions. One pass over the cells looks only for the two header kinds
 * (`一级指标 …` and `项目名称（资金使用单位）…`); everything else is read around a
 * header found, so each cell is touched about once, with cheap work.
 */
import { hasOtherScript, isInvisible, withoutOtherScripts } from "../text/normalize";
import { containsCell, gridRange, type CellRange, type Grid } from "../grid/grid";
import { labelOf } from "../text/labels";
import { anchorOf, headTop, HEAD_REACH, indicatorSections, setAbove, tableRange } from "./block-extent";
import { ownText } from "./cells";
import { compactHeaderAbove, unitAbove, walkCompactList } from "./compact-list";
import { readCompactHeader } from "./header";
import { isStructureWord, readIndicatorHeader } from "./indicator-header";
import { listProjects } from "./list-export";
import { isGuidance, isPublishedEmpty } from "./not-submitted";
import type { TableLocation } from "./location";

export type { TableLocation } from "./location";

/*
 * Headers start with 一 (一级指标), 二 (二级指标), 三 (三级指标), 指 (指标名称,
 * 指标内容) or 项 (项目名称); a space, `*` or a character nobody sees (a header pasted from a web page) may come first:
 * isStructureWord reads the cell without them.
 */
const HEADER_STARTS: ReadonlySet<number> = new Set([..."一二三指项*＊ \t\n\u3000\u00a0"].map((ch) => ch.charCodeAt(0)));

function startsHeader(code: number): boolean {
  return HEADER_STARTS.has(code) || isInvisible(code);
}

function mayStartHeader(text: string): boolean {
  // A bilingual template may put the other language first (`1급지표\n一级指标`): its Chinese words start the header.
  if (startsHeader(text.charCodeAt(0))) return true;
  return hasOtherScript(text) && startsHeader(withoutOtherScripts(text).trimStart().charCodeAt(0));
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
      containsCell(area, header.row, header.col);
    if (byHeader || containsCell(area, anchor.row, anchor.col)) found.push(location);
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
    if (typeof v !== "string" || v.length === 0 || !mayStartHeader(v.trimStart() || v)) continue;
    if (isStructureWord(v)) {
      if (consumed.has(-(r * 65536 + c) - 1)) continue;
      const location = locateBlock(grid, r, c, consumed);
      const header = location?.sections?.[0]?.header;
      // A header read from this cell that ends left of it (`二级 | 一级 | 一级`) was read already.
      if (!location || (header && header.band.right < c)) continue;
      if (header?.list && location.sections) listProjects(grid, location.sections).forEach(emit);
      else emit(location);
      c = header?.band.right ?? c;
    } else if (labelOf(v)?.key === "name" && !consumed.has(r)) {
      const header = readCompactHeader(grid, r, c);
      if (!header) continue;
      consumed.add(r);
      walkCompactList(grid, header, r + 1, Math.max(area.bottom, r + 1), null, consumed, emit);
      c = Math.max(c, header.band.right);
    }
  }
}

/**
 * The form or flat table whose indicator header has a structural word at
 * (row, col). Its stacked headers are marked consumed, so the scan does not
 * take them for tables of their own.
 */
function locateBlock(grid: Grid, row: number, col: number, consumed?: Set<number>): TableLocation | undefined {
  const header = readIndicatorHeader(grid, row, col);
  if (!header) return undefined;
  const sections = indicatorSections(grid, header, setAbove(grid, header));
  if (consumed) {
    // A two-row header's sub-header (`三级指标` over `指标名称 | 指标内容`) is the header's too, not one of its own.
    for (const s of sections) {
      const h = s.header;
      for (let r = h.row; r < h.bodyTop; r++)
        for (let c = h.band.left; c <= h.band.right; c++) if (ownText(grid, r, c)) consumed.add(-(r * 65536 + c) - 1);
    }
  }
  const top = headTop(grid, header);
  const range = tableRange(grid, top, sections);
  if (isPublishedEmpty(grid, range, sections) || isGuidance(grid, range)) return undefined;
  return { layout: header.layout, range, anchor: anchorOf(grid, top, range), header: { row, col }, sections };
}

/** Locates again the form or flat table a location names (a location made elsewhere, without its sections). */
export function locateBlockAt(grid: Grid, location: TableLocation): TableLocation | undefined {
  const at = location.header;
  if (at && !location.listProject) return locateBlock(grid, at.row, at.col);
  for (const found of locateTables(grid, location.range)) if (found.layout !== "compact") return found;
  return undefined;
}
