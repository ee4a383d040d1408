/**
 * Indicator rows of the form and flat layouts, read by the roles the header
 * gave each column (spec §7). 一级 and 二级 are merged over their group,
 * written once and left blank below, or repeated: a blank one is carried down
 * inside its group and says so (`level1Inherited`, `level2Inherited`), so a
 * merged or blank-below cell is never "empty". Template leftovers (a 二级 with
 * no 三级 and no value, `……`, `指标2`) are marked `empty` (one finding: fill
 * or delete), and a `……` alone in the 一级 column is read past; ★ rows whose
 * values stand in the sub-rows below, and the `其中…` rows that break a ★ row's
 * target down, are not indicators.
 */
import type { Grid } from "../grid/grid";
import type { Field, Indicator } from "../model/table";
import { noIndicatorCell, type FieldRole, type HeaderColumn, type IndicatorHeader } from "../locate/indicator-header";
import type { IndicatorSection } from "../locate/block-extent";
import { ownText, seenCell } from "../locate/cells";
import { fieldAt } from "./field";
import { centreLevel1 } from "./centred-level1";
import { lookupLevel1 } from "../schema/vocabulary";
import { UNCHANGED } from "../schema/columns";
import { FILLER_NAME, NOT_APPLICABLE, NOT_APPLICABLE_STATEMENT } from "../schema/artifact-words";
import { comparatorOf } from "../value/comparator";

interface Carry {
  level1?: Field;
  level2?: Field;
  /** The second set's own 一级 and 二级, beside the first's (HeaderColumn.beside). */
  besideLevel1?: Field;
  besideLevel2?: Field;
  /** With no 一级 column: the last heading row's 一级 (`一、产出指标` across the table). */
  heading?: Field;
  /** The last sub-project or task named left of 一级 (IndicatorHeader.group). */
  group?: Field;
}

type Simple =
  | "name"
  | "description"
  | "value"
  | "periodValue"
  | "annualValue"
  | "unit"
  | "comparator"
  | "basis"
  | "valueType"
  | "direction";

const TARGET: Record<Simple, keyof Indicator> = {
  name: "name",
  description: "description",
  value: "value",
  periodValue: "periodValue",
  annualValue: "annualValue",
  unit: "unitColumn",
  comparator: "comparatorColumn",
  basis: "basis",
  valueType: "valueType",
  direction: "directionColumn",
};

/** Where the year's set's own 计量单位 and 运算符号 go (HeaderColumn.annual). */
const ANNUAL_TARGET: Partial<Record<Simple, keyof Indicator>> = {
  unit: "annualUnitColumn",
  comparator: "annualComparatorColumn",
};

function targetOf(column: HeaderColumn): keyof Indicator {
  const role = column.role as Simple;
  return (column.annual && ANNUAL_TARGET[role]) || TARGET[role];
}

/** Columns that hold only their own cells: a 定性 value merged over the unit (`明显提升 | <`) is no unit. */
const OWN_CELLS_ONLY: ReadonlySet<FieldRole> = new Set(["unit", "comparator"]);

/** The field a column shows on a row: the first filled cell of its span; a vertically merged cell's value. */
function fieldIn(grid: Grid, row: number, column: HeaderColumn): Field {
  for (let c = column.from; c <= column.to; c++) {
    const seen = seenCell(grid, row, c);
    if (seen.fromLeft && (c > column.from || (OWN_CELLS_ONLY.has(column.role) && seen.col < column.from))) continue;
    if (seen.text !== "") return fieldAt(grid, seen.row, seen.col);
  }
  return fieldAt(grid, row, column.from);
}

/** An adjusted target left blank or marked unchanged (`不变`): the row's target is the one before the change. */
function targetInForce(grid: Grid, row: number, column: HeaderColumn, adjusted: Field): Field {
  const text = adjusted.text.trim();
  if (text !== "" && !UNCHANGED.test(text)) return adjusted;
  const before = fieldIn(grid, row, column.replaced!);
  return before.text !== "" ? before : adjusted;
}

