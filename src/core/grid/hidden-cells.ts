/**
 * What a reader (the CLI's and the add-in's alike) does with the rows and columns a sheet hides, so both hand the
 * core the same grid. The cells of hidden rows and columns are blank: the table is what the sheet shows and prints
 * (a template's unused 实施期 column or head row, hidden rather than deleted, had been checked: seventeenth session's
 * review), and whatever else reads the grid (the pane's finding texts, a template's placement) sees what the officer
 * sees. They stay listed in `Grid.hiddenRows` and (those that held something) `Grid.hiddenColumns`: the core reads
 * the table without them (shown.ts), so that a blank hidden row does not end an indicator block, nor a hidden column
 * stand blank between a label and its value.
 */
import type { CellRange, CellValue } from "./grid";

/** Where values[0][0] sits on the sheet. */
export interface ValuesAt {
  top: number;
  left: number;
}

/**
 * The hidden columns that hold a value, among `cols` (absolute): the core reads the table without them (a
 * template's 序号 column between a label and its value). A hidden column holding nothing is the blank column it is,
 * and stays one: taken out, a blank spacer hidden between two tables side by side would join them, and tables that
 * touch are read as one. A blank hidden column that a merged area crosses is inside a table (an empty column hidden
 * under a `指标值` merged over it): it is listed too, or its blank cells were read as targets left empty (value-missing
 * errors on cells the officer cannot see). Asked before `blankHidden` empties them.
 */
export function columnsHolding(
  values: readonly CellValue[][],
  left: number,
  cols: readonly number[],
  merges: readonly CellRange[] = [],
): number[] {
  const crossed = (c: number) => merges.some((m) => m.left < m.right && m.left <= c && c <= m.right);
  return cols.filter(
    (c) => values.some((line) => line[c - left] !== null && line[c - left] !== undefined) || crossed(c),
  );
}

/**
 * Blanks the cells of hidden rows and columns (absolute) in place. A merged area shows its value wherever part of
 * it is visible, though its top-left cell is hidden: that value stays (the core's view shows it in the first cell
 * shown).
 */
export function blankHidden(
  values: CellValue[][],
  at: ValuesAt,
  merges: readonly CellRange[],
  rows: readonly number[],
  cols: readonly number[],
): void {
  if (rows.length === 0 && cols.length === 0) return;
  const hiddenRow = new Set(rows);
  const hiddenCol = new Set(cols);
  const shown = new Set<string>();
  const anyShown = (from: number, to: number, hidden: Set<number>) => {
    for (let i = from; i <= to; i++) if (!hidden.has(i)) return true;
    return false;
  };
  for (const m of merges)
    if (anyShown(m.top, m.bottom, hiddenRow) && anyShown(m.left, m.right, hiddenCol)) shown.add(`${m.top}:${m.left}`);
  values.forEach((line, i) => {
    const r = at.top + i;
    line.forEach((_, j) => {
      const c = at.left + j;
      if ((hiddenRow.has(r) || hiddenCol.has(c)) && !shown.has(`${r}:${c}`)) line[j] = null;
    });
  });
}
