/**
 * Where a template goes. The blank table goes at the selected cell, or below
 * everything on the sheet. An indicator row selected inside a table becomes a
 * new row of that table: whole rows are inserted under the selected row (never
 * through a merged cell), in the table's own columns. Pure: the controller
 * hands in the grid and the located tables, the host does the writing.
 */
import { textAt, type CellPos, type CellRange, type Grid } from "../grid/grid";
import { containsCell, gridRange } from "../grid/grid";
import { readIndicatorHeader, type IndicatorHeader } from "../locate/indicator-header";
import type { TargetTable } from "../model/table";
import { locateTables } from "../locate/locate";
import { parseTable } from "../parse/parse";
import { labelOf } from "../text/labels";
import type { TemplateBlock } from "./block";
import { blankFormTable } from "./form-table";
import { FORM_COLUMNS, indicatorRow, type IndicatorColumns } from "./indicator-row";
import { blankFlatTable } from "./flat-table";
import { libraryRow } from "./library-row";
import type { LibraryEntry } from "../schema/library";
import { canonicalLevel1 } from "../schema/vocabulary";

export type TemplateChoice =
  | { kind: "table"; layout?: "form" | "flat" }
  | { kind: "indicator"; level1: string; level2: string }
  | { kind: "library"; entry: LibraryEntry };

export interface InsertPlan {
  at: CellPos;
  block: TemplateBlock;
  mode: "at" | "insertRows";
  /** The table the row joins, when it joins one. */
  tableId?: string;
  /** The cell to select once written (a library row: its value skeleton, for typing). */
  select?: CellPos;
}

/** Blank rows left between the last content and a table put below it (2 end a table: spec decision 1). */
export const GAP_ROWS = 2;

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

/** The table's indicator header as the reader sees it (roles by header words). */
function headerOf(grid: Grid, table: TargetTable): IndicatorHeader | undefined {
  const row = headerRowOf(grid, table);
  if (row === undefined) return undefined;
  for (let col = table.range.left; col <= table.range.right; col++) {
    const header = readIndicatorHeader(grid, row, col);
    if (header) return header;
  }
  return undefined;
}

/**
 * The table's indicator columns relative to its left edge, read from its
 * header (so a blank table, whose empty rows are no indicators, has them too);
 * the form layout's when there is no header to read.
 */
