/**
 * The compact layout's packed 绩效指标 cell:
 * `1、1-产出指标；11-数量指标：name；实施周期指标值:3个；年度指标值:3个。2、…`
 * Officers vary the separators (`；` `：` `:` `。`), so each part is found by
 * its own marker and kept as a span of the cell text, for fixes to rewrite.
 */

export interface Span {
  start: number;
  end: number;
}

export interface PackedItem {
  level1Code?: Span;
  level1?: Span;
  level2Code?: Span;
  level2?: Span;
  name?: Span;
  periodValue?: Span;
  annualValue?: Span;
}

const SEP = "；;：:。，,";
const TRIM = " \t\r\n\u00a0\u3000";

/** Shrinks a span past white space (and, at its end, past separators). */
function trimSpan(text: string, start: number, end: number, tail = TRIM): Span {
  while (start < end && TRIM.includes(text[start])) start++;
  while (end > start && tail.includes(text[end - 1])) end--;
  return { start, end };
}

/**
 * Item numbers: `N、`, or `N.` before a coded word or a word (`1.1-产出指标`; not `1.5万元`, `1.5-2小时` or
 * `1.1-12.31`, values), at the start or after a separator or space; and `（N）`, `N)`, `①` (see `pointOrItem`).
 */
const ITEM_NUMBER =
  /(^|[。；;，,.\s])(\d{1,3}、|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|指标\d{1,2}[:：]|\d{1,3}[)）]|[①-⑳]|\d{1,3}[.．](?=[ \t\u3000]*\d{1,2}[ \t\u3000]*[-－—][ \t\u3000]*[^\d\s.．]|[ \t\u3000]*[^\d\s.．]))/g;

/** A coded or 一级 word after a number: an item begins there, wherever it stands. */
const ITEM_BODY = /^[ \t\u3000]*(?:\d{1,2}[ \t\u3000]*[-－—]|[^\d\s；;：:。，,]{0,8}指标)/;

/**
 * `（N）`, `N)` and `①` number items at the cell's start, after an item's full stop or a line break, or before a
 * coded or 一级 word; after `；` or `，` inside a value (`实施周期指标值:①合格率100%；②优良率≥80%`) they number
 * the value's points. `N、` and `N.` number items after any separator but a space or a comma.
 */
/** An item or point number written with 、 (or a point after digits): `3、`, `三、`, `3.`. */
const ENUMERATOR = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]$/;

function pointOrItem(number: string, separator: string, after: string): boolean {
  // `N、` after a space or a comma inside a value (`实施周期指标值: 1、2号楼`, `≥24次，1、3季度各8次`) numbers things,
  // unless a coded or 一级 word follows.
  if (ENUMERATOR.test(number) && !/^[，,\s]$/.test(separator)) return true;
  return separator === "" || /[。\r\n]/.test(separator) || ITEM_BODY.test(after);
}

/** A value's label and what follows it up to here, no full stop between: the value is still open. */
const OPEN_VALUE = /指标值[ \t\u3000]*[:：][^。\r\n]*$/;

/**
 * `N、` after `；` inside an open value, with no coded or 一级 word after it, numbers the value's points
 * (`实施周期指标值:1、通过等保二级测评；2、验收合格率100%；年度指标值:…`): seventeenth session's review, where the
 * second point had started an item of its own (errors for its blank levels and values).
 */
function pointInValue(number: string, separator: string, before: string, after: string): boolean {
  return (
    ENUMERATOR.test(number) &&
    number.endsWith("、") &&
    /^[；;]$/.test(separator) &&
    !ITEM_BODY.test(after) &&
    OPEN_VALUE.test(before)
  );
}

/**
 * An unnumbered item on a line of its own: the line opens with a 一级, a separator and a 二级 (a code or a word), as
 * an item's head does (`2-效益指标；22-社会效益`); `成本指标：培训费用` under a bare `产出指标；` line (the old scheme's
 * 二级) or `产出指标完成后…` (a value's next line) start none.
 */
const LINE_ITEM =
  /[\r\n]+[ \t\u3000]*(?=(?:\d[ \t\u3000]*[-－—][ \t\u3000]*)?(?:产出|效益|满意度|成本)(?:类)?指标[ \t\u3000]*[；;：:，,][\s\u3000]*(?:\d{1,2}[ \t\u3000]*[-－—]|[^；;：:。，,\s]{2,12}(?:指标|效益|满意度|影响)[ \t\u3000]*[；;：:，,]))/g;

/** An unnumbered item after a full stop: a coded 一级 (`。2-效益指标；22-社会效益`). */
const SENTENCE_ITEM = /。[ \t\u3000]*(?=\d[ \t\u3000]*[-－—][ \t\u3000]*(?:产出|效益|满意度|成本)(?:类)?指标)/g;

