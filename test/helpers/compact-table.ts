/**
 * Builds a compact-layout list (spec §2, Guangzhou shape) as a grid and as the
 * models the parser must make of it: one table per project row.
 *
 *   row 0  A 项目名称（资金使用单位）  B 绩效目标  C 绩效指标     (header)
 *   row 1  A unit name                                          (unit row)
 *   row 2+ A project name  B goal  C packed indicators           (one table each)
 *
 * A packed item reads `1、1-产出指标；11-数量指标：name；实施周期指标值:3个；年度指标值:3个。`
 */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import type { Field, Indicator, TargetTable } from "../../src/core/model/table";
import { fieldAt } from "./field";

export type CompactItem = [
  level1Code: string,
  level1: string,
  level2Code: string,
  level2: string,
  name: string,
  periodValue: string,
  annualValue: string,
];

export interface CompactProject {
  name: string;
  goal: string;
  items: CompactItem[];
}

export const DEFAULT_ITEMS: CompactItem[] = [
  ["1", "产出指标", "11", "数量指标", "运维业务系统数量", "3个", "3个"],
  ["1", "产出指标", "12", "质量指标", "系统正常运行率", "≥95%", "≥95%"],
  ["1", "产出指标", "13", "时效指标", "故障响应时间", "≤2小时", "≤2小时"],
  ["2", "效益指标", "22", "社会效益", "无线电安全保障能力", "提升", "提升"],
  ["3", "满意度指标", "31", "服务对象满意度", "服务对象满意度", "≥90%", "≥90%"],
];

export interface CompactSpec {
  sheet?: string;
  unit?: string;
  projects?: CompactProject[];
}

interface Packed {
  text: string;
  spans: { start: number; end: number }[][];
}

/** Packs items into one cell's text, remembering where each part stands. */
export function packItems(items: CompactItem[]): Packed {
  let text = "";
  const spans: { start: number; end: number }[][] = [];
  items.forEach((item, i) => {
    const parts: { start: number; end: number }[] = [];
    const put = (s: string) => {
      parts.push({ start: text.length, end: text.length + s.length });
      text += s;
    };
    text += `${i + 1}、`;
    put(item[0]);
    text += "-";
    put(item[1]);
    text += "；";
    put(item[2]);
    text += "-";
    put(item[3]);
    text += "：";
    put(item[4]);
    text += "；实施周期指标值:";
    put(item[5]);
    text += "；年度指标值:";
    put(item[6]);
    text += "。";
    spans.push(parts);
  });
  return { text, spans };
}

function slice(row: number, cellText: string, span: { start: number; end: number }): Field {
  return { text: cellText.slice(span.start, span.end).trim(), raw: cellText, row, col: 2, cellText, span };
}

export function buildCompactTables(spec: CompactSpec = {}): { grid: Grid; tables: TargetTable[] } {
  const sheet = spec.sheet ?? "Sheet1";
  const unit = spec.unit ?? "广州市无线电监测站";
  const projects = spec.projects ?? [
    { name: "无线电监测运维经费", goal: "保障无线电监测系统正常运行。", items: DEFAULT_ITEMS },
  ];
  const values: CellValue[][] = [
    ["项目名称（资金使用单位）", "绩效目标", "绩效指标"],
    [unit, null, null],
  ];
  const tables: TargetTable[] = [];
  projects.forEach((project, p) => {
    const row = 2 + p;
    const packed = packItems(project.items);
    values.push([project.name, project.goal, packed.text]);
    const indicators: Indicator[] = project.items.map((_, i) => {
      const [c1, l1, c2, l2, name, pv, av] = packed.spans[i].map((span) => slice(row, packed.text, span));
      return {
        index: i,
        row,
        level1Code: c1,
        level1: l1,
        level2Code: c2,
        level2: l2,
        name,
        periodValue: pv,
        annualValue: av,
      };
    });
    tables.push({
      id: `${sheet}!${toA1(row, 0)}`,
      layout: "compact",
      sheet,
      range: { top: row, left: 0, bottom: row, right: 2 },
      anchor: { row, col: 0 },
      unit: fieldAt(1, 0, unit),
      moneyUnit: "万元",
      name: fieldAt(row, 0, project.name),
      goal: fieldAt(row, 1, project.goal),
      hasBasisColumn: false,
      listHeader: { row: 0, col: 0 },
      indicators,
    });
  });
  return { grid: { sheet, top: 0, left: 0, values, merges: [] }, tables };
}
