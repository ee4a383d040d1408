/**
 * Tables that are no submission to check: one published empty, and one that shows how to fill the form or lists
 * indicators to choose from (by its title).
 *
 * A target table published empty: disclosure workbooks (部门预算公开) must print every table, and print one with
 * nothing to show as a blank template with a note (`故本表无数据`), or with `无` in every cell. Nothing to check: an
 * error per blank field there is noise on every such workbook (eighteenth session's review: up to seven). A table
 * whose head names a project, an amount or a goal is a submission, however empty its indicators.
 */
import type { CellRange, Grid } from "../grid/grid";
import { NOT_APPLICABLE } from "../schema/artifact-words";
import { CONDITIONAL_NOTE, FUNDS_CAPTION, NO_DATA_NOTE } from "../schema/head-words";
import { headLabelKey } from "../text/head-label";
import { GUIDANCE_TITLE } from "../schema/sheet-words";
import { isTitle, isYearOrUnitLine, labelOf } from "../text/labels";
import type { IndicatorSection } from "./block-extent";
import { ownText } from "./cells";

/** What a cell of a table published empty holds: nothing, a mark of none (`无`, `/`, `—`, `不涉及`), or `无数据`. */
function nothing(text: string): boolean {
  return text === "" || NOT_APPLICABLE.test(text) || text === "无数据" || text === "空";
}

/** The structure columns hold the template's labels even in an empty table. */
const LABEL_ROLES: ReadonlySet<string> = new Set(["level1", "level2"]);

export function isPublishedEmpty(grid: Grid, range: CellRange, sections: readonly IndicatorSection[]): boolean {
  if (!sections.every((s) => indicatorsBlank(grid, s))) return false;
  if (headFilled(grid, range, sections[0].header.row)) return false;
  return hasNoDataNote(grid, range, lastRow(sections)) || sections.every((s) => allNothing(grid, s));
}

function lastRow(sections: readonly IndicatorSection[]): number {
  return Math.max(...sections.map((s) => Math.max(s.bottom, s.header.bodyTop - 1)));
}

/** Every indicator cell but the template's 一级/二级 labels holds nothing. */
function indicatorsBlank(grid: Grid, section: IndicatorSection): boolean {
  for (const column of section.header.columns) {
    if (LABEL_ROLES.has(column.role)) continue;
    for (let r = section.header.bodyTop; r <= section.bottom; r++)
      if (!nothing(ownText(grid, r, column.from))) return false;
  }
  return true;
}

/** `无` in every labelled cell too (`无 | 无 | 无 | 无`), with at least one written. */
function allNothing(grid: Grid, section: IndicatorSection): boolean {
  let written = 0;
  for (const column of section.header.columns)
    for (let r = section.header.bodyTop; r <= section.bottom; r++) {
      const text = ownText(grid, r, column.from);
      if (!nothing(text)) return false;
      if (text) written++;
    }
  return written > 0;
}

/**
 * A head cell that is no label, title, unit or year line holds a field's value (a project's name, an amount, a
 * goal): the table is filled in, if not its indicators.
 */
function headFilled(grid: Grid, range: CellRange, headerRow: number): boolean {
  for (let r = range.top; r < headerRow; r++)
    for (let c = range.left; c <= range.right; c++) {
      const text = ownText(grid, r, c);
      if (text && !nothing(text) && !headWords(text)) return true;
    }
  return false;
}

/** A head cell's words, no value: a label, a funds caption (`项目资金（万元）`), the title, a year or unit line. */
function headWords(text: string): boolean {
  return !!labelOf(text) || FUNDS_CAPTION.test(headLabelKey(text)) || isTitle(text) || isYearOrUnitLine(text);
}

/**
 * The note: in the table's own title (`…绩效目标表（本表无数据）`), or on the first written row under the table — not
 * a later table's title, not an instruction for the case (`如本部门无此类项目，请注明…`).
 */
function hasNoDataNote(grid: Grid, range: CellRange, last: number): boolean {
  if (noDataNote(rowText(grid, range.top, range))) return true;
  for (let r = last + 1; r <= last + 2; r++) {
    const text = rowText(grid, r, range);
    if (text) return !isTitle(text) && noDataNote(text);
  }
  return false;
}

function noDataNote(text: string): boolean {
  return NO_DATA_NOTE.test(text) && !CONDITIONAL_NOTE.test(text);
}

/** A row's texts inside the range joined, without white space. */
function rowText(grid: Grid, row: number, range: CellRange): string {
  return ownTexts(grid, row, range).join("").replace(/\s+/g, "");
}

/** How far above a table's top its title may stand (a library's title over its header, a blank row between). */
const TITLE_REACH = 2;

/**
 * A title that says the table is an example (`项目支出绩效目标表（填报示例）`) or an indicator library
 * (`…绩效指标库（参考）`, `共性绩效指标框架`): no submission, on whatever sheet. The title is the table's top row, or
 * the nearest written row above it holding one text alone (a previous table's last row holds several).
 */
export function isGuidance(grid: Grid, range: CellRange): boolean {
  if (GUIDANCE_TITLE.test(rowText(grid, range.top, range))) return true;
  for (let r = range.top - 1; r >= Math.max(grid.top, range.top - TITLE_REACH); r--) {
    const texts = ownTexts(grid, r, range);
    if (texts.length) return texts.length === 1 && GUIDANCE_TITLE.test(texts[0].replace(/\s+/g, ""));
  }
  return false;
}

function ownTexts(grid: Grid, row: number, range: CellRange): string[] {
  const texts: string[] = [];
  for (let c = range.left; c <= range.right; c++) {
    const text = ownText(grid, row, c);
    if (text) texts.push(text);
  }
  return texts;
}
