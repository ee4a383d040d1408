/** Entry points: check a whole grid or workbook, and re-check only what an edit touched. */
import { hidesAny, type CellRange, type Grid } from "../grid/grid";
import { locateTables, type TableLocation } from "../locate/locate";
import type { Diagnostic } from "../model/diagnostic";
import type { TargetTable } from "../model/table";
import { parseTable } from "../parse/parse";
import type { LintConfig } from "./config";
import { compareDiagnostics, createTableLinter } from "./lint-table";
import { REACH_DOWN, REACH_UP } from "../locate/affected";
import { listAboveSettled } from "../locate/compact-list";
import { BLANK_STRETCH, HEAD_REACH } from "../locate/block-extent";
import { indexMergesNear } from "../grid/merges";
import { toA1 } from "../grid/address";
import { onSheet, rangeInView, shownView, type ShownView } from "../grid/shown";
import {
  addFinding,
  copyTable,
  emptyTableRows,
  isAffected,
  OPEN_END,
  recheckWindow,
  setTable,
  tableRowsOf,
  type RowSpan,
  type TableRows,
} from "../locate/table-rows";

export type { RowSpan } from "../locate/table-rows";
export { OPEN_END } from "../locate/table-rows";

/** How far an edit reaches beyond its cells (see locate/affected.ts). */
const REACH = { up: REACH_UP, down: REACH_DOWN };

export interface LintResult {
  sheet: string;
  tables: TargetTable[];
  diagnostics: Diagnostic[];
}

/*
 * Each result's table and finding rows as flat arrays, so that `recheck` need
 * not walk every table object on every edit. Kept beside the result (not on
 * it) so results stay plain data; `tables` is remembered to notice a caller
 * who replaced the list, and then the rows are worked out again.
 */
const resultRows = new WeakMap<LintResult, { tables: readonly TargetTable[]; rows: TableRows }>();

function remember(result: LintResult, rows: TableRows): LintResult {
  resultRows.set(result, { tables: result.tables, rows });
  return result;
}

function rowsOf(result: LintResult): TableRows {
  const known = resultRows.get(result);
  if (known && known.tables === result.tables && known.rows.from.length === result.tables.length) return known.rows;
  return tableRowsOf(result.tables, result.diagnostics);
}

/** Locates, parses and checks the tables whose anchor lies inside `window` (all of the grid by default). */
export function lintGrid(grid: Grid, config: LintConfig = {}, window?: CellRange): LintResult {
  // A sheet that hides rows or columns is read as shown (grid/shown.ts), its tables put back at the sheet's addresses.
  const view = shownView(grid);
  if (view) return lintLocations(view.grid, locateTables(view.grid, window && rangeInView(window, view)), config, view);
  return lintLocations(grid, locateTables(grid, window), config);
}

function lintLocations(
  grid: Grid,
  locations: readonly TableLocation[],
  config: LintConfig,
  view?: ShownView,
): LintResult {
  const tables = locations.map((location) => tableOnSheet(parseTable(grid, location), view));
  const rows = emptyTableRows(tables.length);
  const diagnostics: Diagnostic[] = [];
  const lintTable = createTableLinter(config);
  tables.forEach((table, i) => {
    setTable(rows, i, table);
    for (const d of lintTable(table)) {
      addFinding(rows, i, d.row);
      diagnostics.push(d);
    }
  });
  return remember({ sheet: grid.sheet, tables, diagnostics: diagnostics.sort(compareDiagnostics) }, rows);
}

/** A table read from the shown view, at the sheet's addresses: the rules then report on cells the sheet shows. */
function tableOnSheet(table: TargetTable, view: ShownView | undefined): TargetTable {
  if (!view) return table;
  const moved = onSheet(table, view);
  return { ...moved, id: `${moved.sheet}!${toA1(moved.anchor.row, moved.anchor.col)}` };
}

/**
 * The kept tables (those not affected, in order) merged with the fresh ones by
 * anchor in one walk, with their rows: what sorting the concatenation gives.
 */
function mergeTables(
  old: { tables: readonly TargetTable[]; rows: TableRows; kept: (i: number) => boolean; count: number },
  fresh: { tables: readonly TargetTable[]; rows: TableRows },
): { tables: TargetTable[]; rows: TableRows } {
  const tables: TargetTable[] = [];
  const rows = emptyTableRows(old.count + fresh.tables.length);
  const before = (i: number, j: number) =>
    old.rows.anchorRow[i] - fresh.rows.anchorRow[j] || old.rows.anchorCol[i] - fresh.rows.anchorCol[j];
  let j = 0;
  for (let i = 0; i < old.tables.length; i++) {
    if (!old.kept(i)) continue;
    for (; j < fresh.tables.length && before(i, j) > 0; j++) {
      copyTable(fresh.rows, j, rows, tables.length);
      tables.push(fresh.tables[j]);
    }
    copyTable(old.rows, i, rows, tables.length);
    tables.push(old.tables[i]);
  }
  for (; j < fresh.tables.length; j++) {
    copyTable(fresh.rows, j, rows, tables.length);
    tables.push(fresh.tables[j]);
  }
  return { tables, rows };
}

/** A window's right edge that lets every row's length bound it, so no pass measures the whole grid's width. */
const ALL_COLUMNS = Number.MAX_SAFE_INTEGER;

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

/**
 * Kept findings mostly lie outside the rows of the new ones (sorted): then
 * splicing keeps the order a full sort gives. A table found beside a kept one
 * (side by side) may put findings among the kept ones' rows: then sort.
 */