/** 一级 or 二级 on a row: its own text, its merged area's, or the group's carried down. */
function levelField(
  grid: Grid,
  row: number,
  col: number,
  carried: Field | undefined,
  mayCarry: boolean,
): { field: Field; inherited: boolean; blank?: Field } {
  const seen = seenCell(grid, row, col);
  // A blank merged down from a blank (a group cut by a page break) still carries the group's.
  if (seen.fromAbove && seen.text === "" && mayCarry && carried)
    return { field: carried, inherited: true, blank: fieldAt(grid, seen.row, seen.col) };
  if (seen.fromAbove) return { field: fieldAt(grid, seen.row, seen.col), inherited: true };
  if (seen.fromLeft || seen.text !== "") return { field: fieldAt(grid, seen.row, seen.col), inherited: false };
  if (mayCarry && carried) return { field: carried, inherited: true, blank: fieldAt(grid, row, col) };
  return { field: fieldAt(grid, row, col), inherited: false };
}

function columnOf(header: IndicatorHeader, role: FieldRole): HeaderColumn | undefined {
  return header.columns.find((c) => c.role === role);
}

function holds(column: HeaderColumn, field: Field): boolean {
  return field.col >= column.from && field.col <= column.to;
}

function isEmpty(field: Field | undefined): boolean {
  return !field || field.text === "";
}

/** Whether a row read is only a template leftover: no name worth the word, no target. */
function isLeftover(indicator: Indicator): boolean {
  const name = indicator.name?.text ?? "";
  if (name !== "" && !FILLER_NAME.test(name.replace(/\s+/g, ""))) return false;
  const targets = [indicator.value, indicator.periodValue, indicator.annualValue, ...(indicator.regionValues ?? [])];
  return targets.every(isEmpty) && isEmpty(indicator.description) && isEmpty(indicator.basis);
}

const SPREAD: readonly (keyof Indicator)[] = [
  "description",
  "value",
  "periodValue",
  "annualValue",
  "unitColumn",
  "comparatorColumn",
  "annualUnitColumn",
  "annualComparatorColumn",
  "basis",
];

/**
 * A placeholder or a mark in the 三级 cell merged across the row (`……`, `指标2：`, `本项目不涉及` over the value and
 * basis columns, as Word conversions leave them) is the name's alone: the columns it covers hold nothing (eighteenth
 * session's review: the placeholder had been read as the value and the basis, with their rules' findings).
 */
function unspreadMark(indicator: Indicator): void {
  const name = indicator.name;
  if (!name) return;
  const text = name.text.replace(/\s+/g, "");
  if (!FILLER_NAME.test(text) && !isMark(text)) return;
  for (const key of SPREAD) {
    const field = indicator[key] as Field | undefined;
    if (field && field.row === name.row && field.col === name.col) delete indicator[key];
  }
}

/**
 * A row the officer marked as not applying (`无 | 无 | 无`, `/`, `—`, `不涉及`, `本项目不涉及`): the 2021 templates print
 * every 成本 and 效益 二级, and those that do not apply are so marked. Not an indicator (spec §7: an empty template row
 * is one finding at most, and only where the spec asks for that 二级).
 */
function isMark(text: string): boolean {
  return NOT_APPLICABLE.test(text) || NOT_APPLICABLE_STATEMENT.test(text);
}

/** A template's numbering of a name (`指标1：`, the central 自评 template's rows), before the officer's own words. */
const TEMPLATE_NAME_PREFIX = /^指标[\d０-９]*[:：.．、]?/;

function isNotApplicable(indicator: Indicator): boolean {
  // Most rows name an indicator: no mark is longer than four characters, but a statement that the row does not apply.
  // The template's own name (`指标1：`, `……`) is no indicator: a mark after it (`指标1：/`) marks the row.
  const written = indicator.name?.text.replace(/\s+/g, "") ?? "";
  const name = FILLER_NAME.test(written) ? "" : written.replace(TEMPLATE_NAME_PREFIX, "");
  if (name.length > 4 && !NOT_APPLICABLE_STATEMENT.test(name)) return false;
  if (name !== "" && !isMark(name)) return false;
  let marked = name !== "";
  const fields = [
    indicator.value,
    indicator.periodValue,
    indicator.annualValue,
    indicator.description,
    indicator.basis,
    indicator.unitColumn,
    indicator.comparatorColumn,
    indicator.annualUnitColumn,
    indicator.annualComparatorColumn,
    ...(indicator.regionValues ?? []),
  ];
  for (const field of fields) {
    const text = field?.text.replace(/\s+/g, "") ?? "";
    if (text === "") continue;
    if (!isMark(text)) return false;
    marked = true;
  }
  return marked;
}

