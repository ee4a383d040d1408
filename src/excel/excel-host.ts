/**
 * HostPort for Excel: the only code that calls Office.js. Every batch waits
 * while the user is in cell-edit mode (`delayForCellEdit`); on ExcelApi 1.20+
 * each write operation is one undo step (`mergeUndoGroup`).
 */
import { subscribeActivated } from "./sheet-events";
import { addSheetIn } from "./add-sheet";
import { applyFixesIn } from "./apply-fixes";
import type { CellPos, Grid } from "../core/grid/grid";
import type { RowSpan } from "../core/lint/lint";
import type { Fix, Locale } from "../core/model/diagnostic";
import type { TemplateBlock } from "../core/template/block";
import { displayLocale } from "../i18n";
import type {
  EditEvent,
  FixResult,
  HostCapabilities,
  HostPort,
  InsertMode,
  InsertResult,
  Mark,
  RibbonCheck,
  Selection,
} from "../host/port";
import { officeEnv, type ExcelEnv } from "./env";
import { subscribeEdits, type SheetShift } from "./events";
import { MARKS_KEY_PREFIX, marksKey } from "./mark-record";
import { insertTemplateIn } from "./insert-template";
import { readGrid, type Origin } from "./read-grid";
import { resetMarksIn } from "./reset-marks";
import { isBlockKey, shiftMarksIn } from "./record-io";
import {
  applyFixIn,
  loadIgnoredIn,
  saveIgnoredIn,
  saveRibbonCheckIn,
  takeRibbonCheckIn,
  writeSheetIn,
} from "./workbook-ops";
import { clearMarksIn, queueMarkReads, writeMarksIn, type MarkPrefetch } from "./write-marks";
import type { ReadOptions } from "./read-cells";

/** What the adapter can do on this build, beyond the port's capabilities. */
export interface ExcelCapabilities extends HostCapabilities {
  /** Merged areas are read (ExcelApi 1.13); without them tables with merged cells may parse worse. */
  merges: boolean;
}

export class ExcelHost implements HostPort {
  private readonly sheetIds = new Map<string, string>();
  /** Each sheet's used range when last read: a window read plans on it and takes one sync. */
  private readonly shapes = new Map<string, Origin>();
  /** Record moves after rows/columns moved; every mark write waits for them (see shiftRecords). */
  private shifting: Promise<void> = Promise.resolve();
  /** The reads of the mark write that follows a window read (made on its sync); any other call drops them. */
  private prefetched?: { sheet: string; data: MarkPrefetch };
  /** Writes are grouped into one undo step until a grouped run fails once (then never again this session). */
  private grouping = true;

  constructor(private readonly env: ExcelEnv = officeEnv()) {}

  async capabilities(): Promise<ExcelCapabilities> {
    const undo = this.env.supportsUndo();
    return {
      notes: this.env.supports("1.18"),
      undoGrouping: undo && this.grouping,
      writesKeepUndo: undo,
      merges: this.env.supports("1.13"),
    };
  }

  displayLanguage(): Locale {
    return displayLocale(this.env.displayLanguage());
  }

  activeSheet(): Promise<string> {
    return this.read(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  sheetNames(): Promise<string[]> {
    return this.read(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((ws) => ws.name);
    });
  }

  visibleSheetNames(): Promise<string[]> {
    return this.read(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((ws) => ws.visibility === "Visible").map((ws) => ws.name);
    });
  }

  readGrid(sheet: string, rows?: RowSpan): Promise<Grid> {
    return this.read(async (context) => {
      const id = this.sheetIds.get(sheet);
      let prefetch: MarkPrefetch | undefined;
      // A value edit's window: the mark write that follows reads its cells and record on this same sync.
      const alongside =
        rows && id
          ? (ws: Excel.Worksheet, window: Origin) => {
              const reads = queueMarkReads(context, ws, id, window, rows, this.cellReads());
              return () => void (prefetch = reads);
            }
          : undefined;
      const grid = await readGrid(this.env, context, sheet, rows, {
        ids: this.sheetIds,
        shapes: this.shapes,
        alongside,
      });
      if (prefetch && this.sheetIds.get(sheet) === id) this.prefetched = { sheet, data: prefetch };
      return grid;
    });
  }

  async writeMarks(sheet: string, marks: Mark[], rows?: RowSpan): Promise<void> {
    const pf = this.prefetched;
    const prefetch =
      rows && pf?.sheet === sheet && pf.data.rows.top === rows.top && pf.data.rows.bottom === rows.bottom
        ? pf.data
        : undefined;
    await this.shifting;
    return this.write((context) =>
      writeMarksIn(this.env, context, sheet, marks, {
        notes: this.env.supports("1.18"),
        ids: this.sheetIds,
        rows,
        prefetch,
      }),
    );
  }

  private cellReads(): ReadOptions {
    return { notes: this.env.supports("1.18"), comments: this.env.supports("1.10") };
  }

  async clearMarks(sheet?: string): Promise<void> {
    await this.shifting;
    const sheets = sheet === undefined ? await this.markedSheets() : [sheet];
    for (const name of sheets)
      await this.write((context) =>
        clearMarksIn(this.env, context, name, { notes: this.env.supports("1.18"), ids: this.sheetIds }),
      );
  }

