/**
 * Rows below an indicator block that are no indicator and open with no end word:
 * a self-evaluation's or an approval's remarks (`偏差原因分析及改进措施`, `项目自评结论`,
 * `主管部门意见`, `下一步工作计划` …), too many to list. Each names no 一级 or 二级 word
 * where the 一级 stands, and has neither a name nor a target of its own: the block
 * ends there. A misspelt 一级 (`产出类指标`) keeps its root word, and an old scheme's
 * (`过程`, `决策`) its target, so both stay indicators for level1-unknown to report.
 */
import type { Grid } from "../grid/grid";
import { INDICATOR_ROOTS, OPINION_LABEL, REMARK_LABEL } from "../schema/head-words";
import { areaRight, ownText } from "./cells";
import { TARGET_ROLES, type IndicatorHeader } from "./indicator-header";

/** Where a section's rows are read: the 一级 column's right edge, the names' column, the target columns. */
export interface RowColumns {
  /** The last column of 一级; undefined without one, or in a list export (its project fields stand there). */
  level1To?: number;
  names: number;
  targets: { from: number; to: number }[];
  /** A list export: each project a row of its own, units and subtotals between them. */
  list?: boolean;
}

/** Shorter words (`其他`) are more likely a template leftover in the 一级 column than a remark. */
const MIN_REMARK = 4;

export function rowColumns(header: IndicatorHeader, names: number): RowColumns {
  const level1 = header.list ? undefined : header.columns.find((c) => c.role === "level1");
  const targets = header.columns.filter((c) => TARGET_ROLES.includes(c.role)).map(({ from, to }) => ({ from, to }));
  return { level1To: level1?.to, names, targets, ...(header.list ? { list: true } : {}) };
}

/** Labels are often spaced out (`产 出 指 标`). */
function squeezed(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, "");
}

/**
 * Whether a row is a remark row (see above), given its own cells left to right. An unusual 一级 on an empty
 * template row (`履职效能 | 社会效益指标 | | `) is no remark: its 二级 names a root word.
 */
export function isRemarkRow(
  grid: Grid,
  row: number,
  cells: readonly { col: number; text: string }[],
  columns: RowColumns,
): boolean {
  const first = cells[0];
  if (!first || columns.level1To === undefined || first.col > columns.level1To) return false;
  const lastTarget = Math.max(columns.names, ...columns.targets.map((t) => t.to));
  // A short text merged across the whole row (`第1页`, `续`, `修改后` between a draft and its final copy) is a page's or
  // a copy's caption, no template leftover: a leftover stands in its column (fifteenth session).
  const acrossRow = cells.length === 1 && areaRight(grid, row, first.col) >= lastTarget;
  if (squeezed(first.text).length < MIN_REMARK && !acrossRow) return false;
  // A label that names a remark (`项目管理情况`, `绩效目标完成情况综述`, `社会效益分析`) is one whatever root it holds.
  if (!REMARK_LABEL.test(squeezed(first.text)))
    for (const cell of cells)
      if (cell.col < columns.names && labelLike(cell.text) && INDICATOR_ROOTS.test(squeezed(cell.text))) return false;
  // A remark's text merged across the names or targets and past them (`主管部门意见 | 同意` over the target and basis
  // columns): no indicator merges its target with the next column's.
  const free = (c: number) => ownText(grid, row, c) === "" || areaRight(grid, row, c) > lastTarget;
  if (!free(columns.names)) return false;
  for (const { from, to } of columns.targets) for (let c = from; c <= to; c++) if (!free(c)) return false;
  return true;
}

/** A short cell without a sentence's punctuation: a label, which may name a 一级 or 二级; prose is no label. */
function labelLike(text: string): boolean {
  return text.length <= MAX_LABEL && !/[，,。；;！？]/.test(text);
}

const MAX_LABEL = 12;

/**
 * Two opinions side by side (`项目单位意见 | 同意申报 | 主管部门意见 | （盖章）`, the closing row of 江苏, 辽宁 and 吉林
 * forms): the left one's text stands where names do and the right one's label where targets do, so no remark test
 * above sees it; two labels ending 意见, the first where the 一级 stands, close the block.
 */
export function isOpinionsRow(cells: readonly { col: number; text: string }[], columns: RowColumns): boolean {
  const [first, ...rest] = cells;
  if (!first || columns.level1To === undefined || first.col > columns.level1To) return false;
  return OPINION_LABEL.test(squeezed(first.text)) && rest.some((c) => OPINION_LABEL.test(squeezed(c.text)));
}
