/**
 * text-artifact's engine: the text of a cell without what copying and templates
 * left in it — `指标1：` / `目标内容1：` prefixes (words in schema/artifact-words.ts),
 * stray brackets (`社会公众满意度】`), tabs with a note behind them, doubled
 * spaces. basis-type reads a basis through it too.
 */
import { CONTENT_TAIL, GOAL_PREFIX, NAME_PREFIX, NOTE_WORDS } from "../schema/artifact-words";
import { IME_BRACKET, IME_COMPARATOR } from "../value/patterns";
import { INVISIBLE_CHARS, visibleText } from "../text/normalize";

export type ArtifactKind =
  "prefix" | "strayBracket" | "trailingNote" | "tab" | "strayQuote" | "doubleSpace" | "edgeSpace" | "invisible";

export interface Cleaned {
  /** The text after the certain cleanups. */
  text: string;
  /** What was removed, in the order the cleanups ran; empty when the text is clean. */
  kinds: ArtifactKind[];
  /** The first template prefix removed, as written (`目标内容1`, `指标1：`), and how many were removed. */
  prefix?: string;
  prefixCount?: number;
  /**
   * Brackets that do not pair up where the stray one cannot be told for certain
   * (`…44号）、…11号）`: the first `）` may be the misplaced one): whole texts to
   * choose from, likeliest first, each with the certain cleanups applied too.
   */
  bracketChoices?: string[];
}

const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

const OPEN: Record<string, string> = {
  "（": "round",
  "(": "round",
  "【": "square",
  "[": "square",
  "［": "square",
  "〔": "square",
  "《": "book",
  "〈": "book",
  "「": "corner",
};
const CLOSE: Record<string, string> = {
  "）": "round",
  ")": "round",
  "】": "square",
  "]": "square",
  "］": "square",
  "〕": "square",
  "》": "book",
  "〉": "book",
  "」": "corner",
};

// `1）`, `二)`, `a)` at the start of a line, or after a separator or a space (`1）完成培训；2）开展宣传`, `1)… 2)…`),
// number a list; that bracket closes nothing on purpose.
const LIST_NUMBER = /(?:^|\n|[；;。，,：:、 \u3000])[ \t]*(?:[0-9一二三四五六七八九十]{1,3}|[a-zA-Z])[)）]/g;
// Most cells hold no closing bracket at all: they skip the bracket walk.
const ANY_CLOSE = /[）)】\]］〕》〉」]/;
const ROUND_CLOSE = /[)）]/;

function listNumberClosers(text: string): Set<number> | undefined {
  if (!ROUND_CLOSE.test(text)) return undefined;
  const keep = new Set<number>();
  LIST_NUMBER.lastIndex = 0;
  for (let m = LIST_NUMBER.exec(text); m; m = LIST_NUMBER.exec(text)) keep.add(m.index + m[0].length - 1);
  return keep;
}

/** `》=30公里`, `〉95%`: book brackets typed for a comparator (unit-nonstandard respells them), no brackets. */
function comparatorBrackets(text: string): Set<number> | undefined {
  if (!IME_BRACKET.test(text)) return undefined;
  const skip = new Set<number>();
  for (const m of text.matchAll(IME_COMPARATOR)) skip.add(m.index!);
  return skip;
}

interface Brackets {
  /** The text without the brackets that are certainly stray. */
  certain: string;
  /** Texts to choose from when a stray bracket sits inside the text (see Cleaned.bracketChoices). */
  choices?: string[];
}

const EDGE_ONLY = /^[\s]*$/;

/**
 * Closing brackets that close nothing, and an opening bracket left dangling at
 * the end. Certain only for a stray bracket at the very start or end of a text
 * holding no other bracket of its kind (`社会公众满意度】`); any other is a choice
 * between dropping it and dropping the closer that ended its pair too early.
 */
