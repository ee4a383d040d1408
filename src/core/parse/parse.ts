/** Parses a located table into the model (spec §1). */
import { textAt, type Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import { locateBlockAt } from "../locate/locate";
import type { HeaderColumn, IndicatorHeader } from "../locate/indicator-header";
import type { IndicatorSection } from "../locate/block-extent";
import type { TableLocation } from "../locate/location";
import type { Indicator, TargetTable } from "../model/table";
import { tableYear } from "../model/table-year";
import { OPTIONAL_COLUMN, REQUIRED_COLUMN } from "../schema/columns";
import { parseCompact } from "./compact";
import { parseHead } from "./head";
import { parseListHead } from "./list-head";
import { parseIndicatorRows } from "./indicator-rows";

/** The header's first indicator column (`一级指标`), past any project or label columns. */
function indicatorHeaderCell(header: IndicatorHeader): { row: number; col: number } {
  const first = header.columns.find((c) => c.role !== "head");
  return { row: header.row, col: first?.from ?? header.band.left };
}

/**
 * Whether a header marks its basis column optional: `（选填）` on it, or no `*` (no `（必填）`) on it where others
 * have one.
 */
function basisOptional(grid: Grid, header: IndicatorHeader): boolean {
  const basis = header.columns.find((c) => c.role === "basis");
  if (!basis) return false;
  const text = (c: HeaderColumn) => textAt(grid, header.row, c.from);
  if (OPTIONAL_COLUMN.test(text(basis))) return true;
  if (basis.required || REQUIRED_COLUMN.test(text(basis))) return false;
  return header.columns.some((c) => c.required !== undefined || REQUIRED_COLUMN.test(text(c)));
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
  const read = ofTableYear(sections, tableYear(head));
  const columns = read.flatMap((s) => s.header.columns);
  const markedRows: Indicator[] = [];
  const indicators = parseIndicatorRows(grid, read, markedRows);
  return {
    id: `${grid.sheet}!${toA1(location.anchor.row, location.anchor.col)}`,
    layout: location.layout,
    sheet: grid.sheet,
    range,
    anchor: { ...location.anchor },
    ...head,
    hasBasisColumn: columns.some((c) => c.role === "basis"),
    ...(columns.some((c) => c.role === "basis" && c.source) ? { basisWithSource: true } : {}),
    ...(read.some((s) => basisOptional(grid, s.header)) ? { basisOptional: true } : {}),
    hasLevel1Column: columns.some((c) => c.role === "level1"),
    // A list export's header serves every project: a project's table-level findings stay on its own rows.
    ...(first && !location.listProject ? { indicatorHeader: indicatorHeaderCell(first) } : {}),
    ...(first && location.listProject ? { listHeader: { row: first.row, col: first.band.left } } : {}),
    indicators,
    ...(markedRows.length ? { markedRows } : {}),
    ...(!indicators.length && first && bodyHasText(grid, first.row + 1, range) ? { bodyUnread: true } : {}),
  };
}

/**
 * Two rows or more right under the header with text in two cells each (up to the first blank row; the block's extent
 * ends at the header when no row was understood): indicator rows, whatever was made of them.
 */
function bodyHasText(grid: Grid, top: number, range: { left: number; right: number }): boolean {
  let rows = 0;
  for (let r = top; r < top + BODY_REACH && rows < 2; r++) {
    let cells = 0;
    for (let c = range.left; c <= range.right; c++) if (textAt(grid, r, c).trim() !== "") cells++;
    if (cells === 0) break;
    if (cells >= 2) rows++;
  }
  return rows >= 2;
}

const BODY_REACH = 50;

/**
 * Value columns headed by years (`2024年 | 2025年 | 2026年`), read by the table's year: its own column is the
 * target, an earlier year's is history (read past), a later year's a second value (checked, not weighed against
 * this year's budget). Without the table's year among them, the first column stays the target.
 */
function ofTableYear(sections: IndicatorSection[], year: number | undefined): IndicatorSection[] {
  if (year === undefined) return sections;
  return sections.map((section) => {
    const { columns } = section.header;
    if (!columns.some((c) => c.year === year) || columns.find((c) => c.role === "value")?.year === year) return section;
    // A period's column beside them (`中期目标值 | 2025年 | …`) is the period's target, the year's column the year's.
    const period = columns.some((c) => c.period);
    const byYear = (c: HeaderColumn): HeaderColumn => {
      if (c.period) return { ...c, role: "periodValue" };
      if (c.year === undefined) return c;
      return { ...c, role: c.year !== year ? "regionValue" : period ? "annualValue" : "value" };
    };
    const kept = columns.filter((c) => c.year === undefined || c.year >= year).map(byYear);
    return { ...section, header: { ...section.header, columns: kept } };
  });
}

/** Never throws on a location that came from `locateTables` on the same grid. */
export function parseTable(grid: Grid, location: TableLocation): TargetTable {
  return location.layout === "compact" ? parseCompact(grid, location) : parseBlock(grid, location);
}
