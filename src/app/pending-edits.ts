/**
 * Edits waiting for the debounce: one bounding range per sheet, so a burst of
 * typing (or a paste that fires many events) costs one read and one re-check.
 */
import { unionRange, type CellRange } from "../core/grid/grid";
import type { EditEvent } from "../host/port";

export interface PendingEdit {
  sheet: string;
  range: CellRange;
  /** Rows moved: earlier results no longer line up with the grid. */
  structural: boolean;
}

export class PendingEdits {
  private readonly bySheet = new Map<string, PendingEdit>();

  add(event: EditEvent): void {
    const prev = this.bySheet.get(event.sheet);
    this.bySheet.set(event.sheet, {
      sheet: event.sheet,
      range: prev ? unionRange(prev.range, event.range) : { ...event.range },
      structural: (prev?.structural ?? false) || event.structural,
    });
  }

  /** Hands over everything pending and starts afresh. */
  take(): PendingEdit[] {
    const edits = [...this.bySheet.values()];
    this.bySheet.clear();
    return edits;
  }
}
