/**
 * Whether a funds block holds a part the head words do not name (`政府性基金 | 50`, `自治区资金` across the parts' row,
 * `其中：市财政资金`): the parts read are then not the whole budget, and their sum says nothing certain.
 */
import type { CellPos, CellRange, Grid } from "../grid/grid";
import type { Field } from "../model/table";
import { FUND_SOURCE, TOTALS_ROW } from "../schema/head-words";
import { headLabelOfText } from "../text/head-label";
import { areaRight, ownText } from "../locate/cells";
import { parseAmountNumber, parseNumber } from "../value/number";
import { SUB_LABELS, subLabels } from "./sub-labels";

/** How many characters a fund part's label has at most (`其中：一般公共预算拨款`). */
export const MAX_PART_LABEL = 16;

/** A short label naming a source of funds (`政府性基金`, `自治区资金`, `中央`), known to the head words or not. */
export function isFundLabel(text: string): boolean {
  return text !== "" && text.length <= MAX_PART_LABEL && FUND_SOURCE.test(text);
}

/** A sub-label with an amount after it in the budget's row that is neither a part read nor a total. */
function otherSubLabel(grid: Grid, budget: CellPos, read: ReadonlySet<string>, area: CellRange): boolean {
  const { pairs } = subLabels(grid, budget, Math.min(area.right, budget.col + MAX_SUB_LABELS));
  return pairs.some((p) => !read.has(`${budget.row}:${p.col}`) && !SUB_LABELS[0].test(p.label));
}

/** How many cells right of a budget label its sub-labels and amounts may take. */
const MAX_SUB_LABELS = 12;

/**
 * Whether the funds block holds a part the head words do not name: a short label in a column of the parts read,
 * from the budget's row to one row past the last part, with an amount to its right (`政府性基金 | 50`).
 */
export function unreadPart(
  grid: Grid,
  parts: readonly CellPos[],
  budget: CellPos | undefined,
  partFields: readonly Field[],
  area: CellRange,
  budgetRow: number | undefined,
): boolean {
  if (!budget || parts.length === 0 || partFields.length === 0) return false;
  const read = new Set(parts.map((h) => `${h.row}:${h.col}`));
  // `预算数 | 上年结转 | 60 | 本年安排 | 200`: a part read among the budget row's sub-labels, beside others unread.
  if (parts.some((h) => h.row === budget.row) && otherSubLabel(grid, budget, read, area)) return true;
  // The budget's own label is no part (a funds caption read as the budget: `资金情况（万元） | 186 | 其中：财政拨款 | 150`).
  if (unreadAcross(grid, parts, new Set([...read, `${budget.row}:${budget.col}`]), area)) return true;
  const last = parts.reduce((max, h) => Math.max(max, h.row), 0) + 1;
  // The unread rows' amounts, in the column the parts were read in.
  const amountCol = partFields[0].col;
  const unread: { row: number; amount: number }[] = [];
  for (const col of new Set(parts.map((h) => h.col)))
    for (let row = budget.row + 1; row <= last; row++) {
      // The total's own row under a column header (`年度资金总额 | 200 | 180` under `全年预算数`) is no part.
      if (row === budgetRow) continue;
      const text = ownText(grid, row, col);
      if (read.has(`${row}:${col}`) || !isFundLabel(text)) continue;
      if (parseAmountNumber(ownText(grid, row, areaRight(grid, row, col) + 1)) === undefined) continue;
      unread.push({ row, amount: parseAmountNumber(ownText(grid, row, amountCol)) ?? NaN });
    }
  return unread.length > 0 && !breakdown(unread, partFields);
}

const AMOUNT_IN = /\d(?:[\d,.]*\d)?\s*(?:万元|元|亿元|万)?\s*$/;

function hasAmount(text: string): boolean {
  return text !== "" && AMOUNT_IN.test(text);
}

/**
 * A fund source the head words do not name on a row of parts read across (`资金总额 | 中央资金 | 自治区资金 | 县级资金`
 * over the amounts, `中央 | 省级 | 县级 | 自筹`, `其中：中央资金：50 | 自治区资金：30`): the parts read are not all.
 */
function unreadAcross(grid: Grid, parts: readonly CellPos[], read: ReadonlySet<string>, area: CellRange): boolean {
  for (const row of new Set(parts.map((h) => h.row))) {
    for (let col = area.left; col <= area.right; col++) {
      const text = ownText(grid, row, col);
      if (read.has(`${row}:${col}`) || !isFundLabel(text)) continue;
      // A label the head words know (the budget, a part read, `预算规模及资金用途`) or a total is no unread part.
      if (headLabelOfText(text) !== undefined || TOTALS_ROW.test(text)) continue;
      // A part has its amount: in the cell (`自治区资金：30`), right of it or under it; a caption (`资金来源`) has none,
      // and the amounts of a cell read beside it are that cell's (`项目资金申请（万元） | 资金总额: 250\n一、预算资金:250…`).
      const right = areaRight(grid, row, col) + 1;
      if (
        hasAmount(text) ||
        (!read.has(`${row}:${right}`) && hasAmount(ownText(grid, row, right))) ||
        hasAmount(ownText(grid, row + 1, col))
      )
        return true;
    }
  }
  return false;
}

/**
 * Rows between two parts read that add up to the upper one (`中央 | 省级 | 市级` under 财政拨款, before 其他资金)
 * break that part down: nothing is missing. Rows after the last part may be a part of their own.
 */
function breakdown(unread: readonly { row: number; amount: number }[], partFields: readonly Field[]): boolean {
  const rows = [...partFields].sort((a, b) => a.row - b.row);
  const sums = new Map<Field, number>();
  for (const u of unread) {
    const above = rows.findIndex((r, k) => u.row > r.row && k + 1 < rows.length && u.row < rows[k + 1].row);
    if (above < 0) return false;
    sums.set(rows[above], (sums.get(rows[above]) ?? 0) + u.amount);
  }
  return [...sums].every(([part, sum]) => Math.abs((parseNumber(part.text) ?? NaN) - sum) <= 0.005);
}

/** Whether the parts read, plain numbers or blank, add up to a plain-number budget (within rounding to the fen). */
export function partsAddUp(budget: Field | undefined, parts: readonly Field[]): boolean {
  const gap = partsGap(budget, parts);
  return gap !== undefined && Math.abs(gap) <= 0.005;
}

/** Whether the parts, read as numbers, come to less than the budget (a source not listed may make up the rest). */
export function partsBelow(budget: Field | undefined, parts: readonly Field[]): boolean {
  const gap = partsGap(budget, parts);
  return gap !== undefined && gap > 0.005;
}

/** The budget less the parts' sum; undefined where either is no number. */
function partsGap(budget: Field | undefined, parts: readonly Field[]): number | undefined {
  const whole = budget ? parseNumber(budget.text) : undefined;
  if (whole === undefined || parts.length === 0) return undefined;
  let sum = 0;
  for (const part of parts) {
    if (part.text === "") continue;
    const amount = parseNumber(part.text);
    if (amount === undefined) return undefined;
    sum += amount;
  }
  return whole - sum;
}
