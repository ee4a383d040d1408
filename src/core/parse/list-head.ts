/**
 * A list export's project fields: the project row's cells under the header's
 * project columns (项目名称, 预算数, 年度目标 …), in the money unit the header
 * names (`预算数(万元)`).
 */
import { textAt, type Grid } from "../grid/grid";
import type { Field } from "../model/table";
import type { IndicatorHeader } from "../locate/indicator-header";
import { seenCell } from "../locate/cells";
import { labelMoneyUnit } from "../text/head-label";
import { fieldAt } from "./field";
import type { Head } from "./head";

/** The project's cell in a column: its own, or the merged area's a project spans. */
function cellOf(grid: Grid, row: number, col: number): Field {
  const seen = seenCell(grid, row, col);
  return fieldAt(grid, seen.row, seen.col);
}

export function parseListHead(grid: Grid, header: IndicatorHeader, row: number): Head {
  const head: Head = { moneyUnit: "万元" };
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
      case "budget":
        head.budget ??= field;
        head.moneyUnit = labelMoneyUnit(textAt(grid, header.row, column.from)) ?? head.moneyUnit;
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
  return head;
}
