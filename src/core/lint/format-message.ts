import type { LocalizedText } from "../model/diagnostic";

type Data = Record<string, string | number>;

/** Characters of a cell's text a message may quote: a 40,000-character cell is not repeated in its finding. */
export const QUOTE_CHARS = 80;

/** The first `max` characters, not splitting a surrogate pair, with an ellipsis when cut. */
export function prefix(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + "…";
}

/** The data with each long quote cut to QUOTE_CHARS (the same object when none is long: most findings). */
export function quotedData(data: Data): Data {
  let out = data;
  for (const key in data) {
    const value = data[key];
    if (typeof value !== "string" || value.length <= QUOTE_CHARS) continue;
    if (out === data) out = { ...data };
    out[key] = prefix(value, QUOTE_CHARS);
  }
  return out;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
// `{{n:s}}`, `{{n:es}}`: an English plural's ending, written unless the number is 1 (`{{n}} finding{{n:s}}`).
const PLACEHOLDER_OR_PLURAL = /\{\{\s*(\w+)\s*(?::\s*([a-z]+)\s*)?\}\}/g;

/** Fills `{{name}}` placeholders (and `{{name:s}}` plural endings) in one text; an unknown name stays visible. */
export function fillPlaceholders(text: string, data: Data): string {
  if (!text.includes("{{")) return text;
  return text.replace(PLACEHOLDER_OR_PLURAL, (whole, key: string, plural?: string) => {
    if (!(key in data)) return whole;
    return plural ? (Number(data[key]) === 1 ? "" : plural) : String(data[key]);
  });
}

/** A text split at its placeholders once: [text, name, text, name, …, text]. */
function split(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(at, m.index), m[1]);
    at = m.index! + m[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

function fill(parts: readonly string[], data: Data): string {
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (key in data ? String(data[key]) : `{{${key}}}`) + parts[i + 1];
  }
  return out;
}

/**
 * A message template compiled once, split at its placeholders: a check fills
 * the same few messages thousands of times on a big sheet, and each fill is then
 * a few concatenations instead of two regex replaces.
 */
export function compileMessage(template: LocalizedText): (data: Data) => LocalizedText {
  const zh = split(template.zh);
  const en = split(curlyQuotes(template.en));
  return (data) => ({ zh: fill(zh, data), en: capitalize(fill(en, data)) });
}

/** Called on every finding's English message: a char test, not a regex replace. */
function capitalize(text: string): string {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + text.slice(1) : text;
}

/** `"x"` pairs in an English template → `“x”`, as the Chinese texts and most rules quote. */
function curlyQuotes(template: string): string {
  let count = 0;
  return template.replace(/"/g, () => (count++ % 2 === 0 ? "“" : "”"));
}

/**
 * A rule's finding in one English style: the quotes of its template curly,
 * and the sentence starting with a capital even when it opens with a filled
 * phrase (`{{whereEn}}` → "the value …" becomes "The value …"). Only the
 * template's quotes change: a quote inside the officer's own text stays.
 * Also how the CLI words a finding again after shortening its quotes (src/cli/bound.ts).
 */
export function formatFinding(template: LocalizedText, data: Data): LocalizedText {
  return compileMessage(template)(data);
}
