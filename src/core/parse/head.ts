/**
 * The head block of the form and flat layouts (spec §7): every label in the
 * area above the indicator header, by its words (src/core/schema/head-words),
 * with its value to the right (after the label's merge), below a sub-label
 * (`年初设定目标`), or in the same cell (`年度资金总额:50万`). Labels stand
 * anywhere, several to a row; where a table has two labels of one kind, the
 * year's wins (`当年年度预算` over `项目总预算`).
 */
import type { CellPos, CellRange, Grid } from "../grid/grid";
import { cellAt, cellText } from "../grid/grid";
import type { Field, MoneyUnit, SpendPeriod, SpendPlan, TargetTable } from "../model/table";
import {
  ADJUSTED_BUDGET,
  GOAL_ANNUAL,
  GOAL_RESULT,
  FUNDS_COLUMN,
  FROM_ABOVE,
  FUNDS_SOURCE_HEADER,
  MAYBE_OWN_LEVEL,
  PRIOR_YEAR,
  TOTALS_ROW,
  GOAL_SUBLABEL,
  headLabelOf,
  LABEL_LIKE,
  LABEL_ONLY_ENDING,
  MONEY_UNIT_ALONE,
  UNIT_LABEL_ALONE,
  UNIT_CAPTION,
  type HeadKey,
  type HeadLabel,
} from "../schema/head-words";
import { headLabelKey, inlineLabel, labelMoneyUnit, type InlineLabel } from "../text/head-label";
import { areaBottom, areaRight, ownText, seenCell } from "../locate/cells";
import { isStructureWord } from "../locate/indicator-header";
import { fieldAt, fieldText } from "./field";
import { SUB_LABELS, subLabels } from "./sub-labels";
import { isFundLabel, MAX_PART_LABEL, partsAddUp, partsBelow, unreadPart } from "./unread-parts";
import { AMOUNT, taskListTotal } from "./task-list";
import { parseAmountNumber, parseNumber } from "../value/number";
import { readHeadText } from "../text/head-text";
import type { Hit, Scan } from "./head-scan";
import { keepDatedBudgets, statedYear, thisYearBudget, YEAR_HEADER, yearBudget } from "./head-years";
import { fundsTotal } from "./funds-total";
import { deeperThan, endsBreakdown, ownLevels, type Breakdown } from "./breakdown";

export type Head = Pick<
  TargetTable,
  | "title"
  | "yearLine"
  | "unit"
  | "moneyUnit"
  | "code"
  | "name"
  | "budget"
  | "fiscal"
  | "other"
  | "fundParts"
  | "fundPartsUnread"
  | "purpose"
  | "goal"
  | "spendPlan"
>;

const PERIODS: [HeadKey, SpendPeriod][] = [
  ["period3", "3月底"],
  ["period6", "6月底"],
  ["period9", "9月底"],
  ["period10", "10月底"],
  ["period12", "12月底"],
];

/**
 * A funds cell packing the total and its parts a line each (`资金总额: 250\n一、预算资金:250\n二、自有资金:0\n三、其他:0`,
 * 湘潭's template; spec §7): the total's hit, its value the first line's amount, and a part's hit for each line after
 * it. `预算资金` under the total is the budget's money (财政), a part. Only a cell whose every line is a label the head
 * words know with an amount is split; any other stays one value (its amounts packed: the sum goes unweighed).
 */
function packedParts(grid: Grid, row: number, col: number, text: string, inline: InlineLabel): Hit[] | undefined {
  if (inline.label.key !== "budget" || !text.includes("\n")) return undefined;
  const whole = cellText(cellAt(grid, row, col));
  // `text` is the cell's text trimmed: its offsets are the cell's past the white space it opens with.
  const lead = leadOf(whole);
  const field = (start: number, end: number): Field => {
    const at = { start: lead + start, end: lead + end };
    return { text: fieldText(whole.slice(at.start, at.end)), raw: whole, row, col, cellText: whole, span: at };
  };
  const firstEnd = text.indexOf("\n");
  if (inline.start > firstEnd) return undefined;
  const total = field(inline.start, firstEnd);
  if (!AMOUNT.test(total.text)) return undefined;
  const hits = [hit(inline.label, row, col, text, total)];
  let from = firstEnd + 1;
  for (const line of text.slice(from).split("\n")) {
    const start = from + line.length - line.trimStart().length;
    const end = from + line.length;
    from = end + 1;
    if (line.trim() === "") continue;
    const part = inlineLabel(line.trim());
    if (!part) return undefined;
    const { key, rank } = part.label;
    const asFiscal = key === "budget" && rank <= Math.min(2, inline.label.rank);
    if (key !== "fiscal" && key !== "other" && !asFiscal) return undefined;
    const value = field(start + part.start, end);
    if (!AMOUNT.test(value.text)) return undefined;
    hits.push(hit({ key: asFiscal ? "fiscal" : key, rank }, row, col, line.trim().slice(0, part.start), value));
  }
  return hits.length > 1 ? hits : undefined;
}

/** How much white space a cell's text opens with: offsets in its trimmed text are the cell's past it. */
function leadOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** Where a value is packed after its label in one cell. */
function inlineField(grid: Grid, row: number, col: number, start: number): Field {
  const raw = cellAt(grid, row, col);
  const whole = cellText(raw);
  // `start` is an offset in the trimmed text (packedParts above): the cell's own text may open with white space.
  let s = start + leadOf(whole);
  while (s < whole.length && /\s/.test(whole[s])) s++;
  return { text: fieldText(whole.slice(s)), raw, row, col, cellText: whole, span: { start: s, end: whole.length } };
}

function scanCell(grid: Grid, scan: Scan, row: number, col: number, text: string): void {
  const said = readHeadText(text);
  if (!scan.title && said.title) {
    scan.title = fieldAt(grid, row, col);
    // A title that states the unit (`…绩效目标表（单位：元）`, retyped in Word or Excel).
    if (said.unitLine && !scan.unitLine) scan.unitLine = { row, col, unit: said.unitLine };
    return;
  }
  // A year line (`（2024年度）`, beside `填报单位：…` or a unit line); a year among other years, totals or amounts is a
  // funds grid's column header (`合计 | 2024年 | 2025年`).
  if (!scan.yearLine && said.yearLine && !amongFigures(grid, row, col)) {
    scan.yearLine = fieldAt(grid, row, col);
    return;
  }
  if (said.unitLine && !scan.unitLine) scan.unitLine = { row, col, unit: said.unitLine };
  if (!scan.unitLine && UNIT_LABEL_ALONE.test(text.trim())) {
    // `金额单位： | 元`: the unit stands in the next cell.
    const unit = MONEY_UNIT_ALONE.exec(ownText(grid, row, areaRight(grid, row, col) + 1));
    if (unit) scan.unitLine = { row, col, unit: unit[1] as MoneyUnit };
  }
  if (said.bracketUnit) scan.bracketUnits.push(said.bracketUnit);
  if (said.label) {
    scan.hits.push(hit(said.label, row, col, text, undefined));
    return;
  }
  const inline = said.inline;
  if (inline)
    scan.hits.push(
      ...(packedParts(grid, row, col, text, inline) ?? [
        hit(inline.label, row, col, text, inlineField(grid, row, col, inline.start)),
      ]),
    );
  // Only a text opening with a year or (项目)本年/当年/年度 can name the year's money: most head cells are asked nothing more.
  else if (YEAR_OPENING.test(text)) yearMoney(grid, scan, row, col, text);
}

const YEAR_OPENING = /^\s*(?:[12]\d{3}|本|当|年|项目[本当年])/;

/** A label of the year's money: naming its year (`2024年度预算数`), or this year in other words (`当年申请金额`). */
function yearMoney(grid: Grid, scan: Scan, row: number, col: number, text: string): void {
  const dated = yearBudget(text);
  if (dated) {
    scan.hits.push({ ...hit(dated.label, row, col, text, undefined), year: dated.year });
    return;
  }
  const yearly = thisYearBudget(text);
  if (!yearly) return;
  scan.hits.push(hit(yearly, row, col, text, undefined));
  // Heading a funds table's column (`资金来源 | 总投资 | 当年申请金额`), its amount below, it is where the parts'
  // year amounts stand; with its amount right of it (past copies of it), it heads nothing.
  if (isCopy(grid, row, col) || AMOUNT.test(ownText(grid, row, copyEnd(grid, row, col) + 1))) return;
  scan.adjustedHeaders.push({ row, col });
}

