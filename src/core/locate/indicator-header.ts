/**
 * The indicator header of the form and flat layouts, read by what its cells
 * say (spec §7): each column gets a role from its header words
 * (src/core/schema/columns.ts), wherever it stands. Handles one- and two-row
 * headers, a label column left of 一级 (`绩效指标`), a header cell spanning two
 * columns, target values per region, and period and annual sets side by side.
 */
import type { CellRange, Grid } from "../grid/grid";
import {
  basisNamesSource,
  columnRole,
  isCategoryHeader,
  isGroupHeader,
  isMonthEnd,
  isPlaceWord,
  headerKey,
  isNameAfterLevel2,
  isForecast,
  isScoreColumn,
  isAdjustedTarget,
  isReachedBesideTarget,
  isReplacedTarget,
  isSetTarget,
  setTitle,
  STRUCTURE_ROLES,
  SET_OR_KIND_WORD,
  valueKind,
  valueSet,
  type ColumnRole,
  type ValueKind,
  type ValueSet,
} from "../schema/columns";
import { boundedMemo } from "../text/memo";
import { lookupBasis } from "../schema/basis";
import { guessLevel1, isLevel1Word, isLevel2Word, lookupLevel1 } from "../schema/vocabulary";
import { normalizeLabel, withoutOtherScripts } from "../text/normalize";
import { FUNDS_COLUMN, TOTALS_ROW, type HeadKey } from "../schema/head-words";
import { headLabelKey, headLabelOfText } from "../text/head-label";
import { areaBottom, areaRight, captionAbove, ownText, seenCell } from "./cells";
import { unitFromName } from "../value/patterns";
import { standardUnit, unitDimension } from "../value/units";
import { signedKindColumn, splitValue } from "./value-columns";
import type { Band } from "./rows";

/** What a column's cells hold, for parsing. */
export type FieldRole =
  | "level1"
  | "level2"
  | "name"
  | "description"
  | "value"
  | "periodValue"
  | "annualValue"
  | "regionValue"
  | "unit"
  | "comparator"
  | "basis"
  | "valueType"
  | "direction"
  /** A column read only because it is marked required (`*评(扣)分标准`). */
  | "required"
  /** A list export's project field (项目名称, 预算数, 年度目标 …): see `HeaderColumn.head`. */
  | "head";

export interface HeaderColumn {
  role: FieldRole;
  /** First and last column the field may be read from (a header merged over two columns). */
  from: number;
  to: number;
  /** The header text without its `*`, when it is marked required (flat layout). */
  required?: string;
  /** A list export's project field, by its head label (`项目名称` → name). */
  head?: HeadKey;
  /** A value column's unit, stated in its header (`指标值（%）`, `目标值(单位：万元)`). */
  unit?: string;
  /**
   * `定量指标值 | 定性指标值`: the second of two value columns of which a row fills one; it gives the value where
   * the first is blank.
   */
  alternate?: boolean;
  /**
   * A second set's value column with 二级 and 三级 columns of its own (东莞: `二级 | 三级 | 实施周期指标值 | 二级 |
   * 三级 | 当年度指标值`): where they stand. A row's year indicator may be another than its period one.
   */
  beside?: { level1?: number; level2?: number; name?: number };
  /** A value column headed by one year (`2025年`, `2025年指标值`): parsing weighs it against the table's year. */
  year?: number;
  /**
   * An adjustment table's target before the change (`原指标值 | 调整后指标值`), beside the adjusted one: a row left
   * unchanged leaves the adjusted cell blank, or says so, and its target is the one before.
   */
  replaced?: HeaderColumn;
  /** A basis column that asks for the data source too (`指标值设定依据及数据来源`). */
  source?: boolean;
  /** A period's target beside year columns (`中期目标值 | 2025年 | 2026年 | 2027年`). */
  period?: boolean;
  /**
   * The sign's column of a 指标值 written over `≥ | 10 | 场` with no sub-header: a 定性 target typed in it (the
   * span's first cell, `明显增强 | | `) is the row's value.
   */
  spanned?: boolean;
  /**
   * A 计量单位 or 运算符号 column of the year's set, where each set has its own (`实施期指标值 | 计量单位 | 年度指标值 |
   * 计量单位`): the year's target is read with it, the period's with the other.
   */
  annual?: boolean;
}

export interface IndicatorHeader {
  layout: "form" | "flat";
  /** The row holding the role words. */
  row: number;
  /** The first row of indicators: below a sub-header row when the header has two. */
  bodyTop: number;
  band: Band;
  /** Columns with a role, left to right; columns read past (score, actual, remark …) are absent. */
  columns: HeaderColumn[];
  /**
   * A list export: project fields (项目名称, 预算数 …) stand in the header beside the indicator columns, and
   * each project is a row with its name followed by its indicator rows.
   */
  list: boolean;
  /** A column left of 一级 that groups the rows by sub-project or task (`子项目名称`, `年度主要任务`). */
  group?: { from: number; to: number };
}

/** A header is at most this wide; blank header cells between labels are allowed (merged descriptions). */
const MAX_HEADER_WIDTH = 24;
const MAX_BLANK_RUN = 2;

interface RawColumn {
  col: number;
  to: number;
  role: ColumnRole | undefined;
  key: string;
  required: boolean;
  head?: HeadKey;
  /** Under a header cell spanning several columns, the sub-header row's word (two-row headers). */
  group?: number;
  unit?: string;
  /** The set a caption over the column names (`年度指标` over `指标值 | 计量单位`), where its own word names none. */
  words?: ValueSet;
}

/**
 * The unit a value column's header states (`指标值（%）`, `目标值(单位：万元)`); "" for a set or period word in
 * brackets (`指标值（年度）` names the year's set, not a unit) or a unit of time.
 */
function headerUnit(text: string): string {
  const unit = unitFromName(text);
  const dimension = unit ? unitDimension(standardUnit(unit, false)) : "unknown";
  return dimension === "unknown" || dimension === "time" || dimension === "date" ? "" : unit;
}

/** `长期目标 | 年度目标` under `指标值`: a set's word after another set's word, not the next table's goal label. */
function setPair(out: readonly RawColumn[], key: string): boolean {
  if (valueSet(key) === undefined) return false;
  // After a value column (`年度指标值 | 年度目标`), a goal label is the head of a table touching this one.
  for (let i = out.length - 1; i >= 0; i--)
    if (out[i].key !== "") return out[i].role === undefined && valueSet(out[i].key) !== undefined;
  return false;
}

/**
 * A set's target word (`年度目标`) is a column of targets right of the names (`实施期目标 | 年度目标`), but a goal
 * label left of them (a list export's project field) or after a value column of the same set or of none
 * (`年度指标值 | 年度目标`: the head of a table touching this one).
 */
