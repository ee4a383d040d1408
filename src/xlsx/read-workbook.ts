/**
 * exceljs workbook → grids. exceljs repeats a merged area's value in every cell
 * while Office.js gives it only in the top-left cell; we blank the others here
 * so both hosts hand the core the same grid.
 */
import type { Workbook, Worksheet, CellValue as XlsxValue } from "exceljs";
import type { CellRange, CellValue, Grid } from "../core/grid/grid";
import { parseRangeA1 } from "../core/grid/address";
import { displayValue } from "../core/grid/number-format";
import { blankCovered } from "./merge-areas";

/**
 * One exceljs cell value → our cell value, read as the officer typed it: a number
 * with a percent format (`0%`, `0.00%`) gives `100%`, a date `2024年12月5日`
 * (core/grid/number-format, shared with the Excel adapter); other numbers stay
 * numbers. Formulas give their cached result, read the same way.
 */
export function toCellValue(value: XlsxValue, numFmt?: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return numFmt ? displayValue(value, numFmt) : value;
  if (typeof value === "string" || typeof value === "boolean") return value;
  // exceljs turns a date-formatted serial into a Date (UTC midnight of that day).
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return "result" in v ? toCellValue(v.result as XlsxValue, numFmt) : null;
  if (typeof v.text === "string") return v.text; // hyperlink
  return null;
}

function mergesOf(sheet: Worksheet): CellRange[] {
  const model = sheet.model as unknown as { merges?: string[] };
  return (model.merges ?? []).map((a) => parseRangeA1(a)).filter((r): r is CellRange => !!r);
}

export function worksheetToGrid(sheet: Worksheet): Grid {
  const merges = mergesOf(sheet);
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cell.value;
      // The format matters only for numbers (and formula results); most cells are text.
      line[colNumber - 1] = toCellValue(value, typeof value === "string" ? undefined : cell.numFmt);
    });
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    values[rowNumber - 1] = line;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  blankCovered(values, merges);
  return { sheet: sheet.name, top: 0, left: 0, values, merges };
}

export function workbookToGrids(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}
