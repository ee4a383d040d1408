/**
 * A row from the indicator library (推荐指标): the entry's 一级, 二级, 三级 and
 * basis written, its value left as the skeleton (`≥__%`) for the officer to
 * type over. In the flat layout the skeleton's number goes to 指标值, the unit
 * to 计量单位 and the sign to 指标性质.
 */
import type { LibraryEntry } from "../schema/library";
import type { TemplateBlock } from "./block";
import { FORM_COLUMNS, indicatorRow, type IndicatorColumns } from "./indicator-row";

/** The entry's skeleton in the columns the table has. */
function skeleton(
  entry: LibraryEntry,
  columns: IndicatorColumns,
): { value: string; unit?: string; comparator?: string } {
  if (columns.unit === undefined) return { value: entry.form };
  const number = entry.comparator === "定性" ? "__" : entry.form.replace(/^[≥≤]/, "").replace(entry.unit, "");
  return { value: number, unit: entry.unit, comparator: entry.comparator };
}

export function libraryRow(entry: LibraryEntry, columns: IndicatorColumns = FORM_COLUMNS): TemplateBlock {
  const block = indicatorRow(entry.level1, entry.level2, columns);
  const line = block.values[0];
  const { value, unit, comparator } = skeleton(entry, columns);
  line[columns.name] = entry.name;
  line[columns.value] = value;
  if (columns.basis !== undefined) line[columns.basis] = entry.basis;
  if (columns.unit !== undefined && unit) line[columns.unit] = unit;
  if (columns.comparator !== undefined && comparator) line[columns.comparator] = comparator;
  return block;
}