function goalLabel(out: readonly RawColumn[], key: string): boolean {
  if (!isSetTarget(key)) return false;
  if (!out.some((x) => x.role !== undefined && STRUCTURE_ROLES.includes(x.role))) return true;
  // After a value column of the same set or of none, anywhere right of the names (`指标值 | 指标值确定依据 | 年度目标`).
  return out.some((x) => x.role === "value" && (valueSet(x.key) === undefined || valueSet(x.key) === valueSet(key)));
}

/** A header word's role, where its neighbours decide it (`绩效指标` after 二级, `实现值` after a target). */
function roleBeside(out: readonly RawColumn[], key: string): ColumnRole | undefined {
  if ((isReachedBesideTarget(key) || isForecast(key)) && out.some((x) => x.role === "value")) return "actual";
  const role = columnRole(key);
  // `三级指标 | 指标内容 | 指标值`: beside the names, 指标内容 explains them (湖南 names with it where no 三级 stands).
  // `三级指标名称 | 三级指标内容` likewise (fifteenth session: the contents had been read as the names).
  if (role === "name" && /内容$/.test(key) && out.some((x) => x.role === "name")) return "description";
  // `指标值 | 指标值内容` (湘西's list export; nineteenth session): beside the targets, what they measure, in words.
  if (role === "value" && /内容$/.test(key) && out.some((x) => x.role === "value")) return "description";
  if (role) return role;
  return isNameAfterLevel2(key) && out.some((x) => x.role === "level2") ? "name" : undefined;
}

/**
 * At the 一级 of a table beside this one, the words after the last blank gap are that table's too (its label column,
 * `绩效指标`, read as names after 二级): where this header's targets were read before the gap, or none of them names a
 * structure column.
 */
function dropBesideTable(out: RawColumn[]): void {
  let gap = out.length;
  while (gap > 0 && out[gap - 1].key !== "") gap--;
  if (gap === 0) return;
  const structure = (x: RawColumn) => x.role !== undefined && STRUCTURE_ROLES.includes(x.role);
  if (valuesRead(out.slice(0, gap)) || !out.slice(gap).some(structure)) out.length = gap;
}

/**
 * Whether a header's targets are read: a value column, or words no role names right of the names (`西坪镇尧山村 |
 * 桃舟乡吾培村`, a region's targets each). Past a blank gap after them, an unknown word is a table's beside this one
 * (`资金情况 (万元)`, `(2021年度)`), no further region.
 */
function valuesRead(out: readonly RawColumn[]): boolean {
  let named = false;
  for (const x of out) {
    if (x.role === "value") return true;
    if (x.role === "name") named = true;
    else if (named && x.role === undefined && x.key !== "" && !x.head) return true;
  }
  return false;
}

/** The header row's cells from `left`: each own or merged-in cell once, with its role. */
function rawColumns(grid: Grid, row: number, left: number): RawColumn[] {
  const out: RawColumn[] = [];
  let blanks = 0;
  for (let c = left; c < left + MAX_HEADER_WIDTH;) {
    const seen = seenCell(grid, row, c);
    // A cell merged down from above reaches as far right as its area's top row does.
    const to = areaRight(grid, seen.fromAbove ? seen.row : row, seen.fromAbove ? seen.col : c);
    // Past a blank gap, a cell merged down from a row above this header's is a table's beside this one (its 一级 or
    // its label column merged down its rows), no cell of this header's.
    if (blanks > 0 && seen.text !== "" && seen.fromAbove) break;
    if (seen.text === "") {
      if (++blanks > MAX_BLANK_RUN) break;
      out.push({ col: c, to, role: undefined, key: "", required: false });
    } else {
      // `*指标值`, or `指标值*` (海南's export).
      const required = /^[*＊]|[*＊]$/.test(seen.text.trim());
      const key = headerKey(seen.text, normalizeLabel);
      const role = goalLabel(out, key) ? undefined : roleBeside(out, key);
      // A second 一级 starts the table beside this one, unless captions above name two sets (`中期指标 | 年度指标`).
      if (role === "level1" && out.some((x) => x.role === "level1") && !setsAbove(grid, row, out, c)) {
        dropBesideTable(out);
        break;
      }
      const structured = out.some((x) => x.role !== undefined && STRUCTURE_ROLES.includes(x.role));
      // `3月底 | 6月底 | 9月底 | 12月底` right of the names: targets by quarter, no spend plan's head.
      const quarter = structured && isMonthEnd(key);
      const head = role || quarter || setPair(out, key) ? undefined : headOf(grid, row, c, seen.text);
      // Past a blank gap right of the names, a head label, or any word once the values are read, is the head block
      // of a table beside this one, offset downwards; a place name there (`城区 | 郊区`) is a region's value column.
      // Left of them, a list export's fields go on past a spacer column (`项目名称 | | 预算数`).
      if (blanks > 0 && !role && !required && ((head && structured) || valuesRead(out))) break;
      blanks = 0;
      // A list export's project fields (`项目名称 | 预算数 | 年度目标`) stand left of its 一级/二级/三级; a head label
      // right of them is the head block of a table touching this one (`项目编码` in the next column).
      if (head && structured) break;
      const unit = role === "value" ? headerUnit(seen.text) : "";
      out.push({ col: c, to, role, key, required, ...(head ? { head } : {}), ...(unit ? { unit } : {}) });
    }
    // Overlapping merges (which Excel repairs, and hosts drop) could make `to` fall left of `c`.
    c = Math.max(c, to) + 1;
  }
  while (out.length && out[out.length - 1].key === "") out.pop();
  kindBesideDirection(out);
  return out;
}

/**
 * `指标性质 | 指标方向` (陕西, 甘肃 exports), `指标性质 | 运算符号` (county forms): beside a direction or comparator
 * column (≥, ＝), 指标性质 holds the kind of target (定量, 定性), as a 指标值类型 column does.
 */
function kindBesideDirection(out: RawColumn[]): void {
  const comparators = out.filter((c) => c.role === "comparator");
  if (comparators.length < 2 || signsPerSet(out, comparators)) return;
  const named = comparators.filter((c) => c.key === "指标性质");
  // Beside signs of another word, every 指标性质 is a kind: each set's own (`指标性质 | 运算符号 | 实施期指标值 | … |
  // 指标性质 | 运算符号 | 年度指标值`); the second had been read as a sign column, the year's signs serving both sets.
  const kinds = named.length < comparators.length ? named : named.slice(0, 1);
  for (const kind of kinds) kind.role = "valueType";
  const direction = comparators.find((c) => /方向$/.test(c.key));
  // `指标方向 | 计算符号`: the comparator has a column of its own, and 指标方向 says which way is better (正向, 反向).
  if (direction && comparators.some((c) => c !== direction && !kinds.includes(c))) direction.role = "direction";
}

/**
 * One word over each of two value sets (`指标性质 | 实施期指标值 | 指标性质 | 年度指标值`): each set's signs, paired with
 * its targets (pairWithSets), no kind of target.
 */
