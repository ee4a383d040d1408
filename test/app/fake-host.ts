/**
 * An in-memory HostPort over grids built with the test builders. It records
 * what the pane asked for (marks, selections, sheets written) and lets a test
 * play the user: `edit()` changes a cell and fires the edit handlers.
 */
import { cellText, rangesOverlap, type CellPos, type CellValue, type Grid } from "../../src/core/grid/grid";
import type { Fix, Locale } from "../../src/core/model/diagnostic";
import type { RowSpan } from "../../src/core/lint/lint";
import { sliceRows } from "../../src/app/grid-rows";
import { blockArea, placeRange, type TemplateBlock } from "../../src/core/template/block";
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
} from "../../src/host/port";

export interface FakeHostOptions {
  active?: string;
  language?: Locale;
  capabilities?: Partial<HostCapabilities>;
  ignored?: string[];
}

function copyGrid(grid: Grid): Grid {
  return { ...grid, values: grid.values.map((r) => [...r]), merges: [...grid.merges] };
}

export class FakeHost implements HostPort {
  readonly grids = new Map<string, Grid>();
  readonly marks = new Map<string, Mark[]>();
  readonly markWrites: string[] = [];
  readonly selections: string[] = [];
  readonly sheetsWritten = new Map<string, (string | number)[][]>();
  readonly reads: string[] = [];
  /** The row window of each read and mark write (undefined: the whole sheet). */
  readonly readRows: (RowSpan | undefined)[] = [];
  readonly markRows: (RowSpan | undefined)[] = [];
  ignoredStore: string[];
  active: string;
  /** The user's selection; undefined plays a host that cannot tell. */
  selection?: Selection;
  /** Every insertTemplate call, whatever its outcome. */
  readonly inserts: { sheet: string; at: CellPos; block: TemplateBlock; mode: InsertMode }[] = [];
  failRead = false;
  /** Throw from the next applyFix / saveIgnored calls (a host exception, not a stale cell). */
  failFix = false;
  failSaveIgnored = false;
  /** 重置标记记录, when a test gives the host one (the playground has none). */
  resetMarks?: (sheet: string) => Promise<number>;
  /** The ribbon's last result waiting in the workbook. */
  ribbonCheck?: RibbonCheck;
  private handlers: ((event: EditEvent) => void)[] = [];
  private readonly caps: HostCapabilities;
  private readonly language: Locale;

  constructor(grids: Grid[], options: FakeHostOptions = {}) {
    for (const g of grids) this.grids.set(g.sheet, copyGrid(g));
    this.active = options.active ?? grids[0]?.sheet ?? "Sheet1";
    this.language = options.language ?? "zh-CN";
    this.caps = { notes: true, undoGrouping: true, writesKeepUndo: true, ...options.capabilities };
    this.ignoredStore = [...(options.ignored ?? [])];
  }

  capabilities = async () => this.caps;
  displayLanguage = () => this.language;
  activeSheet = async () => this.active;
  sheetNames = async () => [...this.grids.keys()];
  /** Sheets a test hid (a template's dropdown lists). */
  hidden = new Set<string>();
  visibleSheetNames = async () => [...this.grids.keys()].filter((s) => !this.hidden.has(s));

  async readGrid(sheet: string, rows?: RowSpan): Promise<Grid> {
    this.reads.push(sheet);
    this.readRows.push(rows);
    const grid = this.grids.get(sheet);
    if (this.failRead || !grid) throw new Error(`cannot read ${sheet}`);
    return rows ? sliceRows(grid, rows) : copyGrid(grid);
  }

  /** As ExcelHost: with `rows`, marks outside them stay whatever `marks` says. */
  async writeMarks(sheet: string, marks: Mark[], rows?: RowSpan): Promise<void> {
    this.markWrites.push(sheet);
    this.markRows.push(rows);
    const inRows = (m: Mark) => !rows || (m.row >= rows.top && m.row <= rows.bottom);
    const kept = rows ? (this.marks.get(sheet) ?? []).filter((m) => !inRows(m)) : [];
    this.marks.set(
      sheet,
      [...kept, ...marks.filter(inRows)].sort((a, b) => a.row - b.row || a.col - b.col),
    );
  }

