/**
 * How far a form or flat table reaches around its indicator header: the head
 * block above it (labels up to the title), and the indicator rows below it
 * (spec §7): stacked sets with their own headers belong to the same table;
 * sign-off, note and total rows, another table's head, or blank rows end it.
 */
import { isRowHidden, type CellPos, type CellRange, type Grid } from "../grid/grid";
import {
  COLUMN_LETTERS,
  EXECUTION_ROW,
  GROUP_SUBTOTAL,
  INDICATORS_CAPTION,
  PLAN_ROW,
  headLabelOf,
  PAGE_BREAK,
  SUBTOTAL_ROW,
  TOTALS_ROW,
} from "../schema/head-words";
import { columnRole, headerKey, setTitle, valueSet, type ValueSet } from "../schema/columns";
import { isLevel1Word, isLevelWord } from "../schema/vocabulary";
import { headLabelKeyOfForm, headLabelOfText, inlineLabel } from "../text/head-label";
import { isTableTitle } from "../text/title";
import { isOtherScriptOnly, labelForm } from "../text/normalize";
import { isYearOrUnitLine } from "../text/labels";
import { isSignOff, leadForm, startsWithEndWord } from "./end-words";
import { isOpinionsRow, isRemarkRow, rowColumns, type RowColumns } from "./remark-row";
import { isFiguresCaption } from "./figures-block";
import { ownText, areaRight, coveredFromAbove, seenCell } from "./cells";
import { isStructureWord, readIndicatorHeader, type IndicatorHeader } from "./indicator-header";
import type { Band } from "./rows";
import { headTextKind } from "../text/head-text";

/** A head block is never taller than this. */
export const HEAD_REACH = 30;
/** Rows without a head label inside a head block (goal texts, a funds table's rows). */
const MAX_UNLABELLED_RUN = 6;
/** Blank rows that end a table. */
export const BLANK_STRETCH = 2;

/** One indicator set of a table: its header and its rows. */
export interface IndicatorSection {
  header: IndicatorHeader;
  /** First and last row of its indicators. */
  top: number;
  bottom: number;
  /** Stacked long-term and annual sets: which one this is. */
  set?: ValueSet;
  /** Rows inside it that are no indicators (a self-assessment's `预算执行率`), read past. */
  readPast?: number[];
}

interface OwnCell {
  col: number;
  text: string;
}

/** The own, non-blank cells of a row inside a band, left to right. */
function ownCells(grid: Grid, row: number, band: Band): OwnCell[] {
  const out: OwnCell[] = [];
  const line = grid.values[row - grid.top];
  if (!line) return out;
  const last = Math.min(band.right, grid.left + line.length - 1);
  for (let c = Math.max(band.left, grid.left); c <= last; c++) {
    const v = line[c - grid.left];
    if (v === null || v === undefined || v === "") continue;
    const text = ownText(grid, row, c);
    if (text !== "") out.push({ col: c, text });
  }
  return out;
}

type BodyRow = "blank" | "end" | "header" | "setTitle" | "readPast" | "row";

/** Whether a label form (labelForm: "" past a label's length) is a head label. */
function isHeadForm(form: string): boolean {
  const key = form && headLabelKeyOfForm(form);
  return key !== "" && headLabelOf(key) !== undefined;
}

/**
 * The first column that holds names: the 三级指标's, or a list export's 项目名称 left of it (`注射疫苗项目` is a
 * project); past the header when there is none.
 */
function nameColumn(header: IndicatorHeader): number {
  let first = header.band.right + 1;
  for (const c of header.columns) if ((c.role === "name" || c.head === "name") && c.from < first) first = c.from;
  return first;
}

/** Where a section's rows are read (RowColumns), and its header's row and 一级 column (none in a list export). */
interface BodyColumns extends RowColumns {
  captionRow: number;
  level1From?: number;
}

function bodyColumns(header: IndicatorHeader): BodyColumns {
  const level1 = header.list ? undefined : header.columns.find((c) => c.role === "level1");
  return { ...rowColumns(header, nameColumn(header)), captionRow: header.row, level1From: level1?.from };
}

