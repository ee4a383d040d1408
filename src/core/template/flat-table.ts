/**
 * A blank 项目支出绩效目标表 in the flat layout of the budget systems' exports
 * (spec §2): a head block, then one indicator a row with the value, its unit
 * and its 计算符号 in columns of their own. 一级 is written on every row, as
 * the exports do, so a row can be copied or inserted anywhere.
 *
 *   row 0  A title (A1:J1)
 *   row 1  A 项目名称  B name (B:E)      F 项目编码  G code (G:J)
 *   row 2  A 主管部门  B dept (B:E)      F 实施单位  G unit (G:J)
 *   row 3  A 预算数（万元） B ·  C 其中：财政资金  D ·  E 其他资金  F ·
 *   row 4  A 年度绩效目标  B goal (B5:J5)
 *   row 5  一级指标 | 二级指标 | 三级指标 | *指标值 | 计量单位 | 指标性质 | 指标值确定依据 | *指标解释 | *评(扣)分标准 | 备注
 *   row 6+ the starter indicators
 */
import { LEVEL1 } from "../schema/vocabulary";
import { BlockBuilder, rect, type TemplateBlock } from "./block";
import { DEFAULT_TITLE, STARTER_INDICATORS, type FormTableOptions } from "./form-table";
import { addIndicator, type IndicatorColumns } from "./indicator-row";

export const FLAT_HEADER: readonly string[] = [
  "一级指标",
  "二级指标",
  "三级指标",
  "*指标值",
  "计量单位",
  "指标性质",
  "指标值确定依据",
  "*指标解释",
  "*评(扣)分标准",
  "备注",
];

/** The flat layout's columns, in FLAT_HEADER's order. */
export const FLAT_COLUMNS: IndicatorColumns = {
  width: 10,
  level1: 0,
  level2: 1,
  name: 2,
  value: 3,
  unit: 4,
  comparator: 5,
  basis: 6,
  explanation: 7,
  scoring: 8,
};

export const FLAT_HEADER_ROW = 5;
const WIDTH = FLAT_COLUMNS.width;

function head(b: BlockBuilder, title: string): void {
  b.set(0, 0, title)
    .merge(rect(0, 0, 0, WIDTH - 1))
    .bold(rect(0, 0));
  b.label(1, 0, "项目名称").merge(rect(1, 1, 1, 4));
  b.label(1, 5, "项目编码").merge(rect(1, 6, 1, WIDTH - 1));
  b.label(2, 0, "主管部门").merge(rect(2, 1, 2, 4));
  b.label(2, 5, "实施单位").merge(rect(2, 6, 2, WIDTH - 1));
  b.label(3, 0, "预算数（万元）").label(3, 2, "其中：财政资金").label(3, 4, "其他资金");
  b.label(4, 0, "年度绩效目标").merge(rect(4, 1, 4, WIDTH - 1));
}

/** The blank flat table: head labels, header and one starter row per required kind; values left blank. */
export function blankFlatTable(options: FormTableOptions = {}): TemplateBlock {
  const kinds = options.indicators ?? STARTER_INDICATORS;
  const b = new BlockBuilder(FLAT_HEADER_ROW + 1 + kinds.length, WIDTH);
  head(b, options.title ?? DEFAULT_TITLE);
  FLAT_HEADER.forEach((label, col) => b.label(FLAT_HEADER_ROW, col, label));
  kinds.forEach(([level1, level2], i) => {
    const row = FLAT_HEADER_ROW + 1 + i;
    addIndicator(b, row, level1, level2, level1, FLAT_COLUMNS);
    b.list(rect(row, FLAT_COLUMNS.level1), LEVEL1, "warning");
  });
  return b.border(rect(1, 0, FLAT_HEADER_ROW + kinds.length, WIDTH - 1)).build();
}
