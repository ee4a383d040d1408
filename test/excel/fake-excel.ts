/**
 * A hand-written fake of the Excel objects the adapter uses. Like Office.js,
 * nothing happens until `context.sync()`: loads and writes queue up, a sync
 * runs them, counts itself and estimates its request/response bytes, and on
 * the "web" fails above 5 MB. Reading a property that was not loaded and
 * synced throws, so the tests catch a missing load or sync.
 *
 * Besides the fidelity modes (fake-modes.ts), always as Excel does: `Range.rowHidden`/`columnHidden` read `true`
 * when every row (column) of the range is hidden, `false` when none is, `null` when some are (the docs' "mixed";
 * the types say boolean); `getSpecialCellsOrNullObject("Visible")` gives the cells no hidden row or column covers,
 * a null object when there are none; hiding rows or columns raises no `onChanged`.
 */
import type { CellRange } from "../../src/core/grid/grid";
import { rangesOverlap } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import { parseAnyRange } from "../../src/excel/areas";
import type { ExcelEnv } from "../../src/excel/env";
import { modeOptions } from "./fake-modes";
import {
  areaAddress,
  BLANK_FILL,
  FakeSheet,
  PAYLOAD_LIMIT,
  parseInput,
  type FakeFill,
  type FakeOptions,
  type SyncRecord,
} from "./fake-workbook";

type Op = { request: number; run: () => number | void };

class PayloadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v) ?? "", "utf8");

