/**
 * Tables that are no submission to check: one published empty, and one that shows how to fill the form or lists
 * indicators to choose from (by its title).
 *
 * A target table published empty: disclosure workbooks (部门预算公开) must print every table, and print one with
 * nothing to show as a blank template with a note (`故本表无数据`), or with `无` in every cell. Nothing to check: an
 * error per blank field there is noise on every such workbook (eighteenth session's review: up to seven).
 */
import type { CellRange, Grid } from "../grid/grid";
import { CONDITIONAL_NOTE, NO_DATA_NOTE, NOTHING_CELL } from "../schema/head-words";
import { GUIDANCE_TITLE } from "../schema/sheet-words";
import type { IndicatorSection } from "./block-extent";
import { ownText } from "./cells";

/** Rows under a table where its note may stand. */
const NOTE_REACH = 2;

/** The structure columns hold the template's labels even in an empty table. */
const LABEL_ROLES: ReadonlySet<string> = new Set(["level1", "level2"]);

export function isPublishedEmpty(grid: Grid, range: CellRange, sections: readonly IndicatorSection[]): boolean {
  if (!sections.every((s) => indicatorsBlank(grid, s))) return false;
  return hasNoDataNote(grid, range) || sections.every((s) => allNothing(grid, s));
}

/** Every indicator cell but the template's 一级/二级 labels holds nothing. */
function indicatorsBlank(grid: Grid, section: IndicatorSection): boolean {
  for (const column of section.header.columns) {
    if (LABEL_ROLES.has(column.role)) continue;
    for (let r = section.header.bodyTop; r <= section.bottom; r++)
      if (!NOTHING_CELL.test(ownText(grid, r, column.from))) return false;
  }
  return true;
}

/** `无` in every labelled cell too (`无 | 无 | 无 | 无`), with at least one written. */
function allNothing(grid: Grid, section: IndicatorSection): boolean {
  let written = 0;
  for (const column of section.header.columns)
    for (let r = section.header.bodyTop; r <= section.bottom; r++) {
      const text = ownText(grid, r, column.from);
      if (!NOTHING_CELL.test(text)) return false;
      if (text) written++;
    }
  return written > 0;
}

function hasNoDataNote(grid: Grid, range: CellRange): boolean {
  for (let r = range.top; r <= range.bottom + NOTE_REACH; r++)
    for (let c = range.left; c <= range.right; c++) {
      const text = ownText(grid, r, c).replace(/\s+/g, "");
      if (text && NO_DATA_NOTE.test(text) && !CONDITIONAL_NOTE.test(text)) return true;
    }
  return false;
}

/** How far above a table's top its title may stand (a library's title over its header, a blank row between). */
const TITLE_REACH = 2;

/**
 * A title over the table or on its top row that says it is an example (`项目支出绩效目标表（填报示例）`) or an
 * indicator library (`…绩效指标库（参考）`, `共性绩效指标框架`): no submission, on whatever sheet.
 */
export function isGuidance(grid: Grid, range: CellRange): boolean {
  for (let r = Math.max(grid.top, range.top - TITLE_REACH); r <= range.top; r++)
    for (let c = range.left; c <= range.right; c++) {
      const text = ownText(grid, r, c);
      if (text && GUIDANCE_TITLE.test(text.replace(/\s+/g, ""))) return true;
    }
  return false;
}