/**
 * A cell repeating the text of the cell left of it: a merged label exported with its text in each cell
 * (`年度资金总额: | 年度资金总额: | 1125`), the label's own area, no column header of its own.
 */
function isCopy(grid: Grid, row: number, col: number): boolean {
  return col > grid.left && ownText(grid, row, col - 1) === ownText(grid, row, col);
}

/** Whether the row's other own cells hold a year, a total or an amount: a funds grid's header row. */
function amongFigures(grid: Grid, row: number, col: number): boolean {
  const line = grid.values[row - grid.top] ?? [];
  for (let i = 0; i < line.length; i++) {
    const c = i + grid.left;
    if (c === col || line[i] === null || line[i] === "") continue;
    const text = ownText(grid, row, c);
    if (YEAR_HEADER.test(text) || TOTALS_ROW.test(text) || AMOUNT.test(text)) return true;
  }
  return false;
}

/**
 * A hit's label as written, without its value: a cell's text up to the value packed after it (`其中：财政资金：250`);
 * a packed funds line's hit (packedParts) holds its line's label alone.
 */
function labelWords(hit: Hit): string {
  const span = hit.inline?.span;
  if (!span) return hit.text;
  // The span counts in the cell's own text, which may open with white space that `hit.text` (trimmed) has not.
  const whole = hit.inline?.cellText ?? hit.text;
  const start = span.start - leadOf(whole);
  return start >= 0 && start < hit.text.length ? hit.text.slice(0, start) : hit.text;
}

/** Hits of one shape (see head-text's said()). */
function hit(label: HeadLabel, row: number, col: number, text: string, inline: Field | undefined): Hit {
  return { key: label.key, rank: label.rank, row, col, text, inline, listed: undefined };
}

function scanHead(grid: Grid, area: CellRange): Scan {
  const scan: Scan = { hits: [], bracketUnits: [], adjustedHeaders: [] };
  const years: (CellPos & { year: number })[] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const line = grid.values[r - grid.top];
    if (!line) continue;
    const last = Math.min(area.right, grid.left + line.length - 1);
    for (let c = Math.max(area.left, grid.left); c <= last; c++) {
      const v = line[c - grid.left];
      if (typeof v !== "string" || v.trim() === "") continue;
      const text = ownText(grid, r, c);
      if (!text) continue;
      // A column header is short; a note that explains 执行率 = 执行数 / 调整后预算数 is not one.
      if (text.length <= MAX_PART_LABEL && ADJUSTED_BUDGET.test(text) && !PRIOR_YEAR.test(text) && !isCopy(grid, r, c))
        scan.adjustedHeaders.push({ row: r, col: c });
      const year = YEAR_HEADER.exec(text);
      if (year) years.push({ row: r, col: c, year: Number(year[1]) });
      scanCell(grid, scan, r, c, text);
    }
  }
  // A funds grid by year (`项目 | 合计 | 2025年 | 2026年 | 2027年`): the table's year's column holds the year's amounts.
  // Two years on a row at least: one alone is a value (`预算年度 | 2024年`) or a year line.
  const stated = years.length > 1 ? statedYear(scan) : undefined;
  // Years side by side (`2024年 | 2025年`); a label between them (`项目起始年度 | 2022年 | 项目结束年度 | 2024年`) makes
  // them values.
  const beside = (a: CellPos, b: CellPos) =>
    a.row === b.row && (b.col === areaRight(grid, a.row, a.col) + 1 || a.col === areaRight(grid, b.row, b.col) + 1);
  for (const y of years)
    if (y.year === stated && years.some((o) => o !== y && beside(o, y)))
      scan.adjustedHeaders.push({ row: y.row, col: y.col });
  // A money label over a task list's amounts with no total row names no amount of the table's. Each label's list
  // is looked for once here: valueOf is asked of a label several times.
  for (const h of scan.hits)
    if (isMoneyKey(h.key)) h.listed = taskListTotal(grid, areaBottom(grid, h.row, h.col), h.col, area);
  scan.hits = scan.hits.filter((h) => h.listed !== null);
  scan.hits = scan.hits.filter((h) => !headsUntotalledParts(grid, scan, h, area));
  keepDatedBudgets(scan);
  if (!scan.hits.some((h) => h.key === "budget" && h.rank > 0)) {
    const total = fundsTotal(grid, area, scan.adjustedHeaders);
    // A funds block's total, or a 财政资金 of its own, outranks a part that may stand for the budget (rank 0:
    // `资助经费` under `项目资金`, `本次下达资金` beside `财政资金 | 1200`).
    const partOnly = (h: Hit) => h.key === "budget" && h.rank === 0;
    if (total) scan.hits = [...scan.hits.filter((h) => !partOnly(h)), total];
    else if (scan.hits.some((h) => h.key === "fiscal")) scan.hits = scan.hits.filter((h) => !partOnly(h));
  }
  return scan;
}

/**
 * A budget label heading a funds table's column whose total is not written: the amounts' column beside a sources
 * header (`资金来源 | 资金总额` over `其中：财政拨款 | 500`, `其他资金 | `), or the sources' column beside the amounts'
 * header (`年度资金总额 | 金额（万元）` over `（一）财政拨款小计 | 6.30`, …), no `合计` row under it. It names no amount
 * of the table's: read as the budget, it was blank (a field-missing error at a header) or a fund's label (the budget
 * a text). The parts under it are not summed into a budget the table does not state: their levels (`小计` over its
 * items) and blanks (a 其他资金 left empty, or not yet filled) make no sum certain.
 */
function headsUntotalledParts(grid: Grid, scan: Scan, hit: Hit, area: CellRange): boolean {
  if (hit.key !== "budget" || hit.inline || hit.listed) return false;
  const right = rightCell(grid, hit).text;
  const besideSources = FUNDS_SOURCE_HEADER.test(headLabelKey(textLeft(grid, hit, area)));
  if (!besideSources && (right === "" || AMOUNT.test(right) || !isLabelOrColumn(right))) return false;
  const top = areaBottom(grid, hit.row, hit.col) + 1;
  const first = (r: number) => ownText(grid, r, hit.col);
  const sourceAt = (r: number) => (besideSources ? rowLabel(grid, r, area.left, hit.col) : first(r));
  if (top > area.bottom || !isFundLabel(sourceAt(top)) || /\d/.test(sourceAt(top))) return false;
  // A `合计` row (or a `小计` at the top level) holds the total, blank or not: where the budget is missing, it is there.
  for (let r = top; r <= Math.min(area.bottom, top + FUNDS_HEADER_REACH); r++)
    if (TOTALS_ROW.test(sourceAt(r)) || TOTALS_ROW.test(rowLabel(grid, r, area.left, hit.col))) return false;
  return !AMOUNT.test(valueOf(grid, scan, hit, area).text);
}

/** Whether the money labels name different units in their brackets (`（亿元）` beside `（万元）`). */
function mixedLabelUnits(hits: readonly Hit[]): boolean {
  const units = new Set(hits.filter((h) => isMoneyKey(h.key)).map((h) => labelMoneyUnit(h.text) ?? ""));
  units.delete("");
  return units.size > 1;
}

function isMoneyKey(key: string): boolean {
  return key === "budget" || key === "fiscal" || key === "other";
}

/**
 * The budget label whose value is an amount: a funds table's column header
 * (`年度预算数(万元) | 年初预算 | 调整后预算数`) has its amounts under it, in
 * the `总额` row, not beside it.
 */
function bestAmount(grid: Grid, scan: Scan, area: CellRange): Hit | undefined {
  const { hits } = scan;
  const amounts = hits.filter((h) => h.key === "budget" && /^[\s\d,.，．]*\d/.test(valueOf(grid, scan, h, area).text));
  // A task list's total (`预算金额` over the tasks and their `合计`) is the budget only where no funds label has one.
  const own = amounts.filter((h) => !h.listed);
  // A funds table's total left blank in its 全年预算数 column is where the budget is missing.
  const blank = (h: Hit) => h.key === "budget" && adjustedColumnValue(grid, scan, h, area)?.text.trim() === "";
  const stated = hits.filter((h) => !overSourcesOnly(grid, h, area));
  return best(own, "budget") ?? best(amounts, "budget") ?? best(hits.filter(blank), "budget") ?? best(stated, "budget");
}