  async resetMarks(sheet: string): Promise<number> {
    await this.shifting;
    return this.write((context) => resetMarksIn(this.env, context, sheet));
  }

  selectCell(sheet: string, row: number, col: number): Promise<void> {
    return this.read(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getCell(row, col).select();
      await context.sync();
    });
  }

  activateSheet(sheet: string): Promise<void> {
    return this.read(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  applyFix(fix: Fix): Promise<FixResult> {
    return this.write((context) => applyFixIn(this.env, context, fix));
  }

  applyFixes(fixes: readonly Fix[]): Promise<FixResult[]> {
    return this.write((context) => applyFixesIn(this.env, context, fixes));
  }

  onEdit(handler: (event: EditEvent) => void): Promise<() => Promise<void>> {
    return subscribeEdits(this.env, (event, moved) => {
      this.prefetched = undefined;
      if (moved) this.shiftRecord(moved);
      handler(event);
    });
  }

  /**
   * Rows or columns the user inserted or deleted moved our marks: the record
   * (keyed by address) moves too, at once and in order, before any later
   * write reads it. Settings only: no cell changes, so nothing to group.
   */
  private shiftRecord({ worksheetId, shift }: SheetShift): void {
    this.shifting = this.shifting
      .then(() => this.read((context) => shiftMarksIn(context, worksheetId, shift)))
      .catch((error) => console.error("jixiao-lint: marks record not moved", error));
  }

  onSheetActivated(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    return subscribeActivated(this.env, handler);
  }

  loadIgnored(): Promise<string[]> {
    return this.read(loadIgnoredIn);
  }

  saveIgnored(keys: string[]): Promise<void> {
    return this.write((context) => saveIgnoredIn(context, keys));
  }

  writeSheet(name: string, rows: (string | number)[][]): Promise<string> {
    return this.write((context) => writeSheetIn(this.env, context, name, rows));
  }

  selectedCell(): Promise<Selection | undefined> {
    return this.read(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load("rowIndex,columnIndex");
      cell.worksheet.load("name");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- worksheet.name is loaded on cell.worksheet just above
      return { sheet: cell.worksheet.name, row: cell.rowIndex, col: cell.columnIndex };
    });
  }

  async insertTemplate(sheet: string, at: CellPos, block: TemplateBlock, mode: InsertMode): Promise<InsertResult> {
    await this.shifting;
    return this.write((context) => insertTemplateIn(this.env, context, sheet, at, block, mode, this.sheetIds));
  }

  addSheet(name: string, block: TemplateBlock): Promise<void> {
    return this.write((context) => addSheetIn(this.env, context, name, block));
  }

  saveRibbonCheck(check: RibbonCheck): Promise<void> {
    return this.read((context) => saveRibbonCheckIn(context, check));
  }

  takeRibbonCheck(): Promise<RibbonCheck | undefined> {
    return this.read(takeRibbonCheckIn);
  }

  /** Sheets with a marks record, found through the settings (the record keeps working after a rename). */
  private markedSheets(): Promise<string[]> {
    return this.read(async (context) => {
      const settings = context.workbook.settings;
      settings.load("items/key");
      await context.sync();
      const keys = settings.items.map((s) => s.key).filter((key) => key.startsWith(MARKS_KEY_PREFIX));
      // Index keys (or old single-key records) name the sheets; block keys are `<index key>.<block>`.
      const ids = keys.map((key) => key.slice(MARKS_KEY_PREFIX.length)).filter((rest) => !isBlockKey(rest));
      const sheets = ids.map((id) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(id);
        ws.load("name");
        return { id, ws };
      });
      await context.sync();
      // A deleted sheet took its marks with it: only its record is left to drop.
      for (const { id, ws } of sheets)
        if (ws.isNullObject)
          for (const key of keys)
            if (key === marksKey(id) || key.startsWith(`${marksKey(id)}.`)) settings.getItem(key).delete();
      await context.sync();
      return sheets.filter(({ ws }) => !ws.isNullObject).map(({ ws }) => ws.name);
    });
  }

  private read<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.prefetched = undefined;
    return this.env.run({ delayForCellEdit: true }, batch);
  }

  /**
   * One undo step per operation where Excel can group (ExcelUndoApiAll 1.0).
   * Grouped runs fail in more ways than `UndoNotSupported` (RichApi.Error on
   * the web, internal errors on repeated runs: office-js #6711, #6255): after
   * any failure that is not about the payload or the sheet, the operation runs
   * again ungrouped and grouping stops for the session. Every write here
   * re-reads before writing, so a rerun is safe.
   */
  private async write<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.prefetched = undefined;
    if (!this.grouping || !this.env.supportsUndo()) return this.read(batch);
    try {
      return await this.env.run({ delayForCellEdit: true, mergeUndoGroup: true }, batch);
    } catch (error) {
      if (!groupingFailed(error)) throw error;
      this.grouping = false;
      console.warn("jixiao-lint: grouped write failed, writing ungrouped from now on", error);
      return this.read(batch);
    }
  }
}

/** Failures a rerun cannot cure: the payload (halved elsewhere), a protected sheet, our own refusals. */
const NOT_GROUPING = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "AccessDenied",
  "SheetProtected",
  "MarkRecordUnknownVersion",
  "ItemNotFound",
]);

function groupingFailed(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === undefined || !NOT_GROUPING.has(code);
}
