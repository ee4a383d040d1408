/**
 * The host port: everything the task pane asks of a spreadsheet. Two
 * implementations: Office.js (src/excel/) and the in-browser playground
 * (src/playground/). The pane never calls Office.js itself.
 */
import type { CellPos, CellRange, Grid } from "../core/grid/grid";
import type { RowSpan } from "../core/lint/lint";
import type { Fix, Locale, Severity } from "../core/model/diagnostic";
import type { TemplateBlock } from "../core/template/block";
import type { CellMark } from "../i18n/marks";

/** One flagged cell: its fill follows the severity, its note holds the messages (src/i18n/marks.ts makes them). */
export type Mark = CellMark;

export interface HostCapabilities {
  /** Notes API (ExcelApi 1.18); without it marks are fill only. */
  notes: boolean;
  /** Our writes can be grouped into one undo step (ExcelApi 1.20). */
  undoGrouping: boolean;
  /** Writing marks keeps the user's undo history (false on builds older than 1.20). */
  writesKeepUndo: boolean;
}

export interface EditEvent {
  sheet: string;
  /** The changed cells; rows inserted/deleted give whole rows. */
  range: CellRange;
  /** Rows were inserted or deleted: positions below `range.top` moved. */
  structural: boolean;
}

export type FixResult = "applied" | "stale";

/**
 * "at": write into the block's rectangle at `at`, only if every cell there is
 * empty (and unmerged). "insertRows": first insert `block.rows` whole rows at
 * `at.row` (what stood there moves down), then write into the new rows.
 */
export type InsertMode = "at" | "insertRows";

export type InsertResult =
  /** Written; `range` is where the block now stands. */
  | { status: "inserted"; range: CellRange }
  /** Nothing was written: `cell` (the first one met) in `range` holds a value, a formula or a merge. */
  | { status: "occupied"; range: CellRange; cell: CellPos };

/** The last result of the ribbon's 检查本表 (which has no UI of its own), kept in the workbook for the pane. */
export interface RibbonCheck {
  sheet: string;
  /** ISO time of the check. */
  at: string;
  /** Findings by severity, when the check ran. */
  counts?: Record<Severity, number>;
  /** Why the check failed, when it did. */
  error?: string;
}

/** The user's selection: its top-left cell. */
export interface Selection {
  sheet: string;
  row: number;
  col: number;
}

export interface HostPort {
  capabilities(): Promise<HostCapabilities>;
  displayLanguage(): Locale;
  activeSheet(): Promise<string>;
  /** Every sheet, hidden ones too (a new sheet's name must differ from them all). */
  sheetNames(): Promise<string[]>;
  /** The sheets a workbook check reads: hidden ones hold a template's dropdown lists and examples, no submission. */
  visibleSheetNames(): Promise<string[]>;
  /**
   * The sheet's used cells (values only) and merged areas, in a constant number
   * of round trips. With `rows`, only the used cells in those rows and the
   * merged areas meeting them (`grid.top` is the first row read; `bottom` may
   * be OPEN_END). A re-check reads its window so.
   */
  readGrid(sheet: string, rows?: RowSpan): Promise<Grid>;
  /**
   * Makes `marks` the sheet's marks: cells no longer marked get their original
   * fill and note back; newly marked cells have theirs recorded first. With
   * `rows`, only cells in those rows are reconciled (`marks` then needs only
   * theirs): marks outside are left exactly as they are.
   */
  writeMarks(sheet: string, marks: Mark[], rows?: RowSpan): Promise<void>;
  /** Removes every mark (of one sheet, or all), restoring each cell exactly. */
  clearMarks(sheet?: string): Promise<void>;
  /**
   * 重置标记记录, for a record that cannot be used (a newer add-in's): takes
   * our mark colours off the sheet's cells (solid, no tint; other fills and all
   * notes stay) and deletes its record. Says how many cells it cleared.
   * Hosts whose record is always their own leave it out.
   */
  resetMarks?(sheet: string): Promise<number>;
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Brings a sheet to the front, as a click on its tab (the selection there stays where the user left it). */
  activateSheet?(sheet: string): Promise<void>;
  /** Writes `fix.replacement` only if the cell still holds `fix.expected`. */
  applyFix(fix: Fix): Promise<FixResult>;
  /**
   * 全部修复: each fix as `applyFix` (a cell changed since the check is left
   * alone), all in one batch: one undo step where the host groups writes. One
   * result per fix, in order; at most one fix per cell (see app/fix-compose).
   */
  applyFixes?(fixes: readonly Fix[]): Promise<FixResult[]>;
  /** Calls `handler` after user edits (never for the add-in's own writes); returns an unsubscribe. */
  onEdit(handler: (event: EditEvent) => void): Promise<() => Promise<void>>;
  /** Calls `handler` with the sheet's name when the user switches sheet tabs; returns an unsubscribe. */
  onSheetActivated?(handler: (sheet: string) => void): Promise<() => Promise<void>>;
  /** Ignored findings, stored in the workbook so that they survive reopening. */
  loadIgnored(): Promise<string[]>;
  saveIgnored(keys: string[]): Promise<void>;
  /**
   * Adds a sheet named `name` holding `rows`, or rewrites ours of that name while
   * it holds only what we wrote (host/own-sheet.ts); else `name (2)`, …. Returns the name written.
   */
  writeSheet(name: string, rows: (string | number)[][]): Promise<string>;
  /** The active cell (top-left of the selection), or undefined when the host cannot tell. */
  selectedCell(): Promise<Selection | undefined>;
  /**
   * Writes a template (values, merges, dropdowns, label formats, borders) at
   * `at`. Never overwrites: in "at" mode a non-empty target gives "occupied"
   * and nothing changes. One undo step where the host groups writes.
   */
  insertTemplate(sheet: string, at: CellPos, block: TemplateBlock, mode: InsertMode): Promise<InsertResult>;
  /**
   * Adds a sheet `name` (a name not taken) holding `block` at A1, and makes it
   * the active sheet. Nothing of the user's is touched.
   */
  addSheet?(name: string, block: TemplateBlock): Promise<void>;
  /** Keeps the ribbon command's result for the pane (hosts without a ribbon leave this out). */
  saveRibbonCheck?(check: RibbonCheck): Promise<void>;
  /** The ribbon command's last result, once: it is forgotten as it is handed over. */
  takeRibbonCheck?(): Promise<RibbonCheck | undefined>;
}