/**
 * Where the year's set has its own 二级 and 三级 beside the period's: the row's year indicator, when it is another
 * than its period one (it is then taken off the period one); none when it is the same, or when the year's side
 * of the row is blank (the period's indicator has no year's target to miss).
 */
function besideIndicator(
  grid: Grid,
  header: IndicatorHeader,
  indicator: Indicator,
  carry: Carry,
): Indicator | undefined {
  const annual = columnOf(header, "annualValue");
  const at = annual?.beside;
  if (!at || at.name === undefined) return undefined;
  const name = fieldAt(grid, indicator.row, at.name);
  const level1 = besideLevel(grid, indicator.row, at.level1, carry, "besideLevel1");
  const level2 = besideLevel(grid, indicator.row, at.level2, carry, "besideLevel2");
  const { annualValue, annualUnitColumn, annualComparatorColumn } = indicator;
  if (name.text === "" && isEmpty(annualValue)) {
    dropAnnual(indicator);
    return undefined;
  }
  if (name.text === "" || squeeze(name.text) === squeeze(indicator.name?.text ?? "")) return undefined;
  dropAnnual(indicator);
  const yearOne: Indicator = { index: 0, row: indicator.row, name, annualValue };
  // The year's own 计量单位 and 运算符号 go with its target.
  if (annualUnitColumn) yearOne.annualUnitColumn = annualUnitColumn;
  if (annualComparatorColumn) yearOne.annualComparatorColumn = annualComparatorColumn;
  // Its own 一级 where the year's set has one (`中期指标 | 年度指标` captions over two 一级 columns); else the row's.
  const ownLevel1 = level1 ?? (indicator.level1 && { field: indicator.level1, inherited: !!indicator.level1Inherited });
  if (ownLevel1) yearOne.level1 = ownLevel1.field;
  if (ownLevel1?.inherited) yearOne.level1Inherited = true;
  if (level2) {
    yearOne.level2 = level2.field;
    if (level2.inherited) yearOne.level2Inherited = true;
  }
  return yearOne;
}

/** The year's side of a row taken off its period indicator: its target, and its own unit and sign. */
function dropAnnual(indicator: Indicator): void {
  delete indicator.annualValue;
  delete indicator.annualUnitColumn;
  delete indicator.annualComparatorColumn;
}