/** What a row under an indicator header is; `columns` says where the current section's rows are read. */
function bodyRow(
  grid: Grid,
  row: number,
  band: Band,
  columns: BodyColumns,
  ownTitle: () => string,
): { kind: BodyRow; set?: ValueSet; header?: IndicatorHeader } {
  // A hidden row (a template's unused row, or an example) is read past: the table is what the sheet shows. The
  // CLI's reader blanks its cells, so before the blank test.
  if (isRowHidden(grid, row)) return { kind: "readPast" };
  const cells = withoutCaptionCopies(grid, row, ownCells(grid, row, band), columns);
  // Spare rows inside a merged 一级 (`产出指标` merged over rows left empty) are the table's, read past: no gap.
  if (cells.length === 0) return { kind: coveredFromAbove(grid, row, band.left, band.right) ? "readPast" : "blank" };
  for (const cell of cells) {
    if (!isStructureWord(cell.text)) continue;
    const header = readIndicatorHeader(grid, row, cell.col);
    if (header) return { kind: "header", header };
  }
  const first = cells[0];
  const key = labelForm(first.text);
  if (cells.length === 1) {
    const set = setTitle(key);
    if (set || /绩效指标$/.test(key)) return { kind: "setTitle", set };
  }
  if (isPageBreak(grid, row, band, cells) || isColumnNumbers(cells)) return { kind: "readPast" };
  // The header again in the template's other language, under the Chinese one, or an indicator row translated under
  // its Chinese one (its words in that language, its numbers as they are): read past, as a repeated header is.
  if (isTranslatedRow(cells, columns)) return { kind: "readPast" };
  // A page's footer or `续表` with the table's rows going on below and no header repeated (a PDF's or Word's copy):
  // read past; under the last row, the end (fifteenth session's review: it had ended the table mid-way).
  if (isBreakLine(cells)) return { kind: rowsBelow(grid, row, band, columns) ? "readPast" : "end" };
  // The table's title again on a Word or PDF copy's next page (before a title merged across the row is taken for a
  // note that ends the table).
  if (cells.length === 1 && isTableTitle(first.text) && isTitleAgain(grid, row, band, columns, first.text, ownTitle))
    return { kind: "readPast" };
  // A subtotal between groups, or between a list's units (`小计 | | 80`, the next unit's project below it).
  if (SUBTOTAL_ROW.test(key) && (columns.list ? ownCells(grid, row + 1, band).length > 0 : groupBelow(grid, row, band)))
    return { kind: "readPast" };
  // A group's own subtotal (`产出指标小计 | | 40`): read past between groups, the end after the last.
  // Left of the names only: `培训费用合计` may name an indicator.
  if (first.col < columns.names && GROUP_SUBTOTAL.test(key))
    return { kind: groupBelow(grid, row, band) ? "readPast" : "end" };
  // A self-assessment's `预算执行率` row among the indicators, where the 一级 stands, and the rows its label is merged
  // down over (`预算执行情况（万元） | 全年预算数 | …` over `^ | 180 | 170 | …`).
  if (columns.level1To !== undefined && first.col <= columns.level1To && EXECUTION_ROW.test(key))
    return { kind: "readPast" };
  if (columns.level1To !== undefined && underExecutionLabel(grid, row, band)) return { kind: "readPast" };
  if (cells.length === 1) {
    // One cell across the whole table: a note.
    if (first.col <= band.left + 1 && areaRight(grid, row, first.col) >= band.right - 1 && first.text.length > 12)
      return { kind: "end" };
  }
  // `2.农业生产成本调查项目` alone over the next project's `项目名称 | …`: its caption, though 成本 is in it.
  if (cells.length === 1 && first.col < columns.names && headBelow(grid, row, band)) return { kind: "end" };
  if (endsBlock(first.col, first.text, key, columns.names) || isTableTitle(first.text))
    return { kind: goalOfNextSet(grid, row, band, key) ? "readPast" : "end" };
  // `项目名称：乙 | 项目编码：… | 预算数：80万元`: a row of head labels, bare or with their values, is the next table's head.
  if (cells.length >= 2 && cells.every((c) => isHeadForm(labelForm(c.text)) || inlineLabel(c.text) !== undefined))
    return { kind: "end" };
  if (isRemarkRow(grid, row, cells, columns) || isOpinionsRow(cells, columns)) return { kind: "end" };
  if (isFiguresCaption(grid, row, cells, columns.level1To)) return { kind: "end" };
  return { kind: "row" };
}