  async clearMarks(sheet?: string): Promise<void> {
    if (sheet === undefined) this.marks.clear();
    else this.marks.delete(sheet);
  }

  async selectCell(sheet: string, row: number, col: number): Promise<void> {
    this.selections.push(`${sheet}!${row},${col}`);
  }

  text(sheet: string, row: number, col: number): string {
    const grid = this.grids.get(sheet);
    return cellText(grid?.values[row - (grid?.top ?? 0)]?.[col - (grid?.left ?? 0)] ?? null);
  }

  /** Changes a cell without an edit event (Excel is known to miss some). */
  put(sheet: string, row: number, col: number, value: CellValue): void {
    const grid = this.grids.get(sheet)!;
    const r = row - grid.top;
    while (grid.values.length <= r) (grid.values as CellValue[][]).push([]);
    const line = grid.values[r];
    while (line.length <= col - grid.left) line.push(null);
    line[col - grid.left] = value;
  }

  async applyFix(fix: Fix): Promise<FixResult> {
    if (this.failFix) throw new Error("GeneralException");
    if (this.text(fix.sheet, fix.row, fix.col) !== fix.expected) return "stale";
    this.put(fix.sheet, fix.row, fix.col, fix.replacement);
    return "applied";
  }

  async onEdit(handler: (event: EditEvent) => void): Promise<() => Promise<void>> {
    this.handlers.push(handler);
    return async () => {
      this.handlers = this.handlers.filter((h) => h !== handler);
    };
  }

  get editHandlerCount(): number {
    return this.handlers.length;
  }

  /** The user types `value` into a cell. */
  edit(sheet: string, row: number, col: number, value: CellValue, structural = false): void {
    this.put(sheet, row, col, value);
    const range = { top: row, left: col, bottom: row, right: col };
    for (const h of this.handlers) h({ sheet, range, structural });
  }

  loadIgnored = async () => [...this.ignoredStore];
  async saveIgnored(keys: string[]): Promise<void> {
    if (this.failSaveIgnored) throw new Error("GeneralException");
    this.ignoredStore = [...keys];
  }

  async writeSheet(name: string, rows: (string | number)[][]): Promise<string> {
    this.sheetsWritten.set(name, rows);
    return name;
  }

  async saveRibbonCheck(check: RibbonCheck): Promise<void> {
    this.ribbonCheck = check;
  }

  async takeRibbonCheck(): Promise<RibbonCheck | undefined> {
    const check = this.ribbonCheck;
    this.ribbonCheck = undefined;
    return check;
  }

  selectedCell = async () => (this.selection ? { ...this.selection } : undefined);

  /** As the real hosts: "at" refuses a filled or merged target; "insertRows" moves rows from `at.row` down. No edit event (Excel's are off). */
  async insertTemplate(sheet: string, at: CellPos, block: TemplateBlock, mode: InsertMode): Promise<InsertResult> {
    this.inserts.push({ sheet, at, block, mode });
    const grid = this.grids.get(sheet)!;
    const range = blockArea(block, at.row, at.col);
    if (mode === "at") {
      for (let r = range.top; r <= range.bottom; r++)
        for (let c = range.left; c <= range.right; c++)
          if (this.text(sheet, r, c) !== "") return { status: "occupied", range, cell: { row: r, col: c } };
      const merge = grid.merges.find((m) => rangesOverlap(m, range));
      if (merge) return { status: "occupied", range, cell: { row: merge.top, col: merge.left } };
    } else {
      const at0 = at.row - grid.top;
      if (grid.values.length > at0)
        (grid.values as CellValue[][]).splice(at0, 0, ...block.values.map(() => [] as CellValue[]));
      const shift = (n: number) => (n >= at.row ? n + block.rows : n);
      (grid as { merges: Grid["merges"] }).merges = grid.merges.map((m) => ({
        ...m,
        top: shift(m.top),
        bottom: shift(m.bottom),
      }));
    }
    block.values.forEach((line, r) => line.forEach((v, c) => v !== null && this.put(sheet, at.row + r, at.col + c, v)));
    (grid as { merges: Grid["merges"] }).merges = [
      ...grid.merges,
      ...block.merges.map((m) => placeRange(m, at.row, at.col)),
    ];
    return { status: "inserted", range };
  }
}
