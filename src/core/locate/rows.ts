/** Reading one row of a column band, the unit of work of location. */
import type { CellValue, Grid } from "../grid/grid";
import { isTitle, labelOf, unitLine, type LabelKey } from "../text/labels";

/** Columns [left, right] of a table, inclusive. */
export interface Band {
  left: number;
  right: number;
}

export function rowCells(grid: Grid, row: number): CellValue[] | undefined {
  return grid.values[row - grid.top];
}

export function isBlankValue(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** First index of the band in the row's array. */
function first(grid: Grid, band: Band): number {
  return band.left > grid.left ? band.left - grid.left : 0;
}

/** Last index of the band in the row's array. */
function last(grid: Grid, line: CellValue[], band: Band): number {
  const end = band.right - grid.left;
  return end < line.length - 1 ? end : line.length - 1;
}

export function isBlankRow(grid: Grid, row: number, band: Band): boolean {
  const line = rowCells(grid, row);
  if (!line) return true;
  for (let i = first(grid, band), end = last(grid, line, band); i <= end; i++) if (!isBlankValue(line[i])) return false;
  return true;
}

/** The first non-blank cell's column in the band, or -1. */
export function firstFilled(grid: Grid, row: number, band: Band): number {
  const line = rowCells(grid, row);
  if (!line) return -1;
  for (let i = first(grid, band), end = last(grid, line, band); i <= end; i++)
    if (!isBlankValue(line[i])) return i + grid.left;
  return -1;
}

/**
 * Labels that open or belong to a head block: a new table starts where one
 * appears. Not the plan periods: `12月底` is also a common 指标值.
 */
const HEAD_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>([
  "code",
  "name",
  "budget",
  "fiscal",
  "other",
  "purpose",
  "spendPlan",
  "goal",
  "unitName",
  "dept",
  "level1",
]);

export type RowKind = "blank" | "head" | "unitLine" | "title" | "other";

/** What a row of the band holds, as far as finding table edges goes. */
export function rowKind(grid: Grid, row: number, band: Band): RowKind {
  const line = rowCells(grid, row);
  if (!line) return "blank";
  let blank = true;
  let kind: RowKind = "other";
  for (let i = first(grid, band), end = last(grid, line, band); i <= end; i++) {
    const v = line[i];
    if (isBlankValue(v)) continue;
    blank = false;
    if (typeof v !== "string") continue;
    const label = labelOf(v);
    if (label && HEAD_KEYS.has(label.key)) return "head";
    if (kind === "other" && unitLine(v) !== undefined) kind = "unitLine";
    else if (kind === "other" && isTitle(v)) kind = "title";
  }
  return blank ? "blank" : kind;
}