export type ChangeHandler = (event: Record<string, unknown>) => Promise<void> | void;

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  enableEvents = true;
  activeSheet = 0;
  selection?: { sheet: string; address: string };
  syncs = 0;
  readonly syncLog: SyncRecord[] = [];
  readonly runs: Excel.RunOptions[] = [];
  /** "Range.values", "Note.content", … every property ever loaded. */
  readonly loaded = new Set<string>();
  /** getRanges address strings ever written to, with the colour or "clear". */
  readonly areaWrites: { address: string; what: string }[] = [];
  readonly changeHandlers: ChangeHandler[] = [];
  readonly activatedHandlers: ChangeHandler[] = [];
  readonly emitted: Record<string, unknown>[] = [];
  /** Whole rows the add-in inserted, in order. */
  readonly rowsInserted: { sheet: string; row: number; count: number }[] = [];
  unsyncedRuns = 0;
  /** Grouped (mergeUndoGroup) runs so far, and those that failed as the mode says. */
  groupedRuns = 0;
  failedGroups = 0;
  /** Called after every sync (a test plays the user acting between two syncs of a batch). */
  afterSync?: (syncs: number) => void | Promise<void>;
  readonly options: FakeOptions;
  private nextId = 1;
  private pending: Promise<void>[] = [];

  constructor(options: FakeOptions = {}) {
    this.options = { ...modeOptions(), ...options };
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name, `{SHEET-${this.nextId++}}`);
    sheet.protected = this.options.protectedSheets?.includes(name) ?? false;
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(nameOrId: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === nameOrId || s.id === nameOrId);
  }

  env(): ExcelEnv {
    return {
      run: (options, batch) => this.run(options, batch),
      runIn: (context, batch) => batch(context),
      supports: (v) => this.apiAtLeast(v),
      supportsUndo: () => this.apiAtLeast("1.20") && (this.options.undoApi ?? true),
      displayLanguage: () => this.options.displayLanguage ?? "zh-CN",
      payloadLimited: () => this.options.web ?? false,
      yieldToHost: () => Promise.resolve(),
    };
  }

  apiAtLeast(version: string): boolean {
    const [maj, min] = version.split(".").map(Number);
    const have = (this.options.apiVersion ?? "1.20").split(".").map(Number);
    return maj < have[0] || (maj === have[0] && min <= have[1]);
  }

  async run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs.push(options);
    if (this.options.cellEdit && !options.delayForCellEdit)
      throw Object.assign(new Error("InvalidOperation: the user is editing a cell"), { code: "InvalidOperation" });
    const context = new FakeContext(this);
    if (options.mergeUndoGroup) context.groupFailure = this.groupFailure();
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.queue.length) this.unsyncedRuns++;
    return result;
  }

  /** How this grouped run fails (as the mode says), if it does. */
  private groupFailure(): Error | undefined {
    this.groupedRuns++;
    const mode = this.options.groupFailure ?? "none";
    const fail = (code: string, message: string) => {
      this.failedGroups++;
      return Object.assign(new Error(message), { code, name: "RichApi.Error" });
    };
    if (mode === "undo-not-supported") return fail("UndoNotSupported", "The operation cannot be undone");
    if (mode === "richapi") return fail("GeneralException", "RichApi.Error: An internal error has occurred.");
    if (mode === "internal-repeat" && this.groupedRuns > 1) return fail("InternalError", "An internal error occurred");
    return undefined;
  }

  /** A user typing into a cell: the value lands and handlers hear of it (triggerSource Unknown). */
  async userEdit(sheetName: string, address: string, input: unknown): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const range = parseAnyRange(address)!;
    sheet.setCell(range.top, range.left, parseInput(input));
    this.emit({ sheet, address, changeType: "RangeEdited", triggerSource: "Unknown" });
    await this.settle();
  }

  /** A coauthor's edit: it lands, and our add-in hears of it with source "Remote". */
  async remoteEdit(sheetName: string, address: string, input: unknown): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    const range = parseAnyRange(address)!;
    sheet.setCell(range.top, range.left, parseInput(input));
    this.emit({ sheet, address, changeType: "RangeEdited", triggerSource: "Unknown", source: "Remote" });
    await this.settle();
  }

  /** A coauthor inserts whole rows: the cells (fills, notes) move, and the workbook's settings are shared, so a coauthor's pane may already have moved the record. */
  async remoteInsertRows(sheetName: string, row: number, count = 1): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    insertSheetRows(sheet, row, count);
    this.emit({
      sheet,
      address: `${row + 1}:${row + count}`,
      changeType: "RowInserted",
      triggerSource: "Unknown",
      source: "Remote",
    });
    await this.settle();
  }

  /** The user inserts cells shifting down (not whole rows): only columns left..right move; Excel says CellInserted. */
  async userInsertCells(sheetName: string, rect: CellRange): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    shiftCellsDown(sheet, rect, rect.bottom - rect.top + 1);
    this.emit({ sheet, address: areaAddress("", rect).slice(1), changeType: "CellInserted", triggerSource: "Unknown" });
    await this.settle();
  }

  /** The user deletes cells shifting up: Excel says CellDeleted. */
  async userDeleteCells(sheetName: string, rect: CellRange): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    shiftCellsDown(sheet, rect, -(rect.bottom - rect.top + 1));
    this.emit({ sheet, address: areaAddress("", rect).slice(1), changeType: "CellDeleted", triggerSource: "Unknown" });
    await this.settle();
  }

  /** Sort (rows of `rect` put in `order`) or cut/paste: values, fills and notes move; Excel says only RangeEdited. */
  async userSortRows(sheetName: string, rect: CellRange, order: number[]): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    permuteRows(sheet, rect, order);
    this.emit({ sheet, address: areaAddress("", rect).slice(1), changeType: "RangeEdited", triggerSource: "Unknown" });
    await this.settle();
  }

  /** Cells where `notes.add` fails at sync (to play a batch that breaks halfway). */
  readonly failNoteAdd = new Set<string>();

  /**
   * The user hides (or unhides) rows or columns. Excel raises no `onChanged` for it (rows raise
   * `onRowHiddenChanged`, ExcelApi 1.11, which the add-in does not listen to): nothing is emitted.
   */
  userHide(sheetName: string, lines: { rows?: number[]; columns?: number[] }, hidden = true): void {
    const sheet = this.sheet(sheetName)!;
    for (const r of lines.rows ?? []) void (hidden ? sheet.hiddenRows.add(r) : sheet.hiddenRows.delete(r));
    for (const c of lines.columns ?? []) void (hidden ? sheet.hiddenColumns.add(c) : sheet.hiddenColumns.delete(c));
  }

  /** The user inserts whole rows: cells, fills, notes and comments at or below `row` move down, then the event. */
  async userInsertRows(sheetName: string, row: number, count = 1): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    insertSheetRows(sheet, row, count);
    this.emit({ sheet, address: `${row + 1}:${row + count}`, changeType: "RowInserted", triggerSource: "Unknown" });
    await this.settle();
  }

  /** The user deletes whole rows: what was in them is gone, everything below moves up, then the event. */
  async userDeleteRows(sheetName: string, row: number, count = 1): Promise<void> {
    const sheet = this.sheet(sheetName)!;
    deleteSheetRows(sheet, row, count);
    this.emit({ sheet, address: `${row + 1}:${row + count}`, changeType: "RowDeleted", triggerSource: "Unknown" });
    await this.settle();
  }

  async userInsertRow(sheetName: string, row: number): Promise<void> {
    this.emit({
      sheet: this.sheet(sheetName)!,
      address: `${row + 1}:${row + 1}`,
      changeType: "RowInserted",
      triggerSource: "Unknown",
    });
    await this.settle();
  }

  /** Called for writes made by the add-in through the fake. */
  addinWrote(sheet: FakeSheet, range: CellRange): void {
    if (!this.enableEvents) return;
    // triggerSource exists from ExcelApi 1.14; older builds don't say who wrote.
    const triggerSource = this.apiAtLeast("1.14") ? "ThisLocalAddin" : "Unknown";
    this.emit({
      sheet,
      address:
        toA1(range.top, range.left) +
        (range.bottom > range.top || range.right > range.left ? `:${toA1(range.bottom, range.right)}` : ""),
      changeType: "RangeEdited",
      triggerSource,
    });
  }

  private emit(e: {
    sheet: FakeSheet;
    address: string;
    changeType: string;
    triggerSource: string;
    source?: string;
  }): void {
    // enableEvents is per runtime: off, it silences the user's edits to this add-in as well (Excel.Runtime docs).
    if (this.options.eventsScope === "runtime" && !this.enableEvents) return;
    const event = {
      address: e.address,
      changeType: e.changeType,
      worksheetId: e.sheet.id,
      triggerSource: e.triggerSource,
      source: e.source ?? "Local",
      type: "WorksheetChanged",
    };
    this.emitted.push(event);
    for (const handler of this.changeHandlers) this.pending.push(Promise.resolve(handler(event)));
  }

  /** The user clicks a sheet tab: `worksheets.onActivated` fires with the sheet's id. */
  userActivates(name: string): void {
    const sheet = this.sheet(name)!;
    this.activeSheet = this.sheets.indexOf(sheet);
    const event = { type: "WorksheetActivated", worksheetId: sheet.id };
    for (const handler of this.activatedHandlers) this.pending.push(Promise.resolve(handler(event as never)));
  }

  /** Waits for event handlers to finish. */
  async settle(): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
  }

  /** Syncs and bytes since `mark()`; for the bench and the tests. */
  mark(): () => {
    syncs: number;
    requestBytes: number;
    responseBytes: number;
    maxRequest: number;
    maxResponse: number;
  } {
    const start = this.syncLog.length;
    return () => {
      const log = this.syncLog.slice(start);
      const sum = (k: keyof SyncRecord) => log.reduce((a, r) => a + r[k], 0);
      const max = (k: keyof SyncRecord) => log.reduce((a, r) => Math.max(a, r[k]), 0);
      return {
        syncs: log.length,
        requestBytes: sum("requestBytes"),
        responseBytes: sum("responseBytes"),
        maxRequest: max("requestBytes"),
        maxResponse: max("responseBytes"),
      };
    };
  }

  recordSync(record: SyncRecord): void {
    this.syncs++;
    this.syncLog.push(record);
    if (this.options.web && record.requestBytes > PAYLOAD_LIMIT)
      throw new PayloadError("RequestPayloadSizeLimitExceeded");
    if (this.options.web && record.responseBytes > PAYLOAD_LIMIT)
      throw new PayloadError("ResponsePayloadSizeLimitExceeded");
  }
}