/**
 * A row's cells without a caption column's text copied down (`年度绩效目标(90分) | 一级指标 | …` over
 * `年度绩效目标(90分) | 产出指标 | …` on each row): a merge exported unmerged, the caption in every cell of it. Left
 * of the 一级 only, the text the header row's and the row above's cell in that column hold: a caption written once
 * per group (different texts) or a next table's head label under a group column is no copy.
 */
function withoutCaptionCopies(grid: Grid, row: number, cells: OwnCell[], columns: BodyColumns): OwnCell[] {
  const { captionRow, level1From } = columns;
  if (level1From === undefined) return cells;
  const copy = (c: OwnCell) =>
    c.col < level1From &&
    c.text === seenCell(grid, captionRow, c.col).text &&
    c.text === seenCell(grid, row - 1, c.col).text;
  return cells.some(copy) ? cells.filter((c) => !copy(c)) : cells;
}

/**
 * A table's title repeated on a page of a Word or PDF copy: the table's own title (the header may repeat under it),
 * or any title with the rows going on right under it. Above a head block or a header of its own, another table's.
 */
function isTitleAgain(
  grid: Grid,
  row: number,
  band: Band,
  columns: RowColumns,
  text: string,
  ownTitle: () => string,
): boolean {
  if (squeeze(text) === ownTitle()) return true;
  return rowsBelow(grid, row, band, columns) && !headerBelow(grid, row, band);
}

const squeeze = (text: string) => text.replace(/\s+/g, "");

/** The title above a table's head block, squeezed; "" where it has none. */
function titleOf(grid: Grid, header: IndicatorHeader): string {
  const top = headTop(grid, header);
  if (top === header.row) return "";
  const title = ownCells(grid, top, headBand(grid, header)).find((c) => isTableTitle(c.text));
  return title ? squeeze(title.text) : "";
}

/** Whether the row's first cell is covered by an execution row's label merged down from above. */
function underExecutionLabel(grid: Grid, row: number, band: Band): boolean {
  const seen = seenCell(grid, row, band.left);
  return seen.fromAbove && EXECUTION_ROW.test(labelForm(seen.text));
}

/** Whether the row below opens a head block: its first cell a head label (`项目名称`) or a table's title. */
function headBelow(grid: Grid, row: number, band: Band): boolean {
  const [next] = ownCells(grid, row + 1, band);
  return next !== undefined && (isHeadForm(labelForm(next.text)) || isTableTitle(next.text));
}

/**
 * A set's goal right above its caption (区域 tables: `年度目标 | 2025年完成…` over `年度指标`, then the header): the
 * next set's, not the next table's head.
 */
function goalOfNextSet(grid: Grid, row: number, band: Band, form: string): boolean {
  const key = form && headLabelKeyOfForm(form);
  if (!key || headLabelOf(key)?.key !== "goal") return false;
  const below = ownCells(grid, row + 1, band);
  return below.length === 1 && setTitle(labelForm(below[0].text)) !== undefined;
}

/**
 * A page break above a repeat of the header, read past: a line alone (`续表`, `…（续）`, `第 1 页，共 2 页`), or
 * the upper row of a two-row header (`绩效指标 | 指标值` over `一级指标 | … | 实施期 | 年度`).
 */
function isPageBreak(grid: Grid, row: number, band: Band, cells: { text: string }[]): boolean {
  const line = isBreakLine(cells);
  const upperHeader = cells.every(
    (c) => columnRole(headerKey(c.text, labelForm)) !== undefined || /绩效指标$/.test(c.text),
  );
  return (line || upperHeader) && headerBelow(grid, row, band);
}

