/**
 * Builds a flat-layout table (spec §2, budget-system export) as a grid and as the
 * model the parser must make of it.
 *
 *   row 0  A title (A1:J1)
 *   row 1  A 项目名称  B name (B:C)      D 项目编码  E code
 *   row 2  A 主管部门  B dept (B:C)      D 实施单位  E unit
 *   row 3  A 预算数（万元）  B budget  C 其中：财政资金  D fiscal  E 其他资金  F other
 *   row 4  A 年度绩效目标  B goal (B4:J4)
 *   row 5  A 一级指标 B 二级指标 C 三级指标 D 指标性质 E *指标值 F 计量单位 G *指标解释 H *评(扣)分标准 I 指标值确定依据 J 备注
 *   row 6+ one indicator a row
 *
 * required = the `*` columns (指标值, 指标解释, 评(扣)分标准) in that order.
 */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import type { Indicator, TargetTable } from "../../src/core/model/table";
import { fieldAt } from "./field";

export type FlatRow = [
  level1: string,
  level2: string,
  name: string,
  comparator: string,
  value: CellValue,
  unit: string,
  explanation: string,
  scoring: string,
  basis: string,
];

export const FLAT_HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "*指标值",
  "计量单位",
  "*指标解释",
  "*评(扣)分标准",
  "指标值确定依据",
  "备注",
];

export const DEFAULT_FLAT_ROWS: FlatRow[] = [
  ["产出指标", "数量指标", "培训人次", "≥", 500, "人次", "全年培训人次", "每少10人次扣1分", "计划标准"],
  ["产出指标", "质量指标", "培训合格率", "≥", 95, "%", "考核合格人数占比", "每低1%扣1分", "历史标准"],
  ["产出指标", "时效指标", "培训完成时间", "≤", "12月底", "", "年底前完成", "未完成不得分", "计划标准"],
  ["成本指标", "经济成本指标", "培训经费", "≤", 28.8, "万元", "培训总支出", "超支不得分", "预算支出标准"],
  ["效益指标", "社会效益指标", "从业人员技能水平", "定性", "有效提升", "", "技能水平变化", "酌情扣分", "计划标准"],
  ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%", "问卷调查满意度", "每低1%扣1分", "历史标准"],
];

export interface FlatSpec {
  sheet?: string;
  name?: CellValue;
  code?: CellValue;
  budget?: CellValue;
  fiscal?: CellValue;
  other?: CellValue;
  goal?: CellValue;
  rows?: FlatRow[];
}

export function buildFlatTable(spec: FlatSpec = {}): { grid: Grid; table: TargetTable } {
  const sheet = spec.sheet ?? "Sheet1";
  const s = {
    name: "岳阳楼区职业技能培训项目",
    code: "43060223P000000000010",
    budget: 28.8,
    fiscal: 28.8,
    other: 0,
    goal: "完成全年职业技能培训任务。",
    rows: DEFAULT_FLAT_ROWS,
    ...spec,
  };
  const title = "项目支出绩效目标表";
  const values: CellValue[][] = [
    [title, null, null, null, null, null, null, null, null, null],
    ["项目名称", s.name, null, "项目编码", s.code],
    ["主管部门", "岳阳楼区人力资源和社会保障局", null, "实施单位", "岳阳楼区就业服务中心"],
    ["预算数（万元）", s.budget, "其中：财政资金", s.fiscal, "其他资金", s.other],
    ["年度绩效目标", s.goal],
    [...FLAT_HEADER],
  ];
  const indicators: Indicator[] = s.rows.map((r, i) => {
    const row = 6 + i;
    values.push([...r, null]);
    const f = (col: number) => fieldAt(row, col, r[col]);
    return {
      index: i,
      row,
      level1: f(0),
      level2: f(1),
      name: f(2),
      comparatorColumn: f(3),
      value: f(4),
      unitColumn: f(5),
      description: f(6),
      basis: f(8),
      required: [
        { label: "指标值", field: f(4) },
        { label: "指标解释", field: f(6) },
        { label: "评(扣)分标准", field: f(7) },
      ],
    };
  });
  const table: TargetTable = {
    id: `${sheet}!${toA1(0, 0)}`,
    layout: "flat",
    sheet,
    range: { top: 0, left: 0, bottom: 5 + s.rows.length, right: 9 },
    anchor: { row: 0, col: 0 },
    title: fieldAt(0, 0, title),
    unit: fieldAt(2, 4, "岳阳楼区就业服务中心"),
    moneyUnit: "万元",
    code: fieldAt(1, 4, s.code),
    name: fieldAt(1, 1, s.name),
    budget: fieldAt(3, 1, s.budget),
    fiscal: fieldAt(3, 3, s.fiscal),
    other: fieldAt(3, 5, s.other),
    goal: fieldAt(4, 1, s.goal),
    fundParts: [fieldAt(3, 3, s.fiscal), fieldAt(3, 5, s.other)],
    hasBasisColumn: true,
    // FLAT_HEADER stars its required columns and not 指标值确定依据.
    basisOptional: true,
    hasLevel1Column: true,
    indicatorHeader: { row: 5, col: 0 },
    indicators,
  };
  const merges = [
    { top: 0, left: 0, bottom: 0, right: 9 },
    { top: 1, left: 1, bottom: 1, right: 2 },
    { top: 2, left: 1, bottom: 2, right: 2 },
    { top: 4, left: 1, bottom: 4, right: 9 },
  ];
  return { grid: { sheet, top: 0, left: 0, values, merges }, table };
}
