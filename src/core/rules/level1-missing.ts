/**
 * @fileoverview level1-missing — a table without any indicator of a 一级指标:
 * 产出 is an error; 效益, 满意度 (and 成本 in the form layout) are warnings.
 */
import type { Layout, TargetTable } from "../model/table";
import type { Severity } from "../model/diagnostic";
import type { RuleModule } from "./rule";
import { indicatorLevel1, isCostIndicator, type Level1 } from "../schema";
import { pointFor, type At } from "./utils/structure-fields";

interface Expected {
  level1: Level1;
  severity: Severity;
  /** Layouts that expect it; all when absent. */
  layouts?: Layout[];
}

// The compact (Guangdong) scheme has no 成本 一级; flat exports vary by province.
const EXPECTED: readonly Expected[] = [
  { level1: "产出指标", severity: "error" },
  { level1: "效益指标", severity: "warning" },
  { level1: "满意度指标", severity: "warning" },
  { level1: "成本指标", severity: "warning", layouts: ["form"] },
];

function present(table: TargetTable): Set<Level1> {
  const found = new Set<Level1>();
  for (const indicator of table.indicators) {
    const level1 = indicatorLevel1(indicator);
    if (level1) found.add(level1);
    // 成本指标 as a 二级 under 产出指标 (the old scheme) still sets a cost target.
    if (isCostIndicator(indicator)) found.add("成本指标");
  }
  return found;
}

/** The table's indicator area: the first indicator's 一级指标 cell. */
function indicatorArea(table: TargetTable): At {
  const first = table.indicators[0];
  return pointFor(first.level1, first, table);
}

const rule: RuleModule = {
  meta: {
    id: "level1-missing",
    severity: "warning",
    docs: {
      description: {
        zh: "表中缺少某类一级指标：缺产出指标为错误；缺效益指标、满意度指标（山东样式表还有成本指标）为警告",
        en: "A table without any indicator of a 一级指标 (level-1): no 产出指标 (output) is an error; no 效益指标 (outcome), 满意度指标 (satisfaction) or, in the form layout, 成本指标 (cost) is a warning",
      },
      bad: "其他运行经费：只有“3-满意度指标”",
      good: "其他运行经费：产出指标、效益指标、满意度指标各有指标",
    },
    messages: {
      missing: {
        zh: "本表没有“{{level1}}”：请至少设置一个{{level1}}下的三级指标",
        en: "The table has no {{level1}}: add at least one indicator under {{level1}}",
      },
      none: {
        zh: "本表没有任何绩效指标：请填写产出、效益、满意度等指标",
        en: "The table has no indicators at all: add output, outcome and satisfaction indicators",
      },
    },
  },
  check(context) {
    const { table } = context;
    if (table.indicators.length === 0) {
      context.report({ at: table.anchor, messageId: "none", severity: "error" });
      return;
    }
    const found = present(table);
    for (const { level1, severity, layouts } of EXPECTED) {
      if (layouts && !layouts.includes(table.layout)) continue;
      if (!found.has(level1))
        context.report({ at: indicatorArea(table), messageId: "missing", data: { level1 }, severity });
    }
  },
};

export default rule;
