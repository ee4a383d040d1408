/**
 * The playground's in-memory workbook: what Excel would hold for the cells we
 * care about (values, merges, fills, notes, the selection). The playground host
 * reads and writes it; the grid view renders it and reports edits to it.
 */
import type { CellRange, CellValue } from "../core/grid/grid";

export interface PlaygroundSheet {
  name: string;
  values: CellValue[][];
  merges: CellRange[];
  /** "row,col" → fill colour (#RRGGBB). */
  fills: Map<string, string>;
  /** "row,col" → note text. */
  notes: Map<string, string>;
}

export type Listener = () => void;

export const key = (row: number, col: number): string => `${row},${col}`;

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

  /** Re-renders views after any change. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const l of this.listeners) l();
  }
}
