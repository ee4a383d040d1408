/**
 * A table of figures under the indicators: a caption where the 一级 stands, column headings after it, figures
 * below (`项目收益测算 | 年度 | 收入（万元） | 运营成本（万元）` over `^ | 2025年 | 1800 | 600`; `政府采购计划 |
 * 采购品目 | 数量 | 单价（万元）` over `^ | 高速扫描仪 | 4台 | 12`; `债券还本付息计划（万元） | 2025年 | 2026年` over
 * `还本 | 0 | 500`). 专项债, works and procurement tables carry one in that place under too many captions to list
 * (收益测算, 还本付息计划, 投资估算, 工程量清单, 设备购置明细 …): the row's shape says it, and the block ends there.
 */
import type { Grid } from "../grid/grid";
import { basisType } from "../schema/basis";
import { isLevel1Word, isLevel2Word, isLevelWord } from "../schema/vocabulary";
import { ownText } from "./cells";

/** A column heading: short, no sentence, no target (no digit or comparator), or a year (`2025年`). */
function isHeading(text: string): boolean {
  if (YEAR.test(text)) return true;
  return text.length <= MAX_HEADING && !/[\d≥≤<>＞＜=＝，,。；;]/.test(text);
}

const MAX_HEADING = 16;
/** A table of figures has three columns or more after its caption (`费用名称 | 金额 | 备注`); a name and a target two. */
const MIN_HEADINGS = 3;
// Words, a list number before them at most (`4.资金测算明细`); a 序号 (`3`, `一`, `二、`) is none.
const CAPTION = /^(?:\d{1,2}\s*[.、．)）]\s*)?[^\d]*[\u4e00-\u9fff]/;
const NUMERAL = /^[一二三四五六七八九十]+[、.．]?$/;
const YEAR = /^(?:19|20)\d\d年度?$/;
/** A figure: a number, with a short unit (`4台`, `1,800`, `12.5%`), or a year. */
const FIGURE = /^[-+]?\d[\d,，.．]*\s*(?:[%‰]|[\u4e00-\u9fff]{1,3})?$|^(?:19|20)\d\d年度?$/;
/**
 * Words a heading of figures holds (`金额`, `单价（万元）`, `工程量`, `年度`, `还本`), or a money or count unit in
 * brackets: an indicator row's qualitative targets (`逐步完善 | 持续完善`) hold none.
 */
const FIGURES_HEADING =
  /金额|单价|数量|工程量|合计|小计|收入|支出|成本|费用|本金|利息|还本|付息|投资|年度|年份|单位|规格|型号|品目|名称|方式|[(（](?:万?元|亿元|个|台|套|吨|亩|平方米|米|%)[)）]|^(?:19|20)\d\d年度?$/;

/**
 * Whether the row (its own cells, left to right) captions a table of figures: its first cell where the 一级 stands
 * is words naming no 一级; three or more cells after it are headings naming no 一级, 二级 or basis, one a heading of
 * figures; and the next row holds a figure under one of them.
 */
export function isFiguresCaption(
  grid: Grid,
  row: number,
  cells: readonly { col: number; text: string }[],
  level1To: number | undefined,
): boolean {
  const [first, ...rest] = cells;
  if (!first || level1To === undefined || first.col > level1To) return false;
  // With no caption the first cell is a heading too (`年度 | 收入 | 支出` over `2025年 | 1800 | 600`).
  if (rest.length < (FIGURES_HEADING.test(first.text) ? MIN_HEADINGS - 1 : MIN_HEADINGS)) return false;
  // A caption is words (`项目收益测算`); a row number (`3`, a 序号 column) opens an indicator row.
  if (!CAPTION.test(first.text) || NUMERAL.test(first.text.trim())) return false;
  if (isLevelWord(first.text)) return false;
  if (!rest.every((c) => isHeading(c.text)) || !rest.some((c) => FIGURES_HEADING.test(c.text))) return false;
  // An indicator row names its 一级 or basis among them (`产出指标 | 质量指标`, `计划标准`); a heading of figures may
  // hold a 一级's root (`成本（万元）`) but not the word.
  if (rest.some((c) => (/指标$/.test(c.text) && isLevel1Word(c.text)) || basisType(c.text) !== undefined)) return false;
  if (isLevel2Word(rest[0].text)) return false;
  return rest.some((c) => FIGURE.test(ownText(grid, row + 1, c.col)));
}