const COLUMN_NUMBER = new RegExp(`^\\s*(?:\\d{1,2}|[${COLUMN_LETTERS}])\\s*$`);

/** `1 | 2 | 3 | 4 | 5` or `甲 | 乙 | 丙` under a printed form's header: no indicator has such a row. */
function isColumnNumbers(cells: readonly { text: string }[]): boolean {
  // Most rows open with a word: a look at the first cell settles them.
  if (cells.length < 3 || !COLUMN_NUMBER.test(cells[0].text)) return false;
  const texts = cells.map((c) => c.text.trim());
  const first = Number(texts[0]);
  if (texts.every((t, i) => /^\d{1,2}$/.test(t) && Number(t) === first + i)) return true;
  const start = COLUMN_LETTERS.indexOf(texts[0]);
  return start >= 0 && texts.every((t, i) => t === COLUMN_LETTERS[start + i]);
}

const HAN = /[\u4e00-\u9fff]/;

/** Its words wholly in another script up to the names (its values may keep `元/人`), or in every cell. */
function isTranslatedRow(cells: readonly { col: number; text: string }[], columns: RowColumns): boolean {
  const words = cells.filter((c) => c.col <= columns.names);
  const wordsOnly = words.length > 0 && words.every((c) => isOtherScriptOnly(c.text));
  return wordsOnly || (cells.some((c) => isOtherScriptOnly(c.text)) && cells.every((c) => !HAN.test(c.text)));
}

/**
 * A page's line: a footer or `续表`, or the head's year or unit line a print repeats on each page under the title
 * (`（2024年度）`, `单位：万元`: eighteenth session's review, the table had been split there).
 */
function isBreakLine(cells: readonly { text: string }[]): boolean {
  return (
    cells.length === 1 &&
    cells[0].text.length <= 30 &&
    (PAGE_BREAK.test(cells[0].text) || isYearOrUnitLine(cells[0].text))
  );
}

/** Whether indicator rows follow a page's break lines: a 一级 or 二级 word first, or a cell where the names stand. */
function rowsBelow(grid: Grid, row: number, band: Band, columns: RowColumns): boolean {
  for (let r = row + 1; r <= row + PAGE_BREAK_ROWS && r <= grid.top + grid.values.length - 1; r++) {
    const cells = ownCells(grid, r, band);
    if (cells.length === 0 || isBreakLine(cells)) continue;
    return cells.some((c) => c.col === columns.names) || isLevelWord(cells[0].text);
  }
  return false;
}

/** Whether the row below a subtotal opens another group (`效益指标 | …`). */
function groupBelow(grid: Grid, row: number, band: Band): boolean {
  const [first] = ownCells(grid, row + 1, band);
  return first !== undefined && isLevel1Word(first.text);
}

/**
 * Whether the header repeats below a page break, past what else the break put there: more break lines (a page's
 * footer, then `续表` or the repeated title on the next page) and blank rows.
 */
function headerBelow(grid: Grid, row: number, band: Band): boolean {
  for (let r = row + 1; r <= row + PAGE_BREAK_ROWS && r <= grid.top + grid.values.length - 1; r++) {
    const cells = ownCells(grid, r, band);
    for (const cell of cells) if (isStructureWord(cell.text) && readIndicatorHeader(grid, r, cell.col)) return true;
    if (cells.length > 0 && !isBreakLine(cells)) return false;
  }
  return false;
}

/** Rows a page break may take before the header repeats: a footer, a blank row, `续表`. */
const PAGE_BREAK_ROWS = 3;

/**
 * Whether a row's first cell (`text` at column `col`, `form` its label form) ends the block: an end word
 * (`合计`, `注：`, `单位负责人：`) or a head label (the next table's head block, no blank row between). Left of the
 * names, as written. From the names' column on — a row whose 一级 and 二级 are merged from above starts with its
 * name, and `注射疫苗覆盖率`, `资金总额` are indicators — only a sign-off (`填表人：张三`) does.
 */
