/**
 * The compact layout (Guangzhou): a list under the header `项目名称（资金使用单位）|
 * 绩效目标 | 绩效指标`, repeated per page, where a row holding only a name is a
 * unit row and every other row is one project, that is one table.
 */
import { textAt, type CellPos, type CellRange, type Grid } from "../grid/grid";
import { labelOf } from "../text/labels";
import { TOTALS_ROW } from "../schema/head-words";
import { BLANK_STRETCH } from "./block-extent";
import { hasSubHeader, readCompactHeader, type CompactHeader } from "./header";
import type { TableLocation } from "./location";
import { isSignOff, leadForm } from "./end-words";
import { firstFilled, isBlankRow, isBlankValue, rowCells, rowKind, type Band } from "./rows";

type RowRole = "header" | "unit" | "project" | "blank" | "end" | "skip";

function at(grid: Grid, row: number, col: number) {
  return rowCells(grid, row)?.[col - grid.left];
}

function isCompactHeaderAt(grid: Grid, row: number, col: number): CompactHeader | undefined {
  const v = at(grid, row, col);
  if (typeof v !== "string" || labelOf(v)?.key !== "name") return undefined;
  return readCompactHeader(grid, row, col);
}

function roleOf(grid: Grid, row: number, h: CompactHeader): RowRole {
  if (isBlankRow(grid, row, h.band)) return "blank";
  if (isCompactHeaderAt(grid, row, h.nameCol)) return "header";
  // A two-row header's second row (`^ | 财政拨款 | 其他资金 | 合计 | ^`) is the header's.
  if (isCompactHeaderAt(grid, row - 1, h.nameCol) && hasSubHeader(grid, row - 1, h.nameCol)) return "skip";
  // A form table or a title below the list ends it, and so does a sign-off or note (`单位负责人：`, `注：`, `合计`).
  if (endsList(grid, row, h.band)) return "end";
  const goal = !isBlankValue(at(grid, row, h.goalCol));
  const indicators = !isBlankValue(at(grid, row, h.indicatorsCol));
  if (goal || indicators) return "project";
  return isBlankValue(at(grid, row, h.nameCol)) ? "skip" : "unit";
}

/** A row that ends a list walked down (roleOf's "end", blank rows apart). */
function endsList(grid: Grid, row: number, band: Band): boolean {
  return rowKind(grid, row, band) !== "other" || signsOff(grid, row, band);
}

/** Whether the row's first filled cell is a sign-off: a project's name may begin with 注 or 说明, not with `注：`. */
function signsOff(grid: Grid, row: number, band: Band): boolean {
  const col = firstFilled(grid, row, band);
  const v = col < 0 ? null : at(grid, row, col);
  return typeof v === "string" && isSignOff(leadForm(v.trim()));
}

/**
 * Walks the list from `from`, emitting a location for every project row up to
 * `to`. `unit` is the unit row in force at `from`. Header rows met are added to
 * `consumed` so that the caller's scan does not start the list again.
 */
export function walkCompactList(
  grid: Grid,
  header: CompactHeader,
  from: number,
  to: number,
  unit: CellPos | null,
  consumed: Set<number>,
  emit: (location: TableLocation) => void,
): void {
  let h = header;
  let blanks = 0;
  let projects = 0;
  // The last project, emitted once no row can continue it.
  let last: TableLocation | undefined;
  const flush = () => {
    if (last) emit(last);
    last = undefined;
  };
  for (let r = from; r <= to; r++) {
    const role = roleOf(grid, r, h);
    // A totals row right under the header, before any project (`合计 | | 150`), is read past, as in list exports.
    if (role === "end" && projects === 0 && totalsRow(grid, r, h.band)) continue;
    if (role === "end") break;
    if (role === "blank") {
      if (++blanks >= BLANK_STRETCH) break;
      continue;
    }
    blanks = 0;
    if (role === "header") {
      h = isCompactHeaderAt(grid, r, h.nameCol) ?? h;
      consumed.add(r);
    } else if (role === "unit") {
      flush();
      unit = { row: r, col: h.nameCol };
    } else if (role === "project") {
      if (last && continues(grid, r, h, last.range.top)) {
        last.range.bottom = r;
        continue;
      }
      flush();
      projects++;
      last = projectLocation(h, r, unit);
    }
  }
  flush();
}

/**
 * A row with no name whose packed cell goes on from the project above (a PDF conversion splits a long cell at a
 * page break): its items do not start again at 1 (`3、2-效益指标…`, or the rest of an item, `值:≥99%。3、…`). The
 * project's name written again there (filled down by a converter or an unmerge) is no name of its own either
 * (seventeenth session's review: a second project with half the items).
 */
