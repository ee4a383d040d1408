/**
 * Which previously found tables an edit can change. Location reads a little
 * beyond a table's cells, so an edit reaches further than the cells it hits.
 */
import type { TargetTable } from "../model/table";
import { BLANK_STRETCH } from "./block-extent";

/** A table ending this many rows above an edit may grow down to it (blank rows end tables). */
export const REACH_DOWN = BLANK_STRETCH;
/** A table starting this many rows below an edit may grow up to it (labels, unit line, title above). */
export const REACH_UP = 8;

/** The first row a table's parse depends on: its own top, or for a compact project its unit row when higher. */
export function influenceTop(table: TargetTable): number {
  return table.layout === "compact" && table.unit ? Math.min(table.unit.row, table.range.top) : table.range.top;
}
