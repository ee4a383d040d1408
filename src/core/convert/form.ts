/**
 * Tables (any layout, as read) → form-layout tables (spec §2) on a new sheet.
 * The form always has 项目编码 and 预算数 (the checker asks for them in this
 * layout, labelled or not): a list without them gets the labels with blank
 * cells, so the findings point where to type. The 资金支出计划 rows and the
 * 指标值确定依据 column appear only when the source has them (a blank basis
 * column would be one new error per row, for a column the source never had).
 */
import type { SpendPlan, TargetTable } from "../model/table";
import { BlockBuilder, rect, type TemplateBlock } from "../template/block";
import { DEFAULT_TITLE } from "../template/form-table";
import { addIndicator, FORM_COLUMNS, type IndicatorColumns } from "../template/indicator-row";
import { describe, joinFlat, level1Text, level2Text, periodText, raw, valueText } from "./values";

const WIDTH = 7;
const PLAN_COLS: [number, number][] = [
  [1, 2],
  [3, 3],
  [4, 4],
  [5, 6],
];

/** The head rows, top to bottom; returns the next free row. */
function head(b: BlockBuilder, table: TargetTable): number {
  b.set(0, 0, raw(table.title) ?? DEFAULT_TITLE)
    .merge(rect(0, 0, 0, WIDTH - 1))
    .bold(rect(0, 0));
  b.set(1, 0, raw(table.unit)).set(1, WIDTH - 1, `单位：${table.moneyUnit}`);
  b.label(2, 0, "项目编码")
    .set(2, 1, raw(table.code))
    .merge(rect(2, 1, 2, 2));
  b.label(2, 3, "项目名称")
    .set(2, 4, raw(table.name))
    .merge(rect(2, 4, 2, 6));
  b.label(3, 0, "预算规模及资金用途", rect(3, 0, 4, 0));
  b.label(3, 1, "预算数").set(3, 2, raw(table.budget));
  b.label(3, 3, "其中：财政资金").set(3, 4, raw(table.fiscal));
  b.label(3, 5, "其他资金").set(3, 6, raw(table.other));
  b.set(4, 1, raw(table.purpose)).merge(rect(4, 1, 4, 6));
  let row = 5;
  if (table.spendPlan) row = plan(b, row, table.spendPlan);
  b.label(row, 0, "绩效目标")
    .set(row, 1, raw(table.goal))
    .merge(rect(row, 1, row, 6));
  return row + 1;
}

function plan(b: BlockBuilder, row: number, spend: SpendPlan): number {
  b.label(row, 0, spend.label.text || "资金支出计划（万元）", rect(row, 0, row + 1, 0));
  // Four points fill the template's four period cells; a fifth (`9月底` beside `10月底`) gets a column each.
  const wide = spend.points.length > PLAN_COLS.length;
  spend.points.forEach(({ period, field }, i) => {
    const standard = PLAN_COLS[["3月底", "6月底", "10月底", "12月底"].indexOf(period)];
    const [from, to] = wide ? [i + 1, i + 1] : (standard ?? PLAN_COLS[i]);
    b.label(row, from, period, rect(row, from, row, to));
    b.set(row + 1, from, raw(field)).merge(rect(row + 1, from, row + 1, to));
  });
  return row + 2;
}

function header(b: BlockBuilder, row: number, basis: boolean): void {
  b.label(row, 0, "一级指标").label(row, 1, "二级指标").label(row, 2, "三级指标");
  b.label(row, 3, "绩效指标描述", rect(row, 3, row, 4)).label(row, 5, "指标值");
  if (basis) b.label(row, 6, "指标值确定依据");
}

/** One table in the form layout. */
export function formBlock(table: TargetTable): TemplateBlock {
  const basis = table.hasBasisColumn;
  const columns: IndicatorColumns = basis ? FORM_COLUMNS : { ...FORM_COLUMNS, basis: undefined };
  const headRows = countHeadRows(table);
  const b = new BlockBuilder(headRows + 1 + table.indicators.length, WIDTH);
  const headerRow = head(b, table);
  header(b, headerRow, basis);
  let groupStart = headerRow + 1;
  table.indicators.forEach((indicator, i) => {
    const row = headerRow + 1 + i;
    const level1 = level1Text(indicator);
    const previous = i > 0 ? level1Text(table.indicators[i - 1]) : undefined;
    const first = i === 0 || previous !== level1 || !level1;
    if (first) groupStart = row;
    addIndicator(b, row, first ? level1 : null, level2Text(indicator), level1, columns);
    const own = indicator.description?.text ?? "";
    const description = describe(own, periodText(indicator, own), joinFlat(indicator).leftover);
    b.set(row, 2, raw(indicator.name))
      .set(row, 3, description || null)
      .set(row, 5, valueText(indicator) || null);
    if (basis) b.set(row, 6, raw(indicator.basis));
    const next = table.indicators[i + 1];
    if (!next || level1Text(next) !== level1 || !level1) b.merge(rect(groupStart, 0, row, 0));
  });
  return b.border(rect(2, 0, headerRow + table.indicators.length, basis ? WIDTH - 1 : WIDTH - 2)).build();
}

function countHeadRows(table: TargetTable): number {
  return 6 + (table.spendPlan ? 2 : 0);
}
