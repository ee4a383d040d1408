/**
 * The list header `项目名称（资金使用单位）| 绩效目标 | 绩效指标` of the compact
 * layout (the form and flat layouts' indicator header: indicator-header.ts).
 */
import type { Grid } from "../grid/grid";
import { rightEdge } from "../grid/merges";
import { headLabelKey, headLabelOfText } from "../text/head-label";
import { labelOf } from "../text/labels";
import { FUNDS_CAPTION, FUNDS_SOURCE_HEADER, TOTALS_ROW } from "../schema/head-words";
import { parseAmountNumber } from "../value/number";
import { areaRight, ownText, seenCell } from "./cells";
import { isStructureWord } from "./indicator-header";
import { rowCells, type Band } from "./rows";
import { columnRole, headerKey, valueSet, type ValueSet } from "../schema/columns";
import { normalizeLabel } from "../text/normalize";

export interface CompactHeader {
  row: number;
  band: Band;
  nameCol: number;
  goalCol: number;
  indicatorsCol: number;
  /** A project's amount column (`项目金额（万元）`), where the list has one, before or after the indicators. */
  budgetCol?: number;
  /**
   * `绩效指标 | 指标值`: a value column right of the indicators, each project's rows one indicator each (its name in
   * the indicators column, its target beside it), not one packed cell.
   */
  valueCol?: number;
  /** The set the value column's header names (`实施期指标值`: the period's), if any. */
  valueSet?: ValueSet;
}

/**
 * The compact list header whose `项目名称…` cell is at (row, col). A `绩效指标` over a row of column words
 * (`一级指标 | 二级指标 | …`) is a two-row header's caption over a list export's indicator columns, not a compact one.
 */
export function readCompactHeader(grid: Grid, row: number, col: number): CompactHeader | undefined {
  const line = rowCells(grid, row);
  if (!line) return undefined;
  let goalCol = -1;
  let indicatorsCol = -1;
  for (let c = col + 1; c < col + HEADER_REACH && c - grid.left < line.length; c++) {
    const v = line[c - grid.left];
    const label = typeof v === "string" ? labelOf(v) : undefined;
    if (label?.key === "goal" && goalCol < 0) goalCol = c;
    else if (label?.key === "indicators" && indicatorsCol < 0) indicatorsCol = c;
  }
  if (goalCol < 0 || indicatorsCol < 0 || isStructureWord(ownText(grid, row + 1, indicatorsCol))) return undefined;
  const budgetCol = amountColumn(grid, line, row, col);
  const valueCol = valueColumn(grid, row, indicatorsCol);
  const right = Math.max(rightEdge(grid, row, indicatorsCol), goalCol, budgetCol ?? 0, valueCol ?? 0);
  const header: CompactHeader = { row, band: { left: col, right }, nameCol: col, goalCol, indicatorsCol };
  if (budgetCol !== undefined) header.budgetCol = budgetCol;
  if (valueCol !== undefined) {
    header.valueCol = valueCol;
    const set = valueSet(headerKey(ownText(grid, row, valueCol), normalizeLabel));
    if (set) header.valueSet = set;
  }
  return header;
}

/** The column right of the indicators' when its header names a target (`指标值`, `年度指标值`, `目标值`). */
function valueColumn(grid: Grid, row: number, indicatorsCol: number): number | undefined {
  const col = areaRight(grid, row, indicatorsCol) + 1;
  return columnRole(headerKey(ownText(grid, row, col), normalizeLabel)) === "value" ? col : undefined;
}

/** How far right of the name the list's other headers stand. */
const HEADER_REACH = 6;

/**
 * A budget label right of the name (`项目金额（万元）`), before or after the indicators. Over a sub-header row
 * (`预算数` over `财政拨款 | 其他资金 | 合计`), the sub-column of the total (`合计`, `本年预算`), or none.
 */
function amountColumn(grid: Grid, line: readonly unknown[], row: number, col: number): number | undefined {
  for (let c = col + 1; c < col + HEADER_REACH && c - grid.left < line.length; c++) {
    const v = line[c - grid.left];
    if (typeof v !== "string" || headLabelOfText(v)?.key !== "budget") continue;
    return hasSubHeader(grid, row, col) ? totalBelow(grid, row, c) : c;
  }
  return captionColumn(grid, line, row, col);
}

/**
 * Where no budget word heads a column, a funds caption over amounts (`项目资金（万元）` over `300`) heads the
 * projects' amounts; a source's caption (`资金来源`) over text does not (the session's own review: `省级财政` had
 * been read as the budget).
 */
function captionColumn(grid: Grid, line: readonly unknown[], row: number, col: number): number | undefined {
  const sub = hasSubHeader(grid, row, col);
  for (let c = col + 1; c < col + HEADER_REACH && c - grid.left < line.length; c++) {
    const v = line[c - grid.left];
    if (typeof v !== "string") continue;
    const key = headLabelKey(v);
    if (!FUNDS_CAPTION.test(key) || FUNDS_SOURCE_HEADER.test(key)) continue;
    // Over `合计 | 财政资金 | 其他资金`, the total's column; alone, a column whose cells hold amounts.
    if (sub) return totalBelow(grid, row, c);
    if (amountsBelow(grid, row + 1, c)) return c;
  }
  return undefined;
}

/** How far down a caption's column is looked at for an amount (a first project's may be blank). */
const AMOUNT_REACH = 20;

/** Whether a column holds an amount under the header (`50`, `50万元`), looking past blanks and text. */
function amountsBelow(grid: Grid, top: number, col: number): boolean {
  for (let r = top; r < top + AMOUNT_REACH; r++)
    if (parseAmountNumber(ownText(grid, r, col)) !== undefined) return true;
  return false;
}

/** The header's second row: the name's cell merged down over it (`项目名称` over `^`). */
export function hasSubHeader(grid: Grid, row: number, nameCol: number): boolean {
  const below = seenCell(grid, row + 1, nameCol);
  return below.fromAbove && below.row === row;
}

/** Under a caption over several columns, the sub-column that holds the total. */
function totalBelow(grid: Grid, row: number, col: number): number | undefined {
  for (let c = col; c <= areaRight(grid, row, col); c++) {
    const text = ownText(grid, row + 1, c);
    if (TOTALS_ROW.test(text) || headLabelOfText(text)?.key === "budget") return c;
  }
  return undefined;
}
