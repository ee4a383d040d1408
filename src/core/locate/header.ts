/**
 * The list header `项目名称（资金使用单位）| 绩效目标 | 绩效指标` of the compact
 * layout (the form and flat layouts' indicator header: indicator-header.ts).
 */
import type { Grid } from "../grid/grid";
import { rightEdge } from "../grid/merges";
import { labelOf } from "../text/labels";
import { rowCells, type Band } from "./rows";

export interface CompactHeader {
  row: number;
  band: Band;
  nameCol: number;
  goalCol: number;
  indicatorsCol: number;
}

/** The compact list header whose `项目名称…` cell is at (row, col). */
export function readCompactHeader(grid: Grid, row: number, col: number): CompactHeader | undefined {
  const line = rowCells(grid, row);
  if (!line) return undefined;
  let goalCol = -1;
  let indicatorsCol = -1;
  for (let c = col + 1; c < col + 6 && c - grid.left < line.length; c++) {
    const v = line[c - grid.left];
    const label = typeof v === "string" ? labelOf(v) : undefined;
    if (label?.key === "goal" && goalCol < 0) goalCol = c;
    else if (label?.key === "indicators" && indicatorsCol < 0) indicatorsCol = c;
  }
  if (goalCol < 0 || indicatorsCol < 0) return undefined;
  const right = Math.max(rightEdge(grid, row, indicatorsCol), goalCol);
  return { row, band: { left: col, right }, nameCol: col, goalCol, indicatorsCol };
}
