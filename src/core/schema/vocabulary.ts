/**
 * The vocabulary of 一级指标 and 二级指标 (spec §3) as data, with lookups that
 * tolerate how officers really write them: spaces, full-width forms, the compact
 * layout's code prefixes (`1-产出指标`), the short forms without 指标
 * (`经济效益`) and the old names (效果指标, 环境效益指标).
 */
import { boundedMemo } from "../text/memo";
import { INVISIBLE_CHARS, toHalfWidth, withoutOtherScripts } from "../text/normalize";

export type Level1 = "成本指标" | "产出指标" | "效益指标" | "满意度指标";

export type Level2 =
  | "经济成本指标"
  | "社会成本指标"
  | "生态环境成本指标"
  | "数量指标"
  | "质量指标"
  | "时效指标"
  | "成本指标"
  | "经济效益指标"
  | "社会效益指标"
  | "生态效益指标"
  | "可持续影响指标"
  | "服务对象满意度指标";

export const LEVEL1: readonly Level1[] = ["成本指标", "产出指标", "效益指标", "满意度指标"];

/**
 * Which 二级指标 belong to which 一级指标. 成本指标 under 产出指标 is the old
 * scheme (the compact layout's code 14) and is listed apart in OLD_SCHEME.
 */
export const LEVEL2_BY_LEVEL1: Readonly<Record<Level1, readonly Level2[]>> = {
  成本指标: ["经济成本指标", "社会成本指标", "生态环境成本指标"],
  产出指标: ["数量指标", "质量指标", "时效指标"],
  效益指标: ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"],
  满意度指标: ["服务对象满意度指标"],
};

/**
 * Older schemes (spec §7): before 2021 成本指标 was a 二级 under 产出指标, and
 * older forms put satisfaction under 效益指标. Info, not error.
 */
const OLD_SCHEME: readonly [Level1, Level2][] = [
  ["产出指标", "成本指标"],
  ["效益指标", "服务对象满意度指标"],
];

/** Old and regional names still seen in tables (四川's 项目完成指标 …), to their current name. */
const LEVEL1_OLD: Readonly<Record<string, Level1>> = {
  效果指标: "效益指标",
  项目完成指标: "产出指标",
  项目效益指标: "效益指标",
  // 东莞's 2019–2020 批复表 (spec §7 names it among older schemes' words): 预期产出指标 | 数量指标 …, 效果指标 | ….
  预期产出指标: "产出指标",
  // 效果 is the old name of 效益 in this form too (`项目产出 | 项目效果`: a review of published tables).
  项目效果指标: "效益指标",
  项目产出指标: "产出指标",
  项目成本指标: "成本指标",
  项目满意度指标: "满意度指标",
  社会公众或服务对象满意度指标: "满意度指标",
  社会公众满意度指标: "满意度指标",
  // 上海's 项目绩效目标 framework: 产出 / 效果 / 影响力 (fourteenth session); 影响力 is the 效益 that lasts.
  影响力指标: "效益指标",
  // Its 二级 for lasting management may stand as a 一级 of its own (松江's 自评表): the same lasting 效益.
  长效管理指标: "效益指标",
};
const LEVEL2_OLD: Readonly<Record<string, Level2>> = {
  环境效益指标: "生态效益指标",
  环境成本指标: "生态环境成本指标",
  // Near-standard words of other templates (fifth session): one standard word each.
  生态环境效益指标: "生态效益指标",
  时效性指标: "时效指标",
  生态成本指标: "生态环境成本指标",
  可持续发展指标: "可持续影响指标",
  受益对象满意度指标: "服务对象满意度指标",
  使用者满意度指标: "服务对象满意度指标",
  社会公众或服务对象满意度指标: "服务对象满意度指标",
  社会公众满意度指标: "服务对象满意度指标",
  // Older templates name the 产出 二级 after their 一级 (`产出数量`, `产出质量`, `产出时效`).
  // The old scheme's satisfaction under 效益 (四川 `项目效益指标 | 满意度指标`).
  满意度指标: "服务对象满意度指标",
  产出数量指标: "数量指标",
  产出质量指标: "质量指标",
  产出时效指标: "时效指标",
  产出成本指标: "成本指标",
  // Satisfaction named after who is served (eleventh session: 江苏, 辽宁 county forms).
  受益群众满意度指标: "服务对象满意度指标",
  受益人满意度指标: "服务对象满意度指标",
  使用人员满意度指标: "服务对象满意度指标",
  群众满意度指标: "服务对象满意度指标",
  用户满意度指标: "服务对象满意度指标",
  // Twelfth session (云南, 重庆 county forms): the public without 社会. (`服务满意度` is a 部门整体 framework's 一级.)
  公众满意度指标: "服务对象满意度指标",
  // 上海's 影响力 二级: what the project leaves behind.
  长效管理指标: "可持续影响指标",
  人力资源指标: "可持续影响指标",
  硬件条件指标: "可持续影响指标",
  信息共享指标: "可持续影响指标",
};

