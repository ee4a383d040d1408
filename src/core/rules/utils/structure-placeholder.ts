/**
 * Template placeholders officers forget to replace: `XX`, `**`, `××`, `X月X日`, `__`.
 */
import { toHalfWidth } from "../../text/normalize";
import { isKnownUnit } from "../../value/units";

// Each pattern stays clear of real text: X inside a Latin word (`Xbox`, `XXL`),
// a single `*` (`7*24小时`) and a single × are not placeholders.
const PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])/,
  /\*{2,}/,
  /[×✕╳]{2,}/,
  /(?<![A-Za-z0-9])[Xx×](?=[年月日号])/,
  /_{2,}/,
  /[○□]{2,}/, // not 〇: 二〇〇八 is a year
];

// Every pattern needs one of these (full-width forms included): most texts hold none and skip the patterns.
const ANY_MARK = /[Xx×✕╳*_○□Ｘｘ＊＿]/;

/** The first placeholder in a text, as written, or undefined. */
export function findPlaceholder(text: string): string | undefined {
  if (!ANY_MARK.test(text)) return undefined;
  const flat = toHalfWidth(text);
  for (const pattern of PATTERNS) {
    const m = pattern.exec(flat);
    if (m) return text.substr(m.index, m[0].length);
  }
  return undefined;
}

/**
 * A template's format hint kept in a name (`农村低保发放人数（≥**人）`, `苗木成活率(≥**%)`): the bracket that holds a
 * placeholder, as written, or undefined. Where the row's target is filled, the hint is a leftover, not a blank.
 */
export function placeholderHint(text: string): string | undefined {
  const m = /[(（]([^()（）]{0,12})[)）]/g;
  for (let found = m.exec(text); found; found = m.exec(text)) if (isHint(found[1])) return found[0];
  // Unbracketed at the name's end (`受益建档立卡贫困人口数≥**人`, 南岳's 2018 form).
  return TRAILING_HINT.exec(text)?.[0];
}

/**
 * The target's format a name's hint asks for (`（≥**%）` → ≥ and %): its comparator, standard-spelt, and its unit.
 * Undefined where the name holds no hint.
 */
export function hintFormat(name: string): HintFormat | undefined {
  const hint = placeholderHint(name);
  if (!hint) return undefined;
  const inside = hint.replace(/^[(（]|[)）]$/g, "").trim();
  const sign = LEADING_SIGN.exec(inside)?.[0] ?? "";
  const unit = inside.replace(/^.*?(?:\*{2,}|＊{2,}|[Xx×ｘＸ]{2,})/, "").trim();
  return { text: hint, sign: STANDARD_SIGN[sign] ?? "", unit: isKnownUnit(unit) ? unit : "" };
}

export interface HintFormat {
  /** The hint as written in the name (`(≥**%)`). */
  text: string;
  sign: string;
  unit: string;
}

// The standard spelling of a hint's sign; a PDF copy's `‹` (< or ≤?) and a bare `=` give none.
const STANDARD_SIGN: Record<string, string> = {
  "≥": "≥",
  "≤": "≤",
  ">": ">",
  "<": "<",
  "＞": ">",
  "＜": "<",
  "≧": "≥",
  "≦": "≤",
  不低于: "≥",
  不少于: "≥",
  不高于: "≤",
  不超过: "≤",
};

/**
 * A bracket's words as a target's format: an optional comparator, the placeholder, an optional unit (`≥**人`,
 * `**%`, `XX台`). Other words (`XX县`, `XX标准`) are content left unfilled, an error as ever (the session's own
 * reviews).
 */
function isHint(inside: string): boolean {
  const m = HINT_PARTS.exec(inside.trim());
  if (!m || !findPlaceholder(m[1])) return false;
  const unit = m[2].trim();
  return unit === "" || isKnownUnit(unit);
}

/** A hint's comparator, as templates write it (`≥`, `‹` in some PDFs' copies, `不低于`). */
const HINT_SIGN = String.raw`(?:[≥≤><＞＜=≧≦‹›]|不低于|不高于|不少于|不超过)`;
const LEADING_SIGN = new RegExp(`^${HINT_SIGN}`);
const HINT_PARTS = new RegExp(String.raw`^${HINT_SIGN}?\s*(\*{2,}|＊{2,}|[Xx×ｘＸ]{2,})(.{0,6})$`);
const TRAILING_HINT = new RegExp(String.raw`${HINT_SIGN}\s*(?:\*{2,}|[Xx×]{2,})\s*[^\d\s≥≤><=]{0,6}$`);
