/**
 * Each rule's short name, as the pane's groups, the CSV and the 检查结果 sheet
 * show it (`单位或符号写法不规范`, not `unit-nonstandard`): the id is for
 * configuration, the name for the officer. One line of data per rule.
 */
import type { LocalizedText } from "../model/diagnostic";

export const RULE_NAMES: Readonly<Record<string, LocalizedText>> = {
  "basis-missing": { zh: "指标值确定依据缺失", en: "Basis missing" },
  "basis-type": { zh: "依据未写明标准类型", en: "Basis without a standard type" },
  "budget-sum-mismatch": { zh: "资金来源之和不等于预算数", en: "Budget parts do not add up" },
  "code-label-mismatch": { zh: "指标代码与名称不符", en: "Code and label disagree" },
  "cost-over-budget": { zh: "成本超过预算数", en: "Cost above the budget" },
  "field-missing": { zh: "必填项为空", en: "Required field empty" },
  "indicator-duplicate": { zh: "三级指标重复", en: "Duplicate indicator" },
  "indicator-incomplete": { zh: "指标不完整", en: "Incomplete indicator" },
  "level1-missing": { zh: "缺少一级指标", en: "Missing level-1 indicator" },
  "level1-unknown": { zh: "一级指标名称不规范", en: "Unknown level-1 indicator" },
  "level2-mismatch": { zh: "二级指标不属于该一级指标", en: "Level-2 not under its level-1" },
  "operator-direction": { zh: "比较符号方向错误", en: "Comparator points the wrong way" },
  "percent-out-of-range": { zh: "百分比超出范围", en: "Percentage out of range" },
  "percent-trivial": { zh: "百分比目标无实际约束", en: "Trivial percentage target" },
  "placeholder-unfilled": { zh: "占位符未填写", en: "Placeholder left in" },
  "project-code-format": { zh: "项目编码格式不符", en: "Project code format" },
  "qualitative-quantity": { zh: "数量指标写成定性", en: "Quantity written as a phrase" },
  "qualitative-with-sign": { zh: "定性指标带符号或单位", en: "Phrase with a sign or unit" },
  "satisfaction-threshold": { zh: "满意度目标过低或为100%", en: "Satisfaction target too low or 100%" },
  "spend-plan-invalid": { zh: "资金支出计划不合理", en: "Spending plan invalid" },
  "spend-plan-label": { zh: "支出计划标签与内容不符", en: "Spending plan label" },
  "stale-year": { zh: "年份过旧", en: "Stale year" },
  "text-artifact": { zh: "多余文字", en: "Stray text" },
  "timeliness-vague": { zh: "时效指标不明确", en: "Vague timeliness target" },
  "unit-inconsistent": { zh: "前后单位不一致", en: "Inconsistent units" },
  "unit-mismatch": { zh: "单位与指标不符", en: "Unit does not fit the indicator" },
  "unit-missing": { zh: "缺少计量单位", en: "Unit missing" },
  "unit-nonstandard": { zh: "单位或符号写法不规范", en: "Non-standard spelling" },
  "value-missing": { zh: "指标值缺失", en: "Value missing" },
  "value-unparseable": { zh: "指标值无法识别", en: "Unreadable value" },
};

/** A rule's short name in the locale; the id itself for a rule without one. */
export function ruleName(ruleId: string, locale: "zh-CN" | "en-US"): string {
  const name = RULE_NAMES[ruleId];
  return name ? (locale === "en-US" ? name.en : name.zh) : ruleId;
}