/**
 * Old names by their form: satisfaction named after whoever is served (`患者满意度指标`, `学生满意度指标`, `游客…`;
 * fifteenth session: 卫健, 教育 and 文旅 tables), written with 指标 so that a 三级's `患者满意度` stays a name.
 */
const LEVEL2_OLD_FORMS: readonly (readonly [RegExp, Level2])[] = [
  [
    // Whom a project serves, not whom it answers to (`上级满意度指标`, `部门…`, `领导…`: the reviews' cases stay
    // errors); 受助对象, 脱贫户, 参观者, 参训人员 and their like name people served, but not any `…对象`, `…者` or
    // `…人员` (`考核对象`, `管理者`, `工作人员`: the third review).
    new RegExp(
      String.raw`^[\u4e00-\u9fff]{0,4}(?:患者|病人|就诊者|孕产妇|学生|考生|家长|师生|教师|学员|游客|旅客|乘客|观众|受众|企业|商户|参展商|业主|经营户|合作社|(?:经营|市场)主体|用人单位|农民|村民|居民|市民|群众|公众|职工|读者|老人|老年人|儿童|残疾人|退役军人|运动员|志愿者|访客|消费者|纳税人|用户|(?:受助|救助|帮扶|低保|监测|培训|受益|服务|资助|安置)对象|受益人群|(?:受益|脱贫|困难|养殖|种植|农|住|商|经营)户|(?:参观|参赛|就诊|使用|受检|参保|务工)者|(?:参训|受训|受助|受益|参保|务工|就业|帮扶|救助)人员?|社会|群体)满意度指标$`,
    ),
    "服务对象满意度指标",
  ],
  // 进度 (progress) for 时效 (a 湖北 county's 2020 自评表), written with 指标: a bare `进度` may caption a schedule.
  [/^进度指标$/, "时效指标"],
];

/** A term found by a lookup. */
export interface TermMatch<T extends string> {
  canonical: T;
  /** Written with an old name (效果指标): the rule adds an info note. */
  oldName: boolean;
  /** The normalized text is exactly the canonical term (no short form, no old name). */
  exact: boolean;
  /**
   * Written with 目标 for 指标 (`产出目标`): a level where a 一级/二级 column holds it, but in a head block a goal's
   * label (`产出目标 | 完成12个小区改造。`): the locator does not take it for a level (fourteenth session's review).
   */
  goalWord: boolean;
}

// `1-`, `11-`, `1、`, `1.`, `1.1` code or list prefixes; `（一）`/`一、`, `（1）`, `1）`, `①`, `A.` numbering; a bare
// `11` (spaces are gone by then: `11 数量指标`).
const CODE_PREFIX =
  /^(?:\d{1,2}(?:\.\d{1,2})?\s*[-－—–、.．:：)）]?|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]+[)）、.．]|[①-⑳]|[A-Za-z][.．、])\s*/;
const EDGE_PUNCT = /^[\s:：;；,，。.、[\]【】()（）"“”'‘’]+|[\s:：;；,，。.、[\]【】()（）"“”'‘’*＊]+$/g;
// White space and characters nobody sees (`经济­成本指标` with Word's soft hyphen).
const SPACES = new RegExp(`[\\s\\u00a0\\u3000${INVISIBLE_CHARS}]+`, "g");
// A note after the term: `产出指标(50分)`, `成本指标(0-20)分`, `时效指标(工期指标)`, `数量指标 (必填硬性指标)`.
// A bare score after the word (`效益指标 30分`, spaces gone by then) is one too.
// A weight after the word (`产出指标 40%`, `产出指标40`) and a required-mark before or after it (`★产出指标`, `※数量指标`,
// `数量指标★`: county templates) are notes too. So is a score that lost one of its brackets in conversion (`效益指标\n30分)`,
// `产出指标(50`): a review found it a level1-unknown error where `产出指标\n(50)` beside it was accepted.
// A trailing 等 is the template's own "such as" (`服务对象满意度指标等`): the word is the vocabulary's.
const NOTE = /[(（[【][^)）\]】]*[)）\]】]分?$|(?<=指标)[(（]?\d{1,3}(?:\.\d)?[分%]?[)）]?$|(?<=指标)等$/;
const MARKS = /^[★☆※▲△●◆■*＊]+|[★☆※▲△●◆■]+$/g;
// Another wording offered in brackets inside the term (`预算(或投资规模)控制指标`): a note, wherever it stands.
const OR_NOTE = /[(（]或[^)）]*[)）]/g;