/** Base of every proxy: properties readable only after load + sync. */
class FakeProxy {
  protected data: Record<string, unknown> = {};
  private ready = new Set<string>();
  isNullObject = false;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly typeName: string,
  ) {}

  protected get fake(): FakeExcel {
    return this.ctx.fake;
  }

  protected queue(request: unknown, run: () => number | void): void {
    this.ctx.queue.push({ request: 60 + bytes(request), run });
  }

  load(props?: string | string[] | Record<string, unknown>): this {
    const list = (
      typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : Object.keys(props ?? {})
    ).map((p) => p.trim());
    this.queue({ load: list }, () => {
      const values = this.fetch(list);
      for (const p of list) this.fake.loaded.add(`${this.typeName}.${p}`);
      // Delivered only by a sync that succeeds: a refused response loads nothing, as in Excel.
      this.ctx.deliveries.push(() => {
        for (const p of list) this.ready.add(p);
        this.data = { ...this.data, ...values };
      });
      return bytes(values);
    });
    return this;
  }

  /** Subclasses answer a load; the resolved values are the response. */
  protected fetch(_props: string[]): Record<string, unknown> {
    return {};
  }

  protected get<T>(prop: string): T {
    if (!this.ready.has(prop)) throw new Error(`${this.typeName}.${prop} read before load + sync`);
    return this.data[prop] as T;
  }
}

class FakeContext {
  readonly queue: Op[] = [];
  /** The loads this sync answers, handed over once its response is within the limit. */
  readonly deliveries: (() => void)[] = [];
  /** A grouped run that fails as its mode says: its first sync throws, nothing of it runs. */
  groupFailure?: Error;
  readonly workbook: FakeWorkbookProxy;
  readonly runtime: FakeRuntime;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
    this.runtime = new FakeRuntime(this);
  }

  async sync(): Promise<void> {
    if (this.groupFailure) {
      this.queue.splice(0);
      throw this.groupFailure;
    }
    const ops = this.queue.splice(0);
    this.deliveries.splice(0);
    const requestBytes = ops.reduce((a, op) => a + op.request, 0);
    if (this.fake.options.web && requestBytes > PAYLOAD_LIMIT) {
      this.fake.recordSync({ requestBytes, responseBytes: 0 });
    }
    let responseBytes = 0;
    for (const op of ops) responseBytes += op.run() ?? 0;
    this.fake.recordSync({ requestBytes, responseBytes });
    for (const deliver of this.deliveries.splice(0)) deliver();
    await Promise.resolve();
    await this.fake.afterSync?.(this.fake.syncs);
  }
}

class FakeRuntime extends FakeProxy {
  constructor(ctx: FakeContext) {
    super(ctx, "Runtime");
  }
  protected fetch(): Record<string, unknown> {
    return { enableEvents: this.fake.enableEvents };
  }
  get enableEvents(): boolean {
    return this.get("enableEvents");
  }
  set enableEvents(on: boolean) {
    this.queue({ enableEvents: on }, () => void (this.fake.enableEvents = on));
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }
  /** The selection's top-left cell (A1 of the active sheet when nothing was selected). */
  getActiveCell(): FakeRange {
    const fake = this.ctx.fake;
    const ws = new FakeWorksheet(
      this.ctx,
      () => (fake.selection ? fake.sheet(fake.selection.sheet) : fake.sheets[fake.activeSheet]),
      false,
    );
    return new FakeRange(this.ctx, ws, () => {
      const at = fake.selection ? parseAnyRange(fake.selection.address)! : { top: 0, left: 0 };
      return { top: at.top, left: at.left, bottom: at.top, right: at.left };
    });
  }
}

class FakeEvent {
  constructor(
    private readonly ctx: FakeContext,
    private readonly list: ChangeHandler[] | null,
  ) {}
  add(handler: ChangeHandler) {
    const list = this.list;
    this.ctx.queue.push({ request: 80, run: () => void list?.push(handler) });
    return {
      context: this.ctx,
      remove: () => this.ctx.queue.push({ request: 60, run: () => void list?.splice(list.indexOf(handler), 1) }),
    };
  }
}

class FakeWorksheets extends FakeProxy {
  readonly onChanged: FakeEvent;
  readonly onNameChanged: FakeEvent;
  readonly onActivated: FakeEvent;
  items: FakeWorksheet[] = [];

  constructor(ctx: FakeContext) {
    super(ctx, "WorksheetCollection");
    this.onChanged = new FakeEvent(ctx, ctx.fake.changeHandlers);
    this.onNameChanged = new FakeEvent(ctx, null);
    this.onActivated = new FakeEvent(ctx, ctx.fake.activatedHandlers);
  }

  protected fetch(props: string[]): Record<string, unknown> {
    this.items = this.fake.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, () => s, false);
      ws.settle(s);
      return ws;
    });
    const fields = props.map((p) => p.replace("items/", ""));
    return { items: this.fake.sheets.map((s) => Object.fromEntries(fields.map((f) => [f, (s as never)[f]]))) };
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.fake.sheet(key), false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.fake.sheet(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.fake.sheets[this.fake.activeSheet], false);
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.queue({ add: name }, () => {
      if (this.fake.sheet(name)) throw Object.assign(new Error("ItemAlreadyExists"), { code: "ItemAlreadyExists" });
      created = this.fake.addSheet(name);
    });
    return new FakeWorksheet(this.ctx, () => created, false);
  }
}