function signsPerSet(out: readonly RawColumn[], comparators: readonly RawColumn[]): boolean {
  const values = out.filter((c) => c.role === "value").length;
  return comparators.length === 2 && values === 2 && comparators[0].key === comparators[1].key;
}

/**
 * A list export's project field at (row, c) by its header word; a total under a budget caption over the funds
 * (`预算数` over `合计 | 财政拨款 | 其他资金`) is the budget.
 */
function headOf(grid: Grid, row: number, c: number, text: string): HeadKey | undefined {
  const head = headLabelOfText(text)?.key;
  if (head) return head;
  // A list's one money column headed by the funds' word (天津, 浙江: `项目名称 | 项目资金 | 年度绩效目标`), no caption
  // over sub-columns: the budget.
  // Over sub-columns (湖南: `项目资金` over `合计 | 财政拨款 | 其他资金`), the caption of the funds, whose 合计 is the
  // budget (eighteenth session's review: no budget read, no cost-over-budget).
  if (LIST_FUNDS.test(headLabelKey(text)))
    return areaRight(grid, row, c) === c || totalBelow(grid, row, c) ? "budget" : undefined;
  if (!TOTALS_ROW.test(text)) return undefined;
  const caption = captionAbove(grid, row, c);
  if (!caption) return undefined;
  return headLabelOfText(caption.text)?.key === "budget" || LIST_FUNDS.test(headLabelKey(caption.text))
    ? "budget"
    : undefined;
}

/** A total (`合计`) in the row below, under a caption spanning columns. */
function totalBelow(grid: Grid, row: number, c: number): boolean {
  const right = areaRight(grid, row, c);
  for (let col = c; col <= right; col++) if (TOTALS_ROW.test(ownText(grid, row + 1, col))) return true;
  return false;
}

/**
 * How far above the header set captions may stand: over the goals' texts (`中期目标 | 年度目标`, then the two goals,
 * or three goal rows as MOF's 2015 申报表 has them).
 */
const SET_CAPTION_REACH = 5;

/**
 * Whether a row just above a second 一级 captions it with a set, and the first 一级 with another (`中期指标 | 年度指标`
 * right above; 河北's `中期目标（2025年-2027年） | 年度目标` over the two goals' texts).
 */
function setsAbove(grid: Grid, row: number, out: readonly RawColumn[], col: number): boolean {
  const first = out.find((x) => x.role === "level1");
  if (!first) return false;
  const setAt = (r: number, c: number) => setTitle(normalizeLabel(seenCell(grid, r, c).text));
  for (let above = row - 1; above >= Math.max(grid.top, row - SET_CAPTION_REACH); above--) {
    const left = setAt(above, first.col);
    const right = setAt(above, col);
    if (left !== undefined && right !== undefined) return left !== right;
  }
  return false;
}

/** Whether the row below the header is a sub-header row: most of it is the header merged down. */
function subHeaderRow(grid: Grid, row: number, columns: RawColumn[]): boolean {
  let merged = 0;
  let texts = 0;
  for (const c of columns) {
    const below = seenCell(grid, row + 1, c.col);
    if (below.fromAbove && below.row <= row) merged++;
    else if (c.to > c.col && below.text !== "") texts++;
  }
  return texts > 0 && merged * 2 >= columns.length;
}

/**
 * The same two-row header with its merges lost (a system's export or a web copy writes a merged cell's text once
 * and leaves blank cells where the merge was): a header cell followed by blank header cells owns the columns where
 * the row below holds sub-header words (`预期指标值 | | ` over `符号 | 数值 | 单位`, `区域目标值 | | ` over three
 * places), and every other header cell has a blank cell under it, its own merged down, or its text again. The
 * header's columns with those groups spread, else undefined. A data row right under the header has its 一级, 二级
 * or 三级 written, so it is never read so.
 */
function unmergedSubHeader(grid: Grid, row: number, columns: readonly RawColumn[]): RawColumn[] | undefined {
  const out: RawColumn[] = [];
  let groups = 0;
  for (const c of columns) {
    if (out.length && c.col <= out[out.length - 1].to) continue;
    const structure = c.role !== undefined && STRUCTURE_ROLES.includes(c.role);
    // A label merged over some of its columns spreads on from the merge's end (its third cell blank over `单位`).
    const guarded = c.to > c.col ? c.to + 1 : undefined;
    const to =
      c.key === "" || structure ? c.to : spreadRight(grid, row, c.to, guarded, pastGuard(grid, row, c, guarded));
    if (to > c.col) {
      // Every cell under the group a sub-header word, its first one written.
      if (!subHeaderWord(seenCell(grid, row + 1, c.col).text)) return undefined;
      for (let col = c.col + 1; col <= to; col++) {
        const text = ownText(grid, row + 1, col);
        if (text !== "" && !subHeaderWord(text)) return undefined;
      }
      groups++;
      out.push({ ...c, to });
    } else {
      // Blank, merged down, or its text written again (an export that fills a merged cell's every cell).
      const below = seenCell(grid, row + 1, c.col);
      const own = below.fromAbove && below.row <= row;
      if (below.text !== "" && !own && below.text !== seenCell(grid, row, c.col).text) return undefined;
      out.push(c);
    }
  }
  return groups > 0 ? out : undefined;
}

/**
 * A two-row header whose group label lost part of its merge, the other header cells merged down as they were: over
 * `符号 | 数值 | 单位`, the label merged over the first two and the third cell blank, or the label written once and
 * the other two cells merged together, blank (splitGroups had read that blank merge as a group of its own and the
 * label's one column, the sign's, as the target). Each such label owns the blank header cells right of it with
 * sub-header words under them, as unmergedSubHeader has it own them when no merge is left: the header's columns so
 * spread. A header cell with no sub-header word of its own under it (merged down, or blank below) is no label.
 */
function partlyMergedGroups(grid: Grid, row: number, columns: readonly RawColumn[]): RawColumn[] {
  const out: RawColumn[] = [];
  for (const c of columns) {
    if (out.length && c.col <= out[out.length - 1].to) continue;
    const structure = c.role !== undefined && STRUCTURE_ROLES.includes(c.role);
    const below = ownText(grid, row + 1, c.col);
    const label = c.key !== "" && !structure && subHeaderWord(below) && !isStructureWord(below);
    if (!label) {
      out.push(c);
      continue;
    }
    const guarded = guardedFrom(grid, row, c);
    out.push({ ...c, to: spreadRight(grid, row, c.to, guarded, pastGuard(grid, row, c, guarded)) });
  }
  return out;
}

/**
 * Where a label's spread must stop taking any sub-header word (spreadRight): past its own merge, or past the blank
 * merge after a label written once. Beyond, a blank header cell over a word (`责任人`) is as likely a column
 * captioned on the lower row as the group's.
 */
