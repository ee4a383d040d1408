/** Fields: a cell's value and text, with its address. */
import { cellAt, cellText, type Grid } from "../grid/grid";
import type { Field, MoneyUnit } from "../model/table";
import { ownText } from "../locate/cells";
import type { Band } from "../locate/rows";
import { readHeadText } from "../text/head-text";
import { visibleText } from "../text/normalize";

/**
 * A cell's text (or a part of it) as a field's text, the one every rule reads: trimmed, and without the characters
 * nobody sees (`290%\u200b` pasted from a web page is `290%`). Text-artifact and fixes read the cell as written.
 */
export function fieldText(written: string): string {
  return visibleText(written).trim();
}

export function fieldAt(grid: Grid, row: number, col: number): Field {
  const raw = cellAt(grid, row, col);
  return { text: fieldText(cellText(raw)), raw, row, col };
}

/** How far above a list's header its title and unit line may stand (a title, a unit line, a blank row). */
const LINES_ABOVE = 3;

/** What a list says on lines of its own above its header. */
export interface ListLines {
  title?: Field;
  /** `（2025年度）` under the title. */
  yearLine?: Field;
  /** `单位：元`, `金额单位：万元`: the list's amounts are in it unless a column's header says otherwise. */
  moneyUnit?: MoneyUnit;
}

/** The title, year line and money unit over a list's header columns, in the few rows above it. */
export function linesAboveList(grid: Grid, headerRow: number, band: Band): ListLines {
  const lines: ListLines = {};
  for (let row = headerRow - 1; row >= Math.max(grid.top, headerRow - LINES_ABOVE); row--) {
    for (let col = band.left; col <= band.right; col++) {
      const text = ownText(grid, row, col);
      if (text === "") continue;
      const said = readHeadText(text);
      if (said.title) lines.title ??= fieldAt(grid, row, col);
      else if (said.yearLine) lines.yearLine ??= fieldAt(grid, row, col);
      else if (said.unitLine) lines.moneyUnit ??= said.unitLine;
    }
  }
  return lines;
}