function isLabelText(text: string): boolean {
  const key = headLabelKey(text);
  return key !== "" && (headLabelOf(key) !== undefined || GOAL_RESULT.test(key) || GOAL_SUBLABEL.test(key));
}

/** The cell just right of a label's merged area and its copies (copyEnd), as written. */
function rightCell(grid: Grid, hit: Hit): Field {
  return fieldAt(grid, hit.row, copyEnd(grid, hit.row, hit.col) + 1);
}

/**
 * The last column of a cell's merged area, or of the cells right after it that repeat its text: a merge exported
 * unmerged with the text in each cell (`项目名称: | 项目名称: | 项目名称:`), the label's own area, no other label.
 */
function copyEnd(grid: Grid, row: number, col: number): number {
  const text = ownText(grid, row, col);
  let end = areaRight(grid, row, col);
  // A merged area of its own with the same text (`其中：财政拨款` over each of two sets) is another label.
  while (text !== "" && ownText(grid, row, end + 1) === text && areaRight(grid, row, end + 1) === end + 1) end++;
  return end;
}

/** A head label, or a funds table's column header (`执行数`, `执行率`): no value of the label before it. */
function isLabelOrColumn(text: string): boolean {
  return text !== "" && text.length <= 30 && (isLabelText(text) || FUNDS_COLUMN.test(text));
}

/** The value right of a label: after its merge; a blank field where nothing is written. */
function valueRight(grid: Grid, hit: Hit, area: CellRange): Field {
  const next = rightCell(grid, hit);
  const col = next.col;
  // A label in the table's last column (`项目名称:` with nothing after it), or with another label or a funds
  // column's header after it (`预算数 | 执行数`): the value is below it, or missing (the label's cell is then where
  // to point).
  // A label across the whole width (`年度绩效目标` as a heading row), or alone on its row unmerged (`年度绩效目标： | | |`,
  // as Word and PDF conversions leave it), heads the text on the row below.
  const first = hit.col <= area.left || captionDown(grid, hit, area);
  const alone = first && next.text === "" && blankFrom(grid, hit.row, col, area.right);
  const across = col > area.right && first;
  // With nothing below, the blank cell right of the label is where the value is missing.
  if (alone && col <= area.right) return valueBelow(grid, hit, area, true) ?? next;
  if ((col > area.right && next.text === "") || isLabelOrColumn(next.text))
    return (
      valueBelow(grid, hit, area, across) ?? (across ? blankRowBelow(grid, hit, area) : undefined) ?? labelCell(hit)
    );
  if (next.text !== "") return labelOverValue(grid, hit, next, area) ?? subtotalAmount(grid, hit.row, next) ?? next;
  // A blank cell, then the value (`项目名称 | | 51000021T…`): take it unless it is another label, named in the head
  // words or not (`项目名称 | | 项目类型 | 专项业务费`).
  for (let c = areaRight(grid, hit.row, col) + 1; c <= area.right; c = areaRight(grid, hit.row, c) + 1) {
    const text = ownText(grid, hit.row, c);
    if (text === "") continue;
    const label = isLabelText(text) || (labelLike(text) && valueAfter(grid, hit.row, c, area, text));
    if (!label) return fieldAt(grid, hit.row, c);
    // The next label with its value beside it (`项目名称 | | 主管部门 | XX局`): a row of pairs, this one's left blank;
    // but a goal's sentence alone across the row below (`年度绩效目标 | | | 项目属性 | 新增` over it) is its text.
    if (pairedLabel(grid, hit.row, c, area))
      return hit.key === "goal" ? (sentenceBelow(grid, hit, area) ?? next) : next;
    return unmergedBelow(grid, hit, area, c) ?? next;
  }
  // Blank to the row's end, among other labels: merged there (`预算数 | ` ending a flat head's row), its value below.
  return rowOfLabels(grid, hit.row, area) ? (unmergedBelow(grid, hit, area, area.right + 1) ?? next) : next;
}

/**
 * Whether all left of a label on its row is a caption merged down past it (`项目资金（万元）` down beside `年度资金总额`
 * over `800`): the label is the first of its row's, as one in the area's first column is.
 */
function captionDown(grid: Grid, hit: Hit, area: CellRange): boolean {
  for (let c = area.left; c < hit.col; c = areaRight(grid, hit.row, c) + 1) {
    const seen = seenCell(grid, hit.row, c);
    if (seen.text === "" || areaBottom(grid, seen.row, seen.col) <= areaBottom(grid, hit.row, hit.col)) return false;
  }
  return true;
}

/**
 * A label in a row of labels over a row of values (`项目名称 | 项目分类 | 主管部门` over `城区道路养护 | 资产资源类 | XX局`),
 * a text the head words do not know right of it: the cell below the label, its value (blank or not). Words cannot
 * tell an unknown label (`项目分类`) from a name that ends like one (`生活垃圾分类`); the layout can. The other labels on
 * the row have their values below them and none beside (labelsOverValues), and the text right of this one has a value
 * below it as this one has (one of the two written): the text is a label too. In a row of pairs (`项目名称 | 生活垃圾分类
 * | 主管部门 | XX局`) the next label has its value beside it, and the text right of 项目名称 stays the name.
 */
function labelOverValue(grid: Grid, hit: Hit, next: Field, area: CellRange): Field | undefined {
  // A label is short, has no figures (an amount, a year in a name: values) and ends as labels do (`项目分类`, `项目期限`):
  // under a pair whose value is blank or a head word (`资金来源 | 财政拨款`), `建设地点 | 城区` is no row of values.
  if (/\d/.test(next.text) || !labelLike(next.text)) return undefined;
  // A label of the row is as tall as the others: a text merged down past the label is a value beside it.
  if (areaBottom(grid, next.row, next.col) !== areaBottom(grid, hit.row, hit.col)) return undefined;
  const under = ownCellBelow(grid, hit.row, hit.col, area);
  const underNext = ownCellBelow(grid, next.row, next.col, area);
  if (!under || !underNext || isHeadingText(under.text) || isHeadingText(underNext.text)) return undefined;
  if (under.text === "" && underNext.text === "") return undefined;
  return labelsOverValues(grid, hit, area) ? under : undefined;
}

/**
 * Whether the labels the head words know on a label's row, other than it, each stand over a value or a blank (none
 * over a label, a caption or the indicator header), one at least over a value, and none has a value beside it.
 */
function labelsOverValues(grid: Grid, hit: Hit, area: CellRange): boolean {
  let values = 0;
  let labels = 0;
  for (let c = area.left; c <= area.right; c = copyEnd(grid, hit.row, c) + 1) {
    if (c === hit.col || !isLabelOrColumn(ownText(grid, hit.row, c))) continue;
    // A label of another height than this one stands over no value of its row: `预算数` over its sources' sub-labels
    // (`合计 | 财政拨款`) where this one is merged down beside them, or a caption merged down beside both rows.
    if (areaBottom(grid, hit.row, c) !== areaBottom(grid, hit.row, hit.col)) continue;
    if (pairedLabel(grid, hit.row, c, area)) return false;
    const below = ownCellBelow(grid, hit.row, c, area);
    if (!below || isHeadingText(below.text)) return false;
    labels++;
    if (below.text !== "") values++;
  }
  return labels > 0 && values > 0;
}

/**
 * The cell right under a cell's merged area, where it is a cell of its own: a text merged over it from the left or
 * from above (a goal across the row) is no value of this column's. Undefined past the head.
 */
function ownCellBelow(grid: Grid, row: number, col: number, area: CellRange): Field | undefined {
  const below = areaBottom(grid, row, col) + 1;
  if (below > area.bottom) return undefined;
  const seen = seenCell(grid, below, col);
  return seen.fromLeft || seen.fromAbove ? undefined : fieldAt(grid, below, col);
}

/** A text no value is: a label, named in the head words or not, a caption, a totals word or the indicator header. */
function isHeadingText(text: string): boolean {
  return (
    isLabelOrColumn(text) ||
    labelLike(text) ||
    UNIT_CAPTION.test(text) ||
    TOTALS_ROW.test(text) ||
    isStructureWord(text)
  );
}

