/**
 * Where a template goes. The blank table goes at the selected cell, or below
 * everything on the sheet. An indicator row selected inside a table becomes a
 * new row of that table: whole rows are inserted under the selected row (never
 * through a merged cell), in the table's own columns. Pure: the controller
 * hands in the grid and the located tables, the host does the writing.
 */
import { textAt, type CellPos, type CellRange, type Grid } from "../grid/grid";
import { gridRange } from "../grid/grid";
import { mergeIndex } from "../grid/merges";
import type { TargetTable } from "../model/table";
import { locateTables } from "../locate/locate";
import { parseTable } from "../parse/parse";
import { labelOf } from "../text/labels";
import type { TemplateBlock } from "./block";
import { blankFormTable } from "./form-table";
import { FORM_COLUMNS, indicatorRow, type IndicatorColumns } from "./indicator-row";

export type TemplateChoice = { kind: "table" } | { kind: "indicator"; level1: string; level2: string };

export interface InsertPlan {
  at: CellPos;
  block: TemplateBlock;
  mode: "at" | "insertRows";
  /** The table the row joins, when it joins one. */
  tableId?: string;
}

/** Blank rows left between the last content and a table put below it (2 end a table: spec decision 1). */
export const GAP_ROWS = 2;

function contains(range: CellRange, pos: CellPos): boolean {
  return pos.row >= range.top && pos.row <= range.bottom && pos.col >= range.left && pos.col <= range.right;
}

/** Below everything on the sheet, in its first column; A1 on an empty sheet. */
export function belowContent(grid: Grid): CellPos {
  const used = gridRange(grid);
  for (let row = used.bottom; row >= used.top; row--) {
    for (let col = used.left; col <= used.right; col++) {
      if (textAt(grid, row, col).trim() !== "") return { row: row + 1 + GAP_ROWS, col: Math.max(0, used.left) };
    }
  }
  return { row: 0, col: 0 };
}

/** The indicator header row of a form/flat table (the row holding 一级指标). */
export function headerRowOf(grid: Grid, table: TargetTable): number | undefined {
  for (let row = table.range.top; row <= table.range.bottom; row++) {
    for (let col = table.range.left; col <= table.range.right; col++) {
      if (labelOf(textAt(grid, row, col))?.key === "level1") return row;
    }
  }
  return undefined;
}

/** The table's indicator columns relative to its left edge, read from a parsed row; the form layout's when none. */
export function columnsOf(grid: Grid, table: TargetTable): IndicatorColumns {
  const left = table.range.left;
  const width = table.range.right - left + 1;
  const sample = table.indicators.find((i) => i.level1 && i.level2 && i.name && i.value);
  if (!sample?.level1 || !sample.level2 || !sample.name || !sample.value)
    return { ...FORM_COLUMNS, width: Math.max(width, FORM_COLUMNS.width) };
  const columns: IndicatorColumns = {
    width,
    level1: sample.level1.col - left,
    level2: sample.level2.col - left,
    name: sample.name.col - left,
    value: sample.value.col - left,
  };
  if (sample.basis) columns.basis = sample.basis.col - left;
  if (sample.description) {
    const merge = mergeIndex(grid).at(sample.row, sample.description.col);
    columns.description = merge
      ? [merge.left - left, merge.right - left]
      : [sample.description.col - left, sample.description.col - left];
  }
  return columns;
}

/** The first row boundary at or after `row` that no merge of the band crosses (inserting there splits nothing). */
export function freeBoundary(grid: Grid, row: number, band: CellRange): number {
  let at = row;
  for (let moved = true; moved;) {
    moved = false;
    for (const m of grid.merges) {
      if (m.top < at && m.bottom >= at && m.right >= band.left && m.left <= band.right) {
        at = m.bottom + 1;
        moved = true;
      }
    }
  }
  return at;
}

function indicatorPlan(
  grid: Grid,
  tables: readonly TargetTable[],
  choice: { level1: string; level2: string },
  selection?: CellPos,
): InsertPlan {
  const rowTables = tables.filter((t) => t.layout !== "compact");
  const table = selection ? rowTables.find((t) => contains(t.range, selection)) : rowTables[rowTables.length - 1];
  if (!table)
    return { at: selection ?? belowContent(grid), block: indicatorRow(choice.level1, choice.level2), mode: "at" };
  const header = headerRowOf(grid, table) ?? table.range.top;
  // In the body: under the selected row; in the head block (or nothing selected): at the table's end.
  const wanted = selection && selection.row > header ? selection.row + 1 : table.range.bottom + 1;
  const row = freeBoundary(grid, wanted, table.range);
  const block = indicatorRow(choice.level1, choice.level2, columnsOf(grid, table));
  return { at: { row, col: table.range.left }, block, mode: "insertRows", tableId: table.id };
}

/**
 * Decides where and how a template is inserted into the sheet `grid`. Tables
 * are located here (not taken from a check): placement needs their shape,
 * whatever linter the pane runs.
 */
export function planInsert(choice: TemplateChoice, grid: Grid, selection?: CellPos): InsertPlan {
  if (choice.kind === "table") return { at: selection ?? belowContent(grid), block: blankFormTable(), mode: "at" };
  const tables = locateTables(grid).map((location) => parseTable(grid, location));
  return indicatorPlan(grid, tables, choice, selection);
}
