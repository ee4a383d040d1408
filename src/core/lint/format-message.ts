import type { LocalizedText } from "../model/diagnostic";

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders in one text; an unknown name stays visible rather than vanishing. */
export function fillPlaceholders(text: string, data: Record<string, string | number>): string {
  return !text.includes("{{")
    ? text
    : text.replace(PLACEHOLDER, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Fills the placeholders of both languages of a message. */
export function formatMessage(template: LocalizedText, data: Record<string, string | number>): LocalizedText {
  return { zh: fillPlaceholders(template.zh, data), en: fillPlaceholders(template.en, data) };
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
 */
export function formatFinding(template: LocalizedText, data: Record<string, string | number>): LocalizedText {
  const en = fillPlaceholders(curlyQuotes(template.en), data);
  return { zh: fillPlaceholders(template.zh, data), en: en.replace(/^[a-z]/, (c) => c.toUpperCase()) };
}
