/**
 * The controller between the core and a HostPort: plain TypeScript, no React,
 * no Office. It owns the per-sheet results, ignored keys, filters, the current
 * finding and the pane's own undo stack, and it changes a cell only when the
 * user asks (修复 / 撤销), always through `applyFix`'s expected-text check.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { LintConfig } from "../core/lint/config";
import type { LintResult, RowSpan } from "../core/lint/lint";
import type { Fix, Severity } from "../core/model/diagnostic";
import type { TemplateChoice } from "../core/template/place";
import type { EditEvent, HostPort } from "../host/port";
import { diagnosticsToMarks } from "../i18n";
import type { ControllerContext } from "./context";
import { defaultCore, type CoreApi } from "./core-api";
import { exportCsv, exportSheet } from "./export";
import { allFindings, orderedFindings, toFindings } from "./findings";
import { applyFix, dropSheetUndo, undoLast } from "./fixes";
import { ribbonNotice } from "./ribbon";
import { insertTemplate } from "./templates";
import { fixAll } from "./fix-all";
import { convertSheet } from "./convert";
import { libraryContext, type LibraryContext } from "./library-context";
import type { ConvertTarget } from "../core/convert";
import { fixableFindings, type FixScope } from "./fix-groups";
import { nextSeverities } from "./severity-filter";
import { patchRows } from "./grid-rows";
import { PendingEdits, type PendingEdit } from "./pending-edits";
import { initialState, type ControllerState, type SheetState, type Filters, type Notice, type Progress } from "./state";

export interface ControllerOptions {
  config?: LintConfig;
  core?: CoreApi;
  /** Quiet time after the last edit before re-checking. */
  debounceMs?: number;
  /** Lets the pane paint between the sheets of a workbook check. */
  yieldToUi?: () => Promise<void>;
  /** How many fixes 撤销 can take back. */
  undoLimit?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class LintController {
  private state: ControllerState;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private readonly pending = new PendingEdits();
  private timer?: ReturnType<typeof setTimeout>;
  private unsubscribeEdit?: () => Promise<void>;
  private unsubscribeSheet?: () => Promise<void>;
  /** Sheets whose marks we keep current (checked explicitly, not cleared since). */
  private readonly marked = new Set<string>();
  /** What we last wrote per sheet, so an unchanged re-check writes nothing (each write is an undo step). */
  private readonly written = new Map<string, string>();
  private disposed = false;
  private readonly config: LintConfig;
  private readonly core: CoreApi;
  private readonly debounceMs: number;
  private readonly yieldToUi: () => Promise<void>;
  private readonly undoLimit: number;

  /** The controller as its parts (fixes.ts, templates.ts, export.ts) see it. */
  private readonly ctx: ControllerContext = {
    host: this.host,
    state: () => this.state,
    set: (patch) => this.set(patch),
    notify: (intent, id, data, anchor) => this.notify(intent, id, data, anchor),
    readGrid: (sheet) => this.readGrid(sheet),
    recheck: (sheet, changed, structural) => this.recheck(sheet, changed, structural),
    remark: async (sheet) => {
      if (this.marked.has(sheet)) await this.writeMarks(sheet);
    },
  };

  constructor(
    private readonly host: HostPort,
    options: ControllerOptions = {},
  ) {
    this.state = initialState(host.displayLanguage());
    this.config = options.config ?? {};
    this.core = options.core ?? defaultCore;
    this.debounceMs = options.debounceMs ?? 300;
    this.yieldToUi = options.yieldToUi ?? nextTask;
    this.undoLimit = options.undoLimit ?? 20;
  }

  // --- subscription (shaped for React's useSyncExternalStore) ---

  getState = (): ControllerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<ControllerState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private notify(intent: Notice["intent"], id: Notice["id"], data?: Notice["data"], anchor?: string): void {
    this.set({ notice: { intent, id, data, anchor } });
  }

  /** Runs actions one at a time, so a live re-check never interleaves with a fix. */
  private run(action: () => Promise<void>): Promise<void> {
    const guarded = async () => {
      try {
        await action();
      } catch (e) {
        this.set({ busy: false, progress: undefined });
        this.notify("error", "actionFailed", { error: errorText(e) });
      }
    };
    this.queue = this.queue.then(guarded);
    return this.queue;
  }

  /** Resolves when every queued action has finished. */
  idle(): Promise<void> {
    return this.queue;
  }

  // --- lifecycle ---

  init(): Promise<void> {
    return this.run(async () => {
      const capabilities = await this.host.capabilities();
      const ignored = await this.host.loadIgnored().catch(() => [] as string[]);
      this.set({ capabilities, ignored, liveMarking: capabilities.writesKeepUndo });
      const listenError = await this.listen();
      await this.checkActive(this.state.liveMarking);
      this.set({ ready: true });
      if (listenError && !this.state.notice) this.notify("warning", "actionFailed", { error: listenError });
      const ribbon = await this.host.takeRibbonCheck?.().catch(() => undefined);
      if (ribbon && !this.state.notice) this.set({ notice: ribbonNotice(ribbon) });
    });
  }

  /** Without edit events the pane still works: 检查本表 re-checks by hand. */
  private async listen(): Promise<string | undefined> {
    try {
      const unsubscribe = await this.host.onEdit((event) => this.onEdit(event));
      const unsheet = await this.host.onSheetActivated?.((sheet) => void this.followSheet(sheet));
      if (this.disposed) {
        await unsubscribe();
        await unsheet?.();
      } else [this.unsubscribeEdit, this.unsubscribeSheet] = [unsubscribe, unsheet];
      return undefined;
    } catch (e) {
      return errorText(e);
    }
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.listeners.clear();
    await this.unsubscribeEdit?.();
    await this.unsubscribeSheet?.();
  }

  // --- checking ---

  checkSheet(): Promise<void> {
    return this.run(() => this.checkActive(true));
  }

  checkWorkbook(onProgress?: (progress: Progress) => void): Promise<void> {
    return this.run(async () => {
      const names = await this.host.sheetNames();
      this.set({ activeSheet: await this.host.activeSheet(), busy: true, notice: undefined });
      let failed = false;
      for (let i = 0; i < names.length; i++) {
        const progress = { done: i, total: names.length, sheet: names[i] };
        this.set({ progress });
        onProgress?.(progress);
        failed = !(await this.checkNamed(names[i], true)) || failed;
        await this.yieldToUi();
      }
      const done = { done: names.length, total: names.length, sheet: "" };
      onProgress?.(done);
      this.set({ busy: false, progress: undefined });
      if (!failed) this.notify("success", "workbookDone", { n: names.length, count: allFindings(this.state).length });
    });
  }

  private async checkActive(mark: boolean): Promise<void> {
    const sheet = await this.host.activeSheet();
    this.set({ activeSheet: sheet, busy: true, notice: undefined });
    try {
      await this.checkNamed(sheet, mark);
    } finally {
      this.set({ busy: false });
    }
  }

  /** Reads and fully checks one sheet; false when it could not be read. */
  private async checkNamed(sheet: string, mark: boolean): Promise<boolean> {
    const grid = await this.readGrid(sheet);
    if (!grid) return false;
    this.store(sheet, grid, this.core.lintGrid(grid, this.config));
    if (mark) this.marked.add(sheet);
    if (this.marked.has(sheet) && (mark || this.state.liveMarking)) await this.writeMarks(sheet);
    return true;
  }

  private async readGrid(sheet: string, rows?: RowSpan) {
    try {
      return await this.host.readGrid(sheet, rows);
    } catch (e) {
      this.notify("error", "readFailed", { sheet, error: errorText(e) });
      return undefined;
    }
  }

  private store(sheet: string, grid: Grid, result: LintResult): void {
    const findings = toFindings(result.diagnostics, grid);
    this.set({ sheets: { ...this.state.sheets, [sheet]: { result, grid, findings } } });
  }

  /** Re-reads a sheet and re-checks what `changed` touched (all of it without an earlier result). */
  private async recheck(sheet: string, changed: CellRange, structural: boolean): Promise<boolean> {
    return (await this.recheckRows(sheet, changed, structural)) !== undefined;
  }

  /**
   * As `recheck`; says which rows were re-read ("all", or the window): a value
   * edit reads only the rows its tables can reach, when the core can say which.
   */
  private async recheckRows(
    sheet: string,
    changed: CellRange,
    structural: boolean,
  ): Promise<RowSpan | "all" | undefined> {
    const previous = this.state.sheets[sheet];
    if (previous && !structural) {
      const windowed = await this.recheckWindow(sheet, previous, changed);
      if (windowed !== "all") return windowed;
    }
    const grid = await this.readGrid(sheet);
    if (!grid) return undefined;
    const result =
      previous && !structural
        ? this.core.recheck(grid, previous.result, changed, this.config)
        : this.core.lintGrid(grid, this.config);
    this.store(sheet, grid, result);
    return "all";
  }

  /** Reads and re-checks only the window; "all" when the whole sheet is needed after all. */
  private async recheckWindow(
    sheet: string,
    previous: SheetState,
    changed: CellRange,
  ): Promise<RowSpan | "all" | undefined> {
    const core = this.core;
    if (!core.recheckRows || !core.recheckPart) return "all";
    const rows = core.recheckRows(previous.result, changed);
    const part = await this.readGrid(sheet, rows);
    if (!part) return undefined;
    const result = core.recheckPart(part, previous.result, changed, rows, this.config);
    if (!result) return "all";
    this.store(sheet, patchRows(previous.grid, part, rows), result);
    return rows;
  }

  // --- live checking ---

  private onEdit(event: EditEvent): void {
    if (this.disposed) return;
    this.pending.add(event);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flushEdits();
    }, this.debounceMs);
  }

  /** Re-checks everything edited since the last flush (the debounce calls this). */
  flushEdits(): Promise<void> {
    return this.run(async () => {
      const edits = this.pending.take();
      if (!edits.length) return;
      // Follow the user: the sheet they are on is the one the pane shows.
      const active = await this.host.activeSheet();
      if (active !== this.state.activeSheet) this.set({ activeSheet: active, currentId: undefined });
      for (const edit of edits) await this.applyEdit(edit, active);
    });
  }

  private async applyEdit(edit: PendingEdit, active: string): Promise<void> {
    const known = edit.sheet in this.state.sheets;
    // A sheet never checked waits for the user, unless it is the one in front of them.
    if (!known && edit.sheet !== active) return;
    if (edit.structural) dropSheetUndo(this.ctx, edit.sheet);
    const reread = await this.recheckRows(edit.sheet, edit.range, edit.structural);
    if (reread && !this.state.liveMarking && this.marked.has(edit.sheet)) this.markStale(edit.sheet, true);
    if (!reread || !this.state.liveMarking) return;
    if (!known) this.marked.add(edit.sheet);
    if (this.marked.has(edit.sheet)) await this.writeMarks(edit.sheet, reread === "all" ? undefined : reread);
  }

  setLiveMarking(on: boolean): Promise<void> {
    this.set({ liveMarking: on });
    const sheet = this.state.activeSheet;
    if (!on || sheet === undefined || !(sheet in this.state.sheets)) return this.idle();
    return this.run(async () => {
      this.marked.add(sheet);
      await this.writeMarks(sheet);
    });
  }

  // --- marks ---

  /**
   * Brings the sheet's marks up to date. With `rows` (a value edit's window)
   * only those rows are reconciled, and only if our last write to the sheet
   * succeeded: the rest of the sheet then still shows what we wrote.
   */
  private async writeMarks(sheet: string, rows?: RowSpan): Promise<void> {
    const state = this.state.sheets[sheet];
    if (!state) return;
    const ignored = new Set(this.state.ignored);
    const diagnostics = state.findings.filter((f) => !ignored.has(f.key)).map((f) => f.diagnostic);
    const marks = diagnosticsToMarks(diagnostics, this.state.locale);
    const signature = JSON.stringify(marks);
    const last = this.written.get(sheet);
    if (last === signature) return this.markStale(sheet, false);
    try {
      await this.host.writeMarks(sheet, marks, last === undefined ? undefined : rows);
      this.written.set(sheet, signature);
      this.markStale(sheet, false);
    } catch (e) {
      this.written.delete(sheet);
      this.notify("warning", "marksFailed", { error: errorText(e) });
    }
  }

  /** Whether the sheet's marks lag its list (live marking off since an edit). */
  private markStale(sheet: string, stale: boolean): void {
    const now = this.state.staleMarks.includes(sheet);
    if (now === stale) return;
    this.set({
      staleMarks: stale ? [...this.state.staleMarks, sheet] : this.state.staleMarks.filter((s) => s !== sheet),
    });
  }

  private async rewriteMarked(): Promise<void> {
    for (const sheet of this.marked) await this.writeMarks(sheet);
  }

  clearMarks(): Promise<void> {
    return this.run(async () => {
      await this.host.clearMarks();
      this.marked.clear();
      this.written.clear();
      this.set({ staleMarks: [] });
    });
  }

  // --- ignore ---

  ignore(findingId: string): Promise<void> {
    return this.run(async () => {
      const finding = Object.values(this.state.sheets)
        .flatMap((s) => s.findings)
        .find((f) => f.id === findingId);
      if (!finding) return;
      const order = orderedFindings(this.state);
      const after = order[order.findIndex((f) => f.id === findingId) + 1];
      const currentId = this.state.currentId === findingId ? after?.id : this.state.currentId;
      await this.saveIgnored([...new Set([...this.state.ignored, finding.key])], currentId);
    });
  }

  restoreIgnored(): Promise<void> {
    return this.run(() => this.saveIgnored([], this.state.currentId));
  }

  /** The workbook first: should the write fail, the pane keeps showing what the workbook holds (run() says why). */
  private async saveIgnored(ignored: string[], currentId: string | undefined): Promise<void> {
    await this.host.saveIgnored(ignored);
    this.set({ ignored, currentId });
    await this.rewriteMarked();
  }

  // --- fixes and the pane's undo (fixes.ts) ---

  /** `anchor`: the finding whose button was clicked, where the outcome and 撤销 are shown. */
  applyFix(fix: Fix, anchor?: string): Promise<void> {
    return this.run(() => applyFix(this.ctx, fix, this.undoLimit, anchor));
  }

  /** 全部修复: every certain fix of one rule (or of all rules), on the active sheet or the workbook, as one undo step. */
  fixAll(scope: FixScope, ruleId?: string, anchor?: string): Promise<void> {
    return this.run(() => fixAll(this.ctx, fixableFindings(this.state, scope, ruleId), this.undoLimit, anchor));
  }

  /** Writes the old text back, only if the cell still holds what the fix wrote. */
  undo(): Promise<void> {
    return this.run(() => undoLast(this.ctx));
  }

  // --- walking the list ---

  async select(findingId: string): Promise<void> {
    const finding = orderedFindings(this.state).find((f) => f.id === findingId);
    if (!finding) return;
    this.set({ currentId: findingId });
    const { sheet, row, col } = finding.diagnostic;
    try {
      await this.host.selectCell(sheet, row, col);
    } catch (e) {
      this.notify("error", "actionFailed", { error: errorText(e) });
    }
  }

  next(): Promise<void> {
    return this.step(1);
  }

  previous(): Promise<void> {
    return this.step(-1);
  }

  private step(delta: 1 | -1): Promise<void> {
    const order = orderedFindings(this.state);
    if (!order.length) return Promise.resolve();
    const at = order.findIndex((f) => f.id === this.state.currentId);
    const index = at < 0 ? (delta > 0 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
    return this.select(order[index].id);
  }

  /**
   * The user switched sheet tabs: the pane shows that sheet. One checked
   * before is shown from its result; a new one is checked (and marked only
   * where marks are kept live), so the pane never names one sheet while the
   * grid shows another.
   */
  followSheet(sheet: string): Promise<void> {
    return this.run(async () => {
      if (this.disposed || sheet === this.state.activeSheet) return;
      this.set({ activeSheet: sheet, currentId: undefined });
      if (!(sheet in this.state.sheets)) await this.checkNamed(sheet, this.state.liveMarking);
    });
  }

  /** Shows another checked sheet's findings (after 检查整个工作簿); selecting one activates it in Excel. */
  showSheet(sheet: string): void {
    if (sheet in this.state.sheets && sheet !== this.state.activeSheet)
      this.set({ activeSheet: sheet, currentId: undefined });
  }

  // --- filters and notices ---

  /** A severity button shows what it names: only that severity; pressed again (or the last one left), all. */
  toggleSeverity(severity: Severity): void {
    this.setFilters({ ...this.state.filters, severities: nextSeverities(this.state.filters.severities, severity) });
  }

  setRuleFilter(ruleId: string | undefined): void {
    this.setFilters({ ...this.state.filters, ruleId });
  }

  private setFilters(filters: Filters): void {
    this.set({ filters });
  }

  dismissNotice(): void {
    this.set({ notice: undefined });
  }

  // --- templates (templates.ts) and export (export.ts) ---

  insertTemplate(choice: TemplateChoice): Promise<void> {
    return this.run(() => insertTemplate(this.ctx, choice));
  }

  /** 转换为标准表: the active sheet's tables onto a new sheet (convert.ts). */
  convert(to: ConvertTarget): Promise<void> {
    return this.run(() => convertSheet(this.ctx, to));
  }

  /** 推荐指标: the table and row at the user's selection, from the last check of its sheet. */
  async libraryContext(): Promise<LibraryContext | undefined> {
    const selection = await this.host.selectedCell().catch(() => undefined);
    const sheet = selection && this.state.sheets[selection.sheet];
    return sheet && libraryContext(sheet.result.tables, selection.row, selection.col);
  }

  /** Every non-ignored finding of every checked sheet as CSV text (with BOM). */
  exportCsv(): string {
    return exportCsv(this.state);
  }

  exportSheet(): Promise<void> {
    return this.run(() => exportSheet(this.ctx));
  }
}