/**
 * The comparable form of a 一级/二级指标 cell: half-width, no spaces, code
 * prefix and edge punctuation removed. Code prefixes are stripped (not
 * rejected) because the compact layout always writes them; whether a code
 * agrees with its label is code-label-mismatch's business.
 */
export function normalizeTerm(text: string): string {
  let flat = toHalfWidth(withoutOtherScripts(String(text ?? "")))
    .replace(SPACES, "")
    .replace(MARKS, "")
    .replace(OR_NOTE, "");
  for (let i = 0; i < 2 && NOTE.test(flat) && flat.replace(NOTE, "") !== ""; i++) flat = flat.replace(NOTE, "");
  return flat.replace(CODE_PREFIX, "").replace(EDGE_PUNCT, "");
}

function withSuffix(term: string): string {
  return term.endsWith("指标") ? term : term + "指标";
}

/**
 * A lookup over one vocabulary, remembered by the text as written (a table
 * repeats the same few labels on every row, and every rule asks again).
 * Matches are frozen: they are shared.
 */
function memoLookup<T extends string>(
  all: readonly T[],
  old: Readonly<Record<string, T>>,
  forms: readonly (readonly [RegExp, T])[] = [],
): (text: string) => TermMatch<T> | undefined {
  // Level cells and every text the locator asks about: a big sheet holds more than the default bound's.
  const remembered = boundedMemo((text: string) => lookup(text, all, old, forms), 20000);
  return (text) => remembered(String(text ?? ""));
}

function lookup<T extends string>(
  text: string,
  all: readonly T[],
  old: Readonly<Record<string, T>>,
  forms: readonly (readonly [RegExp, T])[],
): TermMatch<T> | undefined {
  const term = normalizeTerm(text);
  if (!term) return undefined;
  // `产出目标`, `数量目标` (上海's 项目绩效目标 and others): the term with 目标 for 指标, an old name.
  const goalWord = term.length > 2 && term.endsWith("目标");
  const full = withSuffix(goalWord ? term.slice(0, -2) : term);
  if ((all as readonly string[]).includes(full)) {
    return Object.freeze({ canonical: full as T, oldName: goalWord, exact: term === full, goalWord });
  }
  const renamed = old[full] ?? forms.find(([form]) => form.test(term))?.[1] ?? valueWord(term, all);
  return renamed ? Object.freeze({ canonical: renamed, oldName: true, exact: false, goalWord }) : undefined;
}

/**
 * A region's words for the level names: 值 in 指标's place (`产出值`, `数量值`, `可持续影响值`: a county's 2025 申报表,
 * 山东), a regional name like 四川's. Only a current word so written, and never 值 after 指标 (`产出指标值` may head a
 * value column).
 */
function valueWord<T extends string>(term: string, all: readonly T[]): T | undefined {
  if (term.length < 3 || !term.endsWith("值") || term.endsWith("指标值")) return undefined;
  const full = term.slice(0, -1) + "指标";
  return (all as readonly string[]).includes(full) ? (full as T) : undefined;
}

const ALL_LEVEL2: readonly Level2[] = [
  ...new Set([...Object.values(LEVEL2_BY_LEVEL1).flat(), ...OLD_SCHEME.map(([, l2]) => l2)]),
];

/** The 一级指标 a cell names, with how it was written; undefined when unknown. */
export const lookupLevel1: (text: string) => TermMatch<Level1> | undefined = memoLookup(LEVEL1, LEVEL1_OLD);

/** The 一级指标 a cell names (`效果指标` → 效益指标, `1-产出指标` → 产出指标), or undefined. */
export function canonicalLevel1(text: string): Level1 | undefined {
  return lookupLevel1(text)?.canonical;
}

/** The 二级指标 a cell names, with how it was written; undefined when unknown. */
export const lookupLevel2: (text: string) => TermMatch<Level2> | undefined = memoLookup(
  ALL_LEVEL2,
  LEVEL2_OLD,
  LEVEL2_OLD_FORMS,
);

/** The 二级指标 a cell names (`经济效益` → 经济效益指标, `环境效益指标` → 生态效益指标), or undefined. */
export function canonicalLevel2(text: string): Level2 | undefined {
  return lookupLevel2(text)?.canonical;
}

