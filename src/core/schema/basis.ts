/**
 * 指标值确定依据 types (spec §3). A document often follows the type in
 * brackets: `计划标准（青政发〔2021〕18号）`, `行业标准《青岛市政府食盐储备合同》`.
 */
import { toHalfWidth } from "../text/normalize";

export type BasisType = "计划标准" | "行业标准" | "历史标准" | "预算支出标准" | "其他标准";

export const BASIS_TYPES: readonly BasisType[] = ["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"];

export interface BasisMatch {
  type: BasisType;
  /** What follows the type, brackets removed (`青政发〔2021〕18号`); "" when nothing follows. */
  document: string;
}

// `其它标准` is 其他标准 in the other spelling of 其他.
const TYPE_AT_START = /^(计划|行业|历史|预算支出|其他|其它)标准/;
const LEAD = /^[\s\u00a0\u3000:：;；,，、\-—]+/;
const WRAP = /^[(（《〈[【]+|[)）》〉\]】。.]+$/g;

/**
 * The standard type a basis names at its start, and the document after it.
 * Undefined when the text does not start with a type (a bare `国无办函[2022]40号`,
 * `历史指标`): basis-type reports those. Lenient about what follows, because
 * officers append documents in every bracket style.
 */
export function lookupBasis(text: string): BasisMatch | undefined {
  const flat = toHalfWidth(String(text ?? "")).replace(/[\s\u00a0]+/g, "");
  const m = TYPE_AT_START.exec(flat);
  if (!m) return undefined;
  const rest = flat.slice(m[0].length).replace(LEAD, "");
  return { type: m[0].replace("其它", "其他") as BasisType, document: rest.replace(WRAP, "") };
}

/** The standard type a basis names (`计划标准（青政发〔2021〕18号）` → 计划标准), or undefined. */
export function basisType(text: string): BasisType | undefined {
  return lookupBasis(text)?.type;
}
