/** Parses a located table into the model (spec §1). */
import type { Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import { locateBlockAt } from "../locate/locate";
import type { IndicatorHeader } from "../locate/indicator-header";
import type { TableLocation } from "../locate/location";
import type { TargetTable } from "../model/table";
import { parseCompact } from "./compact";
import { parseHead } from "./head";
import { parseListHead } from "./list-head";
import { parseIndicatorRows } from "./indicator-rows";

/** The header's first indicator column (`一级指标`), past any project or label columns. */
function indicatorHeaderCell(header: IndicatorHeader): { row: number; col: number } {
  const first = header.columns.find((c) => c.role !== "head");
  return { row: header.row, col: first?.from ?? header.band.left };
}

/** Form and flat layouts: the head block above the indicator header, the indicator rows below it. */
function parseBlock(grid: Grid, location: TableLocation): TargetTable {
  const sections = location.sections ?? locateBlockAt(grid, location)?.sections ?? [];
  const range = { ...location.range };
  const first = sections[0]?.header;
  const headerRow = first ? first.row : range.bottom + 1;
  const head =
    location.listProject && first
      ? parseListHead(grid, first, location.anchor.row)
      : parseHead(grid, { top: range.top, left: range.left, bottom: headerRow - 1, right: range.right });
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
  const columns = sections.flatMap((s) => s.header.columns);
  return {
    id: `${grid.sheet}!${toA1(location.anchor.row, location.anchor.col)}`,
    layout: location.layout,
    sheet: grid.sheet,
    range,
    anchor: { ...location.anchor },
    ...head,
    hasBasisColumn: columns.some((c) => c.role === "basis"),
    hasLevel1Column: columns.some((c) => c.role === "level1"),
    // A list export's header serves every project: a project's table-level findings stay on its own rows.
    ...(first && !location.listProject ? { indicatorHeader: indicatorHeaderCell(first) } : {}),
    ...(first && location.listProject ? { listHeader: { row: first.row, col: first.band.left } } : {}),
    indicators: parseIndicatorRows(grid, sections),
  };
}

/** Never throws on a location that came from `locateTables` on the same grid. */
export function parseTable(grid: Grid, location: TableLocation): TargetTable {
  return location.layout === "compact" ? parseCompact(grid, location) : parseBlock(grid, location);
}