function endsBlock(col: number, text: string, form: string, names: number): boolean {
  const lead = leadForm(text, form);
  if (col >= names) return isSignOff(lead);
  return startsWithEndWord(lead) || isHeadForm(form) || PLAN_ROW.test(lead);
}

/** A list export's totals row right under its header (`合计 | | 30`), before any project: read past, not an end. */
function totalsOnTop(grid: Grid, row: number, section: IndicatorSection): boolean {
  if (!section.header.list || section.bottom >= section.top) return false;
  const first = ownCells(grid, row, section.header.band)[0];
  return first !== undefined && TOTALS_ROW.test(first.text);
}

/** The sections of the table whose first header is `header`, down to where its indicators end. */
export function indicatorSections(grid: Grid, header: IndicatorHeader, firstSet?: ValueSet): IndicatorSection[] {
  const end = grid.top + grid.values.length - 1;
  const sections: IndicatorSection[] = [];
  let section: IndicatorSection = { header, top: header.bodyTop, bottom: header.bodyTop - 1, set: firstSet };
  let pendingSet: ValueSet | undefined;
  let blanks = 0;
  let columns = bodyColumns(header);
  let title: string | undefined;
  // Looked up only when a title stands among the rows: most tables have none there.
  const ownTitle = () => (title ??= titleOf(grid, header));
  for (let r = header.bodyTop; r <= end; r++) {
    const row = bodyRow(grid, r, header.band, columns, ownTitle);
    if (row.kind === "blank") {
      if (++blanks >= BLANK_STRETCH) break;
      continue;
    }
    blanks = 0;
    if (row.kind === "end" && totalsOnTop(grid, r, section)) {
      section.top = r + 1;
      continue;
    }
    if (row.kind === "end") break;
    if (row.kind === "readPast") {
      (section.readPast ??= []).push(r);
      continue;
    }
    if (row.kind === "setTitle") {
      pendingSet = row.set;
      continue;
    }
    if (row.kind === "header" && row.header) {
      sections.push(section);
      const set = pendingSet ?? setLeft(grid, row.header);
      section = { header: row.header, top: row.header.bodyTop, bottom: row.header.bodyTop - 1, set };
      columns = bodyColumns(row.header);
      pendingSet = undefined;
      r = row.header.bodyTop - 1;
      continue;
    }
    section.bottom = r;
  }
  sections.push(section);
  // One set title alone says nothing about a second set: its values are the table's values.
  if (sections.filter((s) => s.set).length < 2 && !setsByHeaders(grid, sections))
    for (const s of sections) delete s.set;
  return sections;
}

/**
 * Stacked sets told apart by their value headers alone (`中长期指标值` over the first, `年度指标值` over the second;
 * sixteenth session: each indicator the year repeats had been a duplicate). Each section takes its header's set
 * where no title gave one; only two different sets make them sets.
 */
function setsByHeaders(grid: Grid, sections: IndicatorSection[]): boolean {
  if (sections.length < 2) return false;
  const sets = sections.map((s) => s.set ?? headerSet(grid, s.header));
  if (sets.some((set) => set === undefined) || new Set(sets).size < 2) return false;
  sections.forEach((s, i) => (s.set = sets[i]));
  return true;
}

/** The set a header's one target column names (`年度指标值`), if it has one such column. */
function headerSet(grid: Grid, header: IndicatorHeader): ValueSet | undefined {
  const values = header.columns.filter((c) => c.role === "value");
  if (values.length !== 1) return undefined;
  return valueSet(headerKey(ownText(grid, header.bodyTop - 1, values[0].from), labelForm));
}

/** Whether a row of the head area (its own cells) holds a head label, a unit line or the title. */
function headRowKind(cells: readonly OwnCell[]): "blank" | "title" | "label" | "other" {
  if (cells.length === 0) return "blank";
  let label = false;
  for (const { text } of cells) {
    const kind = headTextKind(text);
    if (kind === "title") return "title";
    if (kind === "label") label = true;
  }
  return label ? "label" : "other";
}