function strayBrackets(text: string): Brackets {
  const drop = new Set<number>();
  const unsure: { at: number; pairEnd?: number }[] = [];
  if (ANY_CLOSE.test(text)) {
    const keep = listNumberClosers(text);
    const comparators = comparatorBrackets(text);
    const depth: Record<string, number> = {};
    const seen: Record<string, number> = {};
    const lastCloser: Record<string, number> = {};
    const stray: { at: number; family: string; pairEnd?: number }[] = [];
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const family = CLOSE[ch];
      if (comparators?.has(i)) continue;
      if (!family) {
        if (OPEN[ch]) {
          depth[OPEN[ch]] = (depth[OPEN[ch]] ?? 0) + 1;
          seen[OPEN[ch]] = (seen[OPEN[ch]] ?? 0) + 1;
        }
        continue;
      }
      if (keep?.has(i)) continue;
      seen[family] = (seen[family] ?? 0) + 1;
      if (depth[family]) {
        depth[family]--;
        lastCloser[family] = i;
      } else stray.push({ at: i, family, pairEnd: lastCloser[family] });
    }
    for (const s of stray) {
      const atEdge = EDGE_ONLY.test(text.slice(0, s.at)) || EDGE_ONLY.test(text.slice(s.at + 1));
      if (atEdge && seen[s.family] === 1) drop.add(s.at);
      else unsure.push(s);
    }
  }
  const certainText = without(text, drop);
  const end = certainText.length - 1;
  const dangling = end >= 0 && OPEN[certainText[end]] !== undefined;
  const certain = dangling ? certainText.slice(0, -1) : certainText;
  if (!unsure.length) return { certain };
  const choices: string[] = [];
  const all = new Set([...drop, ...unsure.map((u) => u.at)]);
  // One stray closer after a closed pair: more likely the pair's own closer came too early.
  if (unsure.length === 1 && unsure[0].pairEnd !== undefined)
    choices.push(without(text, new Set([...drop, unsure[0].pairEnd])));
  choices.push(without(text, all));
  return { certain, choices: dangling ? choices.map((c) => (OPEN[c[c.length - 1]] ? c.slice(0, -1) : c)) : choices };
}

