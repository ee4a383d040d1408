/** Where a table sits on a grid: what location hands to parsing. */
import type { CellPos, CellRange } from "../grid/grid";
import type { Layout } from "../model/table";

export interface TableLocation {
  layout: Layout;
  /** Every cell the table covers. */
  range: CellRange;
  /** Title or first label cell (compact layout: the project's name cell). */
  anchor: CellPos;
  /**
   * The first cell of the indicator header (form, flat) or of the list header
   * (compact), when location saw it; parsing searches again when absent.
   */
  header?: CellPos;
  /** Compact layout: the unit row's name cell; null when the list has none above the project. */
  unitCell?: CellPos | null;
}
