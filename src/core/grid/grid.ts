/**
 * The grid: a worksheet's cell values as the host gives them, plus merged areas.
 * Coordinates are 0-based and absolute on the sheet; `top`/`left` say where
 * values[0][0] sits, because hosts hand us a used range, not the whole sheet.
 */

/** A cell holding an Excel error such as `#REF!` (exceljs gives `{error}`, Office.js a string plus valueTypes). */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells, 0-based, inclusive on both ends. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellPos {
  row: number;
  col: number;
}

export interface Grid {
  readonly sheet: string;
  /** Absolute row of values[0]. */
  readonly top: number;
  /** Absolute column of values[n][0]. */
  readonly left: number;
  /** Rows of cells; rows may be ragged (missing cells are blank). */
  readonly values: CellValue[][];
  /** Merged areas in absolute coordinates. */
  readonly merges: CellRange[];
  /**
   * Rows the sheet hides, absolute and ascending (the CLI's reader gives them): officers hide a template's unused
   * rows rather than delete them, and a hidden row is no part of the table as shown and printed.
   */
  readonly hiddenRows?: readonly number[];
  /**
   * Columns the sheet hides and that hold something, absolute and ascending, for the same reason (a template's 序号
   * or 指标编码 column). The core reads the grid without its hidden rows and columns (shown.ts). A hidden column that
   * holds nothing is left out: it reads as the blank column it is, so a spacer hidden between two tables side by side
   * still parts them.
   */
  readonly hiddenColumns?: readonly number[];
}

/** Whether the grid hides rows or columns: it is then read as shown (shown.ts), and re-checked whole. */
export function hidesAny(grid: Grid): boolean {
  return (grid.hiddenRows?.length ?? 0) > 0 || (grid.hiddenColumns?.length ?? 0) > 0;
}

/** Whether the sheet hides `row` (a binary search: a sheet hides few rows, but a check asks of many). */
export function isRowHidden(grid: Grid, row: number): boolean {
  const rows = grid.hiddenRows;
  if (!rows || rows.length === 0) return false;
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] === row) return true;
    if (rows[mid] < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The error code of a formula whose result the file does not hold and the reader could not work out (a workbook
 * written by a program and never saved by Excel, which calculates on opening): what the officer sees is unknown.
 */
export const UNCALCULATED = "#公式未计算";

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The value at an absolute position; blank (null) outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}

/** A cell's value as text: numbers as JS prints them, errors as their code, blank as "". */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.error;
}

/**
 * A number as Excel shows it: at most 15 significant digits, so that a sum's floating-point noise
 * (`100.00000000000001`, `79.99999999999999`) reads as the 100 and 80 the officer sees.
 */
function numberText(value: number): string {
  const text = String(value);
  return text.length > 15 && Number.isFinite(value) ? String(Number(value.toPrecision(15))) : text;
}

export function textAt(grid: Grid, row: number, col: number): string {
  return cellText(cellAt(grid, row, col));
}

/** The grid's extent in absolute coordinates (an empty grid gives bottom < top). */
export function gridRange(grid: Grid): CellRange {
  let width = 0;
  for (const r of grid.values) if (r.length > width) width = r.length;
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + grid.values.length - 1,
    right: grid.left + width - 1,
  };
}

export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function containsCell(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/** The smallest range holding both. */
export function unionRange(a: CellRange, b: CellRange): CellRange {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}
