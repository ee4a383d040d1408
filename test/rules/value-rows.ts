/**
 * Short builders for the value rules' test tables: one indicator per row, in
 * each layout. Cells: form value F10, F11…; compact C3 (both values); flat
 * comparator D7, value E7, 计量单位 F7.
 */
import type { CellValue } from "../../src/core/grid/grid";
import type { TargetTable } from "../../src/core/model/table";
import { packItems, type CompactItem } from "../helpers/compact-table";
import type { FlatRow } from "../helpers/flat-table";
import type { FormSpec, IndicatorRow } from "../helpers/form-table";
import { compact, flat, form } from "../helpers/rule-tester";

/** A form-layout indicator row; the description repeats the name. */
export function row(level1: string, level2: string, name: string, value: CellValue, basis = "计划标准"): IndicatorRow {
  return [level1, level2, name, name, value, basis];
}

/** A form table holding just these indicators (and the default head block). */
export function formOf(rows: IndicatorRow[], spec: FormSpec = {}): TargetTable {
  return form({ ...spec, indicators: rows });
}

const COMPACT_LEVELS: Record<string, [string, string]> = {
  "11": ["产出指标", "数量指标"],
  "12": ["产出指标", "质量指标"],
  "13": ["产出指标", "时效指标"],
  "14": ["产出指标", "成本指标"],
  "21": ["效益指标", "经济效益"],
  "22": ["效益指标", "社会效益"],
  "23": ["效益指标", "生态效益"],
  "24": ["效益指标", "可持续影响"],
  "31": ["满意度指标", "服务对象满意度"],
};

/** A compact item by its 二级 code: `item("11", "车辆采购数量", "2辆")`. */
export function item(code: string, name: string, period: string, annual = period): CompactItem {
  const [level1, level2] = COMPACT_LEVELS[code];
  return [code.slice(0, 1), level1, code, level2, name, period, annual];
}

/** The compact table (one project) holding these items. */
export function compactOf(items: CompactItem[]): TargetTable {
  return compact({ projects: [{ name: "测试项目经费", goal: "完成测试项目。", items }] });
}

/** The whole text of the packed cell holding these items: what a compact fix writes. */
export function packed(items: CompactItem[]): string {
  return packItems(items).text;
}

/** A flat-layout row: comparator column, value, 计量单位. */
export function flatRow(
  level1: string,
  level2: string,
  name: string,
  comparator: string,
  value: CellValue,
  unit: string,
): FlatRow {
  return [level1, level2, name, comparator, value, unit, `${name}说明`, "未完成不得分", "计划标准"];
}

/** A flat table holding just these rows. */
export function flatOf(rows: FlatRow[], budget: CellValue = 28.8): TargetTable {
  return flat({ rows, budget, fiscal: budget });
}