function without(text: string, drop: Set<number>): string {
  if (!drop.size) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

const TAB_GAP = /[ \t]*\t[ \t]*/g;
const DOUBLE_SPACE = /[ \u00a0\u3000]{2}/;
const DOUBLE_SPACES = /[ \u00a0\u3000]{2,}/g;

/**
 * Tabs inside a cell: a scoring note pasted behind a tab goes; other tabs become a space (none next to a line break
 * or at the edge; between Chinese words none in a name, one in prose: a goal's items, a basis's type and document).
 */
function dropTabs(text: string, prose: boolean, keepNote = false): { text: string; kind?: ArtifactKind } {
  const at = text.indexOf("\t");
  if (at < 0) return { text };
  const tail = text.slice(at + 1);
  // `keepNote`: the cleanup a fix may make with certainty, the note kept (its removal is only offered).
  if (!keepNote && !CONTENT_TAIL.test(tail) && NOTE_WORDS.test(tail))
    return { text: text.slice(0, at).trimEnd(), kind: "trailingNote" };
  return { text: joinGaps(text, TAB_GAP, prose ? " " : ""), kind: "tab" };
}

const LINE_EDGE = /^[\r\n]?$/;

/**
 * Replaces each gap by one space, or by `betweenChinese` between two Chinese characters (nothing: `产出  指标` is
 * one word), and by nothing next to a line break or at the text's edge.
 */
function joinGaps(text: string, gap: RegExp, betweenChinese = ""): string {
  return text.replace(gap, (m, offset: number) => {
    const before = text[offset - 1] ?? "";
    const after = text[offset + m.length] ?? "";
    if (LINE_EDGE.test(before) || LINE_EDGE.test(after)) return "";
    return CJK.test(before) && CJK.test(after) ? betweenChinese : " ";
  });
}

// A line holding only a quotation mark, first or last in the cell: left by copying a multi-line cell out of Excel.
const QUOTE_LINE = /^[ \u00a0\u3000]*["＂][ \u00a0\u3000]*\r?\n|\r?\n[ \u00a0\u3000]*["＂][ \u00a0\u3000]*$/g;

function dropQuoteLines(text: string): string {
  return text.includes('"') || text.includes("＂") ? text.replace(QUOTE_LINE, "") : text;
}

function step(current: Cleaned, next: string, kind: ArtifactKind | undefined): Cleaned {
  return next === current.text || !kind ? current : { ...current, text: next, kinds: [...current.kinds, kind] };
}

/** The prefix cleanup; the literal words are tested first because almost no cell holds them. */
function dropPrefix(current: Cleaned, goal: boolean): Cleaned {
  const text = current.text;
  let first: string | undefined;
  let count = 0;
  const found = (whole: string, kept: string) => {
    count++;
    first ??= whole.slice(kept.length).trim();
  };
  let next = text;
  if (goal) {
    if (text.includes("目标内容"))
      next = text.replace(GOAL_PREFIX, (m, a: string, b: string) => {
        found(m, a + b);
        return a + b;
      });
  } else if (text.startsWith("指标")) {
    // The text comes trimmed of spaces, so the name's prefix can only stand at its very start.
    next = text.replace(NAME_PREFIX, (m) => {
      found(m, "");
      return "";
    });
  }
  const c = step(current, next, "prefix");
  return c === current ? c : { ...c, prefix: first, prefixCount: count };
}

// Edge whitespace is spaces and line breaks only: a tab at the edge is an artifact of its own.
const EDGE_SPACE = /^[ \u00a0\u3000\r\n]+|[ \u00a0\u3000\r\n]+$/g;
const EDGE_TEST = /^\s|\s$/;

function trimSpaces(text: string): string {
  return EDGE_TEST.test(text) ? text.replace(EDGE_SPACE, "") : text;
}

// What any cleanup needs (besides edge spaces and the prefixes): a tab, a closing
// bracket, an opening one at the end, two spaces or a straight quote. Most cells hold none.
const MAY_NEED_CLEANING = new RegExp(
  `[\\t）)】\\]］〕》〉」"＂${INVISIBLE_CHARS}]|[ \\u00a0\\u3000]{2}|[（(【[［〔《〈「]$`,
);

/** A text every cleanup would leave as it is, told by one scan (most cells: then nothing is built). */
export function alreadyClean(raw: string, goal: boolean): boolean {
  if (raw.trim() !== raw || MAY_NEED_CLEANING.test(raw)) return false;
  return goal ? !raw.includes("目标内容") : !raw.startsWith("指标");
}

/**
 * Spaces after something on their line: a goal's paragraph indent (two ideographic spaces, U+3000, before `1.…` on
 * each line) is no artifact.
 */
const INNER_SPACES = /(?<=\S)[ \u00a0\u3000]{2,}/g;

/**
 * In a goal, spaces between Chinese words part its items (`…1.2万盏  目标2：…`): one space stays; and a line may open
 * with its paragraph's indent (two U+3000 spaces, as a 申报书 writes it).
 */
function dropDoubleSpaces(text: string, goal: boolean, prose: boolean): string {
  if (!DOUBLE_SPACE.test(text)) return text;
  return trimSpaces(goal ? joinGaps(text, INNER_SPACES, " ") : joinGaps(text, DOUBLE_SPACES, prose ? " " : ""));
}

/**
 * The text without artifacts. `goal` selects the goal's line prefixes instead of the name's; `prose` (a goal, a
 * basis) keeps a space where a tab or spaces part two Chinese words, which in a name are one word.
 */
export function cleanArtifacts(raw: string, goal = false, prose = goal): Cleaned {
  return alreadyClean(raw, goal) ? { text: raw, kinds: [] } : removeArtifacts(raw, goal, prose);
}

/** `cleanArtifacts` of a text `alreadyClean` has said is not clean (the rule asks that first, building nothing). */
export function removeArtifacts(raw: string, goal: boolean, prose = goal, keepNote = false): Cleaned {
  let c: Cleaned = step({ text: raw, kinds: [] }, visibleText(raw), "invisible");
  c = step(c, trimSpaces(c.text), "edgeSpace");
  c = dropPrefix(c, goal);
  const tabs = dropTabs(c.text, prose, keepNote);
  c = step(c, tabs.text, tabs.kind);
  c = step(c, trimSpaces(c.text), "edgeSpace");
  c = step(c, dropQuoteLines(c.text), "strayQuote");
  const brackets = strayBrackets(c.text);
  c = step(c, brackets.certain, "strayBracket");
  c = step(c, dropDoubleSpaces(c.text, goal, prose), "doubleSpace");
  c = step(c, trimSpaces(c.text), "edgeSpace");
  if (brackets.choices) {
    const choices = brackets.choices
      .map((t) => trimSpaces(dropDoubleSpaces(t, goal, prose)))
      .filter((t) => t !== c.text);
    if (choices.length) c = { ...c, bracketChoices: [...new Set(choices)] };
  }
  return c;
}
