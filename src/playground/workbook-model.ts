/**
 * The playground's in-memory workbook: what Excel would hold for the cells we
 * care about (values, merges, fills, notes, the selection). The playground host
 * reads and writes it; the grid view renders it and reports edits to it.
 */
import { containsCell, rangesOverlap, type CellPos, type CellRange, type CellValue } from "../core/grid/grid";
import { LABEL_FILL, placeRange, type TemplateBlock } from "../core/template/block";

/** A dropdown (list data validation) on a range of a sheet. */
export interface PlaygroundList {
  range: CellRange;
  items: readonly string[];
}

export interface PlaygroundSheet {
  name: string;
  values: CellValue[][];
  merges: CellRange[];
  /** "row,col" → fill colour (#RRGGBB). */
  fills: Map<string, string>;
  /** "row,col" → note text. */
  notes: Map<string, string>;
  /** Dropdowns, as Excel's list validation (optional: sheets from a file start without). */
  lists?: PlaygroundList[];
  /** "row,col" of bold cells. */
  bold?: Set<string>;
  /** Input prompts (Excel's validation input message), shown as the cell's tooltip. */
  prompts?: { range: CellRange; title: string; message: string }[];
}

export type Listener = () => void;

export const key = (row: number, col: number): string => `${row},${col}`;

const rowOfKey = (k: string): number => Number(k.slice(0, k.indexOf(",")));
const colOfKey = (k: string): number => Number(k.slice(k.indexOf(",") + 1));

/** A "row,col" key moved down by `count` when it lies at or below `row`. */
export function shiftKey(k: string, row: number, count: number): string {
  const r = rowOfKey(k);
  return r >= row ? key(r + count, colOfKey(k)) : k;
}

function shiftMap<T>(map: Map<string, T>, row: number, count: number): Map<string, T> {
  return new Map([...map].map(([k, v]) => [shiftKey(k, row, count), v]));
}

/** A range after inserting rows at `row`: below moves down, a range crossing `row` grows (as in Excel). */
export function shiftRange(r: CellRange, row: number, count: number): CellRange {
  return { ...r, top: r.top >= row ? r.top + count : r.top, bottom: r.bottom >= row ? r.bottom + count : r.bottom };
}

/** The first cell of `area` holding a value, else the top-left of a merge meeting it; undefined when free. */
export function obstacleIn(sheet: PlaygroundSheet, area: CellRange): CellPos | undefined {
  for (let r = area.top; r <= area.bottom; r++) {
    const line = sheet.values[r];
    if (!line) continue;
    for (let c = area.left; c <= area.right; c++) {
      const v = line[c];
      if (v !== null && v !== undefined && v !== "") return { row: r, col: c };
    }
  }
  const merge = sheet.merges.find((m) => rangesOverlap(m, area));
  return merge ? { row: merge.top, col: merge.left } : undefined;
}

/** Inserts `count` blank rows at `row`: values, merges, fills, notes, bold cells and lists move down. */
export function insertRows(sheet: PlaygroundSheet, row: number, count: number): void {
  if (sheet.values.length > row) sheet.values.splice(row, 0, ...Array.from({ length: count }, () => [] as CellValue[]));
  sheet.merges = sheet.merges.map((m) => shiftRange(m, row, count));
  sheet.fills = shiftMap(sheet.fills, row, count);
  sheet.notes = shiftMap(sheet.notes, row, count);
  if (sheet.bold) sheet.bold = new Set([...sheet.bold].map((k) => shiftKey(k, row, count)));
  if (sheet.lists) sheet.lists = sheet.lists.map((l) => ({ ...l, range: shiftRange(l.range, row, count) }));
  if (sheet.prompts) sheet.prompts = sheet.prompts.map((p) => ({ ...p, range: shiftRange(p.range, row, count) }));
}

/** The input prompt of a cell, if a template gave it one. */
export function promptAt(sheet: PlaygroundSheet, row: number, col: number): string | undefined {
  const p = (sheet.prompts ?? []).find((x) => containsCell(x.range, row, col));
  return p && `${p.title}：${p.message}`;
}

/** The dropdown items of a cell, if a list covers it (the latest list wins, as a rewritten rule would). */
export function listAt(sheet: PlaygroundSheet, row: number, col: number): readonly string[] | undefined {
  const lists = sheet.lists ?? [];
  for (let i = lists.length - 1; i >= 0; i--) {
    const r = lists[i].range;
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) return lists[i].items;
  }
  return undefined;
}

export class PlaygroundWorkbook {
  sheets: PlaygroundSheet[] = [];
  active = 0;
  selection: { sheet: string; row: number; col: number } | undefined;
  /** Arbitrary per-workbook settings, like Excel's workbook.settings. */
  settings = new Map<string, string>();
  private listeners = new Set<Listener>();

  constructor(sheets: PlaygroundSheet[] = []) {
    this.sheets = sheets;
  }

  sheet(name: string): PlaygroundSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`工作表不存在 / no such sheet: ${name}`);
    return found;
  }

  activeSheet(): PlaygroundSheet {
    return this.sheets[this.active];
  }

  value(sheet: PlaygroundSheet, row: number, col: number): CellValue {
    return sheet.values[row]?.[col] ?? null;
  }

  setValue(sheet: PlaygroundSheet, row: number, col: number, value: CellValue): void {
    while (sheet.values.length <= row) sheet.values.push([]);
    const line = sheet.values[row];
    while (line.length <= col) line.push(null);
    line[col] = value;
  }

  /** Writes a template block with its top-left at `at` (the caller has checked the area is free). */
  writeBlock(sheet: PlaygroundSheet, block: TemplateBlock, at: CellPos): void {
    block.values.forEach((line, r) =>
      line.forEach((v, c) => v !== null && this.setValue(sheet, at.row + r, at.col + c, v)),
    );
    const place = (range: CellRange) => placeRange(range, at.row, at.col);
    sheet.merges = [...sheet.merges, ...block.merges.map(place)];
    const bold = (sheet.bold ??= new Set());
    for (const range of [...block.labels, ...block.bold]) eachKey(place(range), (k) => bold.add(k));
    for (const range of block.labels) eachKey(place(range), (k) => sheet.fills.set(k, LABEL_FILL));
    sheet.lists = [...(sheet.lists ?? []), ...block.lists.map((l) => ({ range: place(l.range), items: l.items }))];
    sheet.prompts = [...(sheet.prompts ?? []), ...block.prompts.map((p) => ({ ...p, range: place(p.range) }))];
  }

  /** Re-renders views after any change. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }
}

function eachKey(r: CellRange, f: (k: string) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(key(row, col));
}