function guardedFrom(grid: Grid, row: number, c: RawColumn): number {
  if (c.to > c.col) return c.to + 1;
  const next = c.to + 1;
  const blankMerge = seenCell(grid, row, next).text === "" && areaRight(grid, row, next) > next;
  return blankMerge ? areaRight(grid, row, next) + 1 : Number.POSITIVE_INFINITY;
}

/**
 * The last column a header cell at (row, col) would span unmerged: the blank header cells right of it with a
 * sub-header word under them, at most one blank under-cell between two words (`符号 | | 单位`), and the cells
 * that repeat its text (an export that fills a merged cell's every cell). From column `guarded` on (past a merge
 * that stands), only the words `taken` accepts (namesItsColumn, or a sibling: pastGuard): beside a merge, a blank
 * header cell over another word (`责任人`, `计划完成时间`) is as likely a column captioned on the lower row, which
 * the label would make a target column.
 */
function spreadRight(
  grid: Grid,
  row: number,
  col: number,
  guarded = Number.POSITIVE_INFINITY,
  taken: (text: string) => boolean = namesItsColumn,
): number {
  let to = col;
  const label = seenCell(grid, row, col).text;
  const right = Math.min(grid.left + (grid.values[row + 1 - grid.top]?.length ?? 0) - 1, col + MAX_HEADER_WIDTH);
  for (let c = col + 1; c <= right && c - to <= 2; c++) {
    const header = seenCell(grid, row, c).text;
    if (header === label && ownText(grid, row, c) === label) {
      to = c;
      continue;
    }
    if (header !== "") break;
    const text = ownText(grid, row + 1, c);
    if (text === "") continue;
    // A header word there is another table's header, a row lower.
    if (!subHeaderWord(text) || isStructureWord(text) || (c >= guarded && !taken(text))) break;
    to = c;
  }
  return to;
}

/**
 * What a label's spread takes past its guard: words that name a column (namesItsColumn), and, where every cell under
 * the label's columns before the guard is a place (`区域目标值` merged over `甲县 | 乙县`), another place (`丙县`). The
 * merge already says the group is a row of regions; a third region under a blank header cell beside it is their
 * sibling, no column captioned on the lower row, for a region is never a column's own caption (its targets had gone
 * unread). A word that is no place (`责任人`, `计划完成时间`) still stops the group, and over any other sub-headers
 * (`符号 | 数值`) a place does too: it would be no sibling of theirs.
 */
function pastGuard(grid: Grid, row: number, c: RawColumn, guarded: number | undefined): (text: string) => boolean {
  // No guard (a label written once, nothing merged after it): every sub-header word is taken anyway.
  if (guarded === undefined || !Number.isFinite(guarded) || !placesUnder(grid, row, c.col, guarded - 1))
    return namesItsColumn;
  return (text) => namesItsColumn(text) || isPlaceWord(headerKey(text, normalizeLabel));
}

/** Whether each cell of the row under the header from `from` to `to` (two at least) holds a place's name. */
function placesUnder(grid: Grid, row: number, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let col = from; col <= to; col++)
    if (!isPlaceWord(headerKey(ownText(grid, row + 1, col), normalizeLabel))) return false;
  return true;
}

/** A sub-header word with a role of its own (`单位`, `符号`, `备注`) or a target's set or kind (`年度`, `定量`). */
function namesItsColumn(text: string): boolean {
  const key = headerKey(text, normalizeLabel);
  return columnRole(key) !== undefined || SET_OR_KIND_WORD.test(key);
}

/**
 * A word a sub-header row holds (`符号`, `数值`, `单位`, a place, `年度`, `2025年`, `2025`): short, no target (`≥95%`,
 * `10`) nor sentence.
 */
function subHeaderWord(text: string): boolean {
  const t = text.trim();
  if (t === "" || t.length > SUB_HEADER_LENGTH || /^[<>≤≥=＜＞≦≧]/.test(t)) return false;
  return !/^[\d.,%]+$/.test(t) || /^20\d\d$/.test(t);
}

const SUB_HEADER_LENGTH = 16;

/** The longest tail of a header word a conversion wraps onto the next row (`依据`, `指标`, `确定依据`, `值`). */
const MAX_TAIL = 4;

/**
 * A PDF's or scan's conversion wraps a header cell's last characters onto the row below (`指标值确定` over `依据`,
 * `一级 | 二级 | 三级` over `指标 | 指标 | 指标`). When every text of that row stands under a header cell and, joined
 * to it, makes a header word, the row is the header's: the columns with the joined words, else undefined
 * (seventeenth session's review: the tails had been read as a first indicator row).
 */
function wrappedTails(grid: Grid, row: number, columns: readonly RawColumn[]): RawColumn[] | undefined {
  // Asked of every header read: the joined words are worked out first, the columns copied only when some join.
  const joined = new Map<number, { key: string; role: ColumnRole }>();
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    for (let c = column.col; c <= column.to; c++) {
      const tail = ownText(grid, row + 1, c);
      if (tail === "") continue;
      if (c !== column.col || tail.length > MAX_TAIL) return undefined;
      const above = seenCell(grid, row, c).text;
      const key = above ? headerKey(above + tail, normalizeLabel) : "";
      // Beside the columns left of it as joined so far (a role may depend on theirs).
      const left = columns.slice(0, i).map((x, k) => ({ ...x, ...joined.get(k) }));
      const role = key ? roleBeside(left, key) : undefined;
      if (!role) return undefined;
      joined.set(i, { key, role });
    }
  }
  // Past the header's last column, the row holds nothing: it would be no header's tail.
  const last = columns[columns.length - 1]?.to ?? row;
  if (joined.size === 0 || ownText(grid, row + 1, last + 1) !== "") return undefined;
  return columns.map((c, i) => ({ ...c, ...joined.get(i) }));
}

/** A sub-column's project field under a budget caption: the total is the budget, the parts are what they say. */
function subHead(text: string): HeadKey | undefined {
  return TOTALS_ROW.test(text) ? "budget" : headLabelOfText(text)?.key;
}

/**
 * `一级指标` written over two columns without the merge (`一级指标 | | 二级指标`) over a caption column and the
 * classes (`绩效指标 | 产出指标`): the blank header cell's column holds the 一级, as pickColumn reads the merged
 * header. Only when every cell under `一级指标` is one caption, no class, and most under the blank cell are classes.
 */
function spannedLevel1(grid: Grid, bodyTop: number, columns: RawColumn[]): RawColumn[] {
  const i = columns.findIndex((c) => c.role === "level1");
  const [level1, blank] = [columns[i], columns[i + 1]];
  if (!level1 || level1.to !== level1.col || !blank || blank.key !== "" || blank.col !== level1.col + 1) return columns;
  const captions = new Set<string>();
  let filled = 0;
  let classes = 0;
  for (let r = bodyTop; r < bodyTop + CATEGORY_ROWS; r++) {
    // An indicator row: a closing note merged across the table is none.
    const row = [0, 1, 2].some((k) => ownText(grid, r, blank.col + k) !== "");
    const caption = ownText(grid, r, level1.col);
    if (row && caption !== "") captions.add(normalizeLabel(caption));
    const text = ownText(grid, r, blank.col);
    if (text === "") continue;
    filled++;
    if (isLevel1Word(text)) classes++;
  }
  const [caption] = [...captions];
  if (captions.size !== 1 || isLevel1Word(caption) || guessLevel1(caption) || classes * 2 <= filled) return columns;
  return [...columns.slice(0, i), { ...level1, col: blank.col, to: blank.to }, ...columns.slice(i + 2)];
}

