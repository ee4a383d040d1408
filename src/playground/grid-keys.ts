/** Moving the grid's selection and pasting into it, as Excel does, over merged cells too. */
import type { CellRange } from "../core/grid/grid";
import type { PlaygroundSheet } from "./workbook-model";

const mergeAt = (sheet: PlaygroundSheet, row: number, col: number): CellRange | undefined =>
  sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);

/**
 * The cell one step (`dr`, `dc`) from a cell: out of a merge past its far edge, into a merge at its top-left
 * (the cells a merge covers are not drawn, so a selection there would show nowhere). Never above row 1 or left of A.
 */
export function cellStep(sheet: PlaygroundSheet, row: number, col: number, dr: number, dc: number) {
  const from = mergeAt(sheet, row, col);
  const r = Math.max(0, dr > 0 && from ? from.bottom + 1 : row + dr);
  const c = Math.max(0, dc > 0 && from ? from.right + 1 : col + dc);
  const to = mergeAt(sheet, r, c);
  return to ? { row: to.top, col: to.left } : { row: r, col: c };
}

/** Clipboard text as rows of cells (Excel copies tab-separated lines); one value for plain text. */
export function pasteRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
  return lines.map((line) => line.split("\t"));
}