function continues(grid: Grid, row: number, h: CompactHeader, projectRow: number): boolean {
  if (!isBlankValue(at(grid, row, h.nameCol)) && !sameName(grid, row, projectRow, h.nameCol)) return false;
  const packed = at(grid, row, h.indicatorsCol);
  return typeof packed === "string" && packed.trim() !== "" && !FIRST_ITEM.test(packed);
}

const FIRST_ITEM = /^\s*[(（]?[1一][)）]?\s*[、.．:：]/;

/** Whether two rows name the same project (as written, spaces aside). */
export function sameName(grid: Grid, row: number, other: number, col: number): boolean {
  const name = textAt(grid, row, col).trim();
  return name !== "" && name === textAt(grid, other, col).trim();
}

function totalsRow(grid: Grid, row: number, band: Band): boolean {
  const col = firstFilled(grid, row, band);
  const v = col < 0 ? null : at(grid, row, col);
  return typeof v === "string" && TOTALS_ROW.test(v);
}

function projectLocation(h: CompactHeader, row: number, unit: CellPos | null): TableLocation {
  const range: CellRange = { top: row, left: h.band.left, bottom: row, right: h.band.right };
  return {
    layout: "compact",
    range,
    anchor: { row, col: h.nameCol },
    header: { row: h.row, col: h.nameCol },
    unitCell: unit ? { ...unit } : null,
  };
}

/** The list header above `row` when `row` lies inside a compact list (windowed location, parsing). */
export function compactHeaderAbove(grid: Grid, row: number, band: Band): CompactHeader | undefined {
  return headerWalk(grid, row, band).found;
}

/** A walk up the sheet: what it found, and whether it stopped only because the grid's rows ended. */
interface Walk<T> {
  found: T;
  ranOff: boolean;
}

/** Labelled rows a walk up passes before it gives up on finding the list's header above them. */
const MAX_LABELLED = 2;

function headerWalk(grid: Grid, row: number, band: Band): Walk<CompactHeader | undefined> {
  const stop = (found?: CompactHeader) => ({ found, ranOff: false });
  // Rows with a label somewhere: they end the list only if they do within its header's columns (as walking the
  // list down judges them), which is known once the header is found.
  const labelled: number[] = [];
  let blanks = 0;
  for (let r = row - 1; r >= grid.top; r--) {
    const line = rowCells(grid, r);
    if (isBlankRow(grid, r, band)) {
      if (++blanks >= BLANK_STRETCH) return stop();
      continue;
    }
    blanks = 0;
    for (let c = Math.max(band.left, grid.left); line && c <= band.right && c - grid.left < line.length; c++) {
      const header = isCompactHeaderAt(grid, r, c);
      if (!header) continue;
      // The header's own second row ends nothing.
      const ends = (l: number) => !(l === r + 1 && hasSubHeader(grid, r, c)) && endsList(grid, l, header.band);
      return stop(labelled.some(ends) ? undefined : header);
    }
    if (endsList(grid, r, band) && labelled.push(r) > MAX_LABELLED) return stop();
  }
  return { found: undefined, ranOff: true };
}

/** The unit row in force at `row` (searching upward through earlier pages), or null. */
export function unitAbove(grid: Grid, row: number, header: CompactHeader): CellPos | null {
  return unitWalk(grid, row, header).found;
}

function unitWalk(grid: Grid, row: number, header: CompactHeader): Walk<CellPos | null> {
  let h = header;
  let blanks = 0;
  let passedHeader = false;
  const stop = (found: CellPos | null) => ({ found, ranOff: false });
  for (let r = row - 1; r >= grid.top; r--) {
    const role = roleOf(grid, r, h);
    if (role === "end") return stop(null);
    if (role === "blank") {
      if (++blanks >= BLANK_STRETCH) return stop(null);
      continue;
    }
    blanks = 0;
    if (role === "header") {
      h = isCompactHeaderAt(grid, r, h.nameCol) ?? h;
      passedHeader = true;
      continue;
    }
    // Above a header, only a page of projects continues the list; anything
    // else (a title, `部门名称：…`) is where the list begins.
    if (passedHeader && role !== "project") return stop(null);
    passedHeader = false;
    if (role === "unit") return stop({ row: r, col: h.nameCol });
  }
  return { found: null, ranOff: true };
}

/**
 * Whether a windowed location starting at `row` finds the same compact list
 * (its header and unit row) on this grid as on the whole sheet: true unless
 * the walks up reached the grid's first row without a reason to stop, which
 * on a grid cut short above means the sheet may say otherwise.
 */
export function listAboveSettled(grid: Grid, row: number, band: Band): boolean {
  const found = headerWalk(grid, row, band);
  if (found.ranOff) return false;
  return !found.found || !unitWalk(grid, row, found.found).ranOff;
}
