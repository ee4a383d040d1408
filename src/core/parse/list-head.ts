/**
 * A list export's project fields: the project row's cells under the header's
 * project columns (项目名称, 预算数, 年度目标 …), in the money unit the header
 * names (`预算数(万元)`). A two-row header may group money columns under a
 * caption (`本年预算数（万元）` over `合计 | 财政拨款 | 其他资金`).
 */
import { textAt, type Grid } from "../grid/grid";
import type { Field, MoneyUnit } from "../model/table";
import type { HeaderColumn, IndicatorHeader } from "../locate/indicator-header";
import { areaRight, captionAbove, seenCell } from "../locate/cells";
import { headLabelOfText, labelMoneyUnit } from "../text/head-label";
import { fieldAt, linesAboveList } from "./field";
import type { Head } from "./head";

/** The project's cell in a column: its own, or the merged area's a project spans. */
function cellOf(grid: Grid, row: number, col: number): Field {
  const seen = seenCell(grid, row, col);
  return fieldAt(grid, seen.row, seen.col);
}

/** The columns a money caption spans (`预算数` over `合计 | 财政拨款 | 其他资金`); undefined where none groups them. */
function moneyGroup(grid: Grid, header: IndicatorHeader, col: number): { left: number; right: number } | undefined {
  const caption = captionAbove(grid, header.row, col);
  if (!caption || headLabelOfText(caption.text)?.key !== "budget") return undefined;
  const right = areaRight(grid, caption.row, caption.col);
  return right > caption.col ? { left: caption.col, right } : undefined;
}

/** A budget column's rank (`预算数` over `项目总投资`); a total under a budget caption (`合计`) ranks as its caption. */
function budgetRank(grid: Grid, header: IndicatorHeader, col: number): number {
  const caption = captionAbove(grid, header.row, col);
  return (headLabelOfText(textAt(grid, header.row, col)) ?? (caption && headLabelOfText(caption.text)))?.rank ?? 0;
}

/** The money unit a budget column's header names, or its caption's (`预算数（元）` over `合计 | 财政拨款 | …`). */
function columnMoneyUnit(grid: Grid, header: IndicatorHeader, col: number): MoneyUnit | undefined {
  const caption = captionAbove(grid, header.row, col);
  return labelMoneyUnit(textAt(grid, header.row, col)) ?? (caption && labelMoneyUnit(caption.text));
}

/** The budget column: the highest-ranked (`项目总投资 | 预算数` gives the year's 预算数), the first of equals. */
function budgetColumn(grid: Grid, header: IndicatorHeader): HeaderColumn | undefined {
  let chosen: HeaderColumn | undefined;
  for (const column of header.columns) {
    if (column.role !== "head" || column.head !== "budget") continue;
    if (!chosen || budgetRank(grid, header, column.from) > budgetRank(grid, header, chosen.from)) chosen = column;
  }
  return chosen;
}

export function parseListHead(grid: Grid, header: IndicatorHeader, row: number): Head {
  const head: Head = { moneyUnit: "万元" };
  // The list's title gives every project its year (`2024年部门项目支出绩效目标表`), as a form's does.
  const lines = linesAboveList(grid, header.row, header.band);
  if (lines.title) head.title = lines.title;
  if (lines.yearLine) head.yearLine = lines.yearLine;
  const budget = budgetColumn(grid, header);
  if (budget) {
    head.budget = cellOf(grid, row, budget.from);
    head.moneyUnit = columnMoneyUnit(grid, header, budget.from) ?? lines.moneyUnit ?? head.moneyUnit;
  }
  // Under a caption, the parts are the budget's own (`本年预算数` over `合计 | 财政拨款`, not `项目总投资` over its).
  const group = budget && moneyGroup(grid, header, budget.from);
  const parts: Field[] = [];
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
      case "fiscal":
      case "other":
        if (group && (column.from < group.left || column.from > group.right)) break;
        head[column.head] ??= field;
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
  if (parts.length && unreadFundColumn(grid, header, budget?.from, parts)) head.fundPartsUnread = true;
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
  // Under a funds caption only: a title row over the whole header is no caption of the parts.
  const right = Math.max(...cols, moneyGroup(grid, header, left)?.right ?? 0);
  const known = new Set(header.columns.map((c) => c.from));
  // A two-row header names its sub-columns on its second row (`年度资金总额` over `小计 | 一般公共预算 | 政府性基金`).
  const rows = header.bodyTop > header.row + 1 ? [header.row, header.row + 1] : [header.row];
  for (let c = left; c <= right; c++)
    if (!known.has(c) && rows.some((r) => textAt(grid, r, c).trim() !== "")) return true;
  return false;
}
