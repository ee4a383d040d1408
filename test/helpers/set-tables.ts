/**
 * A table with a long-term and an annual indicator set, stacked or side by side,
 * as a model: the same indicators, one target each (spec §7, "one project, two sets").
 */
import type { TargetTable } from "../../src/core/model/table";
import { written } from "./rule-tester";

const HEAD = `项目名称|培训项目|<|<
预算数|10|<|<
绩效目标|开展培训|<|<`;

/** The two sets stacked under their titles; `yearName` names the annual set's first indicator. */
export function stackedSets(longCost: string, yearCost: string, yearName = "培训班期数"): TargetTable {
  return written(`${HEAD}
长期绩效指标|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训班期数|≥15期
成本指标|经济成本指标|培训经费|${longCost}
年度绩效指标|<|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|${yearName}|≥5期
成本指标|经济成本指标|培训经费|${yearCost}`);
}

/** The two sets side by side: 实施期指标值 and 年度指标值 columns. */
export function sideBySideSets(longCost: string, yearCost: string): TargetTable {
  return written(`项目名称|培训项目|<|<|<|<|<
预算数|10|<|<|<|<|<
绩效目标|开展培训|<|<|<|<|<
一级指标|二级指标|三级指标|实施期指标值|二级指标|三级指标|年度指标值
产出指标|数量指标|培训班期数|≥15期|数量指标|培训班期数|≥5期
成本指标|经济成本指标|培训经费|${longCost}|经济成本指标|培训经费|${yearCost}`);
}
