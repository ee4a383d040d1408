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
