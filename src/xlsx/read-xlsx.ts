/**
 * Bytes of a workbook → one grid per worksheet, for the CLI. SheetJS parses
 * (linear in cells and merges, tolerant of what WPS, LibreOffice and openpyxl
 * write; docs/decisions.md has the measurements that chose it). Around it we
 * refuse what would cost unbounded memory before parsing (declared part sizes),
 * never expand a merge or a declared dimension (merges are clipped to the cells
 * that hold data) and cap the cells of a sheet.
 */
import type * as SheetJS from "@e965/xlsx";
import { UNCALCULATED, type CellRange, type CellValue, type Grid } from "../core/grid/grid";
import { isInstructionSheet } from "../core/schema/sheet-words";
import { evaluateFormula, type FormulaCell, type FormulaValue } from "./formula";
import { displayText, displayValue } from "../core/grid/number-format";
import { blankHidden, columnsHolding } from "../core/grid/hidden-cells";
import { sniffFileKind } from "./sniff";
import { LIMITS, type Limits } from "./limits";
import { blankCovered, usableMerges } from "./merge-areas";
import { isReadPart, zipInventory } from "./zip-inventory";
import { canInflateNatively, inflateFor, isInflateBound } from "./native-inflate";
import { STYLES_PART, withBuiltinDateFormats } from "./builtin-date-formats";

export type ReadFailure =
  | "empty"
  | "encrypted"
  | "legacy-xls"
  | "web-table"
  | "text"
  | "not-xlsx"
  | "corrupt"
  | "damaged-sheet"
  | "no-sheets"
  | "too-large"
  | "xlsb"
  | "ods";

export type ReadResult = { ok: true; grids: Grid[] } | { ok: false; reason: ReadFailure; detail?: string };

const KIND_FAILURE: Record<string, ReadFailure> = {
  empty: "empty",
  "encrypted-ooxml": "encrypted",
  "legacy-xls": "legacy-xls",
  "web-table": "web-table",
  text: "text",
  unknown: "not-xlsx",
};

const ERROR_TEXT: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

/**
 * SheetJS's "core" build: the same xlsx reader without the codepage tables of old binary formats, which the
 * full build compiles on load (0.1 s instead of 0.4 s per worker thread).
 */
export const SHEETJS_BUILD = "@e965/xlsx/dist/xlsx.core.min.js";
const XLSX: typeof SheetJS = require(SHEETJS_BUILD);

/** The bound SheetJS's native inflate was given (see native-inflate.ts); undefined while it inflates in JavaScript. */
let inflateBound = canInflateNatively() ? 0 : undefined;

function boundInflate(limits: Limits): void {
  if (inflateBound === undefined || inflateBound === limits.partBytes) return;
  XLSX.CFB.utils.use_zlib(inflateFor(limits.partBytes));
  inflateBound = limits.partBytes;
}

class TooLarge extends Error {}

/**
 * Declared sizes first: a bomb is refused before one byte of it is inflated. The styles part, within its bound,
 * comes back inflated from the same pass (builtin-date-formats.ts reads it).
 */
function checkSizes(bytes: Uint8Array, limits: Limits): { refused: ReadResult } | { styles?: Uint8Array } {
  let inventory;
  try {
    inventory = zipInventory(bytes, (e) => e.name === STYLES_PART && e.originalSize <= limits.partBytes);
  } catch (error) {
    return { refused: { ok: false, reason: "corrupt", detail: (error as Error).message } };
  }
  const { entries } = inventory;
  const parts = entries.filter((e) => isReadPart(e.name));
  if (!parts.some((e) => /^xl\/workbook\.xml$/i.test(e.name)))
    return { refused: { ok: false, reason: otherZip(entries) } };
  let total = 0;
  for (const part of parts) {
    total += part.originalSize;
    if (part.originalSize > limits.partBytes) return { refused: tooLarge(`${part.name} ${mib(part.originalSize)}`) };
  }
  if (total > limits.totalBytes) return { refused: tooLarge(`${mib(total)}`) };
  return { styles: inventory.parts[STYLES_PART] };
}

