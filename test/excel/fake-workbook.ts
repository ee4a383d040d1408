/**
 * The fake's state: sheets of cells, fills, notes and merges, settings, the
 * runtime's event switch, and the measurements tests assert on (syncs, bytes,
 * loaded properties, run options). No Office objects here; fake-excel.ts
 * builds the proxies over this.
 */
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { isCellError } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";

export interface FakeCell {
  value: string | number | boolean;
  type: "String" | "Double" | "Boolean" | "Error" | "Empty";
  formula?: string;
  /** Number format; "General" when absent. */
  format?: string;
}

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
}

export const BLANK_FILL: FakeFill = { color: "#FFFFFF", pattern: "None" };

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly fills = new Map<number, FakeFill>();
  /** Notes by A1 address. */
  readonly notes = new Map<string, string>();
  /** Threaded comments (ExcelApi 1.10) by A1 address: a cell has a note or a comment, never both. */
  readonly comments = new Map<string, string>();
  merges: CellRange[] = [];
  /** Worksheet protection: cell, format and note writes fail with AccessDenied. */
  protected = false;
  /** Worksheet.visibility (ExcelApi 1.1): a template's lookup lists are often `Hidden` or `VeryHidden`. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Rows and columns the user hid (or a filter hides), 0-based: what `Range.rowHidden`/`columnHidden` read. */
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  private mergeIndex?: { byTop: CellRange[]; tallest: number; of: CellRange[] };

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  static key(row: number, col: number): number {
    return row * 16384 + col;
  }

  cell(row: number, col: number): FakeCell {
    return this.cells.get(FakeSheet.key(row, col)) ?? { value: "", type: "Empty" };
  }

  fill(row: number, col: number): FakeFill {
    return this.fills.get(FakeSheet.key(row, col)) ?? BLANK_FILL;
  }

  setCell(row: number, col: number, cell: FakeCell): void {
    if (cell.type === "Empty" && cell.formula === undefined) this.cells.delete(FakeSheet.key(row, col));
    else this.cells.set(FakeSheet.key(row, col), cell);
  }

  /** Merged areas meeting `rect`, through a sorted index: the fake must stay fast on 100,000 merges. */
  mergesIn(rect: CellRange): CellRange[] {
    if (this.mergeIndex?.of !== this.merges) {
      const byTop = [...this.merges].sort((a, b) => a.top - b.top);
      this.mergeIndex = { byTop, tallest: byTop.reduce((h, m) => Math.max(h, m.bottom - m.top), 0), of: this.merges };
    }
    const { byTop, tallest } = this.mergeIndex;
    let lo = 0,
      hi = byTop.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byTop[mid].top < rect.top - tallest) lo = mid + 1;
      else hi = mid;
    }
    const out: CellRange[] = [];
    for (let i = lo; i < byTop.length && byTop[i].top <= rect.bottom; i++) {
      const m = byTop[i];
      if (m.bottom >= rect.top && m.left <= rect.right && m.right >= rect.left) out.push(m);
    }
    return out;
  }

  /** getUsedRange(true): the cells holding values; A1 on a blank sheet, as Excel does. */
  usedRange(): CellRange {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const key of this.cells.keys()) {
      const row = Math.floor(key / 16384),
        col = key % 16384;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface FakeOptions {
  /** ExcelApi versions reported as supported (default: up to 1.20). */
  apiVersion?: string;
  /** Excel on the web: payloads over 5 MB fail. */
  web?: boolean;
  displayLanguage?: string;
  /** Fidelity modes (fake-modes.ts). How merged-area probes answer: every intersecting area whole (default), only areas whose top-left cell is inside, or areas clipped to the probe. */
  mergeProbe?: "intersecting" | "top-left" | "clipped";
  /** How getCellProperties reports fills: exactly, or with pattern null (and tintAndShade null for no fill). */
  fillRead?: "exact" | "null-pattern";
  /** How mergeUndoGroup runs fail: never, always with UndoNotSupported, always with RichApi.Error, or from the second grouped run on with an internal error. */
  groupFailure?: "none" | "undo-not-supported" | "richapi" | "internal-repeat";
  /** ExcelUndoApiAll 1.0 reported (default: with ExcelApi 1.20). */
  undoApi?: boolean;
  /** Whose events enableEvents = false silences: the add-in's writes only, or every event of the runtime (Excel's behaviour). */
  eventsScope?: "addin" | "runtime";
  /** User actions may come from a coauthor (`source: "Remote"`). */
  coauthor?: boolean;
  /** Cell inserts/deletes raise CellInserted/CellDeleted. */
  cellShifts?: boolean;
  /** Sort and cut/paste move formats with a RangeEdited event only. */
  silentMoves?: boolean;
  /** Sheets (by name) created protected: format and note writes fail with AccessDenied. */
  protectedSheets?: string[];
  /** The user is in cell-edit mode: a run without delayForCellEdit fails. */
  cellEdit?: boolean;
  /**
   * How `getSpecialCells("Visible")` cuts the visible cells into areas: blocks of shown rows × shown columns, row
   * by row (default), or column by column, one column each. Excel documents neither; the adapter must read the rows
   * and columns shown from any cut.
   */
  visibleAreas?: "blocks" | "columns";
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Converts a core value into the cell Excel would hold. */
export function toFakeCell(value: CellValue): FakeCell {
  if (value === null || value === "") return { value: "", type: "Empty" };
  if (isCellError(value)) return { value: value.error, type: "Error" };
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  return { value, type: "String" };
}

/**
 * What typing `input` into a cell (or writing it to `range.values`) gives, as
 * Excel does in a Chinese locale: a leading ' forces text, "=" a formula,
 * digits a number, `100%` the number 1 formatted `0%`, `2024-1-5` / `2024/1/5`
 * / `12月5日` / `2024年1月5日` a date serial with a date format.
 */
export function parseInput(input: unknown): FakeCell {
  if (typeof input === "number") return { value: input, type: "Double" };
  if (typeof input === "boolean") return { value: input, type: "Boolean" };
  const text = String(input ?? "");
  if (text === "") return { value: "", type: "Empty" };
  if (text.startsWith("'")) return { value: text.slice(1), type: "String" };
  if (text.startsWith("=")) return { value: 0, type: "Double", formula: text };
  const t = text.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return { value: Number(t), type: "Double" };
  const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(t);
  if (percent)
    return { value: Number(percent[1]) / 100, type: "Double", format: percent[1].includes(".") ? "0.00%" : "0%" };
  const date = typedDate(t);
  if (date) return { value: date.serial, type: "Double", format: date.format };
  return { value: text, type: "String" };
}

function serialOf(y: number, m: number, d: number): number | undefined {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (m < 1 || m > 12 || back.getUTCMonth() !== m - 1) return undefined;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function typedDate(t: string): { serial: number; format: string } | undefined {
  const ymd = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(t);
  const md = /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  const serial = ymd
    ? serialOf(+ymd[1], +ymd[2], +ymd[3])
    : md
      ? serialOf(new Date().getFullYear(), +md[1], +md[2])
      : undefined;
  if (serial === undefined) return undefined;
  return { serial, format: md ? 'm"月"d"日"' : "yyyy/m/d" };
}

export function fillSheet(sheet: FakeSheet, grid: Grid): void {
  grid.values.forEach((row, r) => row.forEach((v, c) => sheet.setCell(grid.top + r, grid.left + c, toFakeCell(v))));
  sheet.merges = grid.merges.map((m) => ({ ...m }));
}

export function areaAddress(sheet: string, range: CellRange): string {
  const a = toA1(range.top, range.left),
    b = toA1(range.bottom, range.right);
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

/** As Excel writes a sheet name in an address: quoted (quotes doubled) unless plain letters and digits, not like a cell. */
function quoteSheet(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain || sheet === "" ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
