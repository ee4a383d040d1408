/**
 * Small lookups over the vocabulary (src/core/schema) that only the structure
 * rules need: reverse code lookups and a guess at a misspelt 一级指标.
 */
import { compactLevel1Code, compactLevel2Code, LEVEL1, type Level1 } from "../../schema";
import { toHalfWidth } from "../../text/normalize";

const LEVEL1_CODES = ["1", "2", "3"];
const LEVEL2_CODES = ["11", "12", "13", "14", "21", "22", "23", "24", "31"];

/** The compact code of a 一级指标 (产出指标 → `1`); undefined for 成本指标, which has none. */
export function codeOfLevel1(level1: string): string | undefined {
  return LEVEL1_CODES.find((code) => compactLevel1Code(code) === level1);
}

/** The compact code of a 二级指标 (数量指标 → `11`). */
export function codeOfLevel2(level2: string): string | undefined {
  return LEVEL2_CODES.find((code) => compactLevel2Code(code) === level2);
}

// The word that gives a 一级指标 away; 效果 is the old name of 效益.
const STEMS: readonly [RegExp, Level1][] = [
  [/成本/, "成本指标"],
  [/产出/, "产出指标"],
  [/效益|效果/, "效益指标"],
  [/满意/, "满意度指标"],
];

/**
 * The one 一级指标 an unknown label seems to mean (`产出类指标` → 产出指标), or
 * undefined when it names none or several (`投入指标`).
 */
export function guessLevel1(text: string): Level1 | undefined {
  const flat = toHalfWidth(text);
  const hits = STEMS.filter(([stem]) => stem.test(flat)).map(([, level1]) => level1);
  return hits.length === 1 && LEVEL1.includes(hits[0]) ? hits[0] : undefined;
}
