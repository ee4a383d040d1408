/** A funds block's total where no label names the budget. */
import type { CellRange, Grid } from "../grid/grid";
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
 * over `^ | 1500 | 1000`, its amount below). A 合计 with no amount there names none (a header row of its own).
 */
export function fundsTotal(grid: Grid, area: CellRange): Hit | undefined {
  let column: Hit | undefined;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c = areaRight(grid, r, c) + 1) {
      const text = ownText(grid, r, c);
      if (text === "" || text.length > 6 || !TOTALS_ROW.test(text)) continue;
      const above = r > area.top ? seenCell(grid, r - 1, c).text : "";
      if (FUNDS_SOURCE_HEADER.test(above)) {
        const amount = fieldAt(grid, r, areaRight(grid, r, c) + 1);
        if (AMOUNT.test(amount.text)) return total(r, c, text, amount);
      }
      const caption = c > area.left ? seenCell(grid, r, area.left).text : "";
      if (!column && FUNDS_CAPTION.test(headLabelKey(caption))) {
        const amount = fieldAt(grid, areaBottom(grid, r, c) + 1, c);
        if (AMOUNT.test(amount.text)) column = total(r, c, text, amount);
      }
    }
  }
  return column;
}

/** The total's hit, its amount given (as a task list's total is): valueOf need not look for it. */
function total(row: number, col: number, text: string, amount: Field): Hit {
  return { key: "budget", rank: 0, row, col, text, inline: undefined, listed: amount };
}
