/** A funds block's total where no label names the budget. */
import type { CellPos, CellRange, Grid } from "../grid/grid";
import type { Field } from "../model/table";
import { FUNDS_CAPTION, FUNDS_SOURCE_HEADER, TOTALS_ROW } from "../schema/head-words";
import { headLabelKey } from "../text/head-label";
import { areaBottom, areaRight, ownText, seenCell } from "../locate/cells";
import { fieldAt } from "./field";
import type { Hit } from "./head-scan";
import { AMOUNT } from "./task-list";

/**
 * With no budget label, a funds block's total is the budget: a `合计` row under a `资金来源` column header (`合计 |
 * 100`, its amount right of it), else a `合计` column captioned by the block's label (`项目资金（万元） | 合计 | 中央`
 * over `^ | 1500 | 1000`, its amount below, or a row of its own, its amount right of it), else a funds caption's
 * amount beside it. A 合计 with no amount there names none (a header row of its own).
 */
export function fundsTotal(grid: Grid, area: CellRange, yearColumns: readonly CellPos[]): Hit | undefined {
  let column: Hit | undefined;
  let beside: Hit | undefined;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c = areaRight(grid, r, c) + 1) {
      const text = ownText(grid, r, c);
      beside ??= captionAmount(grid, r, c, text);
      if (text === "" || text.length > 6 || !TOTALS_ROW.test(text)) continue;
      if (underSourceHeader(grid, r, c, area)) {
        const amount = fieldAt(grid, r, areaRight(grid, r, c) + 1);
        if (AMOUNT.test(amount.text)) return total(r, c, text, amount);
      }
      const caption = c > area.left ? seenCell(grid, r, area.left).text : "";
      if (!column && FUNDS_CAPTION.test(headLabelKey(caption))) {
        // Beside the table year's column (`合计 | 2024年 | 2025年`), the year's amount is the budget.
        const year = yearColumns.find((y) => y.row === r);
        const at = year ? year.col : c;
        const amount = fieldAt(grid, areaBottom(grid, r, at) + 1, at);
        // Or a row of its own under the caption (`项目资金（万元） | 合计 | 1800` over `^ | 一般公共预算拨款 | …`).
        const right = year || !labelBelow(grid, r, c) ? undefined : fieldAt(grid, r, areaRight(grid, r, c) + 1);
        if (AMOUNT.test(amount.text)) column = total(r, at, text, amount);
        else if (right && AMOUNT.test(right.text) && !BARE_YEAR.test(right.text)) column = total(r, c, text, right);
      }
    }
  }
  return column ?? beside;
}

/** A year over a column (`合计 | 2024 | 2025`) is no amount; 2000 or 2050.00 are. */
const BARE_YEAR = /^\s*(?:19|20)\d\d\s*$/;

/** The next row under a 合计 holds a label (`一般公共预算拨款`): 合计 is a row of its own, not a column's header. */
function labelBelow(grid: Grid, row: number, col: number): boolean {
  const text = ownText(grid, areaBottom(grid, row, col) + 1, col);
  return text !== "" && !AMOUNT.test(text);
}

/**
 * A funds caption with its amount right beside it (`项目资金（万元） | 186 | 其中：财政拨款 | 186`, 吉林): the caption
 * names the project's funds, as a budget label would. Over columns (`项目资金（万元） | 总额 | 财政拨款`) it names none.
 */
function captionAmount(grid: Grid, row: number, col: number, text: string): Hit | undefined {
  if (text === "" || text.length > 12 || !FUNDS_CAPTION.test(headLabelKey(text))) return undefined;
  const amount = fieldAt(grid, row, areaRight(grid, row, col) + 1);
  // A year beside the caption (`资金情况（万元） | 2025 | 其中：财政拨款 | 150`) is no amount; 2000 or 2050.00 are.
  if (!AMOUNT.test(amount.text) || /^\s*20[1-3]\d\s*$/.test(amount.text)) return undefined;
  return total(row, col, text, amount);
}

/** How far above a totals row its `资金来源` header may stand (the sources listed between them). */
const SOURCE_REACH = 8;

/** Whether a `资金来源` column header stands above (row, col), the sources between them (`财政拨款 | 40`, …). */
function underSourceHeader(grid: Grid, row: number, col: number, area: CellRange): boolean {
  for (let r = row - 1; r >= Math.max(area.top, row - SOURCE_REACH); r--) {
    const text = seenCell(grid, r, col).text;
    if (FUNDS_SOURCE_HEADER.test(text)) return true;
    if (text === "") return false;
  }
  return false;
}

/** The total's hit, its amount given (as a task list's total is): valueOf need not look for it. */
function total(row: number, col: number, text: string, amount: Field): Hit {
  return { key: "budget", rank: 0, row, col, text, inline: undefined, listed: amount };
}
