/**
 * HostPort over the playground's in-memory workbook: what ExcelHost does with
 * Office.js, done on plain objects, so the same task pane runs in a browser.
 */
import { cellText, type CellPos, type CellValue, type Grid } from "../core/grid/grid";
import type { Fix, Locale } from "../core/model/diagnostic";
import { blockArea, type TemplateBlock } from "../core/template/block";
import { fixInput, ownSheetName } from "../host/cell-input";
import { IGNORED_KEY, OWN_SHEETS_KEY } from "../host/constants";
import { MARK_FILL } from "../host/mark-colors";
import { appendNote } from "../host/note-append";
import { OWN_PRINTS_KEY, readPrints, sheetPrint, untouched } from "../host/own-sheet";
import type {
  EditEvent,
  FixResult,
  HostCapabilities,
  HostPort,
  InsertMode,
  InsertResult,
  Mark,
  Selection,
} from "../host/port";
import { sliceRows } from "../app/grid-rows";
import type { RowSpan } from "../core/lint/lint";
import { insertRows, key, obstacleIn, shiftKey, type PlaygroundSheet, type PlaygroundWorkbook } from "./workbook-model";

/** The row of a cell key (`row,col`). */
const rowOfKey = (k: string): number => Number(k.slice(0, k.indexOf(",")));

/** What a cell looked like before we marked it, and whether the note there is ours. */
interface Original {
  fill: string | undefined;
  note: string | undefined;
  ourNote: boolean;
}

/**
 * What Excel makes of typed text, as the Excel adapter then reads it: a
 * leading apostrophe keeps the rest as text; a number becomes a number; a
 * percent (held as 1 with `0%`) reads `100%`; a date (`2024-1-5`,
 * `2024/1/5`, `2024年1月5日`, `12月5日` in the current year) reads
 * `YYYY年M月D日`. So a fix the adapter would see changed, the playground does too.
 */
export function typedValue(text: string): CellValue {
  if (text.startsWith("'")) return text.slice(1);
  const t = text.trim();
  if (t === "") return null;
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return Number(t);
  const percent = /^[+-]?\d+(?:\.\d+)?%$/.exec(t);
  if (percent) return `${Number(t.slice(0, -1))}%`;
  return typedDate(t) ?? text;
}

function typedDate(t: string): string | undefined {
  const ymd = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/.exec(t);
  const md = /^(\d{1,2})月(\d{1,2})日$/.exec(t);
  const parts = ymd ? [+ymd[1], +ymd[2], +ymd[3]] : md ? [new Date().getFullYear(), +md[1], +md[2]] : undefined;
  if (!parts) return undefined;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? `${y}年${m}月${d}日` : undefined;
}

/** Writing through the adapter's rule (fixInput), then typed as Excel would take it. */
function written(replacement: string, held: CellValue): CellValue {
  const input = fixInput(replacement, typeof held === "number");
  return typeof input === "number" ? input : typedValue(input);
}

export class PlaygroundHost implements HostPort {
  private originals = new Map<string, Map<string, Original>>();
  private handlers = new Set<(e: EditEvent) => void>();

  constructor(
    readonly workbook: PlaygroundWorkbook,
    private readonly locale: Locale = "zh-CN",
  ) {}

  async capabilities(): Promise<HostCapabilities> {
    return { notes: true, undoGrouping: true, writesKeepUndo: true };
  }

  displayLanguage(): Locale {
    return this.locale;
  }