class FakeProtection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, "WorksheetProtection");
  }
  protected fetch(): Record<string, unknown> {
    return { protected: this.ws.target()?.protected ?? false };
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class FakeWorksheet extends FakeProxy {
  readonly notes: FakeNotes;
  readonly comments: FakeComments;
  readonly protection: FakeProtection;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet | undefined,
    private readonly orNull: boolean,
  ) {
    super(ctx, "Worksheet");
    this.notes = new FakeNotes(ctx, this);
    this.comments = new FakeComments(ctx, this);
    this.protection = new FakeProtection(ctx, this);
  }

  /** The sheet at sync time; a missing sheet fails the sync unless this is an *OrNullObject proxy. */
  target(): FakeSheet | undefined {
    const sheet = this.resolve();
    if (!sheet && !this.orNull) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
    this.isNullObject = !sheet;
    return sheet;
  }

  settle(sheet: FakeSheet): void {
    this.data = { name: sheet.name, id: sheet.id, visibility: sheet.visibility };
    (this as unknown as { ready: Set<string> }).ready = new Set(["name", "id", "visibility"]);
  }

  protected fetch(): Record<string, unknown> {
    const sheet = this.target();
    return sheet ? { name: sheet.name, id: sheet.id, visibility: sheet.visibility } : {};
  }

  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get id(): string {
    return this.get("id");
  }

  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this, () => this.target()!.usedRange());
  }
  /** With valuesOnly false, cells with a fill count as used too; a null object on a blank sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, this, () => {
      const sheet = this.target()!;
      const keys = [...sheet.cells.keys(), ...(valuesOnly ? [] : [...sheet.fills.keys()])];
      if (!keys.length) return undefined as unknown as CellRange;
      const rows = keys.map((k) => Math.floor(k / 16384)),
        cols = keys.map((k) => k % 16384);
      return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
    });
    range.orNull = true;
    return range;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this, () =>
      address ? parseAnyRange(address)! : { top: 0, left: 0, bottom: 1048575, right: 16383 },
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this, () => ({
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    }));
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this, () => address.split(",").map((a) => parseAnyRange(a)!), address);
  }
  activate(): void {
    this.queue({ activate: true }, () => void (this.fake.activeSheet = this.fake.sheets.indexOf(this.target()!)));
  }
}

class FakeFillProxy {
  constructor(private readonly owner: { write(what: string, apply: (f: FakeFill) => FakeFill): void }) {}
  set color(color: string) {
    this.owner.write(color.toUpperCase(), (f) => ({
      ...f,
      color: color.toUpperCase(),
      pattern: f.pattern === "None" ? "Solid" : f.pattern,
    }));
  }
  set pattern(pattern: string) {
    this.owner.write(`pattern:${pattern}`, (f) => ({ ...f, pattern }));
  }
  set patternColor(patternColor: string) {
    this.owner.write(`patternColor:${patternColor}`, (f) => ({ ...f, patternColor }));
  }
  set tintAndShade(tintAndShade: number) {
    this.owner.write(`tint:${tintAndShade}`, (f) => ({ ...f, tintAndShade }));
  }
  clear(): void {
    this.owner.write("clear", () => BLANK_FILL);
  }
}

export class FakeRange extends FakeProxy {
  readonly format: { fill: FakeFillProxy; font: FakeFontProxy; borders: FakeBorders };
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    readonly rect: () => CellRange,
  ) {
    super(ctx, "Range");
    const onSheet = (f: (sheet: FakeSheet, rect: CellRange) => void) => () => f(this.ws.target()!, this.rect());
    this.format = {
      fill: new FakeFillProxy({ write: (what, apply) => this.writeFill(what, apply) }),
      font: new FakeFontProxy((request, f) => this.queue(request, onSheet(f))),
      borders: new FakeBorders((request, f) => this.queue(request, onSheet(f))),
    };
    this.dataValidation = new FakeDataValidation((request, f) => this.queue(request, onSheet(f)));
  }

  get worksheet(): FakeWorksheet {
    return this.ws;
  }

  /** Excel's Range.merge: the covered cells lose their values; only the top-left one stays. */
  merge(_across = false): void {
    this.queue({ merge: true }, () => {
      const sheet = this.ws.target()!;
      guardWrite(sheet);
      const rect = this.rect();
      if (sheet.mergesIn(rect).length)
        throw Object.assign(new Error("InvalidOperation: overlaps a merged area"), { code: "InvalidOperation" });
      eachCell(
        rect,
        (r, c) => (r !== rect.top || c !== rect.left) && sheet.setCell(r, c, { value: "", type: "Empty" }),
      );
      sheet.merges = [...sheet.merges, rect];
    });
  }

  /** Range.insert("Down") on whole rows (the only shape the adapter uses): everything from `top` moves down. */
  insert(shift: string): void {
    this.queue({ insert: shift }, () => {
      const rect = this.rect();
      if (shift !== "Down" || rect.left !== 0 || rect.right !== 16383)
        throw new Error("fake Range.insert handles whole rows shifted down only");
      insertSheetRows(this.ws.target()!, rect.top, rect.bottom - rect.top + 1);
      this.fake.rowsInserted.push({ sheet: this.ws.target()!.name, row: rect.top, count: rect.bottom - rect.top + 1 });
    });
  }

  private writeFill(what: string, apply: (f: FakeFill) => FakeFill): void {
    this.queue({ fill: what }, () => eachCell(this.rect(), (r, c) => setFill(this.ws.target()!, r, c, apply)));
  }

  /** A *OrNullObject range: no rectangle makes it a null object. */
  orNull = false;

  protected fetch(props: string[]): Record<string, unknown> {
    const sheet = this.ws.target()!;
    const rect = this.rect();
    if (this.orNull) {
      this.isNullObject = !rect;
      if (!rect) return {};
    }
    const rows = rect.bottom - rect.top + 1,
      cols = rect.right - rect.left + 1;
    const out: Record<string, unknown> = {};
    const grid = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(rect.top + r, rect.left + c)));
    const tooBig = rows * cols > 5_000_000; // Excel returns null rather than failing (office-js#6781)
    for (const p of props) {
      if (p === "values") out.values = tooBig ? null : grid((r, c) => sheet.cell(r, c).value);
      else if (p === "valueTypes") out.valueTypes = tooBig ? null : grid((r, c) => sheet.cell(r, c).type);
      else if (p === "numberFormat")
        out.numberFormat = tooBig ? null : grid((r, c) => sheet.cell(r, c).format ?? "General");
      else if (p === "formulas") out.formulas = grid((r, c) => sheet.cell(r, c).formula ?? sheet.cell(r, c).value);
      else if (p === "rowIndex") out.rowIndex = rect.top;
      else if (p === "columnIndex") out.columnIndex = rect.left;
      else if (p === "rowCount") out.rowCount = rows;
      else if (p === "columnCount") out.columnCount = cols;
      else if (p === "address") out.address = areaAddress(sheet.name, rect);
      else if (p === "worksheet/name") out["worksheet/name"] = sheet.name;
      else if (p === "rowHidden") out.rowHidden = allSomeNone(rect.top, rect.bottom, sheet.hiddenRows);
      else if (p === "columnHidden") out.columnHidden = allSomeNone(rect.left, rect.right, sheet.hiddenColumns);
      else throw new Error(`fake Range cannot load ${p}`);
    }
    return out;
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(values: unknown[][]) {
    this.queue({ values }, () => {
      const sheet = this.ws.target()!;
      guardWrite(sheet);
      const rect = this.rect();
      values.forEach((row, r) => row.forEach((v, c) => sheet.setCell(rect.top + r, rect.left + c, parseInput(v))));
      this.fake.addinWrote(sheet, rect);
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get address(): string {
    return this.get("address");
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }

  getRow(index: number): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const r = this.rect();
      return { ...r, top: r.top + index, bottom: r.top + index };
    });
  }
  /** Past the sheet's last row or column, the sync fails with InvalidArgument, as Excel's does. */
  getResizedRange(rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const r = this.rect();
      const out = { ...r, bottom: r.bottom + rows, right: r.right + cols };
      if (out.bottom > SHEET_ROWS - 1 || out.right > SHEET_COLS - 1 || out.bottom < out.top || out.right < out.left)
        throw Object.assign(new Error("InvalidArgument: the range is beyond the sheet"), { code: "InvalidArgument" });
      return out;
    });
  }
  /** The cells in both ranges; ItemNotFound (at sync) when they share none. */
  getIntersection(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => {
      const a = this.rect();
      const b = other.rect();
      if (!rangesOverlap(a, b)) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
      return {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(
      this.ctx,
      this.ws,
      () => probeMerges(this.ws.target()!.mergesIn(this.rect()), this.rect(), this.fake.options.mergeProbe),
      "",
    );
    areas.mergeProbe = true;
    return areas;
  }
  /** Only "Visible" is played: the cells no hidden row or column covers, cut as `visibleAreas` says. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    if (cellType !== "Visible") throw new Error(`fake getSpecialCells plays "Visible" only, not ${cellType}`);
    return new FakeRangeAreas(
      this.ctx,
      this.ws,
      () => {
        const rect = this.rect();
        // On one cell Excel's SpecialCells looks at the whole used range (VBA's documented behaviour): not played.
        if (rect.top === rect.bottom && rect.left === rect.right)
          throw new Error("fake getSpecialCells on one cell: Excel would look at the whole sheet");
        return visibleCells(this.ws.target()!, rect, this.fake.options.visibleAreas);
      },
      "",
    );
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): { value: unknown[][] } {
    const result: { value: unknown[][] } = { value: [] };
    const fields = Object.keys(options.format?.fill ?? {});
    this.queue({ getCellProperties: options }, () => {
      const sheet = this.ws.target()!;
      const rect = this.rect();
      this.fake.loaded.add(`Range.getCellProperties(${fields.join(",")})`);
      result.value = Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, c) => {
          const fill = readBackFill(sheet.fill(rect.top + r, rect.left + c), this.fake.options.fillRead) as Record<
            string,
            unknown
          >;
          return {
            format: {
              fill: Object.fromEntries(fields.map((f) => [f, f in fill ? fill[f] : f === "tintAndShade" ? 0 : null])),
            },
          };
        }),
      );
      return bytes(result.value);
    });
    return result;
  }
  select(): void {
    this.queue(
      { select: true },
      () =>
        void (this.fake.selection = { sheet: this.ws.target()!.name, address: areaAddress("", this.rect()).slice(1) }),
    );
  }
  clear(): void {
    this.queue({ clear: true }, () => {
      const sheet = this.ws.target()!;
      const rect = this.rect();
      const inside = (key: number) =>
        rangesOverlap(rect, {
          top: Math.floor(key / 16384),
          bottom: Math.floor(key / 16384),
          left: key % 16384,
          right: key % 16384,
        });
      for (const key of [...sheet.cells.keys()]) if (inside(key)) sheet.cells.delete(key);
      for (const key of [...sheet.fills.keys()]) if (inside(key)) sheet.fills.delete(key);
    });
  }
}

class FakeRangeAreas extends FakeProxy {
  readonly format: { fill: FakeFillProxy };
  mergeProbe = false;

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly rects: () => CellRange[],
    private readonly writtenAddress: string,
  ) {
    super(ctx, "RangeAreas");
    this.format = {
      fill: new FakeFillProxy({
        write: (what, apply) =>
          this.queue({ address: writtenAddress, fill: what }, () => {
            this.fake.areaWrites.push({ address: writtenAddress, what });
            for (const rect of this.rects()) eachCell(rect, (r, c) => setFill(this.ws.target()!, r, c, apply));
          }),
      }),
    };
  }

  protected fetch(props: string[]): Record<string, unknown> {
    const sheet = this.ws.target()!;
    const rects = this.rects();
    if (this.mergeProbe && rects.length > 512)
      throw Object.assign(new Error("GeneralException: more than 512 merged areas"), { code: "GeneralException" });
    this.isNullObject = rects.length === 0;
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === "address") out.address = rects.map((r) => areaAddress(sheet.name, r)).join(", ");
      else if (p === "areaCount") out.areaCount = rects.length;
      else throw new Error(`fake RangeAreas cannot load ${p}`);
    }
    return out;
  }

  get address(): string {
    return this.get("address");
  }
}

class FakeNotes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  private need(): void {
    if (!this.ctx.fake.apiAtLeast("1.18")) throw new Error("NoteCollection needs ExcelApi 1.18");
  }

  getItemOrNullObject(address: string): FakeNote {
    this.need();
    return new FakeNote(this.ctx, this.ws, address, true);
  }
  getItem(address: string): FakeNote {
    this.need();
    return new FakeNote(this.ctx, this.ws, address, false);
  }
  add(cell: FakeRange | string, content: string): void {
    this.need();
    this.ctx.queue.push({
      request: 60 + bytes(content),
      run: () => {
        const sheet = this.ws.target()!;
        guardWrite(sheet);
        const rect = typeof cell === "string" ? parseAnyRange(cell)! : cell.rect();
        if (rect.top !== rect.bottom || rect.left !== rect.right)
          throw Object.assign(new Error("InvalidArgument"), { code: "InvalidArgument" });
        const address = toA1(rect.top, rect.left);
        if (sheet.notes.has(address)) throw Object.assign(new Error("a note exists"), { code: "InvalidOperation" });
        if (this.ctx.fake.failNoteAdd.has(address))
          throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
        if (sheet.comments.has(address))
          throw Object.assign(new Error("the cell has a threaded comment"), { code: "InvalidOperation" });
        sheet.notes.set(address, content);
        this.ctx.fake.addinWrote(sheet, rect);
      },
    });
  }
}

/** Threaded comments (ExcelApi 1.10): listed by `load("items/…")`, located one by one with getLocation(). */
class FakeComments extends FakeProxy {
  items: FakeComment[] = [];

  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, "CommentCollection");
  }

  protected fetch(props: string[]): Record<string, unknown> {
    if (!this.fake.apiAtLeast("1.10"))
      throw Object.assign(new Error("CommentCollection needs ExcelApi 1.10"), { code: "ApiNotFound" });
    const comments = [...this.ws.target()!.comments];
    this.items = comments.map(([address]) => new FakeComment(this.ctx, this.ws, address));
    return { items: comments.map(([address]) => Object.fromEntries(props.map((p) => [p, address]))) };
  }
}

