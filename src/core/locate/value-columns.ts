/**
 * Columns a header's words do not tell apart, told by what their cells hold: units beside the value, a sign before
 * it, signs in a column headed as the kind of target.
 */
import type { Grid } from "../grid/grid";
import { comparatorOf } from "../value/comparator";
import { DOWNWARD_WORDS, UPWARD_WORDS } from "../schema/comparator-words";
import { isKnownUnit } from "../value/units";
import { ownText, seenCell } from "./cells";
import type { HeaderColumn } from "./indicator-header";

/** Rows under a header looked at to tell what a column holds. */
const SAMPLE_ROWS = 8;

/**
 * `指标值` over columns of which the last holds units (`≥5 | 期`, `≥95 | %`), merged over them or with the unit's
 * header cell left blank (a merge a conversion undid), and over three a sign's before the number (`≥ | 10 | 场`): the
 * value's column, a unit column as a flat table's 计量单位 and a comparator column as its 运算符号. Unread, each
 * number was reported without its unit, or the sign alone as the value.
 */
export function splitValue(grid: Grid, bodyTop: number, value: HeaderColumn, signColumn: boolean): HeaderColumn[] {
  const width = value.to - value.from + 1;
  const blankBeside = width === 1 && seenCell(grid, bodyTop - 1, value.from + 1).text === "";
  if (width !== 2 && width !== 3 && !blankBeside) return [];
  // A table with a sign column of its own (`运算符号`) writes no sign in its 指标值 span.
  if (width === 3 && signColumn) return [];
  const unitCol = width === 3 ? value.from + 2 : value.from + 1;
  if (!holdsOnly(grid, bodyTop, unitCol, isKnownUnit)) return [];
  // Under a blank header, a column beside values that carry their own units is something else (`年 | 月`: a 考核周期).
  if (blankBeside && !rowsHolding(grid, bodyTop, value.from, (text) => BARE_NUMBER.test(text))) return [];
  const unit: HeaderColumn = { role: "unit", from: unitCol, to: unitCol };
  if (width !== 3) {
    value.to = value.from;
    return [unit];
  }
  // A 定性 target typed in the span's first cell, the rest of the row's span blank, is no sign (`明显增强 | | `).
  const sign = (text: string, row: number) =>
    comparatorOf(text) !== undefined || text === "定性" || spanRestBlank(grid, row, value.from);
  if (!holdsOnly(grid, bodyTop, value.from, sign)) return [];
  const signs: HeaderColumn = { role: "comparator", from: value.from, to: value.from, spanned: true };
  value.from = value.to = value.from + 1;
  return [signs, unit];
}

function spanRestBlank(grid: Grid, row: number, from: number): boolean {
  return ownText(grid, row, from + 1) === "" && ownText(grid, row, from + 2) === "";
}

/** A value ending in its number, no unit after it (`约200`, `≥90`, `1.2`). */
const BARE_NUMBER = /\d\s*$/;

/** How many of the column's first rows hold a text `test` accepts. */
function rowsHolding(grid: Grid, bodyTop: number, col: number, test: (text: string) => boolean): number {
  let count = 0;
  for (let r = bodyTop; r < bodyTop + SAMPLE_ROWS; r++) if (test(ownText(grid, r, col))) count++;
  return count;
}

/** Whether the column's first rows hold, where not blank, only texts `test` accepts, two at least. */
function holdsOnly(grid: Grid, bodyTop: number, col: number, test: (text: string, row: number) => boolean): boolean {
  let count = 0;
  for (let r = bodyTop; r < bodyTop + SAMPLE_ROWS; r++) {
    const text = ownText(grid, r, col);
    if (text === "") continue;
    if (!test(text, r)) return false;
    count++;
  }
  return count >= 2;
}

/**
 * A type column (`指标性质`, `指标值类型` beside `指标方向`) whose cells hold signs (`≥ | ≤ | ＝`, a `定性` among them) is
 * the comparator column: 四川 and 北京 exports sign there and add a direction column (fourteenth session: every
 * direction check of such a table had gone silent). Only where no column holds the signs already, or
 * the one taken for them (`指标方向`) holds 正向 / 反向.
 */
export function signedKindColumn(grid: Grid, bodyTop: number, columns: HeaderColumn[]): void {
  const kind = columns.find((c) => c.role === "valueType");
  const sign = (text: string) => comparatorOf(text) !== undefined || /^(?:定性|定量)$/.test(text);
  if (!kind || !holdsOnly(grid, bodyTop, kind.from, sign)) return;
  if (rowsHolding(grid, bodyTop, kind.from, (text) => comparatorOf(text) !== undefined) < 2) return;
  // The 指标方向 column taken for the signs' holds 正向 / 反向: it says which way is better.
  const taken = columns.find((c) => c.role === "comparator");
  const direction = (text: string) => UPWARD_WORDS.test(text) || DOWNWARD_WORDS.test(text);
  if (taken && !holdsOnly(grid, bodyTop, taken.from, direction)) return;
  if (taken) taken.role = "direction";
  kind.role = "comparator";
}