export function columnsOf(grid: Grid, table: TargetTable): IndicatorColumns {
  const left = table.range.left;
  const width = table.range.right - left + 1;
  const header = headerOf(grid, table);
  const find = (...roles: string[]) => header?.columns.find((c) => roles.includes(c.role));
  const [level1, level2, name, value] = [find("level1"), find("level2"), find("name"), find("value", "annualValue")];
  if (!level1 || !level2 || !name || !value) return { ...FORM_COLUMNS, width: Math.max(width, FORM_COLUMNS.width) };
  const columns: IndicatorColumns = {
    width,
    level1: level1.from - left,
    level2: level2.from - left,
    name: name.from - left,
    value: value.from - left,
  };
  const at = (role: string) => find(role) && find(role)!.from - left;
  const description = find("description");
  if (description) columns.description = [description.from - left, description.to - left];
  Object.assign(columns, { basis: at("basis"), unit: at("unit"), comparator: at("comparator") });
  for (const key of ["basis", "unit", "comparator"] as const) if (columns[key] === undefined) delete columns[key];
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

type RowChoice = { kind: "indicator"; level1: string; level2: string } | { kind: "library"; entry: LibraryEntry };

function rowBlock(choice: RowChoice, columns: IndicatorColumns): TemplateBlock {
  return choice.kind === "library"
    ? libraryRow(choice.entry, columns)
    : indicatorRow(choice.level1, choice.level2, columns);
}

function level1Of(choice: RowChoice): string {
  return choice.kind === "library" ? choice.entry.level1 : choice.level1;
}

/** The vertical merge of the 一级 column crossing the boundary above `row`, if any. */
function level1MergeAcross(grid: Grid, row: number, col: number) {
  return grid.merges.find((m) => m.left <= col && m.right >= col && m.top < row && m.bottom >= row);
}

/**
 * Under the selected row, even inside a merged 一级 group when the new row
 * belongs to that 一级: the merge then grows over the new row (as Excel's does
 * when rows are inserted inside it), and the row leaves its 一级 cell to it.
 * A row of another 一级 goes under the whole group; other merges are never split.
 */
function rowInTable(grid: Grid, table: TargetTable, choice: RowChoice, wanted: number): InsertPlan {
  const columns = columnsOf(grid, table);
  const level1Col = table.range.left + columns.level1;
  const rest = { ...table.range, left: level1Col + 1 };
  let row = freeBoundary(grid, wanted, rest);
  const group = level1MergeAcross(grid, row, level1Col);
  const sameLevel1 =
    group && canonicalLevel1(textAt(grid, group.top, group.left)) === canonicalLevel1(level1Of(choice));
  if (group && !sameLevel1) row = freeBoundary(grid, row, table.range);
  const block = rowBlock(choice, columns);
  if (group && sameLevel1) {
    block.values[0][columns.level1] = null;
    block.lists = block.lists.filter((l) => l.range.left !== columns.level1);
  }
  const at = { row, col: table.range.left };
  const select = choice.kind === "library" ? { row, col: at.col + columns.value } : undefined;
  return { at, block, mode: "insertRows", tableId: table.id, select };
}

function indicatorPlan(grid: Grid, tables: readonly TargetTable[], choice: RowChoice, selection?: CellPos): InsertPlan {
  const rowTables = tables.filter((t) => t.layout !== "compact");
  const table = selection
    ? rowTables.find((t) => containsCell(t.range, selection.row, selection.col))
    : rowTables[rowTables.length - 1];
  if (!table) {
    const at = selection ?? belowContent(grid);
    const select = choice.kind === "library" ? { row: at.row, col: at.col + FORM_COLUMNS.value } : undefined;
    return { at, block: rowBlock(choice, FORM_COLUMNS), mode: "at", select };
  }
  const header = headerRowOf(grid, table) ?? table.range.top;
  // In the body: under the selected row; in the head block (or nothing selected): at the table's end. A row of
  // another 一级 than the selected row's joins its own group where the table has one.
  const selected = selection && selection.row > header ? selection.row : undefined;
  const wanted = groupEnd(table, choice, selected) ?? (selected !== undefined ? selected + 1 : table.range.bottom + 1);
  return rowInTable(grid, table, choice, wanted);
}

/**
 * Under the last row of the chosen 一级's group, unless the selected row is in that group (then under the selected
 * row): a 满意度 row chosen on a 产出 row had landed between 产出 and 效益, a second 满意度 group (fourteenth session).
 */
function groupEnd(table: TargetTable, choice: RowChoice, selected: number | undefined): number | undefined {
  const level1 = canonicalLevel1(level1Of(choice));
  const own = table.indicators.filter((i) => i.level1 && canonicalLevel1(i.level1.text) === level1);
  if (!own.length || (selected !== undefined && own.some((i) => i.row === selected))) return undefined;
  return Math.max(...own.map((i) => i.row)) + 1;
}

/**
 * Decides where and how a template is inserted into the sheet `grid`. Tables
 * are located here (not taken from a check): placement needs their shape,
 * whatever linter the pane runs.
 */
export function planInsert(choice: TemplateChoice, grid: Grid, selection?: CellPos): InsertPlan {
  if (choice.kind === "table") {
    const block = choice.layout === "flat" ? blankFlatTable() : blankFormTable();
    return { at: selection ?? belowContent(grid), block, mode: "at" };
  }
  const tables = locateTables(grid).map((location) => parseTable(grid, location));
  return indicatorPlan(grid, tables, choice, selection);
}
