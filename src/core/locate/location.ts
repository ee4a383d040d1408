/** Where a table sits on a grid: what location hands to parsing. */
import type { CellPos, CellRange } from "../grid/grid";
import type { Layout } from "../model/table";
import type { IndicatorSection } from "./block-extent";

export interface TableLocation {
  layout: Layout;
  /** Every cell the table covers. */
  range: CellRange;
  /** Title or first label cell (compact layout: the project's name cell). */
  anchor: CellPos;
  /** The first cell of the indicator header (form, flat) or of the list header (compact). */
  header?: CellPos;
  /**
   * Form and flat layouts: the indicator sets as location read them (header
   * rows, column roles, rows), so parsing never looks for the header again.
   */
  sections?: IndicatorSection[];
  /** A project of a list export: its fields are in its own row, under the header's project columns. */
  listProject?: boolean;
  /** Compact layout: the unit row's name cell; null when the list has none above the project. */
  unitCell?: CellPos | null;
}
