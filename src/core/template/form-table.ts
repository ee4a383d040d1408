/**
 * A blank 项目支出绩效目标表 in the form layout (spec §2), cell for cell the
 * shape the locator reads (test/helpers/form-table.ts draws the same one):
 *
 *   row 0  A title (A1:G1)
 *   row 1  G 单位：万元 (A is left for the 资金使用单位)
 *   row 2  A 项目编码  B code (B:C)  D 项目名称  E name (E:G)
 *   row 3  A 预算规模及资金用途 (A4:A5)  B 预算数  C ·  D 其中：财政资金  E ·  F 其他资金  G ·
 *   row 4  B purpose (B5:G5)
 *   row 5  A 资金支出计划（万元） (A6:A7)  B 3月底 (B:C)  D 6月底  E 10月底  F 12月底 (F:G)
 *   row 6  B · (B:C)  D ·  E ·  F · (F:G)
 *   row 7  A 绩效目标  B goal (B8:G8)
 *   row 8  the indicator header, 绩效指标描述 over D:E
 *   row 9+ the starter indicators, 一级 merged over its group
 */
import { LEVEL1, type Level1, type Level2 } from "../schema/vocabulary";
import { BlockBuilder, rect, type TemplateBlock } from "./block";
import { addIndicator, FORM_COLUMNS } from "./indicator-row";

export interface FormTableOptions {
  title?: string;
  /** The starter indicators, 一级 and 二级; rows of one 一级 should stand together (they are merged). */
  indicators?: readonly (readonly [Level1, Level2])[];
}

/** One indicator of each kind a table needs (level1-missing asks for all four 一级). */
export const STARTER_INDICATORS: readonly (readonly [Level1, Level2])[] = [
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "时效指标"],
  ["成本指标", "经济成本指标"],
  ["效益指标", "社会效益指标"],
  ["满意度指标", "服务对象满意度指标"],
];

export const DEFAULT_TITLE = "项目支出绩效目标表";
export const HEADER_ROW = 8;
const WIDTH = 7;
const PERIODS: [string, number, number][] = [
  ["3月底", 1, 2],
  ["6月底", 3, 3],
  ["10月底", 4, 4],
  ["12月底", 5, 6],
];

function head(b: BlockBuilder, title: string): void {
  b.set(0, 0, title)
    .merge(rect(0, 0, 0, WIDTH - 1))
    .bold(rect(0, 0));
  b.set(1, WIDTH - 1, "单位：万元");
  b.label(2, 0, "项目编码").merge(rect(2, 1, 2, 2));
  b.label(2, 3, "项目名称").merge(rect(2, 4, 2, 6));
  b.label(3, 0, "预算规模及资金用途", rect(3, 0, 4, 0));
  b.label(3, 1, "预算数").label(3, 3, "其中：财政资金").label(3, 5, "其他资金");
  b.merge(rect(4, 1, 4, 6));
  b.label(5, 0, "资金支出计划（万元）", rect(5, 0, 6, 0));
  for (const [period, from, to] of PERIODS) {
    b.label(5, from, period, rect(5, from, 5, to));
    b.merge(rect(6, from, 6, to));
  }
  b.label(7, 0, "绩效目标").merge(rect(7, 1, 7, 6));
  b.prompt(rect(3, 2), { title: "预算数", message: "单位：万元；财政资金 + 其他资金 = 预算数。" });
  b.prompt(rect(6, 1), {
    title: "资金支出计划",
    message: "各时点累计支出金额（万元），逐期不减少，12月底等于预算数。",
  });
  b.prompt(rect(7, 1), { title: "绩效目标", message: "写本年度要达到的产出和效果，与下面的指标对应。" });
}

function header(b: BlockBuilder): void {
  b.label(HEADER_ROW, 0, "一级指标").label(HEADER_ROW, 1, "二级指标").label(HEADER_ROW, 2, "三级指标");
  b.label(HEADER_ROW, 3, "绩效指标描述", rect(HEADER_ROW, 3, HEADER_ROW, 4));
  b.label(HEADER_ROW, 5, "指标值").label(HEADER_ROW, 6, "指标值确定依据");
}

/** Starter rows: 一级 written on the first row of its group and merged down over the rest. */
function indicators(b: BlockBuilder, kinds: readonly (readonly [Level1, Level2])[]): void {
  let start = 0;
  kinds.forEach(([level1, level2], i) => {
    const first = i === 0 || kinds[i - 1][0] !== level1;
    if (first) start = i;
    addIndicator(b, HEADER_ROW + 1 + i, first ? level1 : null, level2, level1, FORM_COLUMNS);
    const last = i === kinds.length - 1 || kinds[i + 1][0] !== level1;
    if (last) {
      const group = rect(HEADER_ROW + 1 + start, 0, HEADER_ROW + 1 + i, 0);
      b.merge(group).list(group, LEVEL1, "warning");
    }
  });
}

/** The blank table: labels, header and starter indicators; every value left for the officer. */
export function blankFormTable(options: FormTableOptions = {}): TemplateBlock {
  const kinds = options.indicators ?? STARTER_INDICATORS;
  const b = new BlockBuilder(HEADER_ROW + 1 + kinds.length, WIDTH);
  head(b, options.title ?? DEFAULT_TITLE);
  header(b);
  indicators(b, kinds);
  return b.border(rect(2, 0, HEADER_ROW + kinds.length, WIDTH - 1)).build();
}