/** Splits header cells that span columns into the sub-header row's columns. */
function splitGroups(grid: Grid, row: number, columns: RawColumn[]): RawColumn[] {
  const out: RawColumn[] = [];
  for (const parent of columns) {
    if (parent.to === parent.col) {
      out.push(parent);
      continue;
    }
    for (let c = parent.col; c <= parent.to;) {
      const text = ownText(grid, row + 1, c);
      const to = areaRight(grid, row + 1, c);
      const key = text ? headerKey(text, normalizeLabel) : "";
      // Under last year's caption (`上年度` over `目标值 | 实际完成值`, 延续项目), every column is history.
      const role = parent.role === "actual" ? "actual" : key ? roleBeside(out, key) : undefined;
      // A blank or unknown sub-header (a region's name) holds what its group header says.
      const unit = (text && headerUnit(text)) || parent.unit;
      const { required } = parent;
      // A list's funds under its budget caption (`预算数（万元）` over `合计 | 财政拨款 | 其他资金`): project fields.
      const head = parent.head && text ? subHead(text) : undefined;
      // Under a set's caption (`实施期指标` over `指标值 | 计量单位`), a column of no set of its own is that set's: the
      // year's targets had been read as a second region's.
      const words = key && !valueSet(key) ? valueSet(parent.key) : undefined;
      const fields = { ...(unit ? { unit } : {}), ...(head ? { head } : {}), ...(words ? { words } : {}) };
      out.push({ col: c, to, role: role ?? parent.role, key: key || parent.key, required, ...fields });
      c = Math.max(c, to) + 1;
    }
  }
  return out;
}

function hasRole(columns: RawColumn[], role: ColumnRole): boolean {
  return columns.some((c) => c.role === role);
}

/** Enough role words to be an indicator header, not a head row that mentions 指标. */
function isHeader(columns: RawColumn[]): boolean {
  const level1 = hasRole(columns, "level1");
  const level2 = hasRole(columns, "level2");
  const name = hasRole(columns, "name");
  const value = hasRole(columns, "value");
  if (level1 && (level2 || name)) return true;
  const roles = new Set(columns.map((c) => c.role).filter((r) => r !== undefined));
  return (level2 || name) && value && roles.size >= 3;
}

/** How many rows under a category header its cells are read to decide its role. */
const CATEGORY_ROWS = 8;

/**
 * A category column's role by its cells (`指标类别 | 产出 | 效益 | 成本`): 一级 when most of its filled cells are 一级
 * words, 二级 when most are 二级 words only; undefined (as its header says) otherwise, or when the header has that
 * column already.
 */
function categoryRole(grid: Grid, row: number, c: RawColumn, columns: RawColumn[]): ColumnRole | undefined {
  let filled = 0;
  let level1 = 0;
  let level2 = 0;
  for (let r = row + 1; r <= row + CATEGORY_ROWS; r++) {
    const text = ownText(grid, r, c.col);
    if (text === "") continue;
    filled++;
    if (isLevel1Word(text)) level1++;
    else if (isLevel2Word(text)) level2++;
  }
  if (level1 * 2 > filled && !hasRole(columns, "level1")) return "level1";
  if (level2 * 2 > filled && !hasRole(columns, "level2")) return "level2";
  return undefined;
}

/** The role of each category column its cells decide, where the header lacks a 一级 or a 二级 column. */
function categoryColumns(grid: Grid, row: number, columns: RawColumn[]): void {
  for (const c of columns) {
    if (!isCategoryHeader(c.key)) continue;
    const role = categoryRole(grid, row, c, columns);
    if (role) c.role = role;
  }
}

const FLAT_ROLES: readonly ColumnRole[] = ["unit", "comparator", "valueType", "direction", "scoring"];

/**
 * The indicator header at `row`, whose first structural cell (一级, 二级 or
 * 三级) is at `col`; undefined when the row is no header.
 */
export function readIndicatorHeader(grid: Grid, row: number, col: number): IndicatorHeader | undefined {
  const left = labelColumnLeft(grid, row, col);
  let columns = rawColumns(grid, row, left);
  if (!hasRole(columns, "level1") || !hasRole(columns, "level2")) categoryColumns(grid, row, columns);
  if (!isHeader(columns)) return undefined;
  let twoRows = subHeaderRow(grid, row, columns);
  const unmerged = twoRows ? partlyMergedGroups(grid, row, columns) : unmergedSubHeader(grid, row, columns);
  if (unmerged) [columns, twoRows] = [unmerged, true];
  if (twoRows) columns = splitGroups(grid, row, columns);
  const wrapped = twoRows ? undefined : wrappedTails(grid, row, columns);
  if (wrapped) columns = wrapped;
  const band = { left, right: columns[columns.length - 1].to };
  const flat = columns.some((c) => c.required || (c.role !== undefined && FLAT_ROLES.includes(c.role)));
  const bodyTop = row + (twoRows || wrapped ? 2 : 1);
  columns = spannedLevel1(grid, bodyTop, columns);
  const roles = assignRoles(grid, bodyTop, columns);
  if (isScoringSystem(columns, roles) || isEvaluationFramework(grid, bodyTop, roles)) return undefined;
  if (isChecklist(grid, { top: row, bottom: bodyTop - 1, ...band }, bodyTop, roles)) return undefined;
  basisByContent(grid, row, bodyTop, roles);
  signedKindColumn(grid, bodyTop, roles);
  const heads = columns
    .filter((c) => c.head)
    .map((c): HeaderColumn => ({ role: "head", from: c.col, to: c.col, head: c.head }));
  const group = groupColumn(columns);
  return {
    layout: flat ? "flat" : "form",
    row,
    bodyTop,
    band,
    columns: [...heads, ...roles].sort((a, b) => a.from - b.from),
    list: heads.some((c) => c.head === "name"),
    ...(group ? { group: { from: group.col, to: group.to } } : {}),
  };
}

/** The roles of columns that hold targets. */
export const TARGET_ROLES: readonly FieldRole[] = ["value", "periodValue", "annualValue", "regionValue"];

/**
 * `一级 | 二级 | 三级 | 分值 | 评分标准 | 得分` with no column of targets: an evaluation's index system (事前绩效评估,
 * 部门整体绩效评价), scored, never filled with targets (fifteenth session: an error on every row).
 */
