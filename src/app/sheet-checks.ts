/**
 * Reading and checking sheets: a full check, and a re-check of what an edit
 * touched (a row window when the core can say which rows suffice, else the
 * whole sheet). Results go to the store; marks are the MarkKeeper's.
 */
import { hidesAny, type CellRange, type Grid } from "../core/grid/grid";
import { isInstructionSheet } from "../core/schema/sheet-words";
import type { LintConfig } from "../core/lint/config";
import type { LintResult, RowSpan } from "../core/lint/lint";
import type { HostPort } from "../host/port";
import { errorText } from "./action-queue";
import type { CoreApi } from "./core-api";
import { allFindings, toFindings } from "./findings";
import { patchRows, withEdgeMerges } from "./grid-rows";
import type { MarkKeeper } from "./mark-keeper";
import type { MessageData, MessageId } from "../i18n";
import type { ControllerState, Progress, SheetState } from "./state";
import type { Store } from "./store";

export class SheetChecks {
  constructor(
    private readonly host: HostPort,
    private readonly store: Store,
    private readonly marks: MarkKeeper,
    /** The core, loaded on the first check (see core-api.ts): the pane paints before the linter arrives. */
    private readonly core: () => Promise<CoreApi>,
    private readonly config: LintConfig,
  ) {}

  async checkActive(mark: boolean): Promise<void> {
    const sheet = await this.host.activeSheet();
    this.store.set({ activeSheet: sheet, busy: true, notice: undefined });
    try {
      await this.checkNamed(sheet, mark);
    } finally {
      this.store.set({ busy: false });
    }
  }

  /** 检查整个工作簿: every sheet in turn, marked, with progress; `yieldToUi` lets the pane paint between sheets. */
  async checkWorkbook(yieldToUi: () => Promise<void>, onProgress?: (progress: Progress) => void): Promise<void> {
    const visible = await this.host.visibleSheetNames();
    // An instruction sheet's example (`填报说明`) is no submission; a workbook of nothing else is checked whole.
    const submitted = visible.filter((n) => !isInstructionSheet(n));
    const names = submitted.length ? submitted : visible;
    this.store.set({ activeSheet: await this.host.activeSheet(), busy: true, notice: undefined });
    let failed = false;
    for (let i = 0; i < names.length; i++) {
      const progress = { done: i, total: names.length, sheet: names[i] };
      this.store.set({ progress });
      onProgress?.(progress);
      failed = !(await this.checkNamed(names[i], true)) || failed;
      await yieldToUi();
    }
    onProgress?.({ done: names.length, total: names.length, sheet: "" });
    this.store.set({ busy: false, progress: undefined, ...this.shownAfter(names) });
    if (!failed)
      this.store.notify("success", ...workbookSummary(this.store.get(), names, visible.length - names.length));
  }

  /**
   * Begun on a sheet the check left out (`填报说明`), the list shows the first checked sheet with findings rather
   * than the one it left out (sixteenth session: it had shown "no table found" there, the findings one pick away).
   */
  private shownAfter(names: readonly string[]): { activeSheet?: string; currentId?: undefined } {
    const { activeSheet, sheets } = this.store.get();
    if (activeSheet === undefined || names.includes(activeSheet)) return {};
    const first = names.find((n) => sheets[n]?.findings.length) ?? names.find((n) => n in sheets);
    return first ? { activeSheet: first, currentId: undefined } : {};
  }

  /** Reads and fully checks one sheet; false when it could not be read. */
  async checkNamed(sheet: string, mark: boolean): Promise<boolean> {
    const grid = await this.readGrid(sheet);
    if (!grid) return false;
    this.save(sheet, grid, (await this.core()).lintGrid(grid, this.config));
    if (mark) this.marks.keep(sheet);
    if (this.marks.kept(sheet) && (mark || this.store.get().liveMarking)) await this.marks.write(sheet);
    return true;
  }

  /** The sheet as the host reads it; undefined (and a notice) when it cannot be read. */
  async readGrid(sheet: string, rows?: RowSpan): Promise<Grid | undefined> {
    try {
      return await this.host.readGrid(sheet, rows);
    } catch (e) {
      this.store.notify("error", "readFailed", { sheet, error: errorText(e) });
      return undefined;
    }
  }

  private save(sheet: string, grid: Grid, result: LintResult): void {
    const findings = toFindings(result.diagnostics, grid);
    this.store.set({ sheets: { ...this.store.get().sheets, [sheet]: { result, grid, findings } } });
  }

  /** Re-reads a sheet and re-checks what `changed` touched (all of it without an earlier result). */
  async recheck(sheet: string, changed: CellRange, structural: boolean): Promise<boolean> {
    return (await this.recheckRows(sheet, changed, structural)) !== undefined;
  }

  /** As `recheck`; says which rows were re-read ("all", or the window), undefined when the read failed. */
  async recheckRows(sheet: string, changed: CellRange, structural: boolean): Promise<RowSpan | "all" | undefined> {
    const previous = this.store.get().sheets[sheet];
    // A sheet that hid rows or columns when last read is re-checked whole (the core re-checks a window only of a
    // sheet hiding none): a window read first would be a round trip for nothing.
    if (previous && !structural && !hidesAny(previous.grid)) {
      const windowed = await this.recheckWindow(sheet, previous, changed);
      if (windowed !== "all") return windowed;
    }
    const grid = await this.readGrid(sheet);
    if (!grid) return undefined;
    const core = await this.core();
    const result =
      previous && !structural
        ? core.recheck(grid, previous.result, changed, this.config)
        : core.lintGrid(grid, this.config);
    this.save(sheet, grid, result);
    return "all";
  }

  /** Reads and re-checks only the window; "all" when the whole sheet is needed after all. */
  private async recheckWindow(
    sheet: string,
    previous: SheetState,
    changed: CellRange,
  ): Promise<RowSpan | "all" | undefined> {
    const core = await this.core();
    const rows = core.recheckRows(previous.result, changed);
    const read = await this.readGrid(sheet, rows);
    if (!read) return undefined;
    const part = withEdgeMerges(read, previous.grid, rows);
    const result = core.recheckPart(part, previous.result, changed, rows, this.config);
    if (!result) return "all";
    this.save(sheet, patchRows(previous.grid, part, rows), result);
    return rows;
  }
}

/**
 * What 检查整个工作簿 says it did: the sheets and findings, the instruction sheets it left out, and, where no sheet
 * holds a table, that no table was found (`共 0 个问题` beside it read as "all clear").
 */
function workbookSummary(state: ControllerState, names: readonly string[], skipped: number): [MessageId, MessageData] {
  const tables = names.reduce((n, name) => n + (state.sheets[name]?.result.tables.length ?? 0), 0);
  const data = { n: names.length, count: allFindings(state).length, skipped };
  if (!tables) return [skipped ? "workbookNoTablesSkipped" : "workbookNoTables", data];
  return [skipped ? "workbookDoneSkipped" : "workbookDone", data];
}