/**
 * A label merged over the blank cells up to the next label (or the row's end), and its text merged under it the
 * same way, both exported unmerged (`项目年度目标 | | | 年度目标完成情况` over `开展培训2次。 | | | 完成培训2次。`): the text
 * below, which the merged twin reads there (valueBelow). Only where the row below is blank under those blank cells
 * too: a text across them is no cell of this label's column. The next label, named in the head words or not, makes
 * the row a row of labels (valueBelow counts only the former).
 */
function unmergedBelow(grid: Grid, hit: Hit, area: CellRange, nextLabel: number): Field | undefined {
  const row = areaBottom(grid, hit.row, hit.col) + 1;
  if (row > area.bottom || areaRight(grid, row, hit.col) >= nextLabel) return undefined;
  // A label below (`项目负责人 | | 联系电话 |` under `项目名称 | | 主管部门 |`), a caption (`资金情况(万元)`), or a
  // short label under the next one (`全年预算数(A)`; not a long note under a result's label): a form's next row.
  const under = ownText(grid, row, hit.col);
  // The text's merge may be exported with its text in each cell (`城区道路养护 | 城区道路养护`): copies, no other text.
  if (!blankOrCopies(grid, row, areaRight(grid, row, hit.col) + 1, nextLabel - 1, under)) return undefined;
  if (labelLike(under) || UNIT_CAPTION.test(under)) return undefined;
  const nextUnder = nextLabel <= area.right ? ownText(grid, row, nextLabel) : "";
  if (nextUnder.length <= MAX_PART_LABEL && isLabelOrColumn(nextUnder)) return undefined;
  // A label of its own left of it (`年度目标 | 完成… | |` under `项目信息 | 项目名称 | | 项目类型`) makes it that label's
  // value: the name is blank. A caption merged down, or copied down, is the label's row's; values are a flat head's.
  for (let c = area.left; c < hit.col; c++) {
    const text = ownText(grid, row, c);
    if (text === "" || text === seenCell(grid, hit.row, c).text) continue;
    if (isLabelText(text) || labelLike(text)) return undefined;
  }
  return fieldBelow(grid, hit, area, false);
}

/** Whether a row's cells from..to are blank or repeat `text`, the cell's before them. */
function blankOrCopies(grid: Grid, row: number, from: number, to: number, text: string): boolean {
  for (let c = from; c <= to; c = areaRight(grid, row, c) + 1) {
    const own = ownText(grid, row, c);
    if (own !== "" && own !== text) return false;
  }
  return true;
}

/**
 * `一般公共预算拨款 | 小计 | 1800` (广西's 公开表, the part's own sources listed under it): the subtotal's word stands
 * between the part's label and its amount.
 */
function subtotalAmount(grid: Grid, row: number, next: Field): Field | undefined {
  if (next.text.length > 6 || !TOTALS_ROW.test(next.text)) return undefined;
  const after = fieldAt(grid, row, areaRight(grid, row, next.col) + 1);
  return AMOUNT.test(after.text) ? after : undefined;
}

/**
 * A label-like text is the next label only with a cell of its own after it, holding a value (`项目类型 | 专项业务费`), or
 * with an ending only labels have (LABEL_ONLY_ENDING), blank after it or at the row's end: a name that ends as labels
 * may, merged to the row's end (`生活垃圾分类`), is the value (the session's own review).
 */
function valueAfter(grid: Grid, row: number, col: number, area: CellRange, text: string): boolean {
  const key = headLabelKey(text);
  const after = areaRight(grid, row, col) + 1;
  if (after <= area.right) return ownText(grid, row, after) !== "" || LABEL_ONLY_ENDING.test(key);
  // At the row's end, a short one (`项目负责人`): a name may end so (`城区道路养护项目负责人`), a label that short not.
  return key.length <= MAX_END_LABEL && LABEL_ONLY_ENDING.test(key);
}

/** The longest label-only text read as a label at its row's end. */
const MAX_END_LABEL = 6;

/** A short text that ends as a head label does (LABEL_LIKE), though the head words do not name it. */
function labelLike(text: string): boolean {
  if (text.length > MAX_PART_LABEL) return false;
  const key = headLabelKey(text);
  return key.length >= 3 && key.length <= 12 && LABEL_LIKE.test(key);
}

/** A label's own cell, blank: where its value is missing when there is no cell for it. */
function labelCell(hit: Hit): Field {
  return { text: "", raw: null, row: hit.row, col: hit.col };
}

/**
 * The blank row under a heading across the head (`年度绩效目标` merged across, nothing written under it): the cell
 * the value is missing from, where field-missing points (it had pointed at the heading).
 */
function blankRowBelow(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  const row = areaBottom(grid, hit.row, hit.col) + 1;
  if (row > area.bottom || !blankFrom(grid, row, area.left, area.right)) return undefined;
  return fieldAt(grid, row, hit.col);
}

/**
 * `项目编码 | 项目名称 | 主管部门` over a row of their values, `资金总额 | 财政拨款 | 其他资金` over the amounts: in a row
 * of labels, each label's value stands below it; so does the text under a label `alone` across the row.
 */
function valueBelow(grid: Grid, hit: Hit, area: CellRange, alone = false): Field | undefined {
  return alone || rowOfLabels(grid, hit.row, area) ? fieldBelow(grid, hit, area, alone) : undefined;
}

/** Whether a head row holds two labels or more (a label's copies, copyEnd, are its own area: one label). */
function rowOfLabels(grid: Grid, row: number, area: CellRange): boolean {
  let labels = 0;
  for (let c = area.left; c <= area.right && labels < 2; c = copyEnd(grid, row, c) + 1) {
    if (isLabelOrColumn(ownText(grid, row, c))) labels++;
  }
  return labels >= 2;
}

/** A text alone across the row under a label, too long or too worded for a label (`开展业务培训2次。`). */
function sentenceBelow(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  const below = fieldBelow(grid, hit, area, true);
  return below && below.text.length >= MIN_SENTENCE && !labelLike(below.text) ? below : undefined;
}

const MIN_SENTENCE = 6;

/** Whether the label at (row, col) has a value of its own right after it (and its copies), not another label. */
function pairedLabel(grid: Grid, row: number, col: number, area: CellRange): boolean {
  const after = copyEnd(grid, row, col) + 1;
  if (after > area.right) return false;
  const text = ownText(grid, row, after);
  return text !== "" && !isLabelOrColumn(text) && !labelLike(text) && !UNIT_CAPTION.test(text);
}

/** The text under a label that heads a column (valueBelow): not a sub-header's total, a label or the header. */
function fieldBelow(grid: Grid, hit: Hit, area: CellRange, alone: boolean): Field | undefined {
  let below = fieldAt(grid, areaBottom(grid, hit.row, hit.col) + 1, hit.col);
  // `财政拨款` over `小计 | 其中：中央 | 其中：省级`: the sub-header's total heads the amount below it (贵州, 湖北;
  // eighteenth session's review: `小计` had been read as the amount).
  if (TOTALS_ROW.test(below.text)) below = fieldAt(grid, areaBottom(grid, below.row, below.col) + 1, below.col);
  // Not the indicator header right under a head row (`项目名称 | 绩效目标 | …` over `一级指标 | …`).
  if (below.text === "" || isLabelText(below.text) || isStructureWord(below.text)) return undefined;
  // Under a heading alone, the text is alone across its row too: `项目负责人 | 张三 | 联系电话 | …` is a head row.
  // Its copies (an export writing a merged text in every cell) are its own area.
  if (alone && !blankFrom(grid, below.row, copyEnd(grid, below.row, below.col) + 1, area.right)) return undefined;
  return below;
}

/** Whether a row's own cells from `from` to `to` are all blank. */
function blankFrom(grid: Grid, row: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (ownText(grid, row, c) !== "") return false;
  return true;
}

/**
 * A goal: the text right of its label, or, where sub-labels stand there
 * (`年初设定目标 | 年度总体目标完成情况综述`, `实施周期总目标 | 年度目标`), the text
 * below the year's one.
 */