function isScoringSystem(raw: readonly RawColumn[], roles: readonly HeaderColumn[]): boolean {
  if (roles.some((c) => TARGET_ROLES.includes(c.role))) return false;
  return raw.some((c) => c.role === "scoring" || (c.role === "other" && isScoreColumn(c.key)));
}

/**
 * `一级 | 二级 | 三级 | 指标解释 | 自评内容 | 完成情况 | 支撑材料` whose first 一级 is no class of a target table
 * (`项目预算管理`): a self-assessment's checklist, with nothing to state a target in (彭水's 2024 转移支付 自评表;
 * nineteenth session's review: a level1-unknown error per class). With a 一级 of the vocabulary it stays a table
 * whose value column went unrecognised.
 */
function isChecklist(grid: Grid, header: CellRange, bodyTop: number, roles: readonly HeaderColumn[]): boolean {
  // A record of what was done (自评内容, 完成情况, 支撑材料), and no header word that names a target, on either row of
  // the header (`指标值` over `甲县 | 乙县` or over years: the session's own review).
  const keys = headerKeys(grid, header);
  if (!keys.some((k) => RECORD_WORD.test(k)) || keys.some((k) => TARGET_WORD.test(k))) return false;
  const level1 = roles.find((c) => c.role === "level1");
  const first = level1 ? evaluationClass(seenCell(grid, bodyTop, level1.from).text) : "";
  // No class, nor an old or near name of one (`产出目标`, `产出类指标`), nor a 二级 written there.
  return first !== "" && !lookupLevel1(first) && !guessLevel1(first) && !isLevel2Word(first);
}

/** The header's own words, every row of it. */
function headerKeys(grid: Grid, header: CellRange): string[] {
  const keys: string[] = [];
  for (let r = header.top; r <= header.bottom; r++)
    for (let c = header.left; c <= header.right; c++) {
      const text = ownText(grid, r, c);
      if (text) keys.push(headerKey(text, normalizeLabel));
    }
  return keys;
}

const TARGET_WORD = /值|目标|预期|计划|标准/;
const RECORD_WORD = /自评|完成情况|支撑材料|佐证|证明材料|记录/;

/**
 * An evaluation's index system by its 一级 (财预〔2020〕10号's `决策 | 过程 | 产出 | 效益`, the older `投入 | 过程 | 产出 |
 * 效果`), though it states a target per row: no target table (sixteenth session: `决策` and `过程` had each been a
 * level1-unknown error, and the 二级 `绩效目标` had cut the table short).
 */
function isEvaluationFramework(grid: Grid, bodyTop: number, roles: readonly HeaderColumn[]): boolean {
  const level1 = roles.find((c) => c.role === "level1");
  if (!level1 || !EVALUATION_FIRST.test(evaluationClass(seenCell(grid, bodyTop, level1.from).text))) return false;
  for (let r = bodyTop + 1; r <= bodyTop + EVALUATION_REACH; r++)
    if (EVALUATION_PROCESS.test(evaluationClass(ownText(grid, r, level1.from)))) return true;
  return false;
}

/**
 * An evaluation's 一级 without its order (`一、`, `A`) and its score (`（20分）`, `(20)`, `20分`): evaluation tables
 * weigh every class, and letter or number it (eighteenth session's review: `决策（20分）`, `A决策` had been errors).
 */
function evaluationClass(text: string): string {
  return normalizeLabel(text).replace(EVALUATION_ORDER, "").replace(EVALUATION_SCORE, "");
}

const EVALUATION_ORDER = /^(?:[一二三四1-4][、.．]?|[A-Da-d][、.．]?)(?=[\u4e00-\u9fff])/;
const EVALUATION_SCORE = /(?:[(（]\s*\d+(?:\.\d+)?\s*分?\s*[)）]|\d+(?:\.\d+)?分)$/;

/**
 * `绩效标准` holds an explanation in some templates (`反映……情况`, 鄂州) and the basis in others (`计划标准`, 宁夏):
 * with no basis column, it is the basis where most of its first cells name a standard type.
 */
function basisByContent(grid: Grid, row: number, bodyTop: number, roles: HeaderColumn[]): void {
  if (roles.some((c) => c.role === "basis")) return;
  const column = roles.find(
    (c) => c.role === "description" && normalizeLabel(ownText(grid, row, c.from)) === "绩效标准",
  );
  if (!column) return;
  let filled = 0;
  let typed = 0;
  for (let r = bodyTop; r < bodyTop + CONTENT_ROWS; r++) {
    const text = ownText(grid, r, column.from);
    if (text === "") continue;
    filled++;
    if (lookupBasis(text)) typed++;
  }
  if (filled > 0 && typed * 2 > filled) column.role = "basis";
}

/** How many rows under a header show what a column holds. */
const CONTENT_ROWS = 8;

/**
 * The first 一级 of an evaluation's framework (`决策`, `项目决策`, `投入`, `前期工作`), and its second (`过程`,
 * `项目管理`, `实施过程`), once evaluationClass has taken the order and score off.
 */
const EVALUATION_FIRST = /^(?:项目)?(?:决策|投入|前期工作)(?:指标)?$/;
const EVALUATION_PROCESS = /^(?:(?:项目)?(?:过程|管理)|实施过程)(?:指标)?$/;
/** How far below the first row the framework's 过程 is looked for: 决策 has at most a dozen 三级. */
const EVALUATION_REACH = 30;

/**
 * A column left of the structure columns headed by a sub-project's or task's word (`子项目名称`, `重点工作`); of two
 * (`部门职能 | 重点工作`), the finer, nearer 一级.
 */
function groupColumn(columns: readonly RawColumn[]): RawColumn | undefined {
  let found: RawColumn | undefined;
  for (const c of columns) {
    if (c.role !== undefined && STRUCTURE_ROLES.includes(c.role)) break;
    if (c.role === undefined && !c.head && isGroupHeader(c.key)) found = c;
  }
  return found;
}

/**
 * A label column left of 一级 (`绩效指标`, `年度绩效目标(90分)`), often one tall
 * merged cell; in a list export, the project fields (`单位名称 | 项目名称 | 预算数 | …`).
 */
function labelColumnLeft(grid: Grid, row: number, col: number): number {
  let left = col;
  let gap = false;
  let blanks = 0;
  for (let c = col - 1; c >= Math.max(grid.left, col - MAX_LIST_FIELDS); c--) {
    const seen = seenCell(grid, row, c);
    // A blank column (an export's hidden or spacer column) is read past, one at a time; past one, project fields
    // only: a value there (`预算数 | 50 | | 一级指标`) is the head block of a table beside this one.
    if (seen.text === "") {
      if (++blanks > 1) break;
      gap = true;
      continue;
    }
    blanks = 0;
    // Beyond the two columns a label column takes, only project fields move the edge; a column the list adds
    // between them (`项目类别`, `资金性质`, `序号`) is read past while a field may stand further left.
    const field = headLabelOfText(seen.text) || FUNDS_COLUMN.test(seen.text);
    // A list's fields are cells of their own; a label merged across or down (`总体目标` down its two rows, `年度目标`
    // across four columns) is a head block's, of a table beside this one.
    if (
      gap &&
      (!field || seen.fromAbove || areaRight(grid, row, seen.col) > seen.col || areaBottom(grid, row, seen.col) > row)
    )
      break;
    if (field || col - c <= 2) left = seen.col;
    c = seen.col;
  }
  return left;
}

