/** A budget row's sub-labels and the amount after each (`预算数 | 上年结转 | 60 | 本年安排 | 200 | 合计 | 260`). */
import type { CellPos, Grid } from "../grid/grid";
import type { Field } from "../model/table";
import { areaRight, ownText } from "../locate/cells";
import { fieldAt } from "./field";
import { AMOUNT } from "./task-list";

/**
 * The sub-labels of a budget row (`预算数 | 上年结转 | 60 | 本年安排 | 200 | 合计 | 260`), by which amount is the
 * year's budget: a total; else the adjusted or whole-year one; else this year's; else the one applied for
 * (`申报数 | 3200 | 批复数 | 3000`: the first target column, `申报指标值`, is the one read). Any other sub-label
 * (`年初预算 | 200 | 调整后 | 260` aside) leaves the row unread: a wrong budget is worse than none.
 */
export const SUB_LABELS: readonly RegExp[] = [
  /合计|总计|小计|总额/,
  /调整后|全年/,
  /^(?:本年|当年|年度|本年度)/,
  /申报/,
];

export interface SubLabels {
  pairs: { label: string; col: number; field: Field }[];
  /** An amount with no sub-label before it (`预算数 | 260 | 上年结转 | 60`). */
  bare: boolean;
}

/** A budget row's sub-labels right of its label, each with the amount after it (`上年结转 | 60 | 本年安排 | 200`). */
export function subLabels(grid: Grid, at: CellPos, end: number): SubLabels {
  const out: SubLabels = { pairs: [], bare: false };
  let label: { text: string; col: number } | undefined;
  for (let c = areaRight(grid, at.row, at.col) + 1; c <= end; c = areaRight(grid, at.row, c) + 1) {
    const text = ownText(grid, at.row, c);
    if (text === "") continue;
    if (!AMOUNT.test(text)) label = { text, col: c };
    else if (label) {
      out.pairs.push({ label: label.text, col: label.col, field: fieldAt(grid, at.row, c) });
      label = undefined;
    } else out.bare = true;
  }
  return out;
}
