/**
 * List exports of the budget systems (spec §7): one header holds project
 * fields beside the indicator columns (`单位名称 | 项目名称 | 预算数 | 年度目标 |
 * 一级指标 | …`); each project is a row with its name, followed by its indicator
 * rows. Every project is a table of its own.
 */
import type { Grid } from "../grid/grid";
import type { IndicatorSection } from "./block-extent";
import { ownText } from "./cells";
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
  let currentFields: string[] = [];
  const fieldCols = header.columns.filter((c) => c.role === "head").map((c) => c.from);
  for (const section of sections) {
    let partStart: number | undefined = current ? section.top : undefined;
    const closePart = (end: number) => {
      if (partStart === undefined || !current || end < partStart) return;
      current.sections.push({ ...section, top: partStart, bottom: end });
      current.range.bottom = Math.max(current.range.bottom, end);
    };
    for (let r = section.top; r <= section.bottom; r++) {
      if (ownText(grid, r, nameCol) === "") continue;
      const fields = fieldCols.map((c) => ownText(grid, r, c));
      if (sameProject(fields, currentFields)) continue;
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

/**
 * A row that writes the project's fields again (code, unit, name, budget …): each is blank or the same as on the
 * project's first row. Two projects of one name (`公用经费` of two units) differ in another field.
 */
function sameProject(fields: readonly string[], first: readonly string[]): boolean {
  return first.length > 0 && fields.every((f, i) => f === "" || f === first[i]);
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
