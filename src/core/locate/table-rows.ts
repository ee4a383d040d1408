/**
 * The rows of a check's tables and findings as flat number arrays, for
 * `recheck`. Walking thousands of table objects on every edit costs a cache
 * miss or more per table; walking typed arrays costs a few nanoseconds, so
 * an edit's cost stays close to the edited table's, however big the sheet.
 */
import type { Diagnostic } from "../model/diagnostic";
import type { TargetTable } from "../model/table";
import { influenceTop, sharedHeaderRow } from "./affected";

export interface TableRows {
  /** Per table, in the check's table order: the first and last row its parse depends on. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** A compact project's list header row, read apart from `from`..`to`; -1 when none. */
  readonly header: Int32Array;
  /** The table's own top row and anchor. */
  readonly top: Int32Array;
  readonly anchorRow: Int32Array;
  readonly anchorCol: Int32Array;
  /** The rows its findings point at; first > last when it has none. */
  readonly findingsFirst: Int32Array;
  readonly findingsLast: Int32Array;
}

const NONE_FIRST = 0x7fffffff;
const NONE_LAST = -1;

export function emptyTableRows(n: number): TableRows {
  const a = () => new Int32Array(n);
  const rows = {
    from: a(),
    to: a(),
    header: a(),
    top: a(),
    anchorRow: a(),
    anchorCol: a(),
    findingsFirst: a(),
    findingsLast: a(),
  };
  rows.findingsFirst.fill(NONE_FIRST);
  rows.findingsLast.fill(NONE_LAST);
  return rows;
}

/** Writes table `i`'s rows (its findings' rows stay as they are). */
export function setTable(rows: TableRows, i: number, table: TargetTable): void {
  rows.from[i] = influenceTop(table);
  rows.to[i] = table.range.bottom;
  rows.header[i] = sharedHeaderRow(table);
  rows.top[i] = table.range.top;
  rows.anchorRow[i] = table.anchor.row;
  rows.anchorCol[i] = table.anchor.col;
}

/** Widens table `i`'s findings rows to cover `row`. */
export function addFinding(rows: TableRows, i: number, row: number): void {
  if (row < rows.findingsFirst[i]) rows.findingsFirst[i] = row;
  if (row > rows.findingsLast[i]) rows.findingsLast[i] = row;
}

/** Copies table `from` of `source` to place `to` of `target`. */
export function copyTable(source: TableRows, from: number, target: TableRows, to: number): void {
  target.from[to] = source.from[from];
  target.to[to] = source.to[from];
  target.header[to] = source.header[from];
  target.top[to] = source.top[from];
  target.anchorRow[to] = source.anchorRow[from];
  target.anchorCol[to] = source.anchorCol[from];
  target.findingsFirst[to] = source.findingsFirst[from];
  target.findingsLast[to] = source.findingsLast[from];
}

/** The rows of tables and findings from the objects themselves (a result checked elsewhere). */
export function tableRowsOf(tables: readonly TargetTable[], diagnostics: readonly Diagnostic[]): TableRows {
  const rows = emptyTableRows(tables.length);
  const at = new Map<string, number>();
  tables.forEach((table, i) => {
    setTable(rows, i, table);
    at.set(table.id, i);
  });
  for (const d of diagnostics) {
    const i = at.get(d.tableId);
    if (i !== undefined) addFinding(rows, i, d.row);
  }
  return rows;
}

/**
 * The rows an edit reaches, grown to a fixed point: every table whose rows
 * meet them is affected, and its rows join them (tables side by side, every
 * project of a compact unit whose unit row is touched). `reach` widens the
 * edit by how far location reads beyond a table's cells.
 */
export function affectedSpan(
  rows: TableRows,
  changed: { top: number; bottom: number },
  reach: { up: number; down: number },
): { top: number; bottom: number } {
  const span = { top: changed.top - reach.down, bottom: changed.bottom + reach.up };
  // Headers are tested against the edit's own reach: rows joining the span are other tables', not a header's edit.
  const reached = { ...span };
  // -1 (no shared header) must not fall inside a span that reaches above row 0.
  const headerReached = (i: number) =>
    rows.header[i] >= 0 && rows.header[i] >= reached.top && rows.header[i] <= reached.bottom;
  let grown = true;
  while (grown) {
    grown = false;
    for (let i = 0; i < rows.from.length; i++) {
      if ((rows.to[i] < span.top || rows.from[i] > span.bottom) && !headerReached(i)) continue;
      if (rows.from[i] < span.top) {
        span.top = rows.from[i];
        grown = true;
      }
      if (rows.to[i] > span.bottom) {
        span.bottom = rows.to[i];
        grown = true;
      }
    }
  }
  return span;
}

/** Whether table `i` is one the span affects (a table whose header the edit reached has joined the span). */
export function isAffected(rows: TableRows, i: number, span: { top: number; bottom: number }): boolean {
  return rows.to[i] >= span.top && rows.from[i] <= span.bottom;
}

/** Rows on a sheet, inclusive; `bottom` may be OPEN_END (down to the sheet's last row). */
export interface RowSpan {
  top: number;
  bottom: number;
}

/** A window's bottom with no unaffected table below it: the sheet's end, whatever it is now. */
export const OPEN_END = Number.MAX_SAFE_INTEGER;

/**
 * Where a re-check locates tables again: the rows the edit reaches (`span`),
 * widened to the unaffected tables nearest above and below, so a table that
 * grew or one typed into a gap is found too. Row 0 and OPEN_END when there is
 * no such table.
 */
export function recheckWindow(
  rows: TableRows,
  changed: RowSpan,
  reach: { up: number; down: number },
): { span: RowSpan; window: RowSpan } {
  const span = affectedSpan(rows, changed, reach);
  const window = { top: 0, bottom: OPEN_END };
  for (let i = 0; i < rows.from.length; i++) {
    if (isAffected(rows, i, span)) continue;
    if (rows.to[i] < span.top) window.top = Math.max(window.top, rows.to[i] + 1);
    else window.bottom = Math.min(window.bottom, rows.top[i] - 1);
  }
  return { span, window };
}