export type Belonging = "yes" | "old-scheme" | "no" | "unknown";

/**
 * Whether a 二级指标 belongs to a 一级指标. "unknown" when either term is not in
 * the vocabulary (level1-unknown reports that, not level2-mismatch);
 * "old-scheme" for 成本指标 under 产出指标 (info, not error).
 */
export function level2BelongsTo(level1: string, level2: string): Belonging {
  const l1 = canonicalLevel1(level1);
  const l2 = canonicalLevel2(level2);
  if (!l1 || !l2) return "unknown";
  if (LEVEL2_BY_LEVEL1[l1].includes(l2)) return "yes";
  if (OLD_SCHEME.some(([o1, o2]) => o1 === l1 && o2 === l2)) return "old-scheme";
  return "no";
}

// The word that gives a 一级指标 away; 效果 is the old name of 效益.
const LEVEL1_STEMS: readonly [RegExp, Level1][] = [
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
  const hits = LEVEL1_STEMS.filter(([stem]) => stem.test(flat)).map(([, level1]) => level1);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The 一级指标 a 二级指标 belongs to (成本指标 belongs to 产出指标 in the old scheme). */
export function level2Parents(level2: string): Level1[] {
  const l2 = canonicalLevel2(level2);
  if (!l2) return [];
  const old = OLD_SCHEME.filter(([, o]) => o === l2).map(([l1]) => l1);
  return [...currentParents(l2), ...old];
}

/** The 一级指标 a 二级指标 belongs to in the current scheme only. */
export function currentParents(level2: Level2): Level1[] {
  return LEVEL1.filter((l1) => LEVEL2_BY_LEVEL1[l1].includes(level2));
}

/**
 * Older schemes' 二级 of their own (spec §7), by the 一级 they stand under there: 东莞's 2019–2020 批复表 puts budget
 * control under 预期产出指标 (`预算(或投资规模)控制指标`) where the old scheme had 成本. No current 二级 stands for them.
 */
const OLDER_LEVEL2_WORDS: Readonly<Record<string, Level1>> = {
  预算控制指标: "产出指标",
  投资规模控制指标: "产出指标",
  预算及投资规模控制指标: "产出指标",
};

/** The kinds of 效益 an older scheme names in one 二级 (`社会、经济、生态效益指标`, 东莞 2019–2020), each a current 二级. */
const BENEFIT_KINDS: Readonly<Record<string, Level2>> = {
  经济: "经济效益指标",
  社会: "社会效益指标",
  生态: "生态效益指标",
  环境: "生态效益指标",
  生态环境: "生态效益指标",
};
const KIND = Object.keys(BENEFIT_KINDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const SEVERAL_BENEFITS = new RegExp(`^((?:${KIND})(?:[、,，/和及与](?:${KIND}))+)效益(?:指标)?$`);

/** An older scheme's 二级: the 一级 it stands under, and the current 二级 it stands for (none for a word of its own). */
export interface OlderLevel2 {
  level1: Level1;
  now: readonly Level2[];
}

/**
 * An older scheme's 二级 (`社会、经济、生态效益指标` → 效益指标's 社会/经济/生态效益指标; `预算(或投资规模)控制指标` → a word
 * of 产出's in that scheme), or undefined.
 */
export function olderLevel2(text: string): OlderLevel2 | undefined {
  const term = normalizeTerm(text);
  const own = OLDER_LEVEL2_WORDS[withSuffix(term)];
  if (own) return { level1: own, now: [] };
  const kinds = SEVERAL_BENEFITS.exec(term)?.[1].split(/[、,，/和及与]/);
  if (!kinds) return undefined;
  const now = [...new Set(kinds.map((kind) => BENEFIT_KINDS[kind]))];
  return now.length > 1 ? { level1: "效益指标", now } : undefined;
}

/** A 一级 word as the locator reads one: not a goal's label written with 目标 (`产出目标`, `质量目标`). */
export function isLevel1Word(text: string): boolean {
  const match = lookupLevel1(text);
  return match !== undefined && !match.goalWord;
}

/** A 二级 word as the locator reads one (see isLevel1Word). */
export function isLevel2Word(text: string): boolean {
  const match = lookupLevel2(text);
  return match !== undefined && !match.goalWord;
}

/** A 一级 or 二级 word as the locator reads one (see isLevel1Word). */
export function isLevelWord(text: string): boolean {
  return isLevel1Word(text) || isLevel2Word(text);
}
