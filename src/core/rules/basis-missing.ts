/**
 * @fileoverview basis-missing — an empty 指标值确定依据 where the layout has the column.
 */
import type { Indicator, TargetTable } from "../model/table";
import type { FixSpec, RuleModule } from "./rule";
import { BASIS_TYPES } from "../schema/basis";
import { isCostIndicator } from "../schema/indicator-kind";
import { isBlankOrDash, pointFor } from "./utils/structure-fields";

/** The five types to pick from; 预算支出标准 first on a 成本 row, where it is the usual answer. */
function choices(indicator: Indicator): FixSpec[] {
  const types = isCostIndicator(indicator)
    ? ["预算支出标准", ...BASIS_TYPES.filter((t) => t !== "预算支出标准")]
    : BASIS_TYPES.filter((t) => t !== "预算支出标准");
  return types.map((type) => ({ text: type, messageId: "useType", data: { type } }));
}

/**
 * A column unfilled throughout is one cause, one finding, not one per row: a warning in a flat export (which often
 * carries the column unfilled), an error in a form the officer fills (fourteenth session: six errors on a county
 * form whose only gap was this column).
 */
function wholeColumnEmpty(table: TargetTable): boolean {
  // Empty template rows ask to be filled or deleted (indicator-incomplete): they say nothing of the column.
  const rows = table.indicators.filter((i) => !i.empty);
  return rows.length > 1 && rows.every((i) => isBlankOrDash(i.basis));
}

const rule: RuleModule = {
  meta: {
    id: "basis-missing",
    severity: "error",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "指标值确定依据为空（仅限有该列的表）",
        en: "An empty 指标值确定依据 (basis of the target value) where the table has that column",
      },
      bad: "≥500人次 | （空）",
      good: "≥500人次 | 计划标准",
    },
    messages: {
      missing: {
        zh: "指标值确定依据为空：请填写“计划标准”“行业标准”“历史标准”“预算支出标准”或“其他标准”",
        en: "指标值确定依据 (basis) is empty: write 计划标准, 行业标准, 历史标准, 预算支出标准 or 其他标准 (plan, industry, historical, spending or other standard)",
      },
      columnEmpty: {
        zh: "指标值确定依据一列全部为空：请为每个指标填写“计划标准”“行业标准”“历史标准”“预算支出标准”或“其他标准”",
        en: "The 指标值确定依据 (basis) column is empty on every row: give each indicator its basis (计划标准, 行业标准, 历史标准, 预算支出标准 or 其他标准)",
      },
      useType: { zh: "填写“{{type}}”", en: "Write {{type}}" },
    },
  },
  check(context) {
    const { table } = context;
    if (!table.hasBasisColumn || table.basisOptional) return;
    if (wholeColumnEmpty(table)) {
      const first = table.indicators.find((i) => !i.empty)!;
      const severity = table.layout === "flat" ? "warning" : undefined;
      context.report({ at: pointFor(first.basis, first, table), messageId: "columnEmpty", severity });
      return;
    }
    for (const indicator of table.indicators) {
      if (indicator.empty) continue; // one finding for an empty template row: indicator-incomplete's
      // A year's indicator beside its row's period one shares that row's basis, weighed once, on the first.
      if (!indicator.basis) continue;
      if (!isBlankOrDash(indicator.basis)) continue;
      context.report({
        at: pointFor(indicator.basis, indicator, table),
        messageId: "missing",
        suggestions: choices(indicator),
      });
    }
  },
};

export default rule;
