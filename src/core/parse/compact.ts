/** One project row of the compact layout → a table; its indicators come from the packed cell. */
import { cellAt, cellText, textAt, type CellPos, type CellValue, type Grid } from "../grid/grid";
import { toA1 } from "../grid/address";
import type { Field, Indicator, MoneyUnit, TargetTable } from "../model/table";
import { compactHeaderAbove, sameName, unitAbove } from "../locate/compact-list";
import { readCompactHeader, type CompactHeader } from "../locate/header";
import type { TableLocation } from "../locate/location";
import { labelMoneyUnit } from "../text/head-label";
import { fieldAt, fieldText, linesAboveList } from "./field";
import { parsePacked, type PackedItem, type Span } from "./packed";
import { isLevel1Word } from "../schema/vocabulary";

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

interface PackedCell {
  row: number;
  raw: CellValue;
  text: string;
  /** Where the cell's text starts in the project's text (its cells joined). */
  offset: number;
}

/**
 * The project's packed cells, top to bottom: one, or more where a PDF conversion split it at a page break.
 * Read as one text (an item may run from one into the next), each field a slice of the cell it starts in.
 */
function indicatorsOf(grid: Grid, top: number, bottom: number, header: CompactHeader): Indicator[] {
  const col = header.indicatorsCol;
  const cells: PackedCell[] = [];
  let joined = "";
  for (let row = top; row <= bottom; row++) {
    const raw = cellAt(grid, row, col);
    const text = cellText(raw);
    // Below the project's row only its continuations count: no name of their own (a header repeated between
    // them has one).
    if (row > top && (text.trim() === "" || ownName(grid, row, top, header.nameCol))) continue;
    cells.push({ row, raw, text, offset: joined.length });
    joined += text;
  }
  const cellOf = (at: number) => cells.reduce((found, c) => (c.offset <= at ? c : found), cells[0]);
  const slice = (span: Span): Field => {
    const cell = cellOf(span.start);
    const start = span.start - cell.offset;
    const end = Math.min(span.end - cell.offset, cell.text.length);
    return {
      text: fieldText(cell.text.slice(start, end)),
      raw: cell.raw,
      row: cell.row,
      col,
      cellText: cell.text,
      span: { start, end },
    };
  };
  return parsePacked(joined).map((item, index) => {
    const indicator: Indicator = { index, row: top };
    for (const part of PARTS) {
      const span = item[part];
      if (span) indicator[part] = slice(span);
    }
    indicator.row = firstField(indicator)?.row ?? top;
    return indicator;
  });
}

/**
 * `绩效指标 | 指标值` (a list whose indicators stand one per row beside their targets): each of the project's rows
 * with a name or a target is an indicator of its own. No levels: the list names none.
 */
function pairedIndicators(
  grid: Grid,
  top: number,
  bottom: number,
  header: CompactHeader,
  valueCol: number,
): Indicator[] {
  const indicators: Indicator[] = [];
  for (let row = top; row <= bottom; row++) {
    if (row > top && ownName(grid, row, top, header.nameCol)) continue;
    const name = fieldAt(grid, row, header.indicatorsCol);
    const value = fieldAt(grid, row, valueCol);
    // `产出指标 | ` between a project's rows is a heading over the indicators under it. A 二级's words
    // (`服务对象满意度`, `社会效益`) may name an indicator: left to value-missing.
    if (value.text.trim() === "" && (name.text.trim() === "" || isLevel1Word(name.text))) continue;
    const indicator: Indicator = { index: indicators.length, row, name };
    // The compact layout's values are a set's: the column's (`实施期指标值`), else the year's, as a list's are.
    if (header.valueSet === "period") indicator.periodValue = value;
    else indicator.annualValue = value;
    indicators.push(indicator);
  }
  return indicators;
}

/**
 * The project's indicators cell packs items with their values (`1、1-产出指标；…年度指标值:…`): a column
 * headed 指标值 beside it is blank or a note, not the targets of one indicator per row (the session's own review:
 * the whole packed text had become one indicator's name).
 */
function packedCell(grid: Grid, row: number, header: CompactHeader): boolean {
  // Values of its own, not codes: a row of `11-数量指标；补助幼儿人数 | ≥800人` is one indicator beside its target.
  return parsePacked(textAt(grid, row, header.indicatorsCol)).some((i) => i.periodValue || i.annualValue);
}

/** A continuation row's name of its own: written, and not the project's written again (a fill-down). */
function ownName(grid: Grid, row: number, top: number, col: number): boolean {
  return textAt(grid, row, col).trim() !== "" && !sameName(grid, row, top, col);
}

function firstField(indicator: Indicator): Field | undefined {
  for (const part of PARTS) if (indicator[part]) return indicator[part] as Field;
  return undefined;
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
    indicators:
      header.valueCol !== undefined && !packedCell(grid, row, header)
        ? pairedIndicators(grid, row, location.range.bottom, header, header.valueCol)
        : indicatorsOf(grid, row, location.range.bottom, header),
  };
  if (unit) table.unit = fieldAt(grid, unit.row, unit.col);
  // The list's title gives every project its year (`2025年…部门项目支出绩效目标表`), as a form's does; an edit there
  // reaches every project through the list header (locate/affected.ts).
  const lines = linesAboveList(grid, header.row, header.band);
  if (lines.title) table.title = lines.title;
  if (lines.yearLine) table.yearLine = lines.yearLine;
  readBudget(grid, row, header, table, lines.moneyUnit);
  if (header.row < row) table.listHeader = { row: header.row, col: header.band.left };
  return table;
}

/** A list with an amount column (`项目金额（万元）`): the project's amount, in the header's unit, where it is written. */
function readBudget(
  grid: Grid,
  row: number,
  header: CompactHeader,
  table: TargetTable,
  lineUnit: MoneyUnit | undefined,
): void {
  if (header.budgetCol === undefined) return;
  const budget = fieldAt(grid, row, header.budgetCol);
  if (budget.text === "") return;
  table.budget = budget;
  table.moneyUnit = labelMoneyUnit(textAt(grid, header.row, header.budgetCol)) ?? lineUnit ?? table.moneyUnit;
}
