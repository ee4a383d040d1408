/**
 * Builds a form-layout table (spec §2, Qingdao shape) both as a grid and as the
 * model the parser must make of it. Rule tests use the model; parser tests check
 * that parsing the grid gives the same model. The coordinate contract:
 *
 *   row 0  A title                                   (anchor)
 *   row 1  A unit                 G 单位：万元
 *   row 2  A 项目编码  B code      D 项目名称  E name
 *   row 3  A 预算规模及资金用途 (A4:A5)  B 预算数  C budget  D 其中：财政资金  E fiscal  F 其他资金  G other
 *   row 4  B purpose (B5:G5)
 *   row 5  A 资金支出计划（%） (A6:A7)  B 3月底 (B6:C6)  D 6月底  E 10月底  F 12月底
 *   row 6  B plan[0] (B7:C7)  D plan[1]  E plan[2]  F plan[3]
 *   row 7  A 绩效目标  B goal (B8:G8)
 *   row 8  A 一级指标  B 二级指标  C 三级指标  D 绩效指标描述 (D9:E9)  F 指标值  G 指标值确定依据
 *   row 9+ A level1  B level2  C name  D description (D:E)  F value  G basis
 *
 * All positions shift by `top`/`left`. A level1 of "" on a row continues the
 * group above: merged vertically (level1Style "merged") or simply left blank
 * ("once"); "repeated" writes it on every row.
 */
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import type { Field, Indicator, SpendPeriod, TargetTable } from "../../src/core/model/table";
import { fieldAt } from "./field";

export type IndicatorRow = [
  level1: string,
  level2: string,
  name: string,
  description: string,
  value: CellValue,
  basis: string,
];

export interface FormSpec {
  sheet?: string;
  top?: number;
  left?: number;
  title?: string;
  unit?: string;
  code?: CellValue;
  name?: CellValue;
  budget?: CellValue;
  fiscal?: CellValue;
  other?: CellValue;
  purpose?: CellValue;
  plan?: [CellValue, CellValue, CellValue, CellValue];
  planLabel?: string;
  goal?: CellValue;
  indicators?: IndicatorRow[];
  level1Style?: "merged" | "once" | "repeated";
}

export const DEFAULT_INDICATORS: IndicatorRow[] = [
  ["成本指标", "经济成本指标", "项目经费", "项目经费", "≤170万元", "预算支出标准"],
  ["产出指标", "数量指标", "办公用房租赁数量", "集中办公用房租赁数量", "17间", "历史标准"],
  ["", "质量指标", "资金使用合规性", "资金使用符合相关规定", "≥99%", "计划标准"],
  ["", "时效指标", "资金拨付完成时间", "租金支付时间", "≤10月", "计划标准"],
  ["效益指标", "社会效益指标", "带动就业增长率", "带动就业增长率", "≥10%", "历史标准"],
  ["满意度指标", "服务对象满意度指标", "社会公众满意度", "社会公众满意度", "≥90%", "历史标准"],
];

/** DEFAULT_INDICATORS' levels written with list numbers (`（1）`, `①`, `1.1`, `1）`, `A.`, `11 `), as some templates do. */
export const NUMBERED_INDICATORS: IndicatorRow[] = [
  ["（1）成本指标", "①经济成本指标", "项目经费", "项目经费", "≤170万元", "预算支出标准"],
  ["（2）产出指标", "1.1数量指标", "办公用房租赁数量", "集中办公用房租赁数量", "17间", "历史标准"],
  ["", "1）质量指标", "资金使用合规性", "资金使用符合相关规定", "≥99%", "计划标准"],
  ["", "A.时效指标", "资金拨付完成时间", "租金支付时间", "≤10月", "计划标准"],
  ["(3)效益指标", "①社会效益指标", "带动就业增长率", "带动就业增长率", "≥10%", "历史标准"],
  ["④满意度指标", "11 服务对象满意度指标", "社会公众满意度", "社会公众满意度", "≥90%", "历史标准"],
];

export const DEFAULT_FORM: Required<Omit<FormSpec, "top" | "left">> = {
  sheet: "Sheet1",
  title: "1.企业搬迁改造工作经费绩效目标表",
  unit: "502001青岛市工业和信息化局本级",
  code: "37020023P880028109936",
  name: "企业搬迁改造工作经费",
  budget: 170,
  fiscal: 170,
  other: null,
  purpose: "用于企业搬迁改造工作",
  plan: [5, 120, 160, 170],
  planLabel: "资金支出计划（%）",
  goal: "组织指导、协调推进全市企业搬迁改造工作。",
  indicators: DEFAULT_INDICATORS,
  level1Style: "merged",
};

const PERIODS: SpendPeriod[] = ["3月底", "6月底", "10月底", "12月底"];
const PLAN_COLS = [1, 3, 4, 5];

export interface BuiltTable {
  grid: Grid;
  table: TargetTable;
}

class Sheet {
  values: CellValue[][] = [];
  merges: CellRange[] = [];
  constructor(
    private readonly top: number,
    private readonly left: number,
  ) {}
  set(r: number, c: number, v: CellValue): void {
    const row = r + this.top;
    const col = c + this.left;
    while (this.values.length <= row) this.values.push([]);
    const line = this.values[row];
    while (line.length <= col) line.push(null);
    line[col] = v;
  }
  merge(r1: number, c1: number, r2: number, c2: number): void {
    this.merges.push({ top: r1 + this.top, left: c1 + this.left, bottom: r2 + this.top, right: c2 + this.left });
  }
}

