/**
 * Field helpers shared by the structure rules: what counts as blank, and where
 * a finding points when the field it is about was never found.
 */
import type { Field, Indicator, TargetTable } from "../../model/table";
import { DEPARTMENT_WIDE, REGIONAL_TRANSFER } from "../../schema/head-words";
import { NO_UNIT_MARK } from "../../schema/unit-words";
import { INVISIBLE_CHARS, squeezeSpaces, toHalfWidth } from "../../text/normalize";

/** White space, and characters nobody sees: a cell of them alone is as blank as an empty one. */
const SPACE_OR_INVISIBLE = new RegExp(`[\\s${INVISIBLE_CHARS}]+`, "g");

/** A place a report may point at. */
export type At = Field | { row: number; col: number };

/** The field's text with spaces squeezed ("" when the field is absent). */
export function textOf(field: Field | undefined): string {
  return field ? squeezeSpaces(field.text ?? "") : "";
}

/** Absent, empty, or only white space (NBSP and full-width spaces included). */
export function isBlank(field: Field | undefined): boolean {
  return textOf(field) === "";
}

// Officers write a lone slash or dash for "not applicable"; in a cell that must hold a target it is still empty.
const DASH_ONLY = /^[/／\\\-－—–_~～.。·]+$/;

/** Blank, or only a slash/dash placeholder such as `/` or `——`. */
export function isBlankOrDash(field: Field | undefined): boolean {
  const text = toHalfWidth(textOf(field)).replace(SPACE_OR_INVISIBLE, "");
  return text === "" || DASH_ONLY.test(text);
}

/** Every field of an indicator in reading order, for pointing at its row. */
export function indicatorFields(indicator: Indicator): Field[] {
  const all = [
    indicator.level1Inherited ? undefined : indicator.level1,
    indicator.level1Code,
    indicator.level2Code,
    indicator.level2,
    indicator.name,
    indicator.description,
    indicator.value,
    indicator.periodValue,
    indicator.annualValue,
    indicator.basis,
  ];
  return all.filter((f): f is Field => f !== undefined && f.row === indicator.row);
}

/**
 * Where to point for a field the indicator lacks: the given field when present,
 * else the first cell of the indicator's row, else the table's anchor.
 */
export function pointFor(field: Field | undefined, indicator: Indicator, table: TargetTable): At {
  if (field) return field;
  const first = indicatorFields(indicator)[0];
  return first ?? { row: indicator.row, col: table.anchor.col };
}

/** Whether the table's title says it, spaces out (`部 门 整 体 …`, a title letter-spaced to fill its merged row). */
function titleSays(table: TargetTable, words: RegExp): boolean {
  return words.test((table.title?.text ?? "").replace(/\s+/g, ""));
}

/** A transfer payment's regional table by its title (`中央对地方转移支付区域绩效目标表`). */
export function isRegionalTransfer(table: TargetTable): boolean {
  return titleSays(table, REGIONAL_TRANSFER);
}

/** A department-wide table by its title (`部门整体支出绩效目标表`): it may use its province's own 一级/二级 words. */
export function isDepartmentWide(table: TargetTable): boolean {
  return titleSays(table, DEPARTMENT_WIDE);
}

/**
 * A row its type or comparator column marks 定性 (`指标性质 | 定性`): the target is a phrase, with no unit. Where a
 * 指标值类型 column says 定量 or 定性, it decides (`指标性质 定性 | 指标值类型 定量` is a quantity).
 */
export function typedQualitative(indicator: Indicator): boolean {
  const type = indicator.valueType?.text ?? "";
  if (KIND.test(type)) return QUALITATIVE.test(type);
  return QUALITATIVE.test(indicator.comparatorColumn?.text ?? "");
}

const QUALITATIVE = /定性/;
const KIND = /定性|定量/;

/**
 * A unit written in a 计量单位 cell: not blank, and not a mark that says there is none (a dash, `无`,
 * `定性`, `是/否`, as a required 计量单位 column makes officers write).
 */
export function unitWritten(column: Field | undefined): boolean {
  const unit = column?.text.replace(/\s+/g, "") ?? "";
  return unit !== "" && !NO_UNIT_MARK.test(unit);
}
