/** Fields: a cell's value and text, with its address. */
import { cellAt, cellText, type Grid } from "../grid/grid";
import type { Field, MoneyUnit } from "../model/table";
import { ownText } from "../locate/cells";
import type { Band } from "../locate/rows";
import { unitLine } from "../text/labels";

/** How far above a list's header its unit line may stand (a title, then `单位：元`, then a blank row). */
const UNIT_LINE_ROWS = 3;

export function fieldAt(grid: Grid, row: number, col: number): Field {
  const raw = cellAt(grid, row, col);
  return { text: cellText(raw).trim(), raw, row, col };
}

/**
 * The money unit a list states on a line of its own above its header (`单位：元`, `金额单位：万元`), over the
 * header's columns; undefined when none does. A list's amounts are in it unless a column's header says otherwise.
 */
export function moneyUnitAbove(grid: Grid, headerRow: number, band: Band): MoneyUnit | undefined {
  for (let row = headerRow - 1; row >= Math.max(grid.top, headerRow - UNIT_LINE_ROWS); row--) {
    for (let col = band.left; col <= band.right; col++) {
      const unit = unitLine(ownText(grid, row, col));
      if (unit && unit !== "unknown") return unit;
    }
  }
  return undefined;
}
