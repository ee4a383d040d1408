import type { LocalizedText } from "../model/diagnostic";

/** Fills `{{name}}` placeholders; an unknown name stays visible rather than vanishing. */
export function formatMessage(template: LocalizedText, data: Record<string, string | number>): LocalizedText {
  const fill = (text: string) =>
    !text.includes("{{")
      ? text
      : text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
  return { zh: fill(template.zh), en: fill(template.en) };
}