/** Builds the grid and the expected model of one form-layout table. */
export function buildFormTable(spec: FormSpec = {}): BuiltTable {
  const s = { ...DEFAULT_FORM, ...spec };
  const top = spec.top ?? 0;
  const left = spec.left ?? 0;
  const sheet = new Sheet(top, left);
  const f = (r: number, c: number, v: CellValue): Field => fieldAt(r + top, c + left, v);

  sheet.set(0, 0, s.title);
  sheet.set(1, 0, s.unit);
  sheet.set(1, 6, "单位：万元");
  sheet.set(2, 0, "项目编码");
  sheet.set(2, 1, s.code);
  sheet.set(2, 3, "项目名称");
  sheet.set(2, 4, s.name);
  sheet.set(3, 0, "预算规模及资金用途");
  sheet.merge(3, 0, 4, 0);
  sheet.set(3, 1, "预算数");
  sheet.set(3, 2, s.budget);
  sheet.set(3, 3, "其中：财政资金");
  sheet.set(3, 4, s.fiscal);
  sheet.set(3, 5, "其他资金");
  sheet.set(3, 6, s.other);
  sheet.set(4, 1, s.purpose);
  sheet.merge(4, 1, 4, 6);
  sheet.set(5, 0, s.planLabel);
  sheet.merge(5, 0, 6, 0);
  PERIODS.forEach((p, i) => sheet.set(5, PLAN_COLS[i], p));
  sheet.merge(5, 1, 5, 2);
  s.plan.forEach((v, i) => sheet.set(6, PLAN_COLS[i], v));
  sheet.merge(6, 1, 6, 2);
  sheet.set(7, 0, "绩效目标");
  sheet.set(7, 1, s.goal);
  sheet.merge(7, 1, 7, 6);
  ["一级指标", "二级指标", "三级指标", "绩效指标描述", null, "指标值", "指标值确定依据"].forEach((h, c) =>
    sheet.set(8, c, h),
  );
  sheet.merge(8, 3, 8, 4);

  const indicators: Indicator[] = [];
  let groupStart = -1;
  let groupValue = "";
  s.indicators.forEach((row, i) => {
    const r = 9 + i;
    const [level1, level2, name, description, value, basis] = row;
    const continues = level1 === "" && groupStart >= 0;
    if (!continues) {
      groupStart = r;
      groupValue = level1;
    }
    const written = !continues || s.level1Style === "repeated";
    sheet.set(r, 0, written ? (continues ? groupValue : level1) : null);
    sheet.set(r, 1, level2);
    sheet.set(r, 2, name);
    sheet.set(r, 3, description);
    sheet.merge(r, 3, r, 4);
    sheet.set(r, 5, value);
    sheet.set(r, 6, basis);
    const indicator: Indicator = {
      index: i,
      row: r + top,
      level2: f(r, 1, level2),
      name: f(r, 2, name),
      description: f(r, 3, description),
      value: f(r, 5, value),
      basis: f(r, 6, basis),
    };
    if (written) indicator.level1 = f(r, 0, continues ? groupValue : level1);
    else {
      indicator.level1 = f(groupStart, 0, groupValue);
      indicator.level1Inherited = true;
      // Written once, the group's later rows leave their own cell blank (merged, they are the label's).
      if (s.level1Style === "once") indicator.level1Blank = f(r, 0, null);
    }
    indicators.push(indicator);
  });
  if (s.level1Style === "merged") mergeLevel1Groups(sheet, s.indicators);

  const lastRow = 8 + Math.max(s.indicators.length, 0);
  const table: TargetTable = {
    id: `${s.sheet}!${toA1(top, left)}`,
    layout: "form",
    sheet: s.sheet,
    range: { top, left, bottom: lastRow + top, right: 6 + left },
    anchor: { row: top, col: left },
    title: f(0, 0, s.title),
    unit: f(1, 0, s.unit),
    moneyUnit: "万元",
    code: f(2, 1, s.code),
    name: f(2, 4, s.name),
    budget: f(3, 2, s.budget),
    fiscal: f(3, 4, s.fiscal),
    other: f(3, 6, s.other),
    purpose: f(4, 1, s.purpose),
    goal: f(7, 1, s.goal),
    fundParts: [f(3, 4, s.fiscal), f(3, 6, s.other)],
    spendPlan: {
      label: f(5, 0, s.planLabel),
      points: PERIODS.map((period, i) => ({ period, field: f(6, PLAN_COLS[i], s.plan[i]) })),
    },
    hasBasisColumn: true,
    hasLevel1Column: true,
    indicatorHeader: { row: 8 + top, col: left },
    indicators,
  };
  const grid: Grid = { sheet: s.sheet, top: 0, left: 0, values: sheet.values, merges: sheet.merges };
  return { grid, table };
}

function mergeLevel1Groups(sheet: Sheet, rows: IndicatorRow[]): void {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i][0] !== "") {
      if (i - 1 > start) sheet.merge(9 + start, 0, 9 + i - 1, 0);
      start = i;
    }
  }
}