const LIST_FUNDS = /^(?:项目|年度|本年)?(?:资金|经费)(?:金额|数额)?$/;

/** A list export's project fields before its 一级 column: the six fund sources of a full export among them. */
const MAX_LIST_FIELDS = 16;

/** A value column found in a header, with what its words say of its set and its kind of target. */
type ValueColumn = {
  column: HeaderColumn;
  set: number;
  words: ValueSet | undefined;
  kind?: ValueKind;
  year?: number;
};

/** The one year a value column's header names (`2025年`, `2025年度指标值`), if that is all it names. */
function headerYear(key: string): number | undefined {
  // A year typed into Excel is a number (`2025`), no text.
  const m = /^(20\d\d)(?:年度?(?:目标值?|指标值)?)?$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

/** Turns header words into the fields parsing reads, per the rules of spec §7. */
function assignRoles(grid: Grid, bodyTop: number, raw: RawColumn[]): HeaderColumn[] {
  const firstStructure = raw.findIndex((c) => c.role !== undefined && STRUCTURE_ROLES.includes(c.role));
  const columns: HeaderColumn[] = [];
  const values: ValueColumn[] = [];
  const unknown: RawColumn[] = [];
  let set = 0;
  let sawValue = false;
  const beside: { level1?: number; level2?: number; name?: number } = {};
  // An adjustment table: its target before the change (`原定指标值` too) is no target of its own.
  const adjusted = raw.some((c) => isAdjustedTarget(c.key));
  let replaced: HeaderColumn | undefined;
  const foreign = foreignUnits(raw);
  for (let i = firstStructure; i < raw.length; i++) {
    const c = raw[i];
    if (foreign.has(c)) continue;
    const required = c.required ? c.key.replace(/^[*]+/, "") : undefined;
    if (adjusted && isReplacedTarget(c.key)) {
      replaced ??= { role: "value", from: c.col, to: c.to };
      continue;
    }
    if (c.role === undefined) {
      // Column numbers (`1 | 2 | 3`) are read past; a year (`2025`) heads its targets.
      if (c.key !== "" && (!/^\d+(\.\d+)?$/.test(c.key) || headerYear(c.key) !== undefined)) unknown.push(c);
      continue;
    }
    if (c.role === "actual" || c.role === "other" || c.role === "scoring") {
      if (required && set === 0) columns.push({ role: "required", from: c.col, to: c.to, required });
      continue;
    }
    const level = c.role === "level1" || c.role === "level2" || c.role === "name";
    if (level && sawValue && columns.some((x) => x.role === c.role)) {
      set++; // a second set of (一级 |) 二级 | 三级 | 指标值 beside the first (东莞: 实施周期 | 当年度)
      sawValue = false;
    }
    if (set === 1 && level) beside[c.role as "level1" | "level2" | "name"] ??= c.col;
    // The year's set's own 计量单位 and 运算符号 (`二级 | 三级 | 当年度指标值 | 计量单位`) are read with its targets.
    const setOwn = SET_OWN_ROLES.includes(c.role);
    if (set > 0 && c.role !== "value" && !setOwn) continue;
    const column: HeaderColumn = {
      role: c.role,
      from: c.col,
      to: c.to,
      ...(set > 0 && setOwn ? { annual: true } : {}),
      ...(required ? { required } : {}),
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.role === "basis" && basisNamesSource(c.key) ? { source: true } : {}),
    };
    // A description header written over two columns without a merge: the blank header cell after it is its.
    if (c.role === "description") for (let j = i + 1; j < raw.length && raw[j].key === ""; j++) column.to = raw[j].to;
    if (c.role === "value") {
      sawValue = true;
      const words = valueSet(c.key) ?? c.words;
      values.push({ column, set, words, kind: valueKind(c.key), year: headerYear(c.key) });
      if (set === 1 && beside.name !== undefined) column.beside = { ...beside };
    }
    columns.push(column);
  }
  if (values.length === 0) {
    // `指标值` over `实施期 | 年度` a row above the 一级 header leaves the two words alone in it: two sets, not regions.
    const sets = unknown.filter((c) => valueSet(c.key));
    const both = new Set(sets.map((c) => valueSet(c.key))).size === 2;
    // Targets by quarter: the year's end is the year's target, the quarters before it checked beside it.
    const quarters = unknown.length > 1 && unknown.every((c) => isMonthEnd(c.key));
    const ordered = quarters ? [unknown[unknown.length - 1], ...unknown.slice(0, -1)] : unknown;
    for (const c of both ? sets : ordered) values.push(valueColumnOf(c, columns, valueSet(c.key)));
  } else {
    // Years beside a worded target (`中期目标值 | 2025年 | 2026年 | 2027年`): the years' targets, read by the table's year.
    for (const c of unknown)
      if (headerYear(c.key) !== undefined) values.push(valueColumnOf(c, columns, valueSet(c.key)));
  }
  // No 三级 column (`一级指标 | 二级指标 | 绩效标准 | 当年预期实现值`): the last level column holds the names.
  const level2 = columns.find((c) => c.role === "level2");
  if (level2 && !columns.some((c) => c.role === "name")) level2.role = "name";
  nameValues(values);
  for (const role of SET_OWN_ROLES) pairWithSets(columns, role);
  if (replaced && values.length === 1) values[0].column.replaced = replaced;
  if (values.length === 1 && !columns.some((c) => c.role === "unit"))
    columns.push(
      ...splitValue(
        grid,
        bodyTop,
        values[0].column,
        columns.some((c) => c.role === "comparator"),
      ),
    );
  for (const c of columns) {
    if (c.to > c.from && (c.role === "level1" || c.role === "level2")) pickColumn(grid, bodyTop, c);
    else if (c.to > c.from && c.role === "name") pickNameColumn(grid, bodyTop, c);
  }
  return columns.sort((a, b) => a.from - b.from);
}

/** A value column whose header holds no value word: a place (a town, a county), or a set's word (`实施期`, `年度`). */
function valueColumnOf(c: RawColumn, columns: HeaderColumn[], words?: ValueSet): ValueColumn {
  const column: HeaderColumn = { role: "value", from: c.col, to: c.col };
  columns.push(column);
  return { column, set: 0, words, kind: valueKind(c.key), year: headerYear(c.key) };
}

/**
 * Roles of columns that stand beside figures and describe them, looked past to find the figures a 计量单位 follows
 * or a 运算符号 goes before (raw header roles and read roles alike).
 */