/** Item starts: where each item's number stands, and where its body begins. */
function itemStarts(text: string): { start: number; body: number }[] {
  const starts: { start: number; body: number }[] = [];
  const re = new RegExp(ITEM_NUMBER);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1].length;
    const body = start + m[2].length;
    re.lastIndex = body;
    const from = starts.length ? starts[starts.length - 1].body : 0;
    if (
      pointOrItem(m[2], m[1], text.slice(body, body + 24)) &&
      !pointInValue(m[2], m[1], text.slice(from, start), text.slice(body, body + 24))
    )
      starts.push({ start, body });
  }
  // Items one per line without numbers: each line that opens with a 一级 starts one; so does a coded 一级 after a
  // full stop on one line (`…年度指标值:3个。2-效益指标；…`: seventeenth session's review).
  if (starts.length === 0) {
    for (const re of [LINE_ITEM, SENTENCE_ITEM])
      for (const m of text.matchAll(re)) {
        const at = m.index! + m[0].length;
        if (text.slice(0, m.index!).trim() !== "") starts.push({ start: at, body: at });
      }
    starts.sort((a, b) => a.start - b.start);
  }
  return starts;
}

/**
 * A heading line of a 一级 over its items (`一、产出指标` then `1.数量指标：…` lines): a line holding only a
 * Chinese-numbered 一级 word.
 */