/** The set a title right above the first header names (`长期绩效指标`), or a caption column left of its 一级. */
export function setAbove(grid: Grid, header: IndicatorHeader): ValueSet | undefined {
  const cells = ownCells(grid, header.row - 1, header.band);
  return (cells.length === 1 ? setTitle(labelForm(cells[0].text)) : undefined) ?? setLeft(grid, header);
}

/** `实施期\n绩效\n指标 | 一级指标 | …`: a tall caption left of the 一级 names the set of the rows beside it. */
function setLeft(grid: Grid, header: IndicatorHeader): ValueSet | undefined {
  const level1 = header.columns.find((c) => c.role === "level1");
  // A list export's project fields stand there (`年度目标` is its goal column).
  if (!level1 || header.list) return undefined;
  for (const cell of ownCells(grid, header.row, header.band)) {
    if (cell.col >= level1.from) break;
    const form = labelForm(cell.text);
    const set = /指标$/.test(form) ? setTitle(form) : undefined;
    if (set) return set;
  }
  return undefined;
}

/**
 * The columns a head block may use: the header's, and up to two more on the
 * left (a blank first column under the header often holds the head labels).
 */
function headBand(grid: Grid, header: IndicatorHeader): Band {
  let left = header.band.left;
  // Only over columns the rows just above use: a blank column is the gap to a table beside this one.
  for (let c = left - 1; c >= Math.max(grid.left, header.band.left - 2); c--) {
    let used = false;
    for (let r = header.row - 1; r >= Math.max(grid.top, header.row - 8) && !used; r--)
      used = ownText(grid, r, c) !== "";
    if (!used) break;
    left = c;
  }
  return { left, right: header.band.right };
}

/** A caption alone on its row naming the indicators' table (`绩效项目指标表`, `绩效指标表`), no table's title. */
function isIndicatorsCaption(cells: readonly OwnCell[]): boolean {
  return cells.length === 1 && INDICATORS_CAPTION.test(labelForm(cells[0].text));
}

/** The table's top row: the title, else the topmost head label above the header. */
export function headTop(grid: Grid, header: IndicatorHeader): number {
  const band = headBand(grid, header);
  let top = header.row;
  let unlabelled = 0;
  let blanks = 0;
  const limit = Math.max(grid.top, header.row - HEAD_REACH);
  for (let r = header.row - 1; r >= limit; r--) {
    // A hidden head row (a template's unused 项目编码 row) is no gap either.
    if (isRowHidden(grid, r)) continue;
    const cells = ownCells(grid, r, band);
    const kind = headRowKind(cells);
    // A row inside a merged head cell (a purpose or goal merged over several rows) is that cell's: no gap.
    if (kind === "blank" && coveredFromAbove(grid, r, band.left, band.right)) continue;
    if (kind === "blank") {
      if (++blanks >= BLANK_STRETCH) break;
      continue;
    }
    blanks = 0;
    // `绩效项目指标表` over the header (青山's 2020 form) captions the indicators: the head goes on above it.
    if (kind === "title" && !isIndicatorsCaption(cells)) return r;
    if (kind === "title") continue;
    // Before a cell of it can pass for a head label (`指标值确定依据`, a 三级 named `完成时间`): the table above
    // ends here, when a table without a title follows it.
    if (isPreviousBlock(grid, r, band, cells)) break;
    if (kind === "label") {
      top = r;
      unlabelled = 0;
    } else if (++unlabelled > MAX_UNLABELLED_RUN) break;
  }
  return top;
}

/**
 * A row of another table: its indicator header, an indicator naming a 一级/二级 term, or the row that ends it
 * (`填报人：`, `总分`, `合计` at the row's start, right under indicator rows). A head's own `联系电话` or
 * `项目负责人` row, or a funds total (`合计` under the parts), is no end.
 */
function isPreviousBlock(grid: Grid, row: number, band: Band, cells: readonly OwnCell[]): boolean {
  if (cells.some((c) => isStructureWord(c.text) || isLevelTerm(c.text))) return true;
  if (cells.length === 0 || seenCell(grid, row, band.left).fromAbove) return false;
  return startsWithEndWord(leadForm(cells[0].text)) && indicatorsAbove(grid, row, band);
}

