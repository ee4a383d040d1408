/**
 * Indicator rows of the form and flat layouts, one per row under the header.
 * 一级指标 is merged over its group, written once, or repeated; a blank cell
 * inherits the group's 一级指标 and says so (`level1Inherited`).
 */
import type { CellRange, Grid } from "../grid/grid";
import { mergeIndex, type MergeIndex } from "../grid/merges";
import type { Field, Indicator } from "../model/table";
import type { IndicatorHeader } from "../locate/header";
import { isBlankRow, isBlankValue, rowCells } from "../locate/rows";
import type { LabelKey } from "../text/labels";
import { fieldAt } from "./field";

type Simple = "level2" | "name" | "value" | "basis" | "unitColumn" | "comparatorColumn" | "valueType";

const SIMPLE: [LabelKey, Simple][] = [
  ["level2", "level2"],
  ["indicatorName", "name"],
  ["value", "value"],
  ["basis", "basis"],
  ["unitColumn", "unitColumn"],
  ["comparator", "comparatorColumn"],
  ["valueType", "valueType"],
];

/** The columns 绩效指标描述 covers: up to the next header label (it is often merged over two). */
function descriptionSpan(header: IndicatorHeader): [number, number] | undefined {
  const from = header.cols.description;
  if (from === undefined) return undefined;
  let to = header.band.right;
  for (const col of Object.values(header.cols)) if (col !== undefined && col > from && col - 1 < to) to = col - 1;
  return [from, to];
}

/** The description: the first filled cell of its span (a blank sub-column is common). */
function descriptionField(grid: Grid, row: number, span: [number, number]): Field {
  const cells = rowCells(grid, row) ?? [];
  for (let c = span[0]; c <= span[1]; c++) if (!isBlankValue(cells[c - grid.left])) return fieldAt(grid, row, c);
  return fieldAt(grid, row, span[0]);
}

interface Level1State {
  group?: Field;
  merges: MergeIndex;
}

function level1Of(
  grid: Grid,
  row: number,
  col: number,
  state: Level1State,
): Pick<Indicator, "level1" | "level1Inherited"> {
  const own = fieldAt(grid, row, col);
  if (own.text !== "") {
    state.group = own;
    return { level1: own };
  }
  const merge = state.merges.at(row, col);
  if (merge && merge.top < row && merge.left === col) {
    const top = fieldAt(grid, merge.top, merge.left);
    if (top.text !== "") return { level1: top, level1Inherited: true };
  }
  if (state.group) return { level1: state.group, level1Inherited: true };
  return { level1: own };
}

/** The header's single-column fields, resolved once per table. */
function simpleColumns(header: IndicatorHeader): [Simple, number][] {
  const out: [Simple, number][] = [];
  for (const [key, field] of SIMPLE) {
    const col = header.cols[key];
    if (col !== undefined) out.push([field, col]);
  }
  return out;
}

export function parseIndicatorRows(grid: Grid, header: IndicatorHeader, range: CellRange): Indicator[] {
  const indicators: Indicator[] = [];
  const description = descriptionSpan(header);
  const columns = simpleColumns(header);
  const level1Col = header.cols.level1;
  const state: Level1State = { merges: mergeIndex(grid) };
  for (let row = header.row + 1; row <= range.bottom; row++) {
    if (isBlankRow(grid, row, header.band)) continue;
    const indicator: Indicator = { index: indicators.length, row };
    if (level1Col !== undefined) Object.assign(indicator, level1Of(grid, row, level1Col, state));
    for (const [field, col] of columns) indicator[field] = fieldAt(grid, row, col);
    if (description) indicator.description = descriptionField(grid, row, description);
    if (header.required.length) {
      indicator.required = header.required.map((r) => ({ label: r.label, field: fieldAt(grid, row, r.col) }));
    }
    indicators.push(indicator);
  }
  return indicators;
}