class FakeComment extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly address: string,
  ) {
    super(ctx, "Comment");
  }
  protected fetch(): Record<string, unknown> {
    return { content: this.ws.target()!.comments.get(this.address) };
  }
  get content(): string {
    return this.get("content");
  }
  getLocation(): FakeRange {
    return new FakeRange(this.ctx, this.ws, () => parseAnyRange(this.address)!);
  }
}

class FakeNote extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly address: string,
    private readonly orNull: boolean,
  ) {
    super(ctx, "Note");
  }

  private existing(): string | undefined {
    const content = this.ws.target()!.notes.get(this.address);
    if (content === undefined && !this.orNull) throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
    this.isNullObject = content === undefined;
    return content;
  }

  protected fetch(): Record<string, unknown> {
    const content = this.existing();
    return content === undefined ? {} : { content };
  }

  get content(): string {
    return this.get("content");
  }
  set content(text: string) {
    this.queue({ content: text }, () => {
      guardWrite(this.ws.target()!);
      this.existing();
      this.ws.target()!.notes.set(this.address, text);
    });
  }
  delete(): void {
    this.queue({ delete: this.address }, () => {
      guardWrite(this.ws.target()!);
      this.existing();
      this.ws.target()!.notes.delete(this.address);
    });
  }
}

