/** Entry points: check a whole grid or workbook, and re-check only what an edit touched. */
import { gridRange, type CellRange, type Grid } from "../grid/grid";
import { locateTables } from "../locate/locate";
import type { Diagnostic } from "../model/diagnostic";
import type { TargetTable } from "../model/table";
import { parseTable } from "../parse/parse";
import type { LintConfig } from "./config";
import { compareDiagnostics, lintTable } from "./lint-table";
import { affectedRows, influence } from "../locate/affected";

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

function byAnchor(a: TargetTable, b: TargetTable): number {
  return a.anchor.row - b.anchor.row || a.anchor.col - b.anchor.col;
}

/** First index whose row is at least `row` (diagnostics are sorted by row within one sheet). */
function firstAtOrAfter(diagnostics: readonly Diagnostic[], row: number): number {
  let lo = 0;
  let hi = diagnostics.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (diagnostics[mid].row < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Kept findings lie outside the window's rows, new ones inside: splicing keeps the order a full sort gives. */
function spliceDiagnostics(kept: Diagnostic[], fresh: Diagnostic[], window: CellRange): Diagnostic[] {
  const at = firstAtOrAfter(kept, window.top);
  if (at < kept.length && kept[at].row <= window.bottom) return kept.concat(fresh).sort(compareDiagnostics);
  return kept.slice(0, at).concat(fresh, kept.slice(at));
}

/**
 * Re-checks after the cells in `changed` were edited (values only: rows or
 * columns inserted or deleted move every table, so they need `lintGrid`).
 * Only the tables whose rows the edit can influence are located, parsed and
 * checked again, in a window bounded by the nearest unaffected tables, so a
 * table typed into a gap is found too; the rest are kept with their findings.
 * Gives what `lintGrid(grid, config)` gives, when `previous` came from it with
 * the same config.
 */
export function recheck(grid: Grid, previous: LintResult, changed: CellRange, config: LintConfig = {}): LintResult {
  const full = gridRange(grid);
  if (full.bottom < full.top) return lintGrid(grid, config);
  const { affected, rows } = affectedRows(previous.tables, changed);
  let top = full.top;
  let bottom = full.bottom;
  const kept: TargetTable[] = [];
  for (const table of previous.tables) {
    if (affected.has(table)) continue;
    kept.push(table);
    const [from, to] = influence(table);
    if (to < rows.top) top = Math.max(top, table.range.bottom + 1);
    else if (from > rows.bottom) bottom = Math.min(bottom, table.range.top - 1);
  }
  const window = { top, left: full.left, bottom, right: full.right };
  const fresh = top <= bottom ? lintGrid(grid, config, window) : { tables: [], diagnostics: [] };
  const affectedIds = new Set<string>();
  for (const table of affected) affectedIds.add(table.id);
  const keptDiagnostics = previous.diagnostics.filter((d) => !affectedIds.has(d.tableId));
  return {
    sheet: grid.sheet,
    tables: kept.concat(fresh.tables).sort(byAnchor),
    diagnostics: spliceDiagnostics(keptDiagnostics, fresh.diagnostics, window),
  };
}