/** Whether the first written row above shows a 一级/二级 term or a header word (merged cells count). */
function indicatorsAbove(grid: Grid, row: number, band: Band): boolean {
  for (let r = row - 1; r >= Math.max(grid.top, row - BLANK_STRETCH - 1); r--) {
    let written = false;
    for (let c = band.left; c <= band.right; c++) {
      const text = seenCell(grid, r, c).text;
      if (text === "") continue;
      written = true;
      if (isStructureWord(text) || isLevelTerm(text)) return true;
    }
    if (written) return false;
  }
  return false;
}

function isLevelTerm(text: string): boolean {
  return text.length <= 16 && isLevelWord(text);
}

/** The column of a row's first own, non-blank cell inside a band; past the band when there is none. */
function firstOwnCol(grid: Grid, row: number, band: Band): number {
  const line = grid.values[row - grid.top];
  if (!line) return band.right + 1;
  const last = Math.min(band.right, grid.left + line.length - 1);
  for (let c = Math.max(band.left, grid.left); c <= last; c++) {
    const v = line[c - grid.left];
    if (v !== null && v !== undefined && v !== "" && ownText(grid, row, c) !== "") return c;
  }
  return band.right + 1;
}

/** The first filled cell of the top row: the table's anchor. */
export function anchorOf(grid: Grid, top: number, range: CellRange): CellPos {
  const col = firstOwnCol(grid, top, range);
  return { row: top, col: col <= range.right ? col : range.left };
}

/** How many columns right of the indicator header a head's own may reach. */
const HEAD_WIDER = 6;

/**
 * The head's right edge: a head wider than the indicator header (`资金总额 | 100 | 财政拨款 | 80 | 其他资金 | 20` over
 * four indicator columns) has columns of its own right of the header's. A column is the head's where a head row holds
 * a head label there, or the value right after one; text of another kind (`附件2`, `（单位盖章）`, a note) takes no
 * column. A column blank on every head row, or written on an indicator row (a table beside, notes), ends the head.
 */
function headRight(grid: Grid, top: number, header: number, bottom: number, right: number): number {
  let edge = right;
  for (let c = right + 1; c <= right + HEAD_WIDER; c++) {
    if (writtenDown(grid, header, bottom, c)) break;
    let used = false;
    for (let r = top; r < header; r++) {
      const own = ownText(grid, r, c);
      if (own === "") used ||= seenCell(grid, r, c).fromLeft;
      else if (isHeadText(own) || isHeadText(besideText(grid, r, c))) edge = c;
      else used = true;
    }
    if (!used && edge < c) break;
  }
  return edge;
}

/** A head label, alone or with its value after a colon. */
function isHeadText(text: string): boolean {
  return text !== "" && (headLabelOfText(text) !== undefined || inlineLabel(text) !== undefined);
}

/** The text of the cell just left of (row, col) where that cell starts on this row; "" otherwise. */
function besideText(grid: Grid, row: number, col: number): string {
  const seen = seenCell(grid, row, col - 1);
  return seen.fromAbove ? "" : seen.text;
}

/** Whether a column holds text on a row from the header down. */
function writtenDown(grid: Grid, header: number, bottom: number, col: number): boolean {
  for (let r = header; r <= bottom; r++) if (ownText(grid, r, col) !== "") return true;
  return false;
}

/** The table's cells: the head block's rows and columns, and every section's. */
export function tableRange(grid: Grid, top: number, sections: IndicatorSection[]): CellRange {
  const first = sections[0].header;
  const wide = headBand(grid, first);
  let left = first.band.left;
  for (let r = top; r < first.row; r++)
    left = Math.min(left, firstOwnCol(grid, r, { left: wide.left, right: left - 1 }));
  let bottom = first.row;
  let right = first.band.right;
  for (const s of sections) {
    bottom = Math.max(bottom, s.bottom, s.header.bodyTop - 1);
    right = Math.max(right, s.header.band.right);
  }
  return { top, left, bottom, right: headRight(grid, top, first.row, bottom, right) };
}
