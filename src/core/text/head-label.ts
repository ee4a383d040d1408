/**
 * Head labels as officers write them: `其中：本年财政拨款`, `1.中央资金`,
 * `年度资金总额:`, `预算数（万元）`, `资金情况(万元)`, and cells that pack a
 * label with its value (`年度资金总额:50万`, `总额10606.7522万元`,
 * `整体目标: 组织协调…`).
 */
import type { MoneyUnit } from "../model/table";
import { headLabelOf, HEAD_WORD_LIST, type HeadLabel } from "../schema/head-words";
import { labelForm, normalizeLabel } from "./normalize";

const PREFIX = /^(其中[:]?|[一二三四五六七八九十]+[、.]|\d{1,2}[、.](?!\d)|\(\d{1,2}\)|\([一二三四五六七八九十]+\))/;
const NOTE = /\([^()]*\)$/;
const MARKS_AROUND = /^[*※★☆▲△●◆■]+|(?<=[\u4e00-\u9fff)])(?:[*※★]+|[—－-]{1,2})$/g;
const MONEY = /^(元|万元|亿元)$/;

/** The bare form of a head label: "" for texts too long to be one. */
export function headLabelKey(text: string): string {
  const form = labelForm(text);
  return form && headLabelKeyOfForm(form);
}

/** The head label a cell's text names (`其中：本年财政拨款` → 财政资金's), or undefined. */
export function headLabelOfText(text: string): HeadLabel | undefined {
  return headLabelOf(headLabelKey(text));
}

/** `headLabelKey` of a text already in its label form (`labelForm`), for callers that hold it. */
export function headLabelKeyOfForm(form: string): string {
  // `※项目名称`, `【项目名称】`, `项目名称*`, `预算数——` (fifteenth session): marks around the label, no part of it.
  let key = form.replace(MARKS_AROUND, "");
  key = key.replace(/^\[([^[\]]+)\](?=\(|$)/, "$1");
  for (let i = 0; i < 3 && PREFIX.test(key); i++) key = key.replace(PREFIX, "");
  key = key.replace(/[:;,。.]+$/, "");
  for (let i = 0; i < 3 && NOTE.test(key) && key.replace(NOTE, "") !== ""; i++) key = key.replace(NOTE, "");
  return key.replace(/[:]+$/, "");
}

/** The money unit a label's brackets give (`预算数（万元）`, `资金情况(万元)`). */
export function labelMoneyUnit(text: string): MoneyUnit | undefined {
  return formMoneyUnit(normalizeLabel(text));
}

/** `labelMoneyUnit` of a text already in its label form. */
export function formMoneyUnit(form: string): MoneyUnit | undefined {
  if (!form.includes("(")) return undefined;
  const m = /\(([^()]*)\)/.exec(form);
  return m && MONEY.test(m[1]) ? (m[1] as MoneyUnit) : undefined;
}

/** The head words by their first character, longest first: a cell is tried only against words it can start with. */
const WORDS_BY_FIRST = new Map<string, string[]>();
for (const word of HEAD_WORD_LIST) {
  const list = WORDS_BY_FIRST.get(word[0]);
  if (list) list.push(word);
  else WORDS_BY_FIRST.set(word[0], [word]);
}

/**
 * A set's number and its score after the word (`年度绩效目标1(40分)`, a self-assessment's caption over each set of
 * indicators): the caption's own, no value packed after a label.
 */
const NUMBERED_SCORE = /^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[(（]\s*\d{1,3}(?:\.\d{1,2})?\s*分\s*[)）]\s*$/;

export interface InlineLabel {
  label: HeadLabel;
  /** Where the value starts in the cell's text. */
  start: number;
}

/**
 * A cell that packs a head label and its value: `label: value`, or a label
 * followed at once by an amount (`总额10606.7522万元`). Undefined otherwise.
 */
export function inlineLabel(text: string): InlineLabel | undefined {
  if (text.length < 3) return undefined;
  const colon = /[:：]/.exec(text);
  if (colon && colon.index > 0 && colon.index <= 24) {
    const label = headLabelOfText(text.slice(0, colon.index));
    const start = colon.index + 1;
    if (label && text.slice(start).trim() !== "") return { label, start };
  }
  const flat = text.replace(/^\s*(其中[:：]?)?/, "");
  const skipped = text.length - flat.length;
  for (const word of WORDS_BY_FIRST.get(flat[0]) ?? []) {
    if (!flat.startsWith(word)) continue;
    const rest = flat.slice(word.length);
    // The longest word first: after it a caption's own number and score, and no shorter word's value either.
    if (NUMBERED_SCORE.test(rest)) return undefined;
    if (!/^\s*[(（]?[^)）]{0,8}[)）]?\s*[0-9０-９]/.test(rest)) continue;
    const label = headLabelOf(word);
    // `其中:财政拨款:50万元`: the label's own colon is no part of its value.
    const colonAfter = /^\s*[:：]/.exec(rest)?.[0].length ?? 0;
    if (label) return { label, start: skipped + word.length + colonAfter };
  }
  return undefined;
}
