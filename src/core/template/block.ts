/**
 * A template block: cells to insert as one rectangle, in coordinates relative
 * to its top-left corner, with the formatting a host applies. Pure data, so
 * every host (Excel, the playground) writes the same table.
 */
import type { CellRange } from "../grid/grid";

/** A dropdown (list data validation) over a range of the block. */
export interface TemplateList {
  range: CellRange;
  items: readonly string[];
  /**
   * "warning": typing another text asks before keeping it (the vocabulary is
   * closed, but old names still exist); "none": free text allowed (a basis is
   * often followed by its document: `计划标准（青政发〔2021〕18号）`).
   */
  alert: "warning" | "none";
}

/** An input prompt (Excel: the data validation's input message) shown when a cell of the range is selected. */
export interface TemplatePrompt {
  range: CellRange;
  title: string;
  message: string;
}

export interface TemplateBlock {
  rows: number;
  cols: number;
  /** rows × cols; null is a blank cell. */
  values: (string | null)[][];
  merges: CellRange[];
  lists: TemplateList[];
  /** Input prompts; written after the lists (a cell's prompt and list live in one validation). */
  prompts: TemplatePrompt[];
  /** Label cells: bold on LABEL_FILL. */
  labels: CellRange[];
  /** Bold without fill (the title). */
  bold: CellRange[];
  /** Every cell edge inside these ranges gets a thin border. */
  borders: CellRange[];
}

/** A light grey: labels stand out without being mistaken for a mark colour. */
export const LABEL_FILL = "#F2F2F2";

export const rect = (top: number, left: number, bottom = top, right = left): CellRange => ({
  top,
  left,
  bottom,
  right,
});

/** Builds a block cell by cell; keeps the values rectangle exactly rows × cols. */
export class BlockBuilder {
  private readonly block: TemplateBlock;

  constructor(rows: number, cols: number) {
    const values = Array.from({ length: rows }, () => Array<string | null>(cols).fill(null));
    this.block = { rows, cols, values, merges: [], lists: [], prompts: [], labels: [], bold: [], borders: [] };
  }

  set(row: number, col: number, text: string | null): this {
    this.block.values[row][col] = text;
    return this;
  }

  label(row: number, col: number, text: string, merge?: CellRange): this {
    this.set(row, col, text);
    this.block.labels.push(merge ?? rect(row, col));
    if (merge) this.merge(merge);
    return this;
  }

  merge(range: CellRange): this {
    if (range.bottom > range.top || range.right > range.left) this.block.merges.push(range);
    return this;
  }

  list(range: CellRange, items: readonly string[], alert: TemplateList["alert"]): this {
    this.block.lists.push({ range, items, alert });
    return this;
  }

  prompt(range: CellRange, prompt: Omit<TemplatePrompt, "range">): this {
    this.block.prompts.push({ range, ...prompt });
    return this;
  }

  bold(range: CellRange): this {
    this.block.bold.push(range);
    return this;
  }

  border(range: CellRange): this {
    this.block.borders.push(range);
    return this;
  }

  build(): TemplateBlock {
    return this.block;
  }
}

/** The block's rectangle placed at (row, col) on a sheet. */
export function blockArea(block: TemplateBlock, row: number, col: number): CellRange {
  return { top: row, left: col, bottom: row + block.rows - 1, right: col + block.cols - 1 };
}

/** A relative range of the block moved to (row, col). */
export function placeRange(range: CellRange, row: number, col: number): CellRange {
  return { top: range.top + row, left: range.left + col, bottom: range.bottom + row, right: range.right + col };
}