  async activeSheet(): Promise<string> {
    return this.workbook.activeSheet()?.name ?? "";
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** The playground's sheets are never hidden. */
  visibleSheetNames(): Promise<string[]> {
    return this.sheetNames();
  }

  async readGrid(sheet: string, rows?: RowSpan): Promise<Grid> {
    const s = this.workbook.sheet(sheet);
    const grid = { sheet, top: 0, left: 0, values: s.values, merges: s.merges };
    return rows ? sliceRows(grid, rows) : { ...grid, values: s.values.map((r) => r.slice()), merges: s.merges.slice() };
  }

  async writeMarks(sheet: string, marks: Mark[], rows?: RowSpan): Promise<void> {
    const s = this.workbook.sheet(sheet);
    const originals = this.originalsOf(sheet);
    const inRows = (row: number) => !rows || (row >= rows.top && row <= rows.bottom);
    const wanted = new Map(marks.filter((m) => inRows(m.row)).map((m) => [key(m.row, m.col), m]));
    for (const [k, original] of originals)
      if (!wanted.has(k) && inRows(rowOfKey(k))) this.restore(s, k, original, originals);
    for (const [k, mark] of wanted) this.mark(s, k, mark, originals);
    this.workbook.changed();
  }

  async clearMarks(sheet?: string): Promise<void> {
    const names = sheet ? [sheet] : [...this.originals.keys()];
    for (const name of names) {
      const originals = this.originalsOf(name);
      const s = this.workbook.sheets.find((x) => x.name === name);
      if (s) for (const [k, original] of originals) this.restore(s, k, original, originals);
    }
    this.workbook.changed();
  }

  async selectCell(sheet: string, row: number, col: number): Promise<void> {
    const index = this.workbook.sheets.findIndex((s) => s.name === sheet);
    if (index >= 0) this.workbook.active = index;
    this.workbook.selection = { sheet, row, col };
    this.workbook.changed();
  }

  async activateSheet(sheet: string): Promise<void> {
    const index = this.workbook.sheets.findIndex((s) => s.name === sheet);
    if (index < 0 || index === this.workbook.active) return;
    this.workbook.active = index;
    this.workbook.changed();
  }

  async applyFix(fix: Fix): Promise<FixResult> {
    const s = this.workbook.sheet(fix.sheet);
    const held = this.workbook.value(s, fix.row, fix.col);
    if (cellText(held) !== fix.expected) return "stale";
    this.workbook.setValue(s, fix.row, fix.col, written(fix.replacement, held));
    this.workbook.changed();
    // Excel raises onChanged for add-in writes too, but flags them; the controller re-checks after a fix itself.
    return "applied";
  }

  /** As ExcelHost: every cell compared first; only the fresh ones written; one change for the grid (one undo step). */
  async applyFixes(fixes: readonly Fix[]): Promise<FixResult[]> {
    const results = fixes.map((fix): FixResult => {
      const s = this.workbook.sheets.find((x) => x.name === fix.sheet);
      if (!s) return "stale";
      const held = this.workbook.value(s, fix.row, fix.col);
      if (cellText(held) !== fix.expected) return "stale";
      this.workbook.setValue(s, fix.row, fix.col, written(fix.replacement, held));
      return "applied";
    });
    this.workbook.changed();
    return results;
  }

  async onEdit(handler: (event: EditEvent) => void): Promise<() => Promise<void>> {
    this.handlers.add(handler);
    return async () => {
      this.handlers.delete(handler);
    };
  }

  /** The grid's sheet tabs set `workbook.active`: a change of the active sheet's name is a tab switch. */
  async onSheetActivated(handler: (sheet: string) => void): Promise<() => Promise<void>> {
    let last = this.workbook.activeSheet()?.name;
    const unsubscribe = this.workbook.subscribe(() => {
      const now = this.workbook.activeSheet()?.name;
      if (now === undefined || now === last) return;
      last = now;
      handler(now);
    });
    return async () => void unsubscribe();
  }

  async loadIgnored(): Promise<string[]> {
    const raw = this.workbook.settings.get(IGNORED_KEY);
    return raw ? (JSON.parse(raw) as string[]) : [];
  }

  async saveIgnored(keys: string[]): Promise<void> {
    this.workbook.settings.set(IGNORED_KEY, JSON.stringify(keys));
  }

  /**
   * As the Excel adapter: ours (listed in OWN_SHEETS_KEY) is rewritten while it holds only what we wrote; a user's
   * sheet of that name, or ours once they wrote in it, is left alone and ours becomes `name (2)`.
   */
  async writeSheet(name: string, rows: (string | number)[][]): Promise<string> {
    const own: string[] = JSON.parse(this.workbook.settings.get(OWN_SHEETS_KEY) ?? "[]");
    const prints = readPrints(JSON.parse(this.workbook.settings.get(OWN_PRINTS_KEY) ?? "{}"));
    const rewritable = (n: string) =>
      own.includes(n) && untouched(this.workbook.sheets.find((s) => s.name === n)?.values ?? [], prints[n]);
    const target = ownSheetName(
      name,
      this.workbook.sheets.map((s) => s.name),
      rewritable,
    );
    const sheet: PlaygroundSheet = {
      name: target,
      values: rows.map((r) => r.slice()),
      merges: [],
      fills: new Map(),
      notes: new Map(),
    };
    const index = this.workbook.sheets.findIndex((s) => s.name === target);
    if (index >= 0) this.workbook.sheets[index] = sheet;
    else this.workbook.sheets.push(sheet);
    this.workbook.settings.set(OWN_SHEETS_KEY, JSON.stringify([...new Set([...own, target])]));
    this.workbook.settings.set(OWN_PRINTS_KEY, JSON.stringify({ ...prints, [target]: sheetPrint(rows) }));
    this.workbook.changed();
    return target;
  }

  async addSheet(name: string, block: TemplateBlock): Promise<void> {
    if (this.workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`工作表已存在 / sheet exists: ${name}`);
    const sheet: PlaygroundSheet = { name, values: [], merges: [], fills: new Map(), notes: new Map() };
    this.workbook.sheets.push(sheet);
    this.workbook.writeBlock(sheet, block, { row: 0, col: 0 });
    this.workbook.active = this.workbook.sheets.length - 1;
    this.workbook.changed();
  }

  async selectedCell(): Promise<Selection | undefined> {
    const selection = this.workbook.selection;
    return selection && this.workbook.sheets.some((s) => s.name === selection.sheet) ? { ...selection } : undefined;
  }

  /**
   * Like ExcelHost: "at" refuses a non-empty or merged target; "insertRows"
   * moves everything from `at.row` down first (our mark records too). No edit
   * event, as in Excel (our own writes raise none): the controller re-checks
   * itself, and knows where the rows moved (an event would drop its undo).
   */
  async insertTemplate(sheet: string, at: CellPos, block: TemplateBlock, mode: InsertMode): Promise<InsertResult> {
    const s = this.workbook.sheet(sheet);
    const range = blockArea(block, at.row, at.col);
    if (mode === "at") {
      const cell = obstacleIn(s, range);
      if (cell) return { status: "occupied", range, cell };
    } else {
      insertRows(s, at.row, block.rows);
      const originals = this.originals.get(sheet);
      if (originals)
        this.originals.set(sheet, new Map([...originals].map(([k, o]) => [shiftKey(k, at.row, block.rows), o])));
    }
    this.workbook.writeBlock(s, block, at);
    this.workbook.changed();
    return { status: "inserted", range };
  }

  /** A user's edit in the grid view: store it, then tell the subscribers (as Excel's onChanged would). */
  userEdit(sheet: string, row: number, col: number, text: string): void {
    const s = this.workbook.sheet(sheet);
    this.workbook.setValue(s, row, col, typedValue(text));
    this.workbook.changed();
    const event: EditEvent = { sheet, range: { top: row, left: col, bottom: row, right: col }, structural: false };
    for (const h of this.handlers) h(event);
  }

  private originalsOf(sheet: string): Map<string, Original> {
    let m = this.originals.get(sheet);
    if (!m) this.originals.set(sheet, (m = new Map()));
    return m;
  }

  private mark(s: PlaygroundSheet, k: string, mark: Mark, originals: Map<string, Original>): void {
    let original = originals.get(k);
    if (!original) {
      const note = s.notes.get(k);
      original = { fill: s.fills.get(k), note, ourNote: note === undefined };
      originals.set(k, original);
    }
    s.fills.set(k, MARK_FILL[mark.severity]);
    // A user's own note is never overwritten: our reason goes below it, as in the CLI's annotated copy.
    s.notes.set(k, original.ourNote ? mark.note : appendNote(original.note ?? "", mark.note));
  }

  private restore(s: PlaygroundSheet, k: string, original: Original, originals: Map<string, Original>): void {
    if (original.fill === undefined) s.fills.delete(k);
    else s.fills.set(k, original.fill);
    if (original.ourNote) s.notes.delete(k);
    else if (original.note !== undefined) s.notes.set(k, original.note);
    originals.delete(k);
  }
}
