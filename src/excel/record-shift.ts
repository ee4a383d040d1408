/**
 * Rows or columns inserted or deleted move the cells we marked, their fills
 * and notes with them; the record (keyed by A1 address) must move the same
 * way before the next write, or a moved fill would be recorded as the next
 * cell's "original" and a moved note of ours taken for the user's.
 */
import { parseA1, toA1 } from "../core/grid/address";
import type { SheetRecord } from "./mark-record";

/** `count` rows (or columns) inserted at `at` (count > 0) or deleted from `at` on (count < 0). */
export interface Shift {
  axis: "row" | "col";
  at: number;
  count: number;
}

/** Insert: cells at or below `at` move down. Delete: cells inside go (with their fill and note), cells below move up. */
export function shiftPosition(index: number, shift: Shift): number | undefined {
  if (index < shift.at) return index;
  if (shift.count > 0) return index + shift.count;
  return index < shift.at - shift.count ? undefined : index + shift.count;
}

export function shiftRecord(record: SheetRecord, shift: Shift): SheetRecord {
  const cells: SheetRecord["cells"] = {};
  for (const [address, cell] of Object.entries(record.cells)) {
    const pos = parseA1(address);
    if (!pos) continue;
    const moved =
      shift.axis === "row"
        ? { row: shiftPosition(pos.row, shift), col: pos.col }
        : { row: pos.row, col: shiftPosition(pos.col, shift) };
    if (moved.row !== undefined && moved.col !== undefined) cells[toA1(moved.row, moved.col)] = cell;
  }
  return { ...record, cells };
}
