/**
 * exceljs workbook → grids. exceljs repeats a merged area's value in every cell
 * while Office.js gives it only in the top-left cell; we blank the others here
 * so both hosts hand the core the same grid.
 */
import type { Workbook, Worksheet, CellValue as XlsxValue } from "exceljs";
import type { CellRange, CellValue, Grid } from "../core/grid/grid";
import { parseRangeA1 } from "../core/grid/address";

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** One exceljs cell value → our cell value; formulas give their cached result. */
export function toCellValue(value: XlsxValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.error === "string") return { error: v.error };
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) return "result" in v ? toCellValue(v.result as XlsxValue) : null;
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
      line[colNumber - 1] = toCellValue(cell.value);
    });
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
    values[rowNumber - 1] = line;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const line = values[r];
      if (!line) continue;
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && c < line.length) line[c] = null;
    }
  }
  return { sheet: sheet.name, top: 0, left: 0, values, merges };
}

export function workbookToGrids(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}
