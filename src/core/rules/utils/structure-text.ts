/**
 * Text left over from copying and templates: `指标1：` / `目标内容1：` prefixes,
 * stray brackets (`社会公众满意度】`), tabs with a note behind them, doubled
 * spaces. text-artifact removes them; indicator-duplicate compares names
 * without them.
 */
import { toHalfWidth } from "../../text/normalize";

export type ArtifactKind = "prefix" | "strayBracket" | "trailingNote" | "tab" | "doubleSpace" | "edgeSpace";

export interface Cleaned {
  text: string;
  /** What was removed, in the order the cleanups ran; empty when the text is clean. */
  kinds: ArtifactKind[];
}

const NAME_PREFIX = /^\s*指标\s*\d+\s*[:：]\s*/;
// Goals hold one target per line, each perhaps numbered (`6.目标内容1：…`); the number stays.
const GOAL_PREFIX = /(^|\n)([ \t]*(?:\d+[.、．]\s*)?)目标内容\s*\d+\s*[:：]?\s*/g;
const NOTE_WORDS = /得分|扣分|满分|分值|评分|注[:：]|备注|说明/;
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

const OPEN: Record<string, string> = { "（": "round", "(": "round", "【": "square", "[": "square", "［": "square", "〔": "square", "《": "book", "〈": "book", "「": "corner" };
const CLOSE: Record<string, string> = { "）": "round", ")": "round", "】": "square", "]": "square", "］": "square", "〕": "square", "》": "book", "〉": "book", "」": "corner" };

// `1）`, `二)` at the start of a line number a list; that bracket closes nothing on purpose.
const LIST_NUMBER = /(?:^|\n)[ \t]*[0-9一二三四五六七八九十]{1,3}[)）]/g;
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

/** Removes closing brackets that close nothing, and an opening bracket left dangling at the end. */
function dropStrayBrackets(text: string): string {
  const out = ANY_CLOSE.test(text) ? dropUnopened(text) : text;
  return out.length && OPEN[out[out.length - 1]] ? out.slice(0, -1) : out;
}

/** The text without the closing brackets that close nothing (list numbers kept); copies only around drops. */
function dropUnopened(text: string): string {
  const keep = listNumberClosers(text);
  const depth: Record<string, number> = {};
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const family = CLOSE[ch];
    if (!family) {
      if (OPEN[ch]) depth[OPEN[ch]] = (depth[OPEN[ch]] ?? 0) + 1;
      continue;
    }
    if (keep?.has(i)) continue;
    if (depth[family]) depth[family]--;
    else {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const TAB_GAP = /[ \t]*\t[ \t]*/g;
const DOUBLE_SPACE = /[ \u00a0\u3000]{2}/;
const DOUBLE_SPACES = /[ \u00a0\u3000]{2,}/g;

/** Tabs inside a cell: a scoring note pasted behind a tab goes; other tabs become a space (none between Chinese). */
function dropTabs(text: string): { text: string; kind?: ArtifactKind } {
  const at = text.indexOf("\t");
  if (at < 0) return { text };
  if (NOTE_WORDS.test(text.slice(at))) return { text: text.slice(0, at).trimEnd(), kind: "trailingNote" };
  return { text: joinGaps(text, TAB_GAP), kind: "tab" };
}

/** Replaces each gap by one space, or by nothing between two Chinese characters. */
function joinGaps(text: string, gap: RegExp): string {
  return text.replace(gap, (m, offset: number) => {
    const before = text[offset - 1] ?? "";
    const after = text[offset + m.length] ?? "";
    return CJK.test(before) && CJK.test(after) ? "" : " ";
  });
}

function step(current: Cleaned, next: string, kind: ArtifactKind | undefined): Cleaned {
  return next === current.text || !kind ? current : { text: next, kinds: [...current.kinds, kind] };
}

/** The prefix cleanup; the literal words are tested first because almost no cell holds them. */
function dropPrefix(text: string, goal: boolean): string {
  if (goal) return text.includes("目标内容") ? text.replace(GOAL_PREFIX, "$1$2") : text;
  // The text comes trimmed, so the name's prefix can only stand at its very start.
  return text.startsWith("指标") ? text.replace(NAME_PREFIX, "") : text;
}

// What any cleanup needs (besides edge spaces and the prefixes): a tab, a closing
// bracket, an opening one at the end, or two spaces. Most cells hold none.
const MAY_NEED_CLEANING = /[\t）)】\]］〕》〉」]|[ \u00a0\u3000]{2}|[（(【\[［〔《〈「]$/;

/** A text every cleanup would leave as it is, told by one scan. */
function alreadyClean(raw: string, goal: boolean): boolean {
  if (raw.trim() !== raw || MAY_NEED_CLEANING.test(raw)) return false;
  return goal ? !raw.includes("目标内容") : !raw.startsWith("指标");
}

/** The text without artifacts. `goal` selects the goal's line prefixes instead of the name's. */
export function cleanArtifacts(raw: string, goal = false): Cleaned {
  if (alreadyClean(raw, goal)) return { text: raw, kinds: [] };
  let c: Cleaned = step({ text: raw, kinds: [] }, raw.trim(), "edgeSpace");
  c = step(c, dropPrefix(c.text, goal), "prefix");
  const tabs = dropTabs(c.text);
  c = step(c, tabs.text, tabs.kind);
  c = step(c, dropStrayBrackets(c.text), "strayBracket");
  if (DOUBLE_SPACE.test(c.text)) c = step(c, joinGaps(c.text, DOUBLE_SPACES), "doubleSpace");
  return step(c, c.text.trim(), "edgeSpace");
}

// A unit in brackets (`（%）`, `（个）`, `（万元）`) says how, not what, is measured.
const BRACKETED_UNIT = /[(（]\s*(?:[^()（）\s]{1,2}|[^()（）\s]{0,2}元(?:\/[^()（）\s]{1,2})?)\s*[)）]/g;

/** A 三级指标 in comparable form: no `指标1：` prefix, bracketed unit, spaces, brackets or case. */
export function comparableName(text: string): string {
  return toHalfWidth(text)
    .replace(NAME_PREFIX, "")
    .replace(BRACKETED_UNIT, "")
    .replace(/^\s*\d+\s*[.、]\s*/, "")
    .replace(/[\s\u00a0()[\]【】〔〕《》〈〉「」]+/g, "")
    .toLowerCase();
}
