/**
 * Which previously found tables an edit can change. Location reads a little
 * beyond a table's cells, so an edit reaches further than the cells it hits.
 */
import type { CellRange } from "../grid/grid";
import type { TargetTable } from "../model/table";
import { BLANK_STRETCH } from "./form-extent";

/** A table ending this many rows above an edit may grow down to it (blank rows end tables). */
const REACH_DOWN = BLANK_STRETCH;
/** A table starting this many rows below an edit may grow up to it (labels, unit line, title above). */
const REACH_UP = 8;

/** The rows whose content a table's parse depends on: its own, and for a compact project its unit row. */
export function influence(table: TargetTable): [number, number] {
  const from = table.layout === "compact" && table.unit ? Math.min(table.unit.row, table.range.top) : table.range.top;
  return [from, table.range.bottom];
}

/**
 * The affected tables and the rows they span with the edit. Growing to a
 * fixed point pulls in tables beside an affected one (side by side) and every
 * project of a compact unit whose unit row is touched.
 */
export function affectedRows(tables: readonly TargetTable[], changed: CellRange): { affected: Set<TargetTable>; rows: { top: number; bottom: number } } {
  const rows = { top: changed.top - REACH_DOWN, bottom: changed.bottom + REACH_UP };
  const affected = new Set<TargetTable>();
  let grown = true;
  while (grown) {
    grown = false;
    for (const table of tables) {
      if (affected.has(table)) continue;
      const [from, to] = influence(table);
      if (from > rows.bottom || to < rows.top) continue;
      affected.add(table);
      rows.top = Math.min(rows.top, from);
      rows.bottom = Math.max(rows.bottom, to);
      grown = true;
    }
  }
  return { affected, rows };
}
