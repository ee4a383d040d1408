/** Fields: a cell's value and text, with its address. */
import { cellAt, cellText, type Grid } from "../grid/grid";
import type { Field } from "../model/table";

export function fieldAt(grid: Grid, row: number, col: number): Field {
  const raw = cellAt(grid, row, col);
  return { text: cellText(raw).trim(), raw, row, col };
}
