/**
 * What an indicator's 三级指标 name implies about its value: a share bounded by
 * 100%, a growth rate, a count, or a money amount.
 */
import {
  GROWTH,
  SHARE,
  NOT_SHARE,
  COUNT,
  NOT_COUNT,
  SAVING,
  MONEY,
  NOT_MONEY,
  SATISFACTION,
  DISSATISFACTION,
  FLOOR_NAME,
  PER_UNIT_FLOOR_NAME,
  UPKEEP_NAME,
} from "../schema/name-words";
import { boundedMemo } from "../text/memo";
import { unitDimension } from "./units";
import type { Dimension } from "./types";
import { unitFromName } from "./patterns";
import { toHalfWidth } from "../text/normalize";

export type NameKind = "share" | "growth" | "count" | "other";

// Trailing `（%）`, `（个）`, `(含劳务外包)` groups and punctuation say nothing about the kind.
const TRAILING = /(?:[(（][^()（）]*[)）]|[\s:：;；,，。.、\]】*]+)+$/;

// `服务对象满意度指标` written as a name: the trailing 指标 hides the kind.
// Remembered: each indicator's name is asked about by several rules and the value parser.
const coreOf = boundedMemo((name: string) =>
  toHalfWidth(name)
    .replace(/[\s\u00a0]+/g, "")
    .replace(TRAILING, "")
    .replace(/指标$/, ""),
);

function core(name: string): string {
  return coreOf(String(name ?? ""));
}

/**
 * "share" (合格率, 占比, 满意度… bounded by 100%), "growth" (增长率, 增幅, 提升率:
 * may exceed 100%), "count" (数量, 次数, 场次, …数) or "other".
 */
export function nameKind(name: string): NameKind {
  const text = core(name);
  if (!text) return "other";
  if (GROWTH.test(text)) return "growth";
  if (SHARE.test(text) && !NOT_SHARE.test(text)) return "share";
  if (COUNT.test(text) && !NOT_COUNT.test(text)) return "count";
  return "other";
}

/**
 * Whether a name is a satisfaction level (群众满意度, 满意率), whatever its 一级: the last words of a name say
 * what it measures, so `满意度调查覆盖率` is a coverage rate and `满意度调查人数` a count.
 */
export function isSatisfactionName(name: string): boolean {
  const text = core(name);
  return SATISFACTION.test(text) && !DISSATISFACTION.test(text);
}

/** A saving, as a rate or an amount (节支率, 节约率, 政府采购率, 资金节约额): more is better (exempt from operator-direction). */
export function isSavingName(name: string): boolean {
  return SAVING.test(core(name));
}

/**
 * Whether a name speaks of money (投资, 产值, 经费, 资金, 补贴, 成本…), so that a bare
 * `万`/`亿` after its value means 万元/亿元. Names of a time, count or rate about
 * money (`资金拨付时间`, `补助申报车辆数`) do not.
 */
export function isMoneyName(name: string): boolean {
  return moneyName(String(name ?? ""));
}

// Remembered: the value parser, the spelling check and several rules ask it of each name.
const moneyName = boundedMemo((name: string): boolean => {
  const text = core(name);
  return MONEY.test(text) && !NOT_MONEY.test(text) && !countedInBrackets(name);
});

/** A name that states its unit, other than money, in brackets (`补贴农机具数量（台）`, `补贴面积（亩）`). */
function countedInBrackets(name: string): boolean {
  const unit = unitFromName(name);
  if (!unit) return false;
  const dimension = unitDimension(unit);
  return dimension !== "money" && dimension !== "moneyPerUnit" && dimension !== "percent";
}

/**
 * Whether a cost's name makes `≥` right for this amount: a floor by its name (`地方配套资金`, `城市低保标准`), or a
 * floor per head, pupil or 亩 given per a thing (`营养膳食补助 ≥5元/生·天`, not the programme's `≥900万元`).
 */
export function isFloorCost(name: string, q: { dimension: Dimension; unitStandard: string }): boolean {
  if (FLOOR_NAME.test(name)) return true;
  // 万元 a year or a month (`营养膳食补助资金 ≥900万元/年`) is the programme's yearly total; `1200元/月` is per child.
  // Plain 元 under a name that says per head (`人均基本公共卫生服务经费 ≥94元`) is per head too; 万元 stays a total.
  const perThing =
    q.dimension === "moneyPerUnit"
      ? !TOTAL_PER_TIME.test(q.unitStandard)
      : q.dimension === "money" && q.unitStandard === "元" && /[人生户]均/.test(name);
  if (perThing && UPKEEP_NAME.test(name) && PER_KM.test(q.unitStandard)) return true;
  return perThing && PER_UNIT_FLOOR_NAME.test(name);
}

const PER_KM = /\/(?:公里|千米|km)/i;

const TOTAL_PER_TIME = /^[万亿]元\/(?:年|月|日|天|季度?|周)$/;
