/**
 * The controller between the core and a HostPort: plain TypeScript, no React,
 * no Office. A facade over its parts: the store (state and subscribers), the
 * action queue (one action at a time), sheet checks, live edits, marks, and
 * the modules for fixes, templates and export. It changes a cell only when
 * the user asks (修复 / 撤销), always through `applyFix`'s expected-text check.
 */
import type { LintConfig } from "../core/lint/config";
import type { Fix, Severity } from "../core/model/diagnostic";
import type { TemplateChoice } from "../core/template/place";
import type { EditEvent, HostPort } from "../host/port";
import { ActionQueue } from "./action-queue";
import { controllerContext, type ControllerContext } from "./context";
import { loadCore, type CoreApi } from "./core-api";
import { loadRuleDocs } from "./rule-docs";
import { exportCsv, exportSheet } from "./export";
import { selectFinding, stepFinding } from "./navigate";
import { applyFix, dropSheetUndo, undoLast } from "./fixes";
import { ignoreFinding, saveIgnored } from "./ignore";
import { listenTo, type Listening } from "./listen";
import { LiveEdits } from "./live-edits";
import { failureNotice, MarkKeeper } from "./mark-keeper";
import { ribbonNotice } from "./ribbon";
import { SheetChecks } from "./sheet-checks";
import { initialState, type ControllerState, type Progress } from "./state";
import { Store } from "./store";
import { insertTemplate } from "./templates";
import { fixAll } from "./fix-all";
import { convertSheet } from "./convert";
import { libraryContext, type LibraryContext } from "./library-context";
import type { ConvertTarget } from "../core/convert";
import { fixableFindings, type FixScope } from "./fix-groups";
import { nextSeverities } from "./severity-filter";
import { allFindings } from "./findings";

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

export class LintController {
  private readonly store: Store;
  private readonly queue: ActionQueue;
  private readonly marks: MarkKeeper;
  private readonly checks: SheetChecks;
  private readonly live: LiveEdits;
  /** The controller as its parts (fixes.ts, templates.ts, export.ts) see it. */
  private readonly ctx: ControllerContext;
  private readonly yieldToUi: () => Promise<void>;
  private readonly undoLimit: number;
  private listening?: Listening;
  private disposed = false;

  constructor(
    private readonly host: HostPort,
    options: ControllerOptions = {},
  ) {
    const store = (this.store = new Store(initialState(host.displayLanguage())));
    this.queue = new ActionQueue((e) => store.set({ busy: false, progress: undefined, notice: failureNotice(e) }));
    const marks = (this.marks = new MarkKeeper(host, store));
    const given = options.core;
    // A stand-in linter (tests, demos) still names the real rules in the pane.
    const core = given ? () => loadRuleDocs().then(() => given) : loadCore;
    const checks = (this.checks = new SheetChecks(host, store, marks, core, options.config ?? {}));
    this.ctx = controllerContext(host, store, checks, marks);
    const rowsMoved = (sheet: string) => dropSheetUndo(this.ctx, sheet);
    this.live = new LiveEdits({ host, store, checks, marks, rowsMoved }, options.debounceMs ?? 300);
    this.yieldToUi = options.yieldToUi ?? nextTask;
    this.undoLimit = options.undoLimit ?? 20;
  }

  // --- subscription (shaped for React's useSyncExternalStore) ---

  getState = (): ControllerState => this.store.get();

  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  private run(action: () => Promise<void>): Promise<void> {
    return this.queue.run(action);
  }

  /** Resolves when every queued action has finished. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  // --- lifecycle ---

  init(): Promise<void> {
    return this.run(async () => {
      const capabilities = await this.host.capabilities();
      const ignored = await this.host.loadIgnored().catch(() => [] as string[]);
      this.store.set({ capabilities, ignored, liveMarking: capabilities.writesKeepUndo });
      const listening = await listenTo(
        this.host,
        (e) => this.onEdit(e),
        (sheet) => void this.followSheet(sheet),
      );
      if (this.disposed) await listening.stop();
      else this.listening = listening;
      await this.checks.checkActive(this.getState().liveMarking);
      this.store.set({ ready: true });
      if (listening.error && !this.getState().notice)
        this.store.notify("warning", "actionFailed", { error: listening.error });
      const ribbon = await this.host.takeRibbonCheck?.().catch(() => undefined);
      if (ribbon && !this.getState().notice) this.store.set({ notice: ribbonNotice(ribbon) });
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    this.live.stop();
    this.store.close();
    await this.listening?.stop();
  }

  // --- checking ---

  checkSheet(): Promise<void> {
    return this.run(() => this.checks.checkActive(true));
  }

  checkWorkbook(onProgress?: (progress: Progress) => void): Promise<void> {
    return this.run(() => this.checks.checkWorkbook(this.yieldToUi, onProgress));
  }

  // --- live checking (live-edits.ts) ---

  private onEdit(event: EditEvent): void {
    if (!this.disposed) this.live.add(event, () => void this.flushEdits());
  }

  /** Re-checks everything edited since the last flush (the debounce calls this). */
  flushEdits(): Promise<void> {
    return this.run(() => this.live.flush());
  }

