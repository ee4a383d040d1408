/**
 * The compact layout's numeric codes (spec §2): `1-产出指标；11-数量指标`.
 * A 二级 code's first digit is its 一级 code.
 */
import { toHalfWidth } from "../text/normalize";
import type { Level1, Level2 } from "./vocabulary";

const LEVEL1_CODES: Readonly<Record<string, Level1>> = {
  "1": "产出指标",
  "2": "效益指标",
  "3": "满意度指标",
};

const LEVEL2_CODES: Readonly<Record<string, Level2>> = {
  "11": "数量指标",
  "12": "质量指标",
  "13": "时效指标",
  "14": "成本指标",
  "21": "经济效益指标",
  "22": "社会效益指标",
  "23": "生态效益指标",
  "24": "可持续影响指标",
  "31": "服务对象满意度指标",
};

function cleanCode(code: string): string {
  return toHalfWidth(String(code ?? "")).replace(/[\s\-－—–、.．]+/g, "");
}

/** The 一级指标 a compact code names (`1` → 产出指标), or undefined. */
export function compactLevel1Code(code: string): Level1 | undefined {
  return LEVEL1_CODES[cleanCode(code)];
}

/** The 二级指标 a compact code names (`11` → 数量指标), or undefined. */
export function compactLevel2Code(code: string): Level2 | undefined {
  return LEVEL2_CODES[cleanCode(code)];
}

/** The 一级 code a 二级 code belongs to (`14` → `1`), or undefined when the code is unknown. */
export function compactParentCode(level2Code: string): string | undefined {
  const code = cleanCode(level2Code);
  return LEVEL2_CODES[code] ? code.slice(0, 1) : undefined;
}

/** Term → code, the first code of a term when several share it (as `Object.keys(…).find` gave). */
function byTerm(codes: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [code, term] of Object.entries(codes)) if (!map.has(term)) map.set(term, code);
  return map;
}

const LEVEL1_CODE_OF = byTerm(LEVEL1_CODES);
const LEVEL2_CODE_OF = byTerm(LEVEL2_CODES);

/** The compact code of a 一级指标 (产出指标 → `1`); undefined for 成本指标, which has none. */
export function codeOfLevel1(level1: string): string | undefined {
  return LEVEL1_CODE_OF.get(level1);
}

/** The compact code of a 二级指标 (数量指标 → `11`). */
export function codeOfLevel2(level2: string): string | undefined {
  return LEVEL2_CODE_OF.get(level2);
}
