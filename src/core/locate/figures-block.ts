/**
 * A table of figures under the indicators: a caption where the 一级 stands, column headings after it, figures
 * below (`项目收益测算 | 年度 | 收入（万元） | 运营成本（万元）` over `^ | 2025年 | 1800 | 600`; `政府采购计划 |
 * 采购品目 | 数量 | 单价（万元）` over `^ | 高速扫描仪 | 4台 | 12`; `债券还本付息计划（万元） | 2025年 | 2026年` over
 * `还本 | 0 | 500`). 专项债, works and procurement tables carry one in that place under too many captions to list
 * (收益测算, 还本付息计划, 投资估算, 工程量清单, 设备购置明细 …): the row's shape says it, and the block ends there.
 */
import type { Grid } from "../grid/grid";
import { lookupLevel1, lookupLevel2 } from "../schema/vocabulary";
import { ownText } from "./cells";

/** A column heading: short, no sentence, no target (no digit or comparator), or a year (`2025年`). */
function isHeading(text: string): boolean {
  if (YEAR.test(text)) return true;
  return text.length <= MAX_HEADING && !/[\d≥≤<>＞＜=＝，,。；;]/.test(text);
}

const MAX_HEADING = 16;
const YEAR = /^(?:19|20)\d\d年度?$/;
/** A figure: a number, with a short unit (`4台`, `1,800`, `12.5%`), or a year. */
const FIGURE = /^[-+]?\d[\d,，.．]*\s*(?:[%‰]|[\u4e00-\u9fff]{1,3})?$|^(?:19|20)\d\d年度?$/;

/**
 * Whether the row (its own cells, left to right) captions a table of figures: its first cell where the 一级 stands
 * names no 一级; two or more headings after it, the first no 二级; at least two figures under them on the next row.
 */
export function isFiguresCaption(
  grid: Grid,
  row: number,
  cells: readonly { col: number; text: string }[],
  level1To: number | undefined,
): boolean {
  const [first, ...rest] = cells;
  if (!first || level1To === undefined || first.col > level1To || rest.length < 2) return false;
  if (lookupLevel1(first.text) || lookupLevel2(first.text)) return false;
  // The cell after the caption is where a 二级 stands (`数量` among the headings further right is a heading).
  if (lookupLevel2(rest[0].text) || !rest.every((c) => isHeading(c.text))) return false;
  let figures = 0;
  for (const c of rest) if (FIGURE.test(ownText(grid, row + 1, c.col))) figures++;
  return figures >= 2;
}
