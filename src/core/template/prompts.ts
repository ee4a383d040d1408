/**
 * The input prompts of the templates' cells (Excel shows one when the cell is
 * selected: title ≤ 32 characters, message ≤ 255). Chinese only: they are
 * written into the officer's workbook, whose tables are Chinese.
 */
import type { TemplatePrompt } from "./block";

type Prompt = Omit<TemplatePrompt, "range">;

export const PROMPTS = {
  name: { title: "三级指标", message: "写可衡量的结果，如“培训人次”“系统正常运行率”；可用任务窗格的“推荐指标”。" },
  value: {
    title: "指标值",
    message: "符号、数值和单位：≥95%、≤170万元、≤11月30日、2辆；定性指标写短语，如“有效提升”。",
  },
  flatValue: {
    title: "指标值",
    message: "只填数值（如 95、170、11月30日）；符号填在“指标性质”，单位填在“计量单位”。定性指标写短语。",
  },
  basis: {
    title: "指标值确定依据",
    message:
      "计划标准、行业标准、历史标准、预算支出标准或其他标准；可在括号中注明文件，如“计划标准（某某发〔2024〕1号）”。",
  },
  comparator: { title: "指标性质", message: "≥ ≤ ＝ ＞ ＜ 或 定性；定性指标不填计量单位。" },
  unit: { title: "计量单位", message: "%、万元、元/人、个、人次、小时……；与指标名称相符（率用 %，数量用 个/人/次）。" },
  explanation: { title: "指标解释", message: "说明指标的含义和计算口径。" },
  scoring: { title: "评(扣)分标准", message: "如“每低1个百分点扣1分”。" },
} as const satisfies Record<string, Prompt>;

/** 计算符号 as the budget systems offer them. */
export const COMPARATORS: readonly string[] = ["≥", "≤", "＝", "＞", "＜", "定性"];

/** Units offered in the flat layout's 计量单位 dropdown; any other unit may be typed. */
export const COMMON_UNITS: readonly string[] = [
  "%",
  "万元",
  "元",
  "元/人",
  "个",
  "人",
  "人次",
  "次",
  "家",
  "台",
  "份",
  "项",
  "场",
  "小时",
  "天",
  "年",
  "平方米",
  "吨",
];
