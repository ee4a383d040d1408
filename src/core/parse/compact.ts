/** One project row of the compact layout → a table; its indicators come from the packed cell. */
import { cellAt, cellText, type CellPos, type Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import type { Field, Indicator, TargetTable } from "../model/table";
import { compactHeaderAbove, unitAbove } from "../locate/compact-list";
import { readCompactHeader, type CompactHeader } from "../locate/header";
import type { TableLocation } from "../locate/location";
import { fieldAt } from "./field";
import { parsePacked, type PackedItem, type Span } from "./packed";

/** The list header: the one location saw, else searched again above the row. */
function headerOf(grid: Grid, location: TableLocation): CompactHeader {
  const seen = location.header && readCompactHeader(grid, location.header.row, location.header.col);
  if (seen) return seen;
  const above = compactHeaderAbove(grid, location.anchor.row, location.range);
  if (above) return above;
  // No header found: read the range as name | goal | indicators.
  const { left, right } = location.range;
  return {
    row: location.anchor.row,
    band: { left, right },
    nameCol: left,
    goalCol: left + 1,
    indicatorsCol: Math.max(right, left + 2),
  };
}

function unitOf(grid: Grid, location: TableLocation, header: CompactHeader): CellPos | null {
  if (location.unitCell !== undefined) return location.unitCell;
  return header.row < location.anchor.row ? unitAbove(grid, location.anchor.row, header) : null;
}

const PARTS: (keyof PackedItem)[] = [
  "level1Code",
  "level1",
  "level2Code",
  "level2",
  "name",
  "periodValue",
  "annualValue",
];

function indicatorsOf(grid: Grid, row: number, col: number): Indicator[] {
  const raw = cellAt(grid, row, col);
  const whole = cellText(raw);
  const slice = (span: Span): Field => ({
    text: whole.slice(span.start, span.end).trim(),
    raw,
    row,
    col,
    cellText: whole,
    span: { start: span.start, end: span.end },
  });
  return parsePacked(whole).map((item, index) => {
    const indicator: Indicator = { index, row };
    for (const part of PARTS) {
      const span = item[part];
      if (span) indicator[part] = slice(span);
    }
    return indicator;
  });
}

export function parseCompact(grid: Grid, location: TableLocation): TargetTable {
  const header = headerOf(grid, location);
  const row = location.anchor.row;
  const unit = unitOf(grid, location, header);
  const table: TargetTable = {
    id: `${grid.sheet}!${toA1(location.anchor.row, location.anchor.col)}`,
    layout: "compact",
    sheet: grid.sheet,
    range: { ...location.range },
    anchor: { ...location.anchor },
    moneyUnit: "万元",
    name: fieldAt(grid, row, header.nameCol),
    goal: fieldAt(grid, row, header.goalCol),
    hasBasisColumn: false,
    indicators: indicatorsOf(grid, row, header.indicatorsCol),
  };
  if (unit) table.unit = fieldAt(grid, unit.row, unit.col);
  if (header.row < row) table.listHeader = { row: header.row, col: header.band.left };
  return table;
}