function goalValue(grid: Grid, hit: Hit, area: CellRange): Field {
  if (hit.inline) return hit.inline;
  const right = rightCell(grid, hit);
  if (right.text === "" || right.text.length > 30 || !isLabelText(right.text)) return valueRight(grid, hit, area);
  const subs: { col: number; key: string }[] = [];
  for (let c = right.col; c <= area.right; c = areaRight(grid, hit.row, c) + 1) {
    const text = ownText(grid, hit.row, c);
    const key = headLabelKey(text);
    if (key && GOAL_SUBLABEL.test(key) && !GOAL_RESULT.test(key)) subs.push({ col: c, key });
  }
  const chosen = subs.find((s) => GOAL_ANNUAL.test(s.key)) ?? subs[0];
  if (chosen) return spannedField(grid, areaBottom(grid, hit.row, chosen.col) + 1, chosen.col);
  // The label heads a column of its own (`项目年度目标` over its text).
  const below = fieldAt(grid, areaBottom(grid, hit.row, hit.col) + 1, hit.col);
  return below.text ? below : valueRight(grid, hit, area);
}

/**
 * The cell, or the text merged over it from the left: one goal written across both sub-labels' columns (`中长期目标 |
 * 年度目标` over one merged text, a one-year project in the 2015 申报表) is the year's goal too.
 */
function spannedField(grid: Grid, row: number, col: number): Field {
  const seen = seenCell(grid, row, col);
  return seen.fromLeft && seen.text !== "" ? fieldAt(grid, seen.row, seen.col) : fieldAt(grid, row, col);
}

function valueOf(grid: Grid, scan: Scan, hit: Hit, area: CellRange): Field {
  if (hit.inline) return hit.inline;
  if (hit.key === "goal") return goalValue(grid, hit, area);
  return isMoneyKey(hit.key) ? moneyValue(grid, scan, hit, area) : valueRight(grid, hit, area);
}

/** An amount's cell: in the year's column, a list's total, the totals row, right of its label, or below it. */
function moneyValue(grid: Grid, scan: Scan, hit: Hit, area: CellRange): Field {
  const adjusted = adjustedColumnValue(grid, scan, hit, area);
  if (adjusted) return adjusted;
  if (hit.listed) return hit.listed;
  const beside = besideBudgetColumn(grid, scan, hit);
  if (beside) return beside;
  // A budget heading a funds table's column, other columns' headers right of it (`全年预算数 | 全年执行数` over
  // the sources and a `合计` row last): the total's row, not the first source's.
  const next = hit.key === "budget" ? rightCell(grid, hit).text : "";
  // Or the last of such headers (`中期资金总额 | 年度资金总额`, `项目总投资 | 本年度预算`, nothing right of it): the
  // year's column of the grid, its total in the `合计` row (seventeenth session's review).
  const heading =
    (next !== "" && !AMOUNT.test(next) && isLabelOrColumn(next)) ||
    (hit.key === "budget" && next === "" && isLabelOrColumn(textLeft(grid, hit, area)));
  const last = heading ? (totalUnder(grid, hit, area) ?? sourcesTotal(grid, hit, area)) : undefined;
  if (last) return last;
  // `其他资金 | 项目属性` over `50 | 新增项目`: a label the words do not know stands right, the amount below.
  const right = valueRight(grid, hit, area);
  if (AMOUNT.test(right.text)) return right;
  if (hit.key === "budget") {
    const total =
      totalAlong(grid, hit, area) ??
      (heading ? undefined : totalUnder(grid, hit, area)) ??
      (right.text === "" ? captionTotal(grid, hit, area) : undefined);
    if (total) return total;
  }
  // A dated label among others (`2024年预算数 | 2025年预算数` over `50 | 60`): a column header, its amount below.
  if (hit.year !== undefined) {
    const under = fieldAt(grid, areaBottom(grid, hit.row, hit.col) + 1, hit.col);
    if (AMOUNT.test(under.text)) return under;
  }
  const below = right.text === "" ? undefined : (valueBelow(grid, hit, area) ?? underFundLabels(grid, hit, right));
  if (below && AMOUNT.test(below.text)) return below;
  return labelledAmount(grid, hit, area) ?? right;
}

/**
 * A budget label with its sources and their total right of it (`年度资金需求（万元） | 合计 | 专项债券资金 | …`,
 * `部门预算（万元） | 财政拨款 | 其他资金 | 合计`) over the amounts: the total's amount, under it.
 */
function totalAlong(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  for (let c = areaRight(grid, hit.row, hit.col) + 1; c <= area.right; c = areaRight(grid, hit.row, c) + 1) {
    const text = ownText(grid, hit.row, c);
    if (!TOTALS_ROW.test(text)) continue;
    const total = fieldAt(grid, areaBottom(grid, hit.row, c) + 1, c);
    return AMOUNT.test(total.text) ? total : undefined;
  }
  return undefined;
}

/**
 * A budget caption over its funds table's labels, merged across them or not (`预算数（万元） | |` over `合计 | 财政拨款 |
 * 其他资金` over the amounts): the amount under the `合计` among the labels it spans, its row right of it blank.
 */
function captionTotal(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  const spanned = captionLabels(grid, hit, area);
  const total = spanned?.find((label) => TOTALS_ROW.test(label.text));
  if (!total) return undefined;
  const amount = fieldAt(grid, areaBottom(grid, total.row, total.col) + 1, total.col);
  // Left blank, the total is where the budget is missing.
  return AMOUNT.test(amount.text) || amount.text === "" ? amount : undefined;
}

/** The labels a caption spans on the row below it (its own row blank right of it), or undefined where none. */
function captionLabels(grid: Grid, hit: Hit, area: CellRange): Field[] | undefined {
  const row = areaBottom(grid, hit.row, hit.col) + 1;
  if (row >= area.bottom || !rowOfLabels(grid, row, area)) return undefined;
  let end = areaRight(grid, hit.row, hit.col);
  while (end < area.right && ownText(grid, hit.row, end + 1) === "") end = areaRight(grid, hit.row, end + 1);
  const labels: Field[] = [];
  for (let c = hit.col; c <= end; c = areaRight(grid, row, c) + 1) {
    const label = fieldAt(grid, row, c);
    if (label.text !== "") labels.push(label);
  }
  return labels;
}

/**
 * A budget caption over fund sources only (`预算数（万元） | |` over `财政拨款 | 其他资金` over their amounts): the
 * budget is their sum, stated nowhere, and not missing.
 */
function overSourcesOnly(grid: Grid, hit: Hit, area: CellRange): boolean {
  if (hit.key !== "budget" || hit.inline) return false;
  // A value cell of its own, merged, blank (`资金总额（万元） | [   ]`): where the budget is missing, no caption.
  const right = rightCell(grid, hit);
  if (right.text !== "" || areaRight(grid, right.row, right.col) > right.col) return false;
  const labels = captionLabels(grid, hit, area);
  const source = (label: Field) => {
    const key = headLabelOf(headLabelKey(label.text))?.key;
    return key === "fiscal" || key === "other" || isFundLabel(label.text);
  };
  const amount = (label: Field) =>
    AMOUNT.test(fieldAt(grid, areaBottom(grid, label.row, label.col) + 1, label.col).text);
  return labels !== undefined && labels.length >= 2 && labels.every((l) => source(l) && amount(l));
}

/** The nearest own text left of a label on its row, inside the area ("" when none). */
function textLeft(grid: Grid, hit: Hit, area: CellRange): string {
  for (let c = hit.col - 1; c >= area.left; c--) {
    const text = ownText(grid, hit.row, c);
    if (text !== "") return text;
  }
  return "";
}

/**
 * A budget label heading a funds grid's column (`资金来源 | 年度资金总额` over `合计 | 260`, `其中：财政拨款 | 260`): the
 * amount in the column on the totals row, the first row under it labelled `合计` (`总计`, `小计`).
 */
function totalUnder(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  const top = areaBottom(grid, hit.row, hit.col) + 1;
  for (let r = top; r <= Math.min(area.bottom, top + FUNDS_HEADER_REACH); r++) {
    // The row's label: its first own text left of the column (the block's caption merged down is none).
    if (!TOTALS_ROW.test(rowLabel(grid, r, area.left, hit.col))) continue;
    const total = fieldAt(grid, r, hit.col);
    return AMOUNT.test(total.text) ? total : undefined;
  }
  return undefined;
}

/**
 * A budget label heading the sources' column, the amounts' header right of it (`年度资金总额 | 金额（万元）` over `合计 |
 * 6.30`, `（一）财政拨款小计 | 6.30`, …): the amount right of the `合计` in its column, under the amounts' header.
 */
