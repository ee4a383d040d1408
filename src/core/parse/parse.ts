/** Parses a located table into the model (spec §1). Stub: to be written. */
import type { Grid } from "../grid/grid";
import type { TableLocation } from "../locate/locate";
import type { TargetTable } from "../model/table";

export function parseTable(grid: Grid, location: TableLocation): TargetTable {
  void grid;
  return {
    id: location.anchor.row + ":" + location.anchor.col,
    layout: location.layout,
    sheet: grid.sheet,
    range: location.range,
    anchor: location.anchor,
    moneyUnit: "万元",
    hasBasisColumn: location.layout === "form",
    indicators: [],
  };
}
