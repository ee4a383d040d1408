/** Entry points: check a whole grid or workbook, and re-check only what an edit touched. */
import type { CellRange, Grid } from "../grid/grid";
import { locateTables } from "../locate/locate";
import type { Diagnostic } from "../model/diagnostic";
import type { TargetTable } from "../model/table";
import { parseTable } from "../parse/parse";
import type { LintConfig } from "./config";
import { compareDiagnostics, lintTable } from "./lint-table";

export interface LintResult {
  sheet: string;
  tables: TargetTable[];
  diagnostics: Diagnostic[];
}

/** Locates, parses and checks the tables whose anchor lies inside `window` (all of the grid by default). */
export function lintGrid(grid: Grid, config: LintConfig = {}, window?: CellRange): LintResult {
  const tables = locateTables(grid, window).map((location) => parseTable(grid, location));
  const diagnostics = tables.flatMap((table) => lintTable(table, config));
  return { sheet: grid.sheet, tables, diagnostics: diagnostics.sort(compareDiagnostics) };
}

export function lintWorkbook(grids: readonly Grid[], config: LintConfig = {}): LintResult[] {
  return grids.map((grid) => lintGrid(grid, config));
}