function sourcesTotal(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  const amounts = areaRight(grid, hit.row, hit.col) + 1;
  const top = areaBottom(grid, hit.row, hit.col) + 1;
  for (let r = top; r <= Math.min(area.bottom, top + FUNDS_HEADER_REACH); r++) {
    if (!TOTALS_ROW.test(ownText(grid, r, hit.col))) continue;
    const total = fieldAt(grid, r, amounts);
    return AMOUNT.test(total.text) && !seenCell(grid, r, amounts).fromLeft ? total : undefined;
  }
  return undefined;
}

/**
 * `资金总额 | 衔接资金 | 涉农整合资金` over the amounts: fund sources the words do not know right, the amount below.
 * So with any short label right whose cell below holds an amount too (湖南's `其他资金 | 基本支出 | 项目支出` over
 * `200 | 3,000 | 2,200`): a row of labels over a row of amounts, not a label and its value.
 */
function underFundLabels(grid: Grid, hit: Hit, right: Field): Field | undefined {
  const below = fieldAt(grid, areaBottom(grid, hit.row, hit.col) + 1, hit.col);
  if (isFundLabel(right.text)) return below;
  if (right.text.length > MAX_PART_LABEL || /\d/.test(right.text)) return undefined;
  const underRight = fieldAt(grid, areaBottom(grid, right.row, right.col) + 1, right.col);
  return AMOUNT.test(underRight.text) ? below : undefined;
}

/** The amount a budget row of sub-labels and amounts gives (SUB_LABELS), or undefined. */
function labelledAmount(grid: Grid, hit: Hit, area: CellRange): Field | undefined {
  const { pairs, bare } = subLabels(grid, hit, area.right);
  if (bare || pairs.length < 2) return undefined;
  for (const words of SUB_LABELS) {
    const found = pairs.find((p) => words.test(p.label));
    if (found) return found.field;
  }
  return undefined;
}

/** How far above a funds row its column headers may stand. */
const FUNDS_HEADER_REACH = 10;

/**
 * In a self-assessment's funds table (`| 年初预算数 | 全年预算数 | 全年执行数`), an amount's value is in the
 * 全年预算数 column: a budget raised or added during the year has 0 or less at the start.
 */
function adjustedColumnValue(grid: Grid, scan: Scan, hit: Hit, area: CellRange): Field | undefined {
  const from = areaRight(grid, hit.row, hit.col) + 1;
  const lowest = Math.max(area.top, hit.row - FUNDS_HEADER_REACH);
  const inReach = (h: CellPos) => h.row < hit.row && h.row >= lowest && h.col >= from && h.col <= area.right;
  // The budget's own column first: a part read beside another year's or another stage's amount (`上年度预算数 |
  // 本年度预算数`, `2023年预算数 | 2024年预算数`) is weighed against a budget it is no part of.
  const own = scan.budgetColumn && inReach(scan.budgetColumn) ? scan.budgetColumn : undefined;
  // Else the nearest row above, then the leftmost column right of the label.
  let header: CellPos | undefined = own;
  for (const h of own ? [] : scan.adjustedHeaders) {
    if (!inReach(h)) continue;
    if (!header || h.row > header.row || (h.row === header.row && h.col < header.col)) header = h;
  }
  if (!header) return undefined;
  // A label with its amount merged across the column (`预算数（万元） | 50` under a grid by year): no column of its.
  if (seenCell(grid, hit.row, header.col).fromLeft) return undefined;
  const value = fieldAt(grid, hit.row, header.col);
  // Left blank, the amount is missing there (or 0, for a part): not the 年初 amount beside it. An amount may carry its
  // unit (`250万元`): the column is still the year's.
  return value.text.trim() === "" || parseAmountNumber(value.text) !== undefined ? value : undefined;
}

/** A goal word right of another goal label on its row (`总体目标 | 年度目标`) is a sub-label, not a label. */
function isSubLabel(hits: Hit[], hit: Hit): boolean {
  return hit.key === "goal" && hits.some((h) => h.key === "goal" && h.row === hit.row && h.col < hit.col);
}

/** The best label of a kind: the highest rank, then the first. */
function best(hits: Hit[], key: HeadKey): Hit | undefined {
  let found: Hit | undefined;
  for (const h of hits) if (h.key === key && (!found || h.rank > found.rank) && !isSubLabel(hits, h)) found = h;
  return found;
}

/**
 * The best label of a key, or one of its rank with a value where the best is a heading: a sheet's heading that is
 * also a label word (`项目绩效目标` merged across the table) gives way to the filled `绩效目标` below
 * (thirteenth session: a field-missing error on the heading). A lower rank never stands in (an empty `年度绩效目标`
 * is not filled by a `总体目标`).
 */
function bestFilled(grid: Grid, scan: Scan, key: HeadKey, area: CellRange): Hit | undefined {
  const top = best(scan.hits, key);
  // A label with room for a value beside it (`项目名称 | ` left empty) is an omission, not a heading.
  if (!top || areaRight(grid, top.row, top.col) < area.right || valueOf(grid, scan, top, area).text.trim() !== "")
    return top;
  const filled = scan.hits.filter(
    (h) => h.key === key && h.rank === top.rank && valueOf(grid, scan, h, area).text.trim() !== "",
  );
  return best(filled, key) ?? top;
}

/**
 * 其中 parts of the budget (财政资金, 其他资金, 中央资金 …), each label once: a
 * funds table repeats them per column (budget, received, spent), and the central
 * template per period (`中期资金总额 | 年度资金总额`), so the parts in the column of
 * the budget label read count first.
 */
function fundParts(
  grid: Grid,
  scan: Scan,
  area: CellRange,
  budget: Hit | undefined,
  keep: (hit: Hit) => boolean = () => true,
): FundParts {
  const seen = new Set<string>();
  const levels = new Map<Field, Field[]>();
  const parts: Field[] = [];
  const maybe: Field[] = [];
  let above: Breakdown | undefined;
  let breakdown = false;
  let fiscal: Field | undefined;
  let other: Field | undefined;
  const readHits: Hit[] = [];
  let split = false;
  // The budget's own parts first: those on its row (`本年度资金 | 450 | 其中：财政资金 | 400 | 其他资金 | 50` under the
  // whole project's row of the same labels: seventeenth session's review), then those in its column.
  const nearBudget = (h: Hit) => (!budget ? 0 : h.row === budget.row ? 0 : h.col === budget.col ? 1 : 2);
  const hits = budget ? [...scan.hits].sort((a, b) => nearBudget(a) - nearBudget(b)) : scan.hits;
  for (const hit of hits) {
    if ((hit.key !== "fiscal" && hit.key !== "other") || !keep(hit)) continue;
    const key = headLabelKey(labelWords(hit));
    if (seen.has(key)) continue;
    seen.add(key);
    // `2.市县资金 | 300` then `（1）市级资金 | 100`, `（2）县级资金 | 200`, numbered or indented one level deeper: that
    // part's breakdown, no parts of the budget (the nineteenth session's head review: 4 parts had been added up).
    if (readHits.length && deeperThan(grid, hit, readHits[readHits.length - 1])) {
      const owner = parts[parts.length - 1];
      levels.set(owner, [...(levels.get(owner) ?? []), valueOf(grid, scan, hit, area)]);
      continue;
    }
    // `财政拨款 | 60` then `其中：上级补助 | 40 | 本级 | 20`: a 其中 under a part opens that part's breakdown, no
    // parts of the budget, up to the next 其他资金.
    const parent = readHits[readHits.length - 1]?.text ?? "";
    if (hit.key === "other" || (breakdown && endsBreakdown(parent, key))) breakdown = false;
    else if (
      breakdown ||
      (BREAKDOWN_LABEL.test(hit.text) && readHits.some((h) => h.col === hit.col && h.row < hit.row))
    ) {
      // The sub-parts of a part from above, and among them levels that may be the project's own or one more from
      // above (`州级`, `市级`): the sums decide (parseHead).
      if (FROM_ABOVE.test(parent)) {
        const sub = valueOf(grid, scan, hit, area);
        if (!breakdown) above = { parent: parts[parts.length - 1], subs: [] };
        above?.subs.push(sub);
        if (breakdown && MAYBE_OWN_LEVEL.test(key)) maybe.push(sub);
      }
      breakdown = true;
      continue;
    }
    const field = valueOf(grid, scan, hit, area);
    // `财政拨款` over `中央 | 省级 | 市县级` over the amounts: its amount is their sum, no one cell; the sum goes unweighed.
    if (isFundSubLabel(field.text) || amountsUnder(grid, hit, field)) {
      split = true;
      continue;
    }
    parts.push(field);
    readHits.push(hit);
    if (hit.key === "fiscal") fiscal ??= field;
    else other ??= field;
  }
  // Sub-levels that do not add up to their part may be siblings numbered or indented astray: nothing certain to weigh.
  const unsureLevels = [...levels].some(([part, subs]) => !partsAddUp(part, subs));
  return { parts, fiscal, other, split, maybe, above, unsureLevels };
}

