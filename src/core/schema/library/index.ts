/**
 * The indicator library (指标库) and its lookups: entries by project type and
 * 二级指标, and a guess of a project's type from its 项目名称.
 */
import { normalizeTerm } from "../vocabulary";
import { level2Parents, type Level2 } from "../vocabulary";
import { EVENT_ROWS } from "./entries-events";
import { GOODS_ROWS } from "./entries-goods";
import { WORK_ROWS } from "./entries-work";
import { PROJECT_TYPES, type EntryRow, type LibraryEntry, type ProjectType } from "./types";

export * from "./types";

/** The value with its number blank (`≥__%`) or filled (`≥95%`): ＝ writes no sign, 定性 the phrase alone. */
function libraryValue(comparator: LibraryEntry["comparator"], number: string, unit: string): string {
  if (comparator === "定性") return number;
  return (comparator === "＝" ? "" : comparator) + number + unit;
}

function skeleton(comparator: LibraryEntry["comparator"], example: string, unit: string): string {
  if (comparator === "定性") return "__";
  // A date keeps its shape so the officer types two numbers: ≤__月__日.
  const blank = /^\d+月\d+日$/.test(example) ? "__月__日" : "__";
  return libraryValue(comparator, blank, unit);
}

function toEntry(type: ProjectType, [level2, name, comparator, unit, example, basis, source]: EntryRow): LibraryEntry {
  const [level1] = level2Parents(level2);
  return {
    type,
    level1,
    level2,
    name,
    comparator,
    unit,
    basis,
    form: skeleton(comparator, example, unit),
    example: libraryValue(comparator, example, unit),
    source,
  };
}

const ROWS = { ...GOODS_ROWS, ...EVENT_ROWS, ...WORK_ROWS };

/** Every entry, in project-type order. */
export const LIBRARY: readonly LibraryEntry[] = Object.freeze(
  PROJECT_TYPES.flatMap((type) => (ROWS[type] ?? []).map((row) => Object.freeze(toEntry(type, row)))),
);

/**
 * Entries to offer for a project type and (optionally) a 二级指标: that type's
 * first, then 通用's. Without a type, every type's entries of that 二级.
 */
export function libraryEntries(type: ProjectType | undefined, level2?: Level2): LibraryEntry[] {
  const fits = (e: LibraryEntry) => level2 === undefined || e.level2 === level2;
  if (!type) return LIBRARY.filter(fits);
  const own = LIBRARY.filter((e) => e.type === type && fits(e));
  return type === "通用" ? own : [...own, ...LIBRARY.filter((e) => e.type === "通用" && fits(e))];
}

/**
 * Words in a 项目名称 that tell its type. The word written last wins, as a Chinese name ends with what the project is
 * (`老城区企业搬迁改造奖励资金` is a 奖励, `工业和信息化培训经费` a 培训: a department's or a sector's words ride in front);
 * at one place, the earlier type in this list.
 */
const TYPE_WORDS: readonly (readonly [ProjectType, readonly string[]])[] = [
  ["储备", ["储备"]],
  ["培训", ["培训", "课堂", "研修", "轮训"]],
  ["会议", ["会议", "年会", "论坛", "座谈", "大会", "博览会", "交易会", "展览会"]],
  ["工程建设", ["工程", "建设", "改造", "修缮", "维修", "新建", "扩建", "道路", "绿化"]],
  ["补助/奖励", ["补助", "补贴", "奖励", "奖补", "扶持", "资助", "津贴", "贴息"]],
  ["信息化建设与运维", ["信息化", "信息系统", "系统", "平台", "运维", "网络", "软件", "数据", "数字"]],
  ["课题/编纂", ["课题", "研究", "编纂", "编制", "规划", "志", "咨询", "调研", "评估"]],
  ["宣传", ["宣传", "推广", "展览", "展会", "宣讲"]],
  ["购置", ["购置", "采购", "购买", "设备", "车辆"]],
];

/** The project type a 项目名称 suggests, or undefined when no word tells (the pane then offers 通用). */
export function guessProjectType(projectName: string | undefined): ProjectType | undefined {
  const name = normalizeTerm(projectName ?? "");
  if (!name) return undefined;
  let best: { type: ProjectType; end: number } | undefined;
  for (const [type, words] of TYPE_WORDS)
    for (const w of words) {
      const at = name.lastIndexOf(w);
      if (at >= 0 && (!best || at + w.length > best.end)) best = { type, end: at + w.length };
    }
  return best?.type;
}

/** The entry of that 三级 name (first type wins), for rules that ask what unit a name usually takes. */
export function libraryEntryNamed(name: string): LibraryEntry | undefined {
  const key = normalizeTerm(name);
  return LIBRARY.find((e) => e.name === key);
}