const LEVEL1_HEADING =
  /(?<=^|[\r\n])[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])[ \t\u3000]*((?:产出|效益|满意度|成本)指标)[ \t\u3000]*[：:；;，,。]?[ \t\u3000]*(?=[\r\n]|$)/g;

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Splits a packed cell into items; a cell without numbering is one item. Items under a 一级 heading line have it.
 * Full-width digits (`１、１１-数量指标`, typed in an IME's full-width mode) are read as digits: one character for
 * one, so the spans stand in the cell as written.
 */
export function parsePacked(written: string): PackedItem[] {
  const text = written.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (text.trim() === "") return [];
  const headings = [...text.matchAll(LEVEL1_HEADING)];
  if (headings.length === 0) return itemsIn(text, 0, text.length, false);
  const items = itemsIn(text, 0, headings[0].index!, false);
  headings.forEach((h, i) => {
    const labelStart = h.index! + h[0].indexOf(h[1]);
    const level1 = { start: labelStart, end: labelStart + h[1].length };
    const end = i + 1 < headings.length ? headings[i + 1].index! : text.length;
    for (const item of itemsIn(text, h.index! + h[0].length, end, true)) items.push({ level1, ...item });
  });
  return items;
}

/** The items of text[from, to); `underHeading`: their 一级 stands above them, each opens with its 二级. */
function itemsIn(text: string, from: number, to: number, underHeading: boolean): PackedItem[] {
  if (text.slice(from, to).trim() === "") return [];
  const starts = itemStarts(text.slice(from, to)).map((s) => ({ start: s.start + from, body: s.body + from }));
  if (starts.length === 0 || text.slice(from, starts[0].start).trim() !== "")
    starts.unshift({ start: from, body: from });
  return starts.map((s, i) => parseItem(text, s.body, i + 1 < starts.length ? starts[i + 1].start : to, underHeading));
}

/*
 * `1-产出指标` then a separator; the code is optional; a line break may stand before it, and end the label instead of
 * a separator (parts one per line, Alt+Enter for `；`: seventeenth session's review).
 */
const CODED = /[\s\u3000]*(\d{1,2})[ \t\u3000]*[-－—][ \t\u3000]*([^；;：:。，,\r\n]*)[；;：:。，,]?/y;
// A level word, then a separator or a line break; a dash or slash joins levels and name too
// (`产出指标-数量指标-运维系统数量：3个`).
const LEVEL1_WORD = /[\s\u3000]*([^；;：:。，,\d\-－—/／\r\n]{2,8}指标)[ \t\u3000]*(?:[；;：:。，,\-－—/／]|[\r\n])/y;
const LEVEL2_WORD =
  /[\s\u3000]*([^；;：:。，,\d\-－—/／\r\n]{2,12}(?:指标|效益|满意度|影响))[ \t\u3000]*(?:[；;：:。，,\-－—/／]|[\r\n])/y;

interface Level {
  code?: Span;
  label: Span;
  next: number;
}

function codedLevel(text: string, pos: number, end: number, word: RegExp): Level | undefined {
  CODED.lastIndex = pos;
  let m = CODED.exec(text);
  if (m && CODED.lastIndex <= end) {
    const codeStart = text.indexOf(m[1], pos);
    const labelStart = text.indexOf(m[2], codeStart + m[1].length);
    return {
      code: { start: codeStart, end: codeStart + m[1].length },
      label: trimSpan(text, labelStart, labelStart + m[2].length),
      next: CODED.lastIndex,
    };
  }
  word.lastIndex = pos;
  m = word.exec(text);
  if (!m || word.lastIndex > end) return undefined;
  const labelStart = text.indexOf(m[1], pos);
  return { label: { start: labelStart, end: labelStart + m[1].length }, next: word.lastIndex };
}

/** A note on the value's label (`实施周期指标值（2024-2026年）:`, `年度指标值(2024年)：`): the label's, not the value's. */
const LABEL_NOTE = /^[ \t\u3000]*[(（][^()（）]{1,20}[)）][ \t\u3000]*(?=[:：])/;

function valueAfter(text: string, keyword: number, keywordLength: number, end: number): Span {
  let start = keyword + keywordLength;
  const note = LABEL_NOTE.exec(text.slice(start, Math.min(end, start + 32)));
  if (note) start += note[0].length;
  while (start < end && (":：".includes(text[start]) || TRIM.includes(text[start]))) start++;
  return trimSpan(text, start, end, TRIM + SEP);
}

function parseItem(text: string, start: number, end: number, underHeading = false): PackedItem {
  const item: PackedItem = {};
  let pos = start;
  let l1 = underHeading ? undefined : codedLevel(text, pos, end, LEVEL1_WORD);
  // `11-数量指标；name；…`: an item that opens with its 二级's code (two digits), which names the 一级 too.
  if (l1?.code && l1.code.end - l1.code.start === 2) {
    item.level2Code = l1.code;
    item.level2 = l1.label;
    pos = l1.next;
    l1 = undefined;
  } else if (l1) {
    if (l1.code) item.level1Code = l1.code;
    item.level1 = l1.label;
    pos = l1.next;
  }
  if ((l1 || underHeading) && !item.level2) {
    const l2 = codedLevel(text, pos, end, LEVEL2_WORD);
    if (l2) {
      if (l2.code) item.level2Code = l2.code;
      item.level2 = l2.label;
      pos = l2.next;
    }
  }
  const period = labelAt(PERIOD_LABEL, text, pos, end);
  const annual = labelAt(ANNUAL_LABEL, text, pos, end);
  if (!period && !annual) return withOneValue(text, item, pos, end);
  // In either order (`年度指标值` written first too): the name ends at the first, each value at the other label.
  const first = Math.min(period?.at ?? end, annual?.at ?? end);
  item.name = trimSpan(text, pos, first, TRIM + SEP);
  const until = (own: number, other: number | undefined) => (other !== undefined && other > own ? other : end);
  if (period) item.periodValue = valueAfter(text, period.at, period.length, until(period.at, annual?.at));
  if (annual) item.annualValue = valueAfter(text, annual.at, annual.length, until(annual.at, period?.at));
  return item;
}

/*
 * The two value labels as templates word them (seventeenth session's review): `实施周期指标值`, `实施期指标值`,
 * `实施周期 指标值`, `实施周期目标值`; `年度指标值`, `年度目标值`, `当年指标值`, `本年度指标值`, `2025年度指标值`.
 */
const PERIOD_LABEL = /(?:实施周期|实施期|项目周期)[ \t\u3000]*(?:指标值|目标值)/g;
const ANNUAL_LABEL = /(?:(?:19|20)\d{2}[ \t\u3000]*)?(?:本?年度|当年)[ \t\u3000]*(?:指标值|目标值)/g;

/** The first label of `re` in text[from, to): where it starts and how long it is. */
function labelAt(re: RegExp, text: string, from: number, to: number): { at: number; length: number } | undefined {
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index + m[0].length <= to ? { at: m.index, length: m[0].length } : undefined;
}

// `…；指标值：≥98%` names one value with no set; `…；名称：≥120场` gives a number after the last separator.
const ONE_VALUE =
  /[；;：:，,]\s*(?:指标值\s*[:：]?\s*)?(?=(?:[≥≤><=＞＜≧≦]|不低于|不少于|不高于|不超过)?\s*\d)[^；;：:，,]*$/;
const VALUE_KEYWORD = /[；;，,]?\s*指标值\s*[:：]?/;
// …or a short phrase after it (`国家安全意识：明显提升`): the one target, qualitative.
const SHORT_TAIL = /[；;：:]\s*(?=[^；;：:，,]{1,12}$)(?=\S)/;

/**
 * An item that writes one target and no set (`名称；指标值：≥98%`, `名称：≥120场`, `名称：明显提升`): it is the
 * year's, as a compact list's targets are. A name with nothing after it (`执法规范化水平`) stays a name.
 */
function withOneValue(text: string, item: PackedItem, pos: number, end: number): PackedItem {
  const body = text.slice(pos, end).replace(/[。.；;，,\s]+$/, "");
  const keyword = VALUE_KEYWORD.exec(body);
  const found = keyword ? { index: keyword.index, length: keyword[0].length } : undefined;
  const tail = found ? undefined : (ONE_VALUE.exec(body) ?? SHORT_TAIL.exec(body));
  const at = found ?? (tail ? { index: tail.index, length: 1 } : undefined);
  if (!at) {
    item.name = trimSpan(text, pos, end, TRIM + SEP);
    return item;
  }
  item.name = trimSpan(text, pos, pos + at.index, TRIM + SEP);
  item.annualValue = valueAfter(text, pos + at.index + at.length, 0, end);
  return item;
}