interface FundParts {
  parts: Field[];
  fiscal?: Field;
  other?: Field;
  /** A part split into sub-columns of its own: its amount is no one cell. */
  split: boolean;
  maybe: Field[];
  above?: Breakdown;
  /** Numbered or indented sub-levels that do not add up to the part they stand under. */
  unsureLevels: boolean;
}

/**
 * `财政拨款` merged over four columns, over `1000 | 300 | 100 | 50` (its sources' sub-labels left out): the part's
 * amount is their sum, not the first cell under it.
 */
function amountsUnder(grid: Grid, hit: Hit, field: Field): boolean {
  const right = areaRight(grid, hit.row, hit.col);
  if (field.row <= hit.row || right === hit.col) return false;
  for (let c = areaRight(grid, field.row, field.col) + 1; c <= right; c = areaRight(grid, field.row, c) + 1)
    if (AMOUNT.test(ownText(grid, field.row, c))) return true;
  return false;
}

/** A part's "value" that is a sub-label of its own (`中央` under `财政拨款`): a short fund source with no amount. */
function isFundSubLabel(text: string): boolean {
  return !/\d/.test(text) && isFundLabel(text);
}

const BREAKDOWN_LABEL = /^\s*其中/;

function spendPlan(grid: Grid, scan: Scan): SpendPlan | undefined {
  const label = best(scan.hits, "spendPlan");
  if (!label) return undefined;
  const found = PERIODS.map(([key, period]) => ({ period, hit: best(scan.hits, key) }));
  const periods = found.filter((p): p is { period: SpendPeriod; hit: Hit } => p.hit !== undefined);
  const cumulative = periods.length ? cumulativeRow(grid, label, periods[0].hit) : undefined;
  const points = periods.map(({ period, hit }) => ({
    period,
    field: cumulative === undefined ? planValue(grid, hit) : fieldAt(grid, cumulative, hit.col),
  }));
  return { label: fieldAt(grid, label.row, label.col), points };
}

/** How far under its period labels a plan's rows may stand. */
const PLAN_ROWS = 3;

/**
 * Rows of their own under the period labels, labelled in the plan label's column: one of each period's own spending
 * (`计划支出金额 | 30 | 50`) and one of running totals (`累计支出进度 | 20% | 53%`): the plan is the running totals.
 * Values right under the labels, the plan's label merged down beside them, leave nothing to choose.
 */
function cumulativeRow(grid: Grid, label: Hit, period: Hit): number | undefined {
  const top = areaBottom(grid, period.row, period.col) + 1;
  for (let r = top; r < top + PLAN_ROWS; r++) {
    const text = rowLabel(grid, r, label.col, period.col);
    if (text === "") return undefined;
    if (CUMULATIVE.test(text)) return r;
  }
  return undefined;
}

/** A row's own label: its first own text from `from` up to `before` (`^ | 累计支出 | 20%`: 累计支出). */
function rowLabel(grid: Grid, row: number, from: number, before: number): string {
  for (let c = from; c < before; c = areaRight(grid, row, c) + 1) {
    const text = ownText(grid, row, c);
    if (text !== "") return text;
  }
  return "";
}

const CUMULATIVE = /累计/;

const PLAN_AMOUNT = /^[\d０-９][\d０-９,，.．\s]*(?:%|％|万元|元|万)?$/;

/**
 * A spend plan point's value: under its period label (`3月底` over `20`), or right of it (`3月底 | 20%` down the
 * rows, `3月底 | 20 | 6月底 | 45` along one), in its cell (`3月底：20%`), or under a sub-label (`金额（万元）`).
 */
function planValue(grid: Grid, hit: Hit): Field {
  if (hit.inline) return hit.inline;
  const below = fieldAt(grid, areaBottom(grid, hit.row, hit.col) + 1, hit.col);
  if (below.text === "" || PLAN_AMOUNT.test(below.text)) return below;
  const right = fieldAt(grid, hit.row, areaRight(grid, hit.row, hit.col) + 1);
  if (PLAN_AMOUNT.test(right.text)) return right;
  const under = fieldAt(grid, areaBottom(grid, below.row, below.col) + 1, below.col);
  return PLAN_AMOUNT.test(under.text) ? under : below;
}

/**
 * `预算规模及资金用途` spans two rows with `预算数` to its right; the purpose
 * text sits in its last row. Written alone, its value is to its right.
 */
function purposeField(grid: Grid, hit: Hit, area: CellRange): Field {
  const right = rightCell(grid, hit);
  if (!isLabelText(right.text)) return valueRight(grid, hit, area);
  const bottom = areaBottom(grid, hit.row, hit.col);
  return fieldAt(grid, bottom > hit.row ? bottom : hit.row + 1, right.col);
}

/**
 * The budget label's own brackets (`预算数（万元）`), else a `单位：` line, else any head label's brackets: the label
 * names the unit of the very cell beside it, where a page's unit line may be copied from a funds sheet.
 */
function moneyUnitOf(scan: Scan, budget: Hit | undefined, amount: Field | undefined): MoneyUnit {
  const fromLabel = budget ? labelMoneyUnit(budget.text) : undefined;
  const line = scan.unitLine?.unit;
  if (fromLabel && line && fromLabel !== line) return eitherUnit(fromLabel, line, amount);
  if (!fromLabel && line === "元" && smallAmount(amount)) return "万元";
  return fromLabel ?? line ?? scan.bracketUnits[0] ?? "万元";
}

/**
 * A budget under 1,000 beside a label of no unit, under a page's or title's `单位：元` (`预算数 | 510`): no project
 * of a few hundred 元 has a target table; the officer wrote 万元, as the costs below do. Read too small, it made a
 * false cost-over-budget error on every cost. A 社区's 9,500元 慰问 project is real: four digits stay in 元.
 */
function smallAmount(amount: Field | undefined): boolean {
  const n = amount ? parseNumber(amount.text) : undefined;
  return n !== undefined && n > 0 && n < 1000;
}

/**
 * A budget of 1,000,000 or more is in 元 (in 万元 it would be 100亿); below that, in 万元. Read too large, a budget
 * hides a cost above it; read too small, it makes a false one: where the amount cannot tell (a county's 85000, 8.5万元
 * or 8.5亿), the larger unit.
 */
const YUAN_FROM = 1000000;

/**
 * A label and a unit line that disagree, 元 against 万元 (a template's `预算数（万元）` under a system page's `单位：元`,
 * or the other way): the amount says which (`1860000` is no 186亿 project). Other pairs: the label.
 */
function eitherUnit(label: MoneyUnit, line: MoneyUnit, amount: Field | undefined): MoneyUnit {
  const pair = new Set([label, line]);
  const n = amount ? parseNumber(amount.text) : undefined;
  if (!pair.has("元") || !pair.has("万元") || n === undefined) return label;
  return n >= YUAN_FROM ? "元" : "万元";
}

/** The unit: a `实施单位`-like label's value, else the name on the unit line's row. */
function unitField(grid: Grid, scan: Scan, area: CellRange): Field | undefined {
  const labelled = best(scan.hits, "unitName") ?? best(scan.hits, "dept");
  if (labelled) return valueOf(grid, scan, labelled, area);
  const line = scan.unitLine;
  if (!line) return undefined;
  for (let c = area.left; c <= area.right; c++) {
    if (c !== line.col && ownText(grid, line.row, c) !== "") return fieldAt(grid, line.row, c);
  }
  return undefined;
}

/**
 * The budget label a part's label stands under, among those in the budget label's column: the last at or above its
 * row. A head that states the whole project's money and the year's down one column, each with its 其中 parts on its
 * rows (`项目总投资 | 1350 | 其中：财政资金 | 1200` / `其他资金 | 150` over `本年度预算 | 450 | 其中：财政资金 | 400` /
 * `其他资金 | 50`), gives each part to its own.
 */
