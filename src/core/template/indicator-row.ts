/**
 * One indicator row: 一级 and 二级 filled, the rest blank for the officer, with
 * dropdowns on 一级指标, 二级指标 and 指标值确定依据. The blank table's starter
 * rows are written by the same code, so both look alike.
 */
import { BASIS_TYPES } from "../schema/basis";
import { canonicalLevel1, LEVEL1, LEVEL2_BY_LEVEL1, type Level1, type Level2 } from "../schema/vocabulary";
import { BlockBuilder, rect, type TemplateBlock } from "./block";
import { COMMON_UNITS, COMPARATORS, PROMPTS } from "./prompts";

/** Where the indicator fields sit, relative to the table's left edge. */
export interface IndicatorColumns {
  /** Columns of the table (the block's width). */
  width: number;
  level1: number;
  level2: number;
  name: number;
  /** 绩效指标描述: first and last column (merged when they differ). */
  description?: [number, number];
  value: number;
  basis?: number;
  /** Flat layout: 指标性质/运算符号, 计量单位, 指标解释 and 评(扣)分标准 columns. */
  comparator?: number;
  unit?: number;
  explanation?: number;
  scoring?: number;
}

/** The form layout (spec §2): A 一级 B 二级 C 三级 D:E 描述 F 指标值 G 依据. */
export const FORM_COLUMNS: IndicatorColumns = {
  width: 7,
  level1: 0,
  level2: 1,
  name: 2,
  description: [3, 4],
  value: 5,
  basis: 6,
};

/** Every current 二级指标 (the old scheme's 成本指标 under 产出 is not offered). */
const ALL_LEVEL2: readonly Level2[] = LEVEL1.flatMap((l1) => LEVEL2_BY_LEVEL1[l1]);

/** The 二级指标 to offer under a 一级指标: its own where known, else all. */
export function level2Items(level1: string | undefined): readonly Level2[] {
  const known = level1 ? canonicalLevel1(level1) : undefined;
  return known ? LEVEL2_BY_LEVEL1[known] : ALL_LEVEL2;
}

/** The kinds the pane offers as 指标行 (the usual ones of the national guideline). */
export const INDICATOR_KINDS: readonly (readonly [Level1, Level2])[] = [
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "时效指标"],
  ["成本指标", "经济成本指标"],
  ["效益指标", "经济效益指标"],
  ["效益指标", "社会效益指标"],
  ["效益指标", "生态效益指标"],
  ["满意度指标", "服务对象满意度指标"],
];

/**
 * Writes one indicator row at `row`. `level1` null leaves the cell to a
 * vertical merge made by the caller (the starter rows of a 一级 group).
 */
export function addIndicator(
  b: BlockBuilder,
  row: number,
  level1: string | null,
  level2: string,
  groupLevel1: string,
  columns: IndicatorColumns,
): void {
  if (level1 !== null) b.set(row, columns.level1, level1);
  b.set(row, columns.level2, level2);
  if (columns.description) b.merge(rect(row, columns.description[0], row, columns.description[1]));
  b.list(rect(row, columns.level2), level2Items(groupLevel1), "warning");
  if (columns.basis !== undefined) b.list(rect(row, columns.basis), BASIS_TYPES, "none");
  if (columns.comparator !== undefined) b.list(rect(row, columns.comparator), COMPARATORS, "warning");
  if (columns.unit !== undefined) b.list(rect(row, columns.unit), COMMON_UNITS, "none");
  addPrompts(b, row, columns);
}

function addPrompts(b: BlockBuilder, row: number, columns: IndicatorColumns): void {
  const at = (col: number | undefined, prompt: { title: string; message: string }) => {
    if (col !== undefined) b.prompt(rect(row, col), prompt);
  };
  at(columns.name, PROMPTS.name);
  at(columns.value, columns.unit !== undefined ? PROMPTS.flatValue : PROMPTS.value);
  at(columns.basis, PROMPTS.basis);
  at(columns.comparator, PROMPTS.comparator);
  at(columns.unit, PROMPTS.unit);
  at(columns.explanation, PROMPTS.explanation);
  at(columns.scoring, PROMPTS.scoring);
}

/** A one-row block: an indicator of the chosen kind, in the given columns (the form layout by default). */
export function indicatorRow(level1: string, level2: string, columns: IndicatorColumns = FORM_COLUMNS): TemplateBlock {
  const b = new BlockBuilder(1, columns.width);
  addIndicator(b, 0, level1, level2, level1, columns);
  b.list(rect(0, columns.level1), LEVEL1, "warning");
  return b.border(rect(0, 0, 0, columns.width - 1)).build();
}