  setLiveMarking(on: boolean): Promise<void> {
    this.store.set({ liveMarking: on });
    const sheet = this.getState().activeSheet;
    if (!on || sheet === undefined || !(sheet in this.getState().sheets)) return this.idle();
    return this.run(async () => {
      this.marks.keep(sheet);
      await this.marks.write(sheet);
    });
  }

  clearMarks(): Promise<void> {
    return this.run(() => this.marks.clear());
  }

  /** 重置标记记录 of the active sheet: when its record cannot be used (the pane offers it then). */
  resetMarkRecord(): Promise<void> {
    return this.run(async () => {
      const sheet = this.getState().activeSheet ?? (await this.host.activeSheet());
      await this.marks.reset(sheet);
    });
  }

  // --- ignore (ignore.ts) ---

  ignore(findingId: string): Promise<void> {
    return this.run(() => ignoreFinding(this.host, this.store, this.marks, findingId));
  }

  restoreIgnored(): Promise<void> {
    return this.run(() => saveIgnored(this.host, this.store, this.marks, [], this.getState().currentId));
  }

  // --- fixes and the pane's undo (fixes.ts) ---

  /** `anchor`: the finding whose button was clicked, where the outcome and 撤销 are shown. */
  applyFix(fix: Fix, anchor?: string): Promise<void> {
    return this.run(() => applyFix(this.ctx, fix, this.undoLimit, anchor));
  }

  /** 全部修复: every certain fix of one rule (or of all rules), on the active sheet or the workbook, as one undo step. */
  fixAll(scope: FixScope, ruleId?: string, anchor?: string): Promise<void> {
    return this.run(() => fixAll(this.ctx, fixableFindings(this.getState(), scope, ruleId), this.undoLimit, anchor));
  }

  /** Writes the old text back, only if the cell still holds what the fix wrote. */
  undo(): Promise<void> {
    return this.run(() => undoLast(this.ctx));
  }

  // --- walking the list (navigate.ts) ---

  select(findingId: string): Promise<void> {
    return selectFinding(this.ctx, findingId);
  }

  next(): Promise<void> {
    return stepFinding(this.ctx, 1);
  }

  previous(): Promise<void> {
    return stepFinding(this.ctx, -1);
  }

  /**
   * The user switched sheet tabs: the pane shows that sheet. One checked
   * before is shown from its result; a new one is checked (and marked only
   * where marks are kept live), so the pane never names one sheet while the
   * grid shows another.
   */
  followSheet(sheet: string): Promise<void> {
    return this.run(async () => {
      if (this.disposed || sheet === this.getState().activeSheet) return;
      this.store.set({ activeSheet: sheet, currentId: undefined });
      if (!(sheet in this.getState().sheets)) await this.checks.checkNamed(sheet, this.getState().liveMarking);
    });
  }

  /**
   * Shows another checked sheet's findings (after 检查整个工作簿) and brings that sheet to the front, as a click
   * on its tab: the pane's "本表" (修复本表全部, 检查本表) then means the sheet in front of the user, never one
   * they cannot see. The tab switch comes back through followSheet, which finds the pane there already.
   */
  async showSheet(sheet: string): Promise<void> {
    const state = this.getState();
    if (!(sheet in state.sheets) || sheet === state.activeSheet) return;
    this.store.set({ activeSheet: sheet, currentId: undefined });
    await this.host.activateSheet?.(sheet).catch(() => undefined);
  }

  // --- filters and notices ---

  /** A severity button shows what it names: only that severity; pressed again (or the last one left), all. */
  toggleSeverity(severity: Severity): void {
    const { filters } = this.getState();
    this.store.set({ filters: { ...filters, severities: nextSeverities(filters.severities, severity) } });
  }

  setRuleFilter(ruleId: string | undefined): void {
    this.store.set({ filters: { ...this.getState().filters, ruleId } });
  }

  dismissNotice(): void {
    this.store.set({ notice: undefined });
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
    const sheet = selection && this.getState().sheets[selection.sheet];
    return sheet && libraryContext(sheet.result.tables, selection.row, selection.col);
  }

  /** Every non-ignored finding of every checked sheet as CSV text (with BOM). */
  exportCsv(): string {
    return exportCsv(this.getState());
  }

  /**
   * The pane saved the CSV as `file`: say so, as every other action does. The browser's download shows nowhere
   * in Excel's pane, so without it nothing told the officer that the click had done anything.
   */
  csvSaved(file: string): void {
    this.store.notify("success", "csvSaved", { file, n: allFindings(this.getState()).length });
  }

  exportSheet(): Promise<void> {
    return this.run(() => exportSheet(this.ctx));
  }
}
