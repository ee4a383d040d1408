/**
 * What kind of indicator a row is, from its 一级/二级指标 or compact codes.
 * Value rules ask these rather than comparing strings, so that short forms,
 * old names and codes all count.
 */
import type { Indicator, TargetTable } from "../model/table";
import { compactLevel1Code, compactLevel2Code } from "./codes";
import {
  canonicalLevel1,
  canonicalLevel2,
  currentParents,
  level2BelongsTo,
  type Level1,
  type Level2,
} from "./vocabulary";

/** A compact code written where the label stands (`1 | 11 | 开展培训场次`, a column-style Guangzhou list). */
const BARE_CODE = /^\s*\d{1,2}\s*$/;

/**
 * Codes written in both label columns (`1 | 11`): a column-style compact list. A number in the 一级 column
 * beside a 二级 word (`1 | 数量指标`) is a row number, no code.
 */
export function codedLevels(indicator: Indicator): boolean {
  return BARE_CODE.test(indicator.level1?.text ?? "") && BARE_CODE.test(indicator.level2?.text ?? "");
}

/** The indicator's 一级指标, from its label (or codes written in the labels' place), or else its compact code. */
export function indicatorLevel1(indicator: Indicator): Level1 | undefined {
  const text = indicator.level1?.text;
  const label = text && (codedLevels(indicator) ? compactLevel1Code(text.trim()) : canonicalLevel1(text));
  // An item coded by its 二级 alone (`11-数量指标`): the code's first digit is its 一级's.
  const level2Code = indicator.level2Code?.text.trim() ?? "";
  return label || compactLevel1Code(indicator.level1Code?.text ?? "") || compactLevel1Code(level2Code.slice(0, -1));
}

/** The indicator's 二级指标, from its label (or codes written in the labels' place), or else its compact code. */
export function indicatorLevel2(indicator: Indicator): Level2 | undefined {
  const text = indicator.level2?.text;
  const label = text && (codedLevels(indicator) ? compactLevel2Code(text.trim()) : canonicalLevel2(text));
  return label || compactLevel2Code(indicator.level2Code?.text ?? "");
}

const COST_LEVEL2: readonly Level2[] = ["经济成本指标", "社会成本指标", "生态环境成本指标", "成本指标"];

/** 一级 成本指标, or 二级 成本指标 / 经济成本指标 / … (incl. compact code 14). */
export function isCostIndicator(indicator: Indicator): boolean {
  const l2 = indicatorLevel2(indicator);
  return indicatorLevel1(indicator) === "成本指标" || (l2 !== undefined && COST_LEVEL2.includes(l2));
}

/** 一级 满意度指标 or 二级 服务对象满意度指标 (code 3x/31). */
export function isSatisfaction(indicator: Indicator): boolean {
  return indicatorLevel1(indicator) === "满意度指标" || indicatorLevel2(indicator) === "服务对象满意度指标";
}

/** 二级 数量指标 (code 11). */
export function isQuantity(indicator: Indicator): boolean {
  return indicatorLevel2(indicator) === "数量指标";
}

/** 二级 时效指标 (code 13). */
export function isTimeliness(indicator: Indicator): boolean {
  return indicatorLevel2(indicator) === "时效指标";
}

/**
 * The 一级 missing from a row whose own 一级 cell is blank (a group's label left out: `产出指标` above, then a blank
 * beside `社会效益`): the one its 二级 belongs to, where the 一级 carried past the blank is not. Undefined when the
 * 二级 belongs under the carried one (a label written once per group), in an old scheme, or to several.
 */
function blankRowLevel1(indicator: Indicator): Level1 | undefined {
  if (!indicator.level1Blank) return undefined;
  const carried = indicatorLevel1(indicator);
  const level2 = indicatorLevel2(indicator);
  if (!carried || !level2 || level2BelongsTo(carried, level2) !== "no") return undefined;
  const parents = currentParents(level2);
  return parents.length === 1 ? parents[0] : undefined;
}

/**
 * The rows whose group's 一级 was left out, with that 一级: a run of such rows that reaches the end of the group it
 * is carried in (the next row writes a 一级 of its own or leaves out another, or the table ends), naming a 一级 the
 * table writes nowhere as its own group. A 二级 misplaced inside a group (`效益指标 | 社会效益` … `| 数量指标` … `| 生态效益`) stays
 * level2-mismatch's (the session's own review: it had been told to write 产出指标 mid-group).
 */
export function missingLevel1Rows(table: TargetTable): ReadonlyMap<Indicator, Level1> {
  const found = new Map<Indicator, Level1>();
  const written = new Set<Level1>();
  for (const i of table.indicators) if (!i.level1Inherited && !i.level1Blank) addWritten(written, i);
  const list = table.indicators;
  const left = list.map(blankRowLevel1);
  for (let k = 0; k < list.length;) {
    const level1 = left[k];
    if (!level1) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < list.length && left[end + 1] === level1) end++;
    const next = list[end + 1];
    // The next row writes its own 一级, or another 一级 is left out there: the carried group has ended.
    const groupEnds = !next || (!next.level1Inherited && !next.level1Blank) || left[end + 1] !== undefined;
    if (groupEnds && !written.has(level1)) for (let r = k; r <= end; r++) found.set(list[r], level1);
    k = end + 1;
  }
  return found;
}

function addWritten(written: Set<Level1>, indicator: Indicator): void {
  const level1 = indicatorLevel1(indicator);
  if (level1) written.add(level1);
}
