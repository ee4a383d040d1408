/** A funds block's total where no label names the budget. */
import type { CellRange, Grid } from "../grid/grid";
import { FUNDS_CAPTION, FUNDS_SOURCE_HEADER, TOTALS_ROW } from "../schema/head-words";
import { headLabelKey } from "../text/head-label";
import { areaRight, ownText, seenCell } from "../locate/cells";
import type { Hit } from "./head-scan";

/**
 * With no budget label, a funds block's total is the budget: `合计` captioned by the block's label left of it
 * (`项目资金（万元） | 合计 | 中央 | 省级` over the amounts), or under a `资金来源` column header (`合计 | 100`).
 */
export function fundsTotal(grid: Grid, area: CellRange): Hit | undefined {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c = areaRight(grid, r, c) + 1) {
      const text = ownText(grid, r, c);
      if (text === "" || text.length > 6 || !TOTALS_ROW.test(text)) continue;
      const caption = c > area.left ? seenCell(grid, r, area.left).text : "";
      const above = r > area.top ? seenCell(grid, r - 1, c).text : "";
      if (FUNDS_CAPTION.test(headLabelKey(caption)) || FUNDS_SOURCE_HEADER.test(above))
        return { key: "budget", rank: 0, row: r, col: c, text, inline: undefined, listed: undefined };
    }
  }
  return undefined;
}
