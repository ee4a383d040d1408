/**
 * Tables (any layout, as read) → flat-layout tables, the budget systems'
 * export: value, unit and 指标性质 in columns of their own, 一级 on every row.
 */
import type { TargetTable } from "../model/table";
import { BlockBuilder, rect, type TemplateBlock } from "../template/block";
import { DEFAULT_TITLE } from "../template/form-table";
import { FLAT_COLUMNS, FLAT_HEADER } from "../template/flat-table";
import { addIndicator } from "../template/indicator-row";
import { describe, level1Text, level2Text, periodText, raw, splitValue, valueText } from "./values";

const WIDTH = FLAT_COLUMNS.width;
/** The template's flat header without its required marks: a converted table has no 指标解释 or 评(扣)分标准 to give. */
const HEADER = FLAT_HEADER.map((label) => label.replace(/^\*/, ""));

function head(b: BlockBuilder, table: TargetTable): number {
  b.set(0, 0, raw(table.title) ?? DEFAULT_TITLE)
    .merge(rect(0, 0, 0, WIDTH - 1))
    .bold(rect(0, 0));
  b.label(1, 0, "项目名称")
    .set(1, 1, raw(table.name))
    .merge(rect(1, 1, 1, 4));
  if (table.code)
    b.label(1, 5, "项目编码")
      .set(1, 6, raw(table.code))
      .merge(rect(1, 6, 1, WIDTH - 1));
  let row = 2;
  if (table.unit) {
    b.label(row, 0, "实施单位")
      .set(row, 1, raw(table.unit))
      .merge(rect(row, 1, row, 4));
    row++;
  }
  if (table.budget || table.fiscal || table.other) {
    b.label(row, 0, `预算数（${table.moneyUnit}）`).set(row, 1, raw(table.budget));
    b.label(row, 2, "其中：财政资金").set(row, 3, raw(table.fiscal));
    b.label(row, 4, "其他资金").set(row, 5, raw(table.other));
    row++;
  }
  b.label(row, 0, "年度绩效目标")
    .set(row, 1, raw(table.goal))
    .merge(rect(row, 1, row, WIDTH - 1));
  return row + 1;
}

/** One table in the flat layout. */
export function flatBlock(table: TargetTable): TemplateBlock {
  const headRows = 3 + (table.unit ? 1 : 0) + (table.budget || table.fiscal || table.other ? 1 : 0);
  const b = new BlockBuilder(headRows + 1 + table.indicators.length, WIDTH);
  const headerRow = head(b, table);
  HEADER.forEach((label, col) => {
    if (col !== FLAT_COLUMNS.basis || table.hasBasisColumn) b.label(headerRow, col, label);
  });
  const columns = table.hasBasisColumn ? FLAT_COLUMNS : { ...FLAT_COLUMNS, basis: undefined };
  table.indicators.forEach((indicator, i) => {
    const row = headerRow + 1 + i;
    const level1 = level1Text(indicator);
    addIndicator(b, row, level1, level2Text(indicator), level1, columns);
    const [value, unit, comparator] = splitValue(valueText(indicator));
    const kept = indicator.description?.text ?? "";
    b.set(row, 2, raw(indicator.name))
      .set(row, 3, value || null)
      .set(row, 4, unit || null)
      .set(row, 5, value ? comparator || null : null);
    if (table.hasBasisColumn) b.set(row, 6, raw(indicator.basis));
    // 指标解释 is the flat layout's description: the 实施周期 value is kept there, as in the form.
    b.set(row, 7, describe(kept, periodText(indicator, kept)) || null);
  });
  return b.border(rect(1, 0, headerRow + table.indicators.length, WIDTH - 1)).build();
}