function ownerOf(scan: Scan, budget: Hit, hit: Hit): Hit | undefined {
  let owner: Hit | undefined;
  for (const h of scan.hits) {
    if (h.key !== "budget" || h.col !== budget.col || h.row > hit.row) continue;
    if (!owner || h.row > owner.row) owner = h;
  }
  return owner;
}

/**
 * Other budget labels on the budget's row, each with its amount (or its blank) right of it: the whole project's money
 * beside the year's (`项目资金总额： | 3000 | 年度资金申请总额 | 1500`, 兵团's form), each over its 其中 parts in its
 * columns. Column headers over amounts below (`上年度预算数 | 本年度预算数`) are none.
 */
function besideBudgets(grid: Grid, scan: Scan, area: CellRange, budget: Hit): Hit[] {
  return scan.hits.filter((h) => {
    if (h === budget || h.key !== "budget" || h.row !== budget.row || h.inline) return false;
    const value = valueOf(grid, scan, h, area);
    return value.row === h.row && value.col > h.col && (value.text === "" || AMOUNT.test(value.text));
  });
}

/** The budget label, among those side by side on one row, a part's label stands under: the last at or left of it. */
function ownerBeside(budgets: readonly Hit[], hit: Hit): Hit | undefined {
  let owner: Hit | undefined;
  for (const h of budgets) if (h.col <= hit.col && (!owner || h.col > owner.col)) owner = h;
  return owner;
}

/**
 * The budget's parts. When the parts as read do not add up and the head states another whole in the budget label's
 * column, on rows of its own, or beside it on its row, only the parts under the budget's label count: they add up, or
 * there are none and the sum is not this table's to weigh (seventeenth session's review: the whole project's parts had
 * been weighed against the year's budget; twentieth session's, side by side: `其中：财政资金 | 3000` under the whole
 * had been added to the year's `其中：当年财政拨款 | 1000` and `上年结转资金 | 500`).
 */
function budgetParts(grid: Grid, scan: Scan, area: CellRange, budget: Hit | undefined, amount: Field | undefined) {
  const all = fundParts(grid, scan, area, budget);
  if (!budget || partsAddUp(amount, all.parts)) return { ...all, unread: false };
  const stacked = scan.hits.some((h) => h.key === "budget" && h.col === budget.col && h.row !== budget.row);
  const beside = !stacked && amount?.row === budget.row ? besideBudgets(grid, scan, area, budget) : [];
  if (!stacked && beside.length === 0) return { ...all, unread: false };
  const owner = (hit: Hit) => (stacked ? ownerOf(scan, budget, hit) : ownerBeside([budget, ...beside], hit));
  const own = fundParts(grid, scan, area, budget, (hit) => owner(hit) === budget);
  if (own.parts.length === 0) return { ...own, unread: all.parts.length > 0 };
  return partsAddUp(amount, own.parts) ? { ...own, unread: false } : { ...all, unread: false };
}

/**
 * Where the budget's label heads a column, its amount below it in one of the label's columns (`本年度预算数` over the
 * `合计` row's 120, a `合计` over its amount): that column's header. A label with its amount beside it heads none.
 */
function headedColumn(grid: Grid, budget: Hit, amount: Field): Scan["budgetColumn"] {
  const below = amount.row > areaBottom(grid, budget.row, budget.col);
  const under = amount.col >= budget.col && amount.col <= areaRight(grid, budget.row, budget.col);
  return below && under && !budget.inline ? { row: budget.row, col: amount.col, amountRow: amount.row } : undefined;
}

/**
 * A part heading a column beside the budget's (`预算情况（万元） | 合计 | 财政拨款 | 其他资金` over `^ | 186 | 150 | 36`):
 * its amount on the budget amount's row, under it. The blank cell right of the last one is none of its (the
 * nineteenth session's head review: 其他资金 had been read there, blank, and the sum failed).
 */
function besideBudgetColumn(grid: Grid, scan: Scan, hit: Hit): Field | undefined {
  const column = scan.budgetColumn;
  if (!column || hit.inline || hit.row !== column.row || hit.col === column.col) return undefined;
  const seen = seenCell(grid, column.amountRow, hit.col);
  if (seen.fromLeft || seen.fromAbove) return undefined;
  const under = fieldAt(grid, column.amountRow, hit.col);
  return under.text.trim() === "" || AMOUNT.test(under.text) ? under : undefined;
}

/** A score in a caption's brackets (`年度绩效目标(40分)`, `(权重30分)`). */
const SCORE_BRACKET = /[(（][^()（）]{0,6}\d{1,3}(?:\.\d{1,2})?\s*分[)）]\s*$/;

/**
 * `年度绩效目标(40分)` across a 自评表 over a set of indicators: the set's scored caption, whose blank "value" is its
 * own cell. The template has no goal to fill there, so none is read (a false "绩效目标为空" otherwise).
 */
function scoredCaption(grid: Grid, hit: Hit, field: Field): boolean {
  if (hit.inline) return false; // `年度绩效目标1、完成…（40分）`: the goal packed after its label
  return field.row === hit.row && field.col === hit.col && SCORE_BRACKET.test(ownText(grid, hit.row, hit.col));
}

export function parseHead(grid: Grid, area: CellRange): Head {
  const scan = scanHead(grid, area);
  const budget = bestAmount(grid, scan, area);
  const amount = budget ? valueOf(grid, scan, budget, area) : undefined;
  if (budget && amount) scan.budgetColumn = headedColumn(grid, budget, amount);
  const head: Head = { moneyUnit: moneyUnitOf(scan, budget, amount) };
  if (scan.title) head.title = scan.title;
  if (scan.yearLine) head.yearLine = scan.yearLine;
  const unit = unitField(grid, scan, area);
  if (unit) head.unit = unit;
  for (const key of ["code", "name", "goal"] as const) {
    const hit = bestFilled(grid, scan, key, area);
    if (!hit) continue;
    const field = valueOf(grid, scan, hit, area);
    if (!(key === "goal" && scoredCaption(grid, hit, field))) head[key] = field;
  }
  if (amount) head.budget = amount;
  const read = budgetParts(grid, scan, area, budget, amount);
  const { parts, fiscal, other, split, maybe, above, unread, unsureLevels } = read;
  // Levels after money from above broken down are the project's own where that makes the parts add up.
  if (maybe.length && above && !partsAddUp(head.budget, parts))
    parts.push(...ownLevels(head.budget, parts, maybe, above));
  if (parts.length) head.fundParts = parts;
  if (fiscal) head.fiscal = fiscal;
  if (other) head.other = other;
  // Parts that add up settle the sum whatever else the block holds: only a sum that fails asks for unread parts.
  const unsettled = !partsAddUp(head.budget, parts);
  const partLabels = scan.hits.filter((h) => h.key === "fiscal" || h.key === "other");
  if (
    unread ||
    split ||
    unsureLevels ||
    (unsettled && unreadPart(grid, partLabels, budget, parts, area, head.budget?.row))
  )
    head.fundPartsUnread = true;
  // A works project's whole (`项目总投资 | 9000`) beside the one source a 中央预算内 table names (`中央补助资金 | 5000`),
  // with no 其他资金: the other sources are not listed, and the sum is not this table's to weigh (fifteenth session).
  // A source above the whole is an entry error, no missing source (the session's review).
  // Units that differ between the labels (`项目总投资（亿元）`, `中央补助资金（万元）`) leave nothing to compare.
  const wholeInvestment = unsettled && budget?.rank === 1 && /总投资/.test(budget.text) && !other;
  if (wholeInvestment && (partsBelow(head.budget, parts) || mixedLabelUnits(scan.hits))) head.fundPartsUnread = true;
  // The budget's label and its parts' in different units (`预算数（元） | 1,000,000.00` over `其中：财政资金（万元） |
  // 100`): each amount is in its own label's unit, and weighed in the budget's, 100万元 would count as 100元. The
  // nineteenth session's head review: an error on a table that adds up. The sum goes unweighed.
  if (unsettled && budget && mixedLabelUnits([budget, ...partLabels])) head.fundPartsUnread = true;
  const purpose = best(scan.hits, "purpose");
  if (purpose) head.purpose = purposeField(grid, purpose, area);
  const plan = spendPlan(grid, scan);
  if (plan) head.spendPlan = plan;
  return head;
}