const DESCRIBING: ReadonlySet<string | undefined> = new Set(["unit", "comparator", "valueType", "direction"]);

/**
 * 计量单位 columns that follow figures no target is (`实际完成值 | 计量单位`, `原年度指标值 | 计量单位`), where another
 * follows a target: theirs, not the targets'. Read as the targets' unit, the last column read had served them (a
 * result left without its unit gave unit-missing on the target beside it). A lone 计量单位 after the results
 * (`年度指标值 | 实际完成值 | 计量单位`) serves both, as before.
 */
function foreignUnits(raw: readonly RawColumn[]): ReadonlySet<RawColumn> {
  const follows = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (!DESCRIBING.has(raw[j].role)) return raw[j].role;
    return undefined;
  };
  const units = raw.flatMap((c, i) => (c.role === "unit" ? [{ c, after: follows(i) }] : []));
  const foreign = units.filter((u) => u.after === "actual" || u.after === "other");
  return foreign.length && foreign.length < units.length ? new Set(foreign.map((u) => u.c)) : new Set();
}

/** Columns each value set may have its own of, beside its targets. */
const SET_OWN_ROLES: readonly ColumnRole[] = ["unit", "comparator"];

/**
 * Two 计量单位 (or 运算符号) columns beside the period's and the year's targets (`实施期指标值 | 计量单位 | 年度指标值 |
 * 计量单位`, `运算符号 | 实施期指标值 | 计量单位 | 运算符号 | 年度指标值 | 计量单位`): one per set, in the order the sets
 * stand. Read as one, the year's target had been weighed against the period's unit, or the period's against the
 * year's. One such column beside both sets (`实施期指标值 | 年度指标值 | 计量单位`) serves both.
 */
function pairWithSets(columns: HeaderColumn[], role: ColumnRole): void {
  const own = columns.filter((c) => c.role === role);
  if (own.length !== 2 || own.some((c) => c.annual)) return;
  const sorted = [...columns].sort((a, b) => a.from - b.from);
  // A unit follows its targets, a sign goes before them. A 计量单位 after another column's figures (`原年度指标值 |
  // 计量单位`, `上年实际完成值 | 计量单位`) is theirs: the two sets then share the other, as one column beside both.
  const step = role === "unit" ? -1 : 1;
  const served = own.map((c) => targetBeside(sorted, sorted.indexOf(c), step));
  if (served[0] === served[1] || !served.every((r) => r === "periodValue" || r === "annualValue")) return;
  own[served.indexOf("annualValue")].annual = true;
}

/** The role of the nearest column from `at` in direction `step` that is no column describing a target. */
function targetBeside(sorted: readonly HeaderColumn[], at: number, step: number): FieldRole | undefined {
  for (let i = at + step; i >= 0 && i < sorted.length; i += step)
    if (!DESCRIBING.has(sorted[i].role)) return sorted[i].role;
  return undefined;
}

/** Which target each value column holds: the value, the period's and the year's, or more regions'. */
function nameValues(values: ValueColumn[]): void {
  if (values.length < 2) return;
  if (values.length === 2 && values[0].kind && values[1].kind && values[0].kind !== values[1].kind) {
    values[1].column.alternate = true;
    return;
  }
  const sets = new Set(values.map((v) => v.set)).size;
  const worded = values.filter((v) => v.words !== undefined).length;
  // Two columns of one set (`2024年 | 2025年`, `年度计划数 | 年度完成数`) are not a period's and a year's.
  const sameWords = worded === 2 && values[0].words === values[1].words;
  if (sets > 1 || (values.length === 2 && worded > 0 && !sameWords)) {
    // One column worded (`年度指标值 | 项目总目标值`, `建设期目标值 | 年度指标值`): the other holds the other set, whichever
    // side it stands on (fifteenth session: the unworded one right of the year's had been read as the year's too).
    const other = worded === 1 ? values.find((v) => v.words)!.words : undefined;
    const complement: ValueSet | undefined = other && (other === "period" ? "annual" : "period");
    values.forEach((v, i) => {
      const set =
        sets > 1 ? (v.set === 0 ? "period" : "annual") : (v.words ?? complement ?? (i === 0 ? "period" : "annual"));
      v.column.role = set === "period" ? "periodValue" : "annualValue";
    });
    return;
  }
  values.forEach((v, i) => {
    v.column.role = i === 0 ? "value" : "regionValue";
    v.column.to = v.column.from;
    if (v.year !== undefined) v.column.year = v.year;
    else if (v.words === "period") v.column.period = true;
  });
}

/**
 * A 一级 header merged over two columns (`一级指标` over `绩效指标 | 产出指标`):
 * the column whose cells hold the labels.
 */
function pickColumn(grid: Grid, bodyTop: number, column: HeaderColumn): void {
  let best = column.from;
  let bestCount = -1;
  for (let c = column.from; c <= column.to; c++) {
    let count = 0;
    for (let r = bodyTop; r < bodyTop + 6; r++) {
      // Label forms: a soft hyphen or a zero-width space inside `绩效指标` keeps it the caption.
      const text = normalizeLabel(ownText(grid, r, c));
      if (/指标/.test(text) && !/绩效/.test(text)) count++;
    }
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  column.from = best;
  column.to = best;
}

/** `三级指标` over `111 | 培训人次` (a code column, then the names): the column of words holds the names. */
function pickNameColumn(grid: Grid, bodyTop: number, column: HeaderColumn): void {
  const codes = (c: number) => {
    let n = 0;
    for (let r = bodyTop; r < bodyTop + 6; r++) if (/^\d+(?:\.\d+)*$/.test(ownText(grid, r, c))) n++;
    return n;
  };
  if (codes(column.from) < 2) return;
  for (let c = column.from + 1; c <= column.to; c++) {
    if (codes(c) > 0) continue;
    column.from = c;
    column.to = c;
    return;
  }
}

/** No indicator cell written in the row (a list export's project row may hold only its project's fields). */
export function noIndicatorCell(grid: Grid, row: number, header: IndicatorHeader): boolean {
  for (const column of header.columns) {
    if (column.role === "head") continue;
    for (let c = column.from; c <= column.to; c++) if (ownText(grid, row, c) !== "") return false;
  }
  return true;
}

/** Whether a cell text is a structural header word (一级指标, 二级指标, 三级指标 …): where a header may start. */
export function isStructureWord(text: string): boolean {
  // A bilingual template's header cell is read by its Chinese words (`一级指标 بىرىنچى دەرىجىلىك كۆرسەتكۈچ`).
  const words = text.length > 16 ? withoutOtherScripts(text) : text;
  return words.length > 0 && words.length <= 16 && structureWord(words);
}

// Asked of every short cell of every indicator row (where a block ends, where a table starts): remembered.
const structureWord = boundedMemo((text: string) => {
  const role = columnRole(headerKey(text, normalizeLabel));
  return role !== undefined && STRUCTURE_ROLES.includes(role);
});