class FakeSettings extends FakeProxy {
  items: { key: string; value: unknown }[] = [];

  constructor(ctx: FakeContext) {
    super(ctx, "SettingCollection");
  }

  protected fetch(): Record<string, unknown> {
    this.items = [...this.fake.settings].map(([key, value]) => ({ key, value }));
    return { items: this.items.map((i) => i.key) };
  }

  add(key: string, value: unknown): void {
    this.queue({ key, value }, () => void this.fake.settings.set(key, value));
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, true);
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key, false);
  }
}

class FakeSetting extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(ctx, "Setting");
  }
  protected fetch(): Record<string, unknown> {
    if (!this.orNull && !this.fake.settings.has(this.key))
      throw Object.assign(new Error("ItemNotFound"), { code: "ItemNotFound" });
    this.isNullObject = !this.fake.settings.has(this.key);
    return this.isNullObject ? {} : { value: this.fake.settings.get(this.key) };
  }
  get value(): unknown {
    return this.get("value");
  }
  delete(): void {
    this.queue({ delete: this.key }, () => {
      if (this.orNull)
        throw new Error("fake: delete() on an *OrNullObject setting is not something the adapter should rely on");
      this.fake.settings.delete(this.key);
    });
  }
}

/** `true` when every position from..to is in `hidden`, `false` when none is, `null` when some are (Excel's "mixed"). */
function allSomeNone(from: number, to: number, hidden: ReadonlySet<number>): boolean | null {
  let count = 0;
  for (const at of hidden) if (at >= from && at <= to) count++;
  return count === 0 ? false : count === to - from + 1 ? true : null;
}

/** The shown positions of from..to as runs. */
function shownRuns(from: number, to: number, hidden: ReadonlySet<number>): [number, number][] {
  const runs: [number, number][] = [];
  for (let at = from; at <= to; at++) {
    if (hidden.has(at)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === at - 1) last[1] = at;
    else runs.push([at, at]);
  }
  return runs;
}

/** The visible cells of `rect` as areas: shown row runs × shown column runs, or one column at a time. */
function visibleCells(sheet: FakeSheet, rect: CellRange, cut: FakeOptions["visibleAreas"]): CellRange[] {
  const rows = shownRuns(rect.top, rect.bottom, sheet.hiddenRows);
  const cols = shownRuns(rect.left, rect.right, sheet.hiddenColumns);
  if (cut === "columns")
    return cols.flatMap(([left, right]) =>
      Array.from({ length: right - left + 1 }, (_, i) => left + i).flatMap((c) =>
        rows.map(([top, bottom]) => ({ top, bottom, left: c, right: c })),
      ),
    );
  return rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
}

