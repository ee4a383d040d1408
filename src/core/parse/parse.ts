/** Parses a located table into the model (spec §1). */
import type { Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import { findIndicatorHeader, readIndicatorHeader, type IndicatorHeader } from "../locate/header";
import type { TableLocation } from "../locate/location";
import type { TargetTable } from "../model/table";
import { parseCompact } from "./compact";
import { parseHead } from "./head";
import { parseIndicatorRows } from "./indicator-rows";

function headerOf(grid: Grid, location: TableLocation): IndicatorHeader | undefined {
  const seen = location.header && readIndicatorHeader(grid, location.header.row, location.header.col);
  return seen ?? findIndicatorHeader(grid, location.range.top, location.range.bottom, location.range);
}

/** Form and flat layouts: the head block above the indicator header, the indicator rows below it. */
function parseBlock(grid: Grid, location: TableLocation): TargetTable {
  const header = headerOf(grid, location);
  const range = { ...location.range };
  const headerRow = header ? header.row : range.bottom + 1;
  const head = parseHead(grid, range, headerRow);
  // A label in the last column has its (blank) value cell just outside: the table covers it.
  for (const field of [
    head.code,
    head.name,
    head.budget,
    head.fiscal,
    head.other,
    head.purpose,
    head.goal,
    head.unit,
  ]) {
    if (field && field.col > range.right) range.right = field.col;
  }
  return {
    id: `${grid.sheet}!${toA1(location.anchor.row, location.anchor.col)}`,
    layout: location.layout,
    sheet: grid.sheet,
    range,
    anchor: { ...location.anchor },
    ...head,
    hasBasisColumn: header?.cols.basis !== undefined,
    indicators: header ? parseIndicatorRows(grid, header, range) : [],
  };
}

/** Never throws on a location that came from `locateTables` on the same grid. */
export function parseTable(grid: Grid, location: TableLocation): TargetTable {
  return location.layout === "compact" ? parseCompact(grid, location) : parseBlock(grid, location);
}
