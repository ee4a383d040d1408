/**
 * Which previously found tables an edit can change. Location reads a little
 * beyond a table's cells, so an edit reaches further than the cells it hits.
 */
import type { TargetTable } from "../model/table";
import { BLANK_STRETCH } from "./block-extent";

/**
 * A table ending this many rows above an edit may grow down to it. Blank rows end tables, but a few non-blank rows
 * below a table's end can join it once the edit gives them an indicator word (test/app/live-equals-full.test.ts
 * found such edits 3–8 rows below; farther ones remain, see that test).
 */
export const REACH_DOWN = BLANK_STRETCH + 6;
/** A table starting this many rows below an edit may grow up to it (labels, unit line, title above). */
export const REACH_UP = 8;

/**
 * The first row of the rows a table's parse depends on: its own top, for a
 * compact project its unit row when higher, for a list export's project the
 * shared header (its projects' rows are read together).
 */
export function influenceTop(table: TargetTable): number {
  if (table.layout === "compact") return table.unit ? Math.min(table.unit.row, table.range.top) : table.range.top;
  return table.listHeader ? Math.min(table.listHeader.row, table.range.top) : table.range.top;
}

/**
 * A compact project's list header: read apart from the rows between it and
 * the project (those are other projects), so an edit there reaches every
 * project of the list, and an edit between reaches none through it. -1: none.
 */
export function sharedHeaderRow(table: TargetTable): number {
  return table.layout === "compact" && table.listHeader ? table.listHeader.row : -1;
}