function eachCell(rect: CellRange, f: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

/** What getCellProperties reports for a fill: in "null-pattern" mode the pattern is null, and tintAndShade too for no fill. */
function readBackFill(fill: FakeFill, mode: FakeOptions["fillRead"]): Record<string, unknown> {
  if (mode !== "null-pattern") return fill as unknown as Record<string, unknown>;
  const none = fill.pattern === "None";
  return { ...fill, pattern: null, tintAndShade: none ? null : (fill.tintAndShade ?? 0) };
}

/** The areas a merge probe of `rect` reports, as the mode says Excel does. */
function probeMerges(met: CellRange[], rect: CellRange, mode: FakeOptions["mergeProbe"]): CellRange[] {
  if (mode === "top-left")
    return met.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
  if (mode === "clipped")
    return met.map((m) => ({
      top: Math.max(m.top, rect.top),
      left: Math.max(m.left, rect.left),
      bottom: Math.min(m.bottom, rect.bottom),
      right: Math.min(m.right, rect.right),
    }));
  return met;
}

/** A protected sheet refuses the add-in's writes (cells, formats, notes). */
export function guardWrite(sheet: FakeSheet): void {
  if (sheet.protected) throw Object.assign(new Error("AccessDenied: the sheet is protected"), { code: "AccessDenied" });
}

function setFill(sheet: FakeSheet, row: number, col: number, apply: (f: FakeFill) => FakeFill): void {
  guardWrite(sheet);
  const next = apply(sheet.fill(row, col));
  if (next.pattern === "None") sheet.fills.delete(FakeSheet.key(row, col));
  else sheet.fills.set(FakeSheet.key(row, col), next);
}

// --- formats, data validation and row inserts (for templates) -------------

/** What the fake keeps per sheet beyond values, fills, notes and merges. */
export interface SheetExtras {
  /** Bold cells by FakeSheet.key. */
  bold: Set<number>;
  /** Border edges set per range, as written ("C3:D4 EdgeTop Continuous/Thin"). */
  borders: { rect: CellRange; edge: string; style?: string; weight?: string }[];
  /** List validations by range, in the order written. */
  validations: { rect: CellRange; rule: unknown; errorAlert?: unknown; prompt?: unknown }[];
}

const extras = new WeakMap<FakeSheet, SheetExtras>();

export function sheetExtras(sheet: FakeSheet): SheetExtras {
  let e = extras.get(sheet);
  if (!e) extras.set(sheet, (e = { bold: new Set(), borders: [], validations: [] }));
  return e;
}

type QueueOnSheet = (request: unknown, f: (sheet: FakeSheet, rect: CellRange) => void) => void;

class FakeFontProxy {
  constructor(private readonly write: QueueOnSheet) {}
  set bold(on: boolean) {
    this.write({ bold: on }, (sheet, rect) =>
      eachCell(
        rect,
        (r, c) =>
          void (on
            ? sheetExtras(sheet).bold.add(FakeSheet.key(r, c))
            : sheetExtras(sheet).bold.delete(FakeSheet.key(r, c))),
      ),
    );
  }
}

class FakeBorder {
  constructor(
    private readonly write: QueueOnSheet,
    private readonly edge: string,
  ) {}
  private entry(sheet: FakeSheet, rect: CellRange) {
    const list = sheetExtras(sheet).borders;
    let found = list.find(
      (b) =>
        b.edge === this.edge &&
        b.rect.top === rect.top &&
        b.rect.left === rect.left &&
        b.rect.bottom === rect.bottom &&
        b.rect.right === rect.right,
    );
    if (!found) list.push((found = { rect, edge: this.edge }));
    return found;
  }
  set style(style: string) {
    this.write({ border: this.edge, style }, (sheet, rect) => void (this.entry(sheet, rect).style = style));
  }
  set weight(weight: string) {
    this.write({ border: this.edge, weight }, (sheet, rect) => void (this.entry(sheet, rect).weight = weight));
  }
}

class FakeBorders {
  constructor(private readonly write: QueueOnSheet) {}
  getItem(edge: string): FakeBorder {
    return new FakeBorder(
      (request, f) =>
        this.write(request, (sheet, rect) => {
          if (edge === "InsideVertical" && rect.left === rect.right)
            throw Object.assign(new Error("InvalidArgument: no inside vertical edge"), { code: "InvalidArgument" });
          if (edge === "InsideHorizontal" && rect.top === rect.bottom)
            throw Object.assign(new Error("InvalidArgument: no inside horizontal edge"), { code: "InvalidArgument" });
          f(sheet, rect);
        }),
      edge,
    );
  }
}

const sameRect = (a: CellRange, b: CellRange) =>
  a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

class FakeDataValidation {
  constructor(private readonly write: QueueOnSheet) {}
  clear(): void {
    this.write({ dataValidation: "clear" }, (sheet, rect) => {
      const e = sheetExtras(sheet);
      e.validations = e.validations.filter((v) => !rangesOverlap(v.rect, rect));
    });
  }
  /** Like Excel, a second rule over cells that already have one is refused: clear() first. */
  set rule(rule: unknown) {
    this.write({ rule }, (sheet, rect) => {
      const e = sheetExtras(sheet);
      if (e.validations.some((v) => v.rule !== undefined && rangesOverlap(v.rect, rect)))
        throw Object.assign(new Error("InvalidOperation: the range already has a rule"), { code: "InvalidOperation" });
      const promptOnly = e.validations.find((v) => v.rule === undefined && sameRect(v.rect, rect));
      if (promptOnly) promptOnly.rule = rule;
      else e.validations.push({ rect, rule });
    });
  }
  set errorAlert(errorAlert: unknown) {
    this.write({ errorAlert }, (sheet, rect) => {
      const v = sheetExtras(sheet).validations.find((x) => sameRect(x.rect, rect));
      if (v) v.errorAlert = errorAlert;
    });
  }
  /** The input message: on the cell's validation, or alone (Excel keeps the rule "any" then). */
  set prompt(prompt: unknown) {
    this.write({ prompt }, (sheet, rect) => {
      const e = sheetExtras(sheet);
      const v = e.validations.find((x) => sameRect(x.rect, rect));
      if (v) v.prompt = prompt;
      else e.validations.push({ rect, rule: undefined, prompt });
    });
  }
}

/** Moves everything at or below `row` down by `count` rows; a merge crossing `row` grows, as Excel's does. */
export function insertSheetRows(sheet: FakeSheet, row: number, count: number): void {
  const moveKeys = <T>(map: Map<number, T>) => {
    const moved = [...map].map(([k, v]) => [Math.floor(k / 16384) >= row ? k + count * 16384 : k, v] as const);
    map.clear();
    for (const [k, v] of moved) map.set(k, v);
  };
  moveKeys(sheet.cells);
  moveKeys(sheet.fills);
  moveLines(sheet.hiddenRows, (r) => (r >= row ? r + count : r));
  moveAddresses(sheet.notes, (r) => (r >= row ? r + count : r));
  moveAddresses(sheet.comments, (r) => (r >= row ? r + count : r));
  const shift = (r: CellRange): CellRange => ({
    ...r,
    top: r.top >= row ? r.top + count : r.top,
    bottom: r.bottom >= row ? r.bottom + count : r.bottom,
  });
  sheet.merges = sheet.merges.map(shift);
  const e = sheetExtras(sheet);
  const bold = [...e.bold].map((k) => (Math.floor(k / 16384) >= row ? k + count * 16384 : k));
  e.bold = new Set(bold);
  e.borders = e.borders.map((b) => ({ ...b, rect: shift(b.rect) }));
  e.validations = e.validations.map((v) => ({ ...v, rect: shift(v.rect) }));
}

/** Hidden rows moved by a row mapping; undefined drops one (its row was deleted). */
function moveLines(lines: Set<number>, move: (row: number) => number | undefined): void {
  const moved = [...lines].map(move).filter((r): r is number => r !== undefined);
  lines.clear();
  for (const r of moved) lines.add(r);
}

/** Re-keys an address map by a row mapping; undefined drops the entry (its row was deleted). */
function moveAddresses(map: Map<string, string>, moveRow: (row: number) => number | undefined): void {
  const moved = [...map].flatMap(([address, text]) => {
    const at = parseAnyRange(address)!;
    const r = moveRow(at.top);
    return r === undefined ? [] : [[toA1(r, at.left), text] as const];
  });
  map.clear();
  for (const [a, t] of moved) map.set(a, t);
}

/** Deletes `count` whole rows from `row`: their cells, fills, notes and comments go, everything below moves up. */
export function deleteSheetRows(sheet: FakeSheet, row: number, count: number): void {
  const moveRow = (r: number) => (r < row ? r : r < row + count ? undefined : r - count);
  const moveKeys = <T>(map: Map<number, T>) => {
    const moved = [...map].flatMap(([k, v]) => {
      const r = moveRow(Math.floor(k / 16384));
      return r === undefined ? [] : [[r * 16384 + (k % 16384), v] as const];
    });
    map.clear();
    for (const [k, v] of moved) map.set(k, v);
  };
  moveKeys(sheet.cells);
  moveKeys(sheet.fills);
  moveLines(sheet.hiddenRows, moveRow);
  moveAddresses(sheet.notes, moveRow);
  moveAddresses(sheet.comments, moveRow);
  sheet.merges = sheet.merges
    .filter((m) => m.bottom < row || m.top >= row + count)
    .map((m) => (m.top >= row ? { ...m, top: m.top - count, bottom: m.bottom - count } : m));
}

/** Cells in columns rect.left..right from rect.top down move by `count` rows (down > 0, up < 0; deleted cells go). */
function shiftCellsDown(sheet: FakeSheet, rect: CellRange, count: number): void {
  const inCols = (c: number) => c >= rect.left && c <= rect.right;
  const moveRow = (r: number) =>
    r < rect.top ? r : count > 0 ? r + count : r < rect.top - count ? undefined : r + count;
  const moveKeys = <T>(map: Map<number, T>) => {
    const moved = [...map].flatMap(([k, v]) => {
      const row = Math.floor(k / 16384),
        col = k % 16384;
      const r = inCols(col) ? moveRow(row) : row;
      return r === undefined ? [] : [[r * 16384 + col, v] as const];
    });
    map.clear();
    for (const [k, v] of moved) map.set(k, v);
  };
  moveKeys(sheet.cells);
  moveKeys(sheet.fills);
  for (const map of [sheet.notes, sheet.comments]) {
    const moved = [...map].flatMap(([address, text]) => {
      const at = parseAnyRange(address)!;
      const r = inCols(at.left) ? moveRow(at.top) : at.top;
      return r === undefined ? [] : [[toA1(r, at.left), text] as const];
    });
    map.clear();
    for (const [a, t] of moved) map.set(a, t);
  }
}

/** Rows of `rect` rearranged: new row i of the range holds old row order[i] (values, fills, notes). */
function permuteRows(sheet: FakeSheet, rect: CellRange, order: number[]): void {
  const target = (row: number) => rect.top + order.indexOf(row - rect.top);
  const inside = (row: number, col: number) =>
    row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
  const moveKeys = <T>(map: Map<number, T>) => {
    const moved = [...map].map(([k, v]) => {
      const row = Math.floor(k / 16384),
        col = k % 16384;
      return [inside(row, col) ? target(row) * 16384 + col : k, v] as const;
    });
    map.clear();
    for (const [k, v] of moved) map.set(k, v);
  };
  moveKeys(sheet.cells);
  moveKeys(sheet.fills);
  const moved = [...sheet.notes].map(([address, text]) => {
    const at = parseAnyRange(address)!;
    return [inside(at.top, at.left) ? toA1(target(at.top), at.left) : address, text] as const;
  });
  sheet.notes.clear();
  for (const [a, t] of moved) sheet.notes.set(a, t);
}
