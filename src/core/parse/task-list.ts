/**
 * A 部门整体 table's list of tasks with their money (`年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元）` over a row
 * per task and a `合计` row): a money label there heads a column of amounts, one per task. Its value is the
 * list's total, or none at all: no one task's amount is the budget.
 */
import type { CellRange, Grid } from "../grid/grid";
import type { Field } from "../model/table";
import { TOTALS_ROW } from "../schema/head-words";
import { headLabelOfText } from "../text/head-label";
import { ownText } from "../locate/cells";
import { fieldAt } from "./field";

/** A cell that is an amount alone (`50`, `1,200.5万元`). */
export const AMOUNT = /^\s*[\d０-９][\d０-９,，.．]*\s*(?:万元|元|万|亿元|亿)?\s*$/;

/** The first text written in the row left of `col`, within the area (cells merged from above hold none). */
function rowLead(grid: Grid, row: number, col: number, area: CellRange): string {
  for (let c = area.left; c < col; c++) {
    const text = ownText(grid, row, c);
    if (text !== "") return text;
  }
  return "";
}

/** A sub-label is short (`总额`, `财政拨款`, `其中：一般公共预算拨款`). */
const MAX_SUBLABEL = 16;

const isHeadLabel = (text: string) => headLabelOfText(text) !== undefined;

/**
 * For a money label whose area ends on `labelBottom`: undefined when it heads no task list; else the list's
 * total row's amount, or null when the list has none. Rows led by a head label (`年度资金总额 | 100`,
 * `其中：财政拨款 | 80`) are a funds table's, not tasks.
 */
export function taskListTotal(grid: Grid, labelBottom: number, col: number, area: CellRange): Field | null | undefined {
  let row = labelBottom + 1;
  if (row > area.bottom) return undefined;
  // A sub-label row under a caption over the funds (`预算金额` over `总额 | 财政拨款 | 其他资金`); most labels have
  // a text of another kind below them, told apart here before any label lookup.
  const below = ownText(grid, row, col);
  if (!AMOUNT.test(below)) {
    if (below.length > MAX_SUBLABEL || !isHeadLabel(below)) return undefined;
    row++;
  }
  let tasks = 0;
  for (; row <= area.bottom && AMOUNT.test(ownText(grid, row, col)); row++) {
    const lead = rowLead(grid, row, col, area);
    if (TOTALS_ROW.test(lead)) return tasks > 0 ? fieldAt(grid, row, col) : undefined;
    if (lead === "" || isHeadLabel(lead)) return undefined;
    tasks++;
  }
  return tasks >= 2 ? null : undefined;
}