/** A zip that is not an .xlsx: say what it is when a reviewer can fix it by saving again. */
function otherZip(entries: readonly { name: string }[]): ReadFailure {
  if (entries.some((e) => /^xl\/workbook\.bin$/i.test(e.name))) return "xlsb";
  if (entries.some((e) => e.name === "content.xml") && entries.some((e) => e.name === "mimetype")) return "ods";
  return "not-xlsx";
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MiB`;
}

function tooLarge(detail: string): ReadResult {
  return { ok: false, reason: "too-large", detail };
}

/**
 * One SheetJS cell → our value, read as the officer typed it (`100%`, `2024年12月5日`); `date1904`: the workbook
 * counts dates from 1904 (Mac Excel, old templates).
 */
function cellValue(cell: SheetJS.CellObject | undefined, date1904 = false): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case "s": {
      const text = typeof cell.v === "string" ? cell.v : String(cell.v ?? "");
      return cell.z && typeof cell.z === "string" && cell.z.includes("@") ? displayText(text, cell.z) : text;
    }
    case "n": {
      const v = cell.v as number;
      // A number no cell can hold (`<v>abc</v>` parses as NaN): an error value, which also survives JSON.
      if (!Number.isFinite(v)) return { error: "#NUM!" };
      return cell.z && cell.z !== "General" ? displayValue(v, String(cell.z), date1904) : v;
    }
    case "b":
      return Boolean(cell.v);
    case "e":
      return { error: cell.w ?? ERROR_TEXT[cell.v as number] ?? "#VALUE!" };
    default:
      return null;
  }
}

type Rows = readonly (SheetJS.CellObject[] | undefined)[];

/**
 * A formula cell the file holds no result for: a stub, an empty string where a program left `<v></v>`, or an error
 * cell with no error in it (`<c t="e"><f>SUM(C6:C7)</f></c>`, as SheetJS writes a formula given no value).
 */
function lacksResult(cell: SheetJS.CellObject): boolean {
  if (cell.f === undefined) return false;
  return cell.t === "z" || (cell.t === "s" && cell.v === "") || (cell.t === "e" && cell.v === undefined);
}

/** A cell as the formula evaluator sees it. */
function formulaCell(data: Rows, row: number, col: number): FormulaCell | undefined {
  const cell = data[row]?.[col];
  if (!cell) return undefined;
  if (lacksResult(cell)) return { formula: cell.f };
  if (cell.t === "e") return { error: true };
  return cell.t === "z" ? undefined : { value: cell.v as FormulaValue };
}

/**
 * A formula cell without a result: the result worked out (formula.ts), shown through the cell's format; a stub
 * whose formula is not modelled is UNCALCULATED, an empty string left as Excel may have written it.
 */
function computedValue(cell: SheetJS.CellObject, data: Rows, date1904: boolean): CellValue {
  const value = evaluateFormula(cell.f!, (r, c) => formulaCell(data, r, c));
  if (value === undefined) return cell.t === "s" ? "" : { error: UNCALCULATED };
  if (typeof value === "number") return cellValue({ t: "n", v: value, z: cell.z } as SheetJS.CellObject, date1904);
  return value;
}

function rowValues(
  row: SheetJS.CellObject[] | undefined,
  data: Rows,
  date1904: boolean,
): { line: CellValue[]; count: number } {
  const line: CellValue[] = [];
  let count = 0;
  if (!row) return { line, count };
  // forEach skips the holes of a sparse row: a cell at XFD1 costs one step, not 16,384.
  row.forEach((cell, c) => {
    const value = cell && lacksResult(cell) ? computedValue(cell, data, date1904) : cellValue(cell, date1904);
    if (value === null || value === "") return;
    while (line.length < c) line.push(null);
    line[c] = value;
    count++;
  });
  return { line, count };
}

function sheetGrid(name: string, sheet: SheetJS.WorkSheet, limits: Limits, date1904 = false): Grid {
  const data = (sheet["!data"] ?? []) as (SheetJS.CellObject[] | undefined)[];
  const values: CellValue[][] = [];
  let cells = 0;
  // Rows are padded with blanks up to their last cell (the core expects no holes): a cell at XFD costs 16,384
  // slots, so the slots are bounded too, or a file of far-flung cells would fill memory.
  let slots = 0;
  let lastRow = -1;
  let lastCol = -1;
  data.forEach((row, r) => {
    const { line, count } = rowValues(row, data, date1904);
    if (count === 0) return;
    cells += count;
    slots += line.length;
    if (cells > limits.cellsPerSheet) throw new TooLarge(`${name}: > ${limits.cellsPerSheet} cells`);
    if (slots > limits.cellsPerSheet * 4) throw new TooLarge(`${name}: > ${limits.cellsPerSheet * 4} cells spanned`);
    values[r] = line;
    lastRow = r;
    if (line.length - 1 > lastCol) lastCol = line.length - 1;
  });
  for (let r = 0; r <= lastRow; r++) if (!values[r]) values[r] = [];
  const declared = sheet["!merges"] ?? [];
  if (declared.length > limits.mergesPerSheet) throw new TooLarge(`${name}: > ${limits.mergesPerSheet} merges`);
  const ranges: CellRange[] = declared.map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
  const merges = usableMerges(ranges, lastRow, lastCol, limits.cellsPerSheet);
  if (!merges) throw new TooLarge(`${name}: merges cross > ${limits.cellsPerSheet} rows`);
  blankCovered(values, merges);
  const hiddenRows = (sheet["!rows"] ?? []).flatMap((r, i) => (r?.hidden && i <= lastRow ? [i] : []));
  const hiddenCols = (sheet["!cols"] ?? []).flatMap((c, i) => (c?.hidden && i <= lastCol ? [i] : []));
  // Read as shown (core/grid/hidden-cells.ts): hidden cells blank, the hidden columns that held something listed.
  const hiddenColumns = columnsHolding(values, 0, hiddenCols, merges);
  blankHidden(values, { top: 0, left: 0 }, merges, hiddenRows, hiddenCols);
  return {
    sheet: name,
    top: 0,
    left: 0,
    values,
    merges,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
  };
}

/** How the CLI reads a workbook (the bench's strict baseline reads with these too). */
export const READ_OPTIONS: SheetJS.ParsingOptions = {
  type: "buffer",
  dense: true,
  cellNF: true,
  cellText: false,
  cellHTML: false,
  // A formula's text, and (stubs) the cells that hold a formula and no result, to work the result out (formula.ts).
  cellFormula: true,
  sheetStubs: true,
  // Only for the rows a sheet hides (`!rows`): a template's unused rows, hidden rather than deleted.
  cellStyles: true,
  cellDates: false,
  bookVBA: false,
  bookDeps: false,
  bookFiles: false,
  bookProps: false,
};

export function readXlsx(bytes: Uint8Array, limits: Limits = LIMITS): ReadResult {
  const kind = sniffFileKind(bytes);
  if (kind !== "zip") return { ok: false, reason: KIND_FAILURE[kind] };
  const sized = checkSizes(bytes, limits);
  if ("refused" in sized) return sized.refused;
  let book: SheetJS.WorkBook;
  boundInflate(limits);
  try {
    book = XLSX.read(withBuiltinDateFormats(bytes, sized.styles), READ_OPTIONS);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A part that inflates past its bound declared a smaller size: a bomb, refused as too large.
    if (isInflateBound(error)) return tooLarge(`> ${mib(limits.partBytes)}`);
    return { ok: false, reason: "corrupt", detail };
  }
  // A listed sheet SheetJS could not read is damaged: say so, rather than check the rest as if it were whole.
  const damaged = book.SheetNames.find((n) => !book.Sheets[n]);
  if (damaged !== undefined) return { ok: false, reason: "damaged-sheet", detail: damaged };
  const sheets = book.SheetNames.filter((n) => !isChartSheet(book, n));
  // Hidden sheets hold a template's dropdown lists (数据字典, 下拉列表), and instruction sheets examples (`填报说明`):
  // no submission.
  const visible = sheets.filter((n) => !isHidden(book, n));
  const submitted = visible.filter((n) => !isInstructionSheet(n));
  const names = submitted.length ? submitted : visible.length ? visible : sheets;
  if (names.length === 0) return { ok: false, reason: "no-sheets" };
  try {
    const date1904 = !!book.Workbook?.WBProps?.date1904;
    return { ok: true, grids: names.map((n) => sheetGrid(n, book.Sheets[n], limits, date1904)) };
  } catch (error) {
    if (error instanceof TooLarge) return tooLarge(error.message);
    throw error;
  }
}

/** Hidden (1) or very hidden (2), as the workbook part says. */
function isHidden(book: SheetJS.WorkBook, name: string): boolean {
  const entry = book.Workbook?.Sheets?.find((s) => s.name === name);
  return !!entry?.Hidden;
}

function isChartSheet(book: SheetJS.WorkBook, name: string): boolean {
  const type = (book.Sheets[name] as { "!type"?: string })["!type"];
  return type === "chart" || type === "dialog" || type === "macro";
}
