/**
 * A list export's project fields: the project row's cells under the header's
 * project columns (项目名称, 预算数, 年度目标 …), in the money unit the header
 * names (`预算数(万元)`).
 */
import { textAt, type Grid } from "../grid/grid";
import type { Field, MoneyUnit } from "../model/table";
import type { IndicatorHeader } from "../locate/indicator-header";
import { areaRight, seenCell } from "../locate/cells";
import { headLabelOf } from "../schema/head-words";
import { headLabelKey, labelMoneyUnit } from "../text/head-label";
import { fieldAt } from "./field";
import type { Head } from "./head";

/** The project's cell in a column: its own, or the merged area's a project spans. */
function cellOf(grid: Grid, row: number, col: number): Field {
  const seen = seenCell(grid, row, col);
  return fieldAt(grid, seen.row, seen.col);
}

/** A budget column's rank (`预算数` over `项目总投资`); a total under a budget caption (`合计`) ranks as its caption. */
function budgetRank(grid: Grid, header: IndicatorHeader, col: number): number {
  return headLabelOf(headLabelKey(textAt(grid, header.row, col)))?.rank ?? BUDGET_CAPTION_RANK;
}

const BUDGET_CAPTION_RANK = 3;

/** The money unit a budget column's header names, or its caption's (`预算数（元）` over `合计 | 财政拨款 | …`). */
function columnMoneyUnit(grid: Grid, header: IndicatorHeader, col: number): MoneyUnit | undefined {
  const own = labelMoneyUnit(textAt(grid, header.row, col));
  if (own || header.row <= grid.top) return own;
  const caption = seenCell(grid, header.row - 1, col);
  return caption.fromAbove ? undefined : labelMoneyUnit(caption.text);
}

export function parseListHead(grid: Grid, header: IndicatorHeader, row: number): Head {
  const head: Head = { moneyUnit: "万元" };
  const parts: Field[] = [];
  let budgetCol: number | undefined;
  for (const column of header.columns) {
    if (column.role !== "head" || !column.head) continue;
    const field = cellOf(grid, row, column.from);
    switch (column.head) {
      case "name":
      case "code":
      case "goal":
      case "purpose":
        head[column.head] ??= field;
        break;
      case "budget":
        // The highest-ranked amount is the budget: `项目总投资 | 预算数` gives the year's 预算数.
        if (budgetCol !== undefined && budgetRank(grid, header, column.from) <= budgetRank(grid, header, budgetCol))
          break;
        budgetCol = column.from;
        head.budget = field;
        head.moneyUnit = columnMoneyUnit(grid, header, column.from) ?? head.moneyUnit;
        break;
      case "fiscal":
        head.fiscal ??= field;
        parts.push(field);
        break;
      case "other":
        head.other ??= field;
        parts.push(field);
        break;
      case "unitName":
      case "dept":
        head.unit ??= field;
        break;
      default:
        break;
    }
  }
  if (parts.length) head.fundParts = parts;
  if (parts.length && unreadFundColumn(grid, header, budgetCol, parts)) head.fundPartsUnread = true;
  return head;
}

/**
 * A funds column the reader does not know beside the parts it read (`政府性基金`, `财政专户管理资金`,
 * `市县资金`): between the budget and the last part, or under the caption over them (`预算数` over `合计 | …`).
 * The parts read are then not all of the budget, and their sum says nothing certain.
 */
function unreadFundColumn(grid: Grid, header: IndicatorHeader, budgetCol: number | undefined, parts: Field[]): boolean {
  const cols = parts.map((p) => p.col);
  const left = Math.min(budgetCol ?? Infinity, ...cols);
  let right = Math.max(...cols);
  if (header.row > grid.top) {
    const caption = seenCell(grid, header.row - 1, left);
    right = Math.max(right, areaRight(grid, caption.row, caption.col));
  }
  const known = new Set(header.columns.map((c) => c.from));
  for (let c = left; c <= right; c++) if (!known.has(c) && textAt(grid, header.row, c).trim() !== "") return true;
  return false;
}