/** The year's set's own 一级 or 二级 on a row, carried down its own groups. */
function besideLevel(
  grid: Grid,
  row: number,
  col: number | undefined,
  carry: Carry,
  key: "besideLevel1" | "besideLevel2",
): { field: Field; inherited: boolean } | undefined {
  if (col === undefined) return undefined;
  const level = levelField(grid, row, col, carry[key], true);
  if (level.field.text !== "") carry[key] = level.field;
  return level;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * With no 一级 column, a row that names a 一级 alone across the table (`一、产出指标 | < | <`) heads the rows below:
 * no indicator, their 一级.
 */
function level1Heading(grid: Grid, header: IndicatorHeader, row: number): Field | undefined {
  if (columnOf(header, "level1")) return undefined;
  const [first, ...rest] = header.columns;
  if (!first || rest.some((c) => ownText(grid, row, c.from) !== "")) return undefined;
  const field = fieldAt(grid, row, first.from);
  return field.text !== "" && lookupLevel1(field.text) ? field : undefined;
}

/**
 * A template's placeholder row (`…… | | | |` under the last indicator, before 总分): a placeholder where the 一级
 * stands and nothing else of its own. It names no 一级 and asks for no indicator (spec §7: an empty template row is one
 * finding at most, and only where the spec asks for that 一级): read past, it had been level1-unknown `……` and an empty
 * row's error. A placeholder under a 一级 carried down (`^|^|……`) stays its group's empty template row.
 */
function placeholderRow(grid: Grid, header: IndicatorHeader, row: number): boolean {
  const level1 = columnOf(header, "level1");
  if (!level1 || !FILLER_NAME.test(squeeze(ownText(grid, row, level1.from)))) return false;
  for (const column of header.columns) {
    if (column.role === "head") continue;
    for (let c = column.from; c <= column.to; c++) {
      const text = squeeze(ownText(grid, row, c));
      if (text !== "" && !FILLER_NAME.test(text)) return false;
    }
  }
  return true;
}

/** A ★ row with no target whose sub-rows below carry the values (`★补助养殖总量` → `其中某类养殖数量 80头`). */
function isStarGroup(grid: Grid, indicator: Indicator, name: HeaderColumn | undefined, bottom: number): boolean {
  const text = indicator.name?.text ?? "";
  if (!/^★/.test(text) || !name || indicator.row >= bottom) return false;
  const targets = [indicator.value, indicator.periodValue, indicator.annualValue];
  if (!targets.every(isEmpty)) return false;
  const next = ownText(grid, indicator.row + 1, name.from);
  return next !== "" && !/^★/.test(next);
}

/**
 * A row that writes only its group's level, and maybe the group's score (`产出指标 | | | 50 | |`, `| 数量指标 | | 20`),
 * over rows that carry that level down and name indicators: the group's heading, as score templates and 自评表 write
 * it (fifteenth session: an indicator-incomplete error on each). A 二级 alone over a row with a 二级 of its own stays
 * an empty template row.
 */
function isGroupHeading(grid: Grid, header: IndicatorHeader, indicator: Indicator, bottom: number): boolean {
  const { row } = indicator;
  const name = columnOf(header, "name");
  if (!name || row >= bottom || !isEmpty(indicator.name) || !isLeftover(indicator)) return false;
  const own = (f: Field | undefined, inherited?: boolean) => !inherited && !isEmpty(f);
  const level2 = columnOf(header, "level2");
  const heads = own(indicator.level2, indicator.level2Inherited)
    ? level2
    : own(indicator.level1, indicator.level1Inherited) && isEmpty(indicator.level2)
      ? columnOf(header, "level1")
      : undefined;
  if (!heads || ownText(grid, row + 1, heads.from) !== "") return false;
  // The row below names an indicator, or, under a 一级's heading, heads its 二级 group.
  if (ownText(grid, row + 1, name.from) !== "") return true;
  return heads !== level2 && level2 !== undefined && ownText(grid, row + 1, level2.from) !== "";
}

function readRow(grid: Grid, header: IndicatorHeader, row: number, carry: Carry, set?: "period" | "annual"): Indicator {
  const indicator: Indicator = { index: 0, row };
  const level1 = columnOf(header, "level1");
  let newGroup = false;
  if (!level1 && carry.heading) {
    indicator.level1 = carry.heading;
    indicator.level1Inherited = true;
  }
  if (level1) {
    const { field, inherited, blank } = levelField(grid, row, level1.from, carry.level1, true);
    indicator.level1 = field;
    if (inherited) indicator.level1Inherited = true;
    if (blank) indicator.level1Blank = blank;
    // `产出指标` written again on each row of its group is no new group: the 二级 written once above still holds.
    newGroup = !inherited && field.text !== "" && field.text.trim() !== carry.level1?.text.trim();
    // A new group's 二级 left blank is blank on its later rows too, not the group above's.
    if (newGroup) carry.level2 = undefined;
  }
  if (header.group) {
    const { field } = levelField(grid, row, header.group.from, carry.group, true);
    if (field.text !== "") indicator.group = carry.group = field;
  }
  const level2 = columnOf(header, "level2");
  if (level2) {
    const { field, inherited } = levelField(grid, row, level2.from, carry.level2, !newGroup);
    indicator.level2 = field;
    if (inherited) indicator.level2Inherited = true;
  }
  for (const column of header.columns) {
    if (column.role === "level1" || column.role === "level2" || column.role === "required" || column.role === "head")
      continue;
    const field = fieldIn(grid, row, column);
    if (column.alternate) {
      // `—` in the column a row does not fill (`建设期 | 运营期`) marks it unused, as a blank does.
      const unused = (f: Field | undefined) => isEmpty(f) || NOT_APPLICABLE.test(f!.text.trim());
      // Both filled: the second is a target of its own, for the rules to weigh against the first.
      if (unused(indicator.value) && !unused(field)) indicator.value = field;
      else if (!unused(field)) (indicator.regionValues ??= []).push(field);
      continue;
    }
    if (column.role === "regionValue") {
      // A region marked `—` or `/` has no target there: not applying, as a row so marked.
      if (!NOT_APPLICABLE.test(field.text.trim())) (indicator.regionValues ??= []).push(field);
    } else indicator[targetOf(column)] = (column.replaced ? targetInForce(grid, row, column, field) : field) as never;
  }
  spannedTarget(header, indicator);
  unspreadMark(indicator);
  if (set && indicator.value) {
    indicator[set === "period" ? "periodValue" : "annualValue"] = indicator.value;
    delete indicator.value;
  }
  const units = headerUnits(header, set, indicator.value);
  if (units) indicator.headerUnits = units;
  const required = header.columns.filter((c) => c.required);
  if (required.length)
    indicator.required = required.map((c) => ({ label: c.required ?? "", field: fieldIn(grid, row, c) }));
  return indicator;
}

/**
 * 指标值 over `≥ | 10 | 场` with no sub-header: a 定性 target typed in the span's first cell (`明显增强 | | `), read
 * as the sign's, is the row's value, its number cell blank (fourteenth session: a false value-missing error).
 */
function spannedTarget(header: IndicatorHeader, indicator: Indicator): void {
  const sign = indicator.comparatorColumn;
  if (!sign || !columnOf(header, "comparator")?.spanned || !isEmpty(indicator.value)) return;
  if (sign.text === "" || comparatorOf(sign.text) !== undefined || sign.text === "定性") return;
  indicator.value = sign;
  delete indicator.comparatorColumn;
}

const UNIT_ROLE: Partial<Record<FieldRole, "value" | "period" | "annual">> = {
  value: "value",
  periodValue: "period",
  annualValue: "annual",
};

/** Each value column's header unit, by the value it gives (a stacked set's value is its period's or year's). */
function headerUnits(header: IndicatorHeader, set?: "period" | "annual", value?: Field): Indicator["headerUnits"] {
  let units: Indicator["headerUnits"];
  for (const column of header.columns) {
    // `定量指标值 | 定性指标值（…）`: the unit of the column the value was read from.
    if (column.role === "value" && value && header.columns.some((c) => c.alternate) && !holds(column, value)) continue;
    const role = column.unit ? UNIT_ROLE[column.role] : undefined;
    if (!role) continue;
    units ??= {};
    units[role === "value" && set ? set : role] = column.unit;
  }
  return units;
}

/** Whether a section repeats the header of the one before (same set, same columns): a page break. */
function continues(before: IndicatorSection, after: IndicatorSection): boolean {
  if (before.set !== after.set) return false;
  const a = before.header.columns;
  const b = after.header.columns;
  return a.length === b.length && a.every((c, i) => c.role === b[i].role && c.from === b[i].from && c.to === b[i].to);
}

/** The indicators of a table's sections, in order; rows marked as not applying go to `marked`. */
export function parseIndicatorRows(
  grid: Grid,
  sections: readonly IndicatorSection[],
  marked: Indicator[] = [],
): Indicator[] {
  const indicators: Indicator[] = [];
  let carry: Carry = {};
  let previous: IndicatorSection | undefined;
  for (const section of sections) {
    const { header, top, bottom, set } = section;
    // A header repeated after a page break continues the groups: the 一级 and 二级 merged down to the page's end
    // stand blank on the first rows after it.
    if (!previous || !continues(previous, section)) carry = {};
    previous = section;
    const name = columnOf(header, "name");
    const first = indicators.length;
    let underStar = false;
    for (let row = top; row <= bottom; row++) {
      if (noIndicatorCell(grid, row, header) || section.readPast?.includes(row)) continue;
      if (placeholderRow(grid, header, row)) continue;
      const heading = level1Heading(grid, header, row);
      if (heading) {
        carry.heading = heading;
        continue;
      }
      const indicator = readRow(grid, header, row, carry, set);
      if (indicator.level1 && indicator.level1.text !== "") carry.level1 = indicator.level1;
      if (indicator.level2 && indicator.level2.text !== "") carry.level2 = indicator.level2;
      if (isStarGroup(grid, indicator, name, bottom)) continue;
      if (isGroupHeading(grid, header, indicator, bottom)) continue;
      // `其中…` rows under a ★ row break its target down: they are not indicators of their own.
      const text = indicator.name?.text ?? "";
      if (underStar && /^其中/.test(text)) continue;
      underStar = /^★/.test(text);
      if (isNotApplicable(indicator)) {
        marked.push(indicator);
        continue;
      }
      const yearOne = besideIndicator(grid, header, indicator, carry);
      // An empty template row (`指标2`, `……`, a 二级 alone) is kept, as one: it asks for a name, or to be deleted.
      if (isLeftover(indicator)) indicator.empty = true;
      indicator.index = indicators.length;
      indicators.push(indicator);
      if (yearOne) indicators.push({ ...yearOne, index: indicators.length });
    }
    centreLevel1(grid, header, indicators.slice(first));
  }
  return indicators;
}
