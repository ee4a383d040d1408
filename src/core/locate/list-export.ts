/**
 * List exports of the budget systems (spec §7): one header holds project
 * fields beside the indicator columns (`单位名称 | 项目名称 | 预算数 | 年度目标 |
 * 一级指标 | …`); each project is a row with its name, followed by its indicator
 * rows. Every project is a table of its own.
 */
import type { Grid } from "../grid/grid";
import type { IndicatorSection } from "./block-extent";
import { ownText } from "./cells";
import { noIndicatorCell } from "./indicator-header";
import { ORGANIZATION_NAME, TOTALS_ROW } from "../schema/head-words";
import { parseNumber } from "../value/number";
import type { TableLocation } from "./location";

/**
 * Splits a list export's rows into one location per project: a row whose 项目名称 cell is written starts one,
 * unless it writes the fields of the project above again (an export that repeats them on every row, or a sheet
 * whose merges were undone and filled down). Rows under a repeated header (a page break) before
 * the next name go on with the project above.
 */
export function listProjects(grid: Grid, sections: IndicatorSection[]): TableLocation[] {
  const header = sections[0].header;
  const nameCol = header.columns.find((c) => c.head === "name")?.from;
  if (nameCol === undefined) return [];
  const out: TableLocation[] = [];
  let current: (TableLocation & { sections: IndicatorSection[] }) | undefined;
  let currentFields: Record<string, string> = {};
  const fieldCols = header.columns.filter((c) => c.role === "head" && c.head !== undefined);
  for (const section of sections) {
    let partStart: number | undefined = current ? section.top : undefined;
    const closePart = (end: number) => {
      if (partStart === undefined || !current || end < partStart) return;
      current.sections.push({ ...section, top: partStart, bottom: end });
      current.range.bottom = Math.max(current.range.bottom, end);
    };
    for (let r = section.top; r <= section.bottom; r++) {
      // A unit's subtotal (`某局 | 小计 | 480`) is no project.
      if (ownText(grid, r, nameCol) === "" || TOTALS_ROW.test(ownText(grid, r, nameCol))) continue;
      const fields = Object.fromEntries(fieldCols.map((c) => [c.head!, ownText(grid, r, c.from)]));
      const next = r < section.bottom ? ownText(grid, r + 1, nameCol) : "";
      if (
        groupRow(grid, { row: r, bottom: section.bottom, nameCol }, header, fields) &&
        next !== "" &&
        next !== fields.name
      )
        continue;
      if (fields.name === currentFields.name && !otherProject(fields, currentFields)) continue;
      closePart(r - 1);
      current = project(header, nameCol, r);
      out.push(current);
      currentFields = fields;
      partStart = r;
    }
    closePart(section.bottom);
  }
  return out;
}

interface RowAt {
  row: number;
  /** The last row of the section. */
  bottom: number;
  nameCol: number;
}

/**
 * A unit's or a group's row above its projects (`广州市某局 | | | …`): a name, but no code, budget, goal or indicator
 * cell, with another project's name on the next row. Not a project. A unit's row may carry its projects' total
 * (云南: `昆明市五华区卫生健康局 | 60 | | …`): it is a unit's row still where its amount is the total of the projects
 * below it, or, in a list with no 单位名称 column of its own, where it is named as an organisation.
 */
function groupRow(grid: Grid, at: RowAt, header: IndicatorSection["header"], fields: Record<string, string>): boolean {
  if (fields.goal || fields.code || !noIndicatorCell(grid, at.row, header)) return false;
  if (!fields.budget) return true;
  const unitColumn = header.columns.some((c) => c.head === "unitName");
  return totalOfBelow(grid, at, header, amount(fields.budget)) || (!unitColumn && ORGANIZATION_NAME.test(fields.name));
}

/** A cell's amount; a blank one counts as none (0), and anything but a number as no amount. */
function amount(text: string): number | undefined {
  return text.trim() === "" ? 0 : parseNumber(text);
}

/** Whether `total` is the sum of the amounts of the projects below the row, up to the next unit's row. */
function totalOfBelow(grid: Grid, at: RowAt, header: IndicatorSection["header"], total: number | undefined): boolean {
  const budgetCol = header.columns.find((c) => c.head === "budget")?.from;
  if (budgetCol === undefined || total === undefined) return false;
  let sum = 0;
  let projects = 0;
  let last = "";
  for (let r = at.row + 1; r <= at.bottom; r++) {
    const name = ownText(grid, r, at.nameCol);
    if (name === "" || name === last) continue;
    // The next unit's row: a name with no indicator.
    if (noIndicatorCell(grid, r, header)) break;
    const value = amount(ownText(grid, r, budgetCol));
    if (value === undefined) return false;
    sum += value;
    projects++;
    last = name;
  }
  return projects > 0 && Math.abs(sum - total) <= 0.005 * Math.max(1, Math.abs(total));
}

/**
 * Whether a row that writes the project's name again is another project of that name (`公用经费` of two units):
 * its 项目编码 differs, or both its unit and its budget do. A unit spelt another way (`某局` / `某局本级`), a goal
 * split over rows or a field first written on a later row leave it the same project.
 */
function otherProject(fields: Record<string, string>, first: Record<string, string>): boolean {
  const differs = (key: string) => Boolean(fields[key] && first[key] && fields[key] !== first[key]);
  return differs("code") || (differs("unitName") && differs("budget"));
}

function project(
  header: IndicatorSection["header"],
  nameCol: number,
  top: number,
): TableLocation & { sections: IndicatorSection[] } {
  return {
    layout: header.layout,
    range: { top, left: header.band.left, bottom: top, right: header.band.right },
    anchor: { row: top, col: nameCol },
    header: { row: header.row, col: header.band.left },
    sections: [],
    listProject: true,
  };
}