function spliceDiagnostics(kept: Diagnostic[], fresh: Diagnostic[]): Diagnostic[] {
  if (fresh.length === 0) return kept;
  const at = firstAtOrAfter(kept, fresh[0].row);
  if (at < kept.length && kept[at].row <= fresh[fresh.length - 1].row)
    return kept.concat(fresh).sort(compareDiagnostics);
  return kept.slice(0, at).concat(fresh, kept.slice(at));
}

/** Rows read above a re-check's window: a head block's height, then its unit line and title. */
const READ_ABOVE = HEAD_REACH + 2;
/** Rows read below it: headers are searched a head block's height under the window. */
const READ_BELOW = HEAD_REACH + BLANK_STRETCH;

/**
 * The rows a re-check of `changed` needs from the sheet: its window (see
 * `recheckWindow`) and the rows location reads around it. A host reads only
 * these and hands them to `recheckPart`; OPEN_END means "to the last row".
 */
export function recheckRows(previous: LintResult, changed: CellRange): RowSpan {
  const { window } = recheckWindow(rowsOf(previous), changed, REACH);
  const bottom = window.bottom >= OPEN_END - READ_BELOW ? OPEN_END : window.bottom + READ_BELOW;
  return { top: Math.max(0, window.top - READ_ABOVE), bottom };
}

/**
 * Re-checks after the cells in `changed` were edited (values only: rows or
 * columns inserted or deleted move every table, so they need `lintGrid`).
 * Only the tables whose rows the edit can influence are located, parsed and
 * checked again, in a window bounded by the nearest unaffected tables, so a
 * table typed into a gap is found too; the rest are kept with their findings.
 * Gives what `lintGrid(grid, config)` gives, when `previous` came from it with
 * the same config. `grid` may hold only the rows `recheckRows` names: then use
 * `recheckPart`, which says when those rows were not enough.
 */
export function recheck(grid: Grid, previous: LintResult, changed: CellRange, config: LintConfig = {}): LintResult {
  // Windows are counted in the sheet's rows, location's reach in the rows shown: with rows or columns hidden (the
  // add-in gives them; its pane then reads the whole sheet on an edit), the whole sheet is checked.
  if (grid.values.length === 0 || hidesAny(grid)) return lintGrid(grid, config);
  return recheckIn(grid, previous, changed, config).result;
}

/**
 * `recheck` on a grid holding only the rows `read` (= `recheckRows(previous,
 * changed)`, as the host could read them: rows past the sheet's end absent).
 * Undefined when a table found runs on past the rows read, or a compact list
 * starts above them, or the sheet hides rows or columns: only the whole sheet
 * can tell then.
 */
export function recheckPart(
  grid: Grid,
  previous: LintResult,
  changed: CellRange,
  read: RowSpan,
  config: LintConfig = {},
): LintResult | undefined {
  if (hidesAny(grid)) return undefined;
  const { result, window, fresh } = recheckIn(grid, previous, changed, config);
  const last = grid.top + grid.values.length - 1;
  const cutAbove = grid.values.length > 0 && grid.top === read.top && read.top > 0;
  const cutBelow = grid.values.length > 0 && last === read.bottom;
  if (cutAbove && window.top > grid.top && !listAboveSettled(grid, window.top, { left: grid.left, right: ALL_COLUMNS }))
    return undefined;
  if (cutBelow && fresh.tables.some((t) => t.range.bottom + BLANK_STRETCH > last)) return undefined;
  return result;
}

function recheckIn(
  grid: Grid,
  previous: LintResult,
  changed: CellRange,
  config: LintConfig,
): { result: LintResult; window: RowSpan; fresh: LintResult } {
  const old = rowsOf(previous);
  const { span, window: rows } = recheckWindow(old, changed, REACH);
  const { top, bottom } = rows;
  let count = 0;
  const findings = { first: Number.MAX_SAFE_INTEGER, last: -1, ids: new Set<string>() };
  for (let i = 0; i < old.from.length; i++) {
    if (!isAffected(old, i, span)) {
      count++;
      continue;
    }
    findings.first = Math.min(findings.first, old.findingsFirst[i]);
    findings.last = Math.max(findings.last, old.findingsLast[i]);
    findings.ids.add(previous.tables[i].id);
  }
  const window = { top, left: grid.left, bottom, right: ALL_COLUMNS };
  // Location reads a head block's height around the window; a table found may run a little further down.
  indexMergesNear(grid, top - 2 * HEAD_REACH, bottom + 4 * HEAD_REACH);
  const fresh =
    top <= bottom && grid.values.length > 0
      ? lintLocations(grid, locateTables(grid, window, { headerInside: true }), config)
      : remember({ sheet: grid.sheet, tables: [], diagnostics: [] }, emptyTableRows(0));
  const kept = (i: number) => !isAffected(old, i, span);
  const merged = mergeTables(
    { tables: previous.tables, rows: old, kept, count },
    { tables: fresh.tables, rows: rowsOf(fresh) },
  );
  const keptDiagnostics = dropFindings(previous.diagnostics, findings);
  const diagnostics = spliceDiagnostics(keptDiagnostics, fresh.diagnostics);
  const result = remember({ sheet: grid.sheet, tables: merged.tables, diagnostics }, merged.rows);
  return { result, window: rows, fresh };
}

/** The findings without the affected tables': only the rows their findings span are looked at. */
function dropFindings(
  diagnostics: Diagnostic[],
  findings: { first: number; last: number; ids: Set<string> },
): Diagnostic[] {
  if (findings.first > findings.last) return diagnostics;
  const from = firstAtOrAfter(diagnostics, findings.first);
  const to = firstAtOrAfter(diagnostics, findings.last + 1);
  const middle = diagnostics.slice(from, to).filter((d) => !findings.ids.has(d.tableId));
  return diagnostics.slice(0, from).concat(middle, diagnostics.slice(to));
}
