/**
 * Header rows: the indicator header `一级指标 | 二级指标 | 三级指标 | …` of the
 * form and flat layouts, and the list header `项目名称（资金使用单位）| 绩效目标 |
 * 绩效指标` of the compact layout.
 */
import type { Grid } from "../grid/grid";
import { rightEdge } from "../grid/merges";
import type { Layout } from "../model/table";
import { labelOf, type LabelKey } from "../text/labels";
import { isBlankValue, rowCells, type Band } from "./rows";

export interface IndicatorHeader {
  layout: Exclude<Layout, "compact">;
  row: number;
  band: Band;
  /** Column of each header label found. */
  cols: Partial<Record<LabelKey, number>>;
  /** Flat layout: the `*` columns, in order, with their label as written. */
  required: { label: string; col: number }[];
}

export interface CompactHeader {
  row: number;
  band: Band;
  nameCol: number;
  goalCol: number;
  indicatorsCol: number;
}

/** Columns only the budget systems' export has. */
const FLAT_KEYS: readonly LabelKey[] = ["valueType", "unitColumn", "comparator", "scoring"];
/** A header is at most this wide; blank cells between labels are allowed (merged 绩效指标描述). */
const MAX_HEADER_WIDTH = 16;
const MAX_BLANK_RUN = 2;

/** The indicator header starting at (row, col), where `一级指标` stands; undefined when the row is no header. */
export function readIndicatorHeader(grid: Grid, row: number, col: number): IndicatorHeader | undefined {
  const line = rowCells(grid, row);
  if (!line) return undefined;
  const cols: Partial<Record<LabelKey, number>> = {};
  const required: { label: string; col: number }[] = [];
  let right = col;
  let blanks = 0;
  for (let c = col; c < col + MAX_HEADER_WIDTH && c - grid.left < line.length; c++) {
    const v = line[c - grid.left];
    if (isBlankValue(v)) {
      if (++blanks > MAX_BLANK_RUN) break;
      continue;
    }
    const label = typeof v === "string" ? labelOf(v) : undefined;
    if (!label || cols[label.key] !== undefined) break;
    blanks = 0;
    cols[label.key] = c;
    if (label.required) required.push({ label: label.written, col: c });
    right = rightEdge(grid, row, c);
  }
  if (cols.level1 !== col || cols.level2 === undefined || cols.indicatorName === undefined) return undefined;
  const flat = required.length > 0 || FLAT_KEYS.some((k) => cols[k] !== undefined);
  return { layout: flat ? "flat" : "form", row, band: { left: col, right }, cols, required };
}

/** The compact list header whose `项目名称…` cell is at (row, col). */
export function readCompactHeader(grid: Grid, row: number, col: number): CompactHeader | undefined {
  const line = rowCells(grid, row);
  if (!line) return undefined;
  let goalCol = -1;
  let indicatorsCol = -1;
  for (let c = col + 1; c < col + 6 && c - grid.left < line.length; c++) {
    const v = line[c - grid.left];
    const label = typeof v === "string" ? labelOf(v) : undefined;
    if (label?.key === "goal" && goalCol < 0) goalCol = c;
    else if (label?.key === "indicators" && indicatorsCol < 0) indicatorsCol = c;
  }
  if (goalCol < 0 || indicatorsCol < 0) return undefined;
  const right = Math.max(rightEdge(grid, row, indicatorsCol), goalCol);
  return { row, band: { left: col, right }, nameCol: col, goalCol, indicatorsCol };
}

/** The indicator header inside rows [top, bottom] of a band, searching from the top. */
export function findIndicatorHeader(grid: Grid, top: number, bottom: number, band: Band): IndicatorHeader | undefined {
  for (let r = top; r <= bottom; r++) {
    const line = rowCells(grid, r);
    if (!line) continue;
    for (let c = Math.max(band.left, grid.left); c <= band.right && c - grid.left < line.length; c++) {
      const v = line[c - grid.left];
      if (typeof v !== "string" || labelOf(v)?.key !== "level1") continue;
      const header = readIndicatorHeader(grid, r, c);
      if (header) return header;
    }
  }
  return undefined;
}
