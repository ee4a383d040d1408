/**
 * Text normalization shared by location, parsing and rules. Officers type
 * full-width and half-width forms interchangeably, and Word exports scatter
 * spaces inside labels (`其中：财政    资金`).
 */

function isFullWidth(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
}

/** What toHalfWidth changes. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/**
 * Characters nobody sees, copied from web pages, chats and Word (zero-width spaces and joiners, a BOM inside the
 * text, a soft hyphen, direction marks, a word joiner), as a character class's body.
 */
export const INVISIBLE_CHARS = "\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff";
/** Every invisible character, for `replace` (which starts over each call, whatever the last left in lastIndex). */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "g");

const ANY_INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);

/**
 * The text as it reads, without the characters nobody sees (a zero-width space pasted from a web page after `290%`,
 * a soft hyphen from Word): every reading of a value, a name or a head field's amount goes through it, and
 * text-artifact reports and removes them. Words of the scripts written with joiners keep theirs (writtenWithJoiners).
 */
export function visibleText(text: string): string {
  return ANY_INVISIBLE.test(text) && !writtenWithJoiners(text) ? text.replace(INVISIBLE, "") : text;
}

/** Full-width ASCII forms (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  // Most texts hold no full-width form: they come back as they are, with no copy made. The regular expression
  // finds that at native speed, where a loop over the characters runs in V8's interpreter in a cold process.
  if (!FULL_WIDTH.test(text)) return text;
  let i = 0;
  while (i < text.length && !isFullWidth(text.charCodeAt(i))) i++;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

const ANY_SPACE = /[\s\u00a0\u3000]/;
const SPACE_RUNS = /[\s\u00a0\u3000]+/g;

/** Trims and folds every run of white space (tabs, newlines, NBSP, full-width spaces) into one space. */
export function squeezeSpaces(text: string): string {
  // Most labels hold no white space at all; they are returned as they are, with nothing allocated.
  return ANY_SPACE.test(text) ? text.replace(SPACE_RUNS, " ").trim() : text;
}

/** What JavaScript's `\s` matches (NBSP and the ideographic space among them). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters nobody sees (INVISIBLE_CHARS), by code. */
export function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    code === 0xfeff
  );
}

/** A character's label form: -1 when it is dropped (white space, and what nobody sees: `经济­成本指标` from Word). */
function labelCode(code: number): number {
  if (code < 0x80) return isSpace(code) ? -1 : code;
  if (isSpace(code) || isInvisible(code)) return -1;
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // ［ and ］ become [ and ] here
  if (code === 0x3010 || code === 0x3014) return 0x5b; // 【 〔
  if (code === 0x3011 || code === 0x3015) return 0x5d; // 】 〕
  return code;
}

/**
 * Scripts of the autonomous regions' bilingual templates (Uyghur and Kazakh in Arabic script, Mongolian, Tibetan,
 * Korean): a label or level word with its translation in the same cell (`二级指标\nئىككىنچى دەرىجىلىك كۆرسەتكۈچ`,
 * `2급지표\n二级指标`) is read by its Chinese words (fifteenth session's review of such tables).
 */
const OTHER_SCRIPT_RANGES =
  "\\u0600-\\u06ff\\u0750-\\u077f\\ufb50-\\ufdff\\ufe70-\\ufefe\\u1800-\\u18af\\u0f00-\\u0fff\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7af";
const OTHER_SCRIPT = new RegExp(`[${OTHER_SCRIPT_RANGES}]`);
/** A run in another script with the digits, marks, joiners, spaces and separators around it (`2급지표`, `/ تۈر نامى`). */
const OTHER_SCRIPT_RUN = new RegExp(
  `[\\s/／|｜]*\\d*[${OTHER_SCRIPT_RANGES}][${OTHER_SCRIPT_RANGES}\\d\\s.,:;'"\\-\\u200c\\u200d]*`,
  "g",
);

/**
 * What labelCode changes: white space (JavaScript's `\s`), invisible characters, full-width forms, 【】〔〕
 * (toHalfWidth's note on speed).
 */
const LABEL_CHANGE_CHARS = `\\s${INVISIBLE_CHARS}\\uff01-\\uff5e\\u3010\\u3011\\u3014\\u3015`;
const LABEL_CHANGES = new RegExp(`[${LABEL_CHANGE_CHARS}]`);
/** LABEL_CHANGES or another script: most labels hold neither and pass one test. */
const LABEL_WORK = new RegExp(`[${LABEL_CHANGE_CHARS}${OTHER_SCRIPT_RANGES}]`);

/**
 * A label's comparable form: half-width, no white space at all, Chinese
 * brackets as ASCII. One pass that copies nothing when nothing changes: it
 * runs on every header and head cell of every table.
 */
export function normalizeLabel(text: string): string {
  if (!LABEL_WORK.test(text)) return text;
  text = withoutOtherScripts(text);
  if (!LABEL_CHANGES.test(text)) return text;
  let out: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = labelCode(code);
    if (out === undefined) {
      if (mapped === code) continue;
      out = text.slice(0, i);
    }
    if (mapped >= 0) out += mapped === code ? text[i] : String.fromCharCode(mapped);
  }
  return out ?? text;
}

/** The text without its runs in another script (OTHER_SCRIPT); the text itself where that would leave nothing. */
export function withoutOtherScripts(text: string): string {
  if (!OTHER_SCRIPT.test(text)) return text;
  const out = text.replace(OTHER_SCRIPT_RUN, "");
  return /\S/.test(out) ? out : text;
}

/** Whether a text holds a run in another script (OTHER_SCRIPT). */
export function hasOtherScript(text: string): boolean {
  return OTHER_SCRIPT.test(text);
}

/**
 * Whether a text holds letters of the scripts written with joiners and the vowel separator (Arabic script, Mongolian,
 * Tibetan), which keep U+180E, U+200C and U+200D as parts of their words: Korean uses none, and U+180E alone is no
 * Mongolian letter (the third review).
 */
export function writtenWithJoiners(text: string): boolean {
  return JOINED_SCRIPT.test(text);
}

const JOINED_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u1800-\u180d\u180f-\u18af\u0f00-\u0fff]/;

/** A text wholly in another script (a bilingual template's second header row: `1급지표 | 2급지표 | …`). */
export function isOtherScriptOnly(text: string): boolean {
  return OTHER_SCRIPT.test(text) && !/[\u4e00-\u9fff]/.test(text);
}

/** Labels are short: a longer text is a value, and has no label form. */
export const MAX_LABEL_TEXT = 40;

/** A short text's label form (normalizeLabel); "" for an empty or long text. */
export function labelForm(text: string): string {
  return text.length === 0 || text.length > MAX_LABEL_TEXT ? "" : normalizeLabel(text);
}
