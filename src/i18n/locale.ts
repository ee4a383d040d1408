/** The one reading of a language tag, for Office's display language, the browser's, --lang and the environment. */
import type { Locale } from "../core/model/diagnostic";

export type { Locale };

export const DEFAULT_LOCALE: Locale = "zh-CN";

/** `en`, `en-US`, `en_GB.UTF-8` → en-US; `zh`, `zh-CN`, `zh_TW` → zh-CN; anything else → undefined. */
export function normalizeLocale(tag: string | undefined): Locale | undefined {
  const v = (tag ?? "").trim().toLowerCase();
  if (/^en([-_.]|$)/.test(v)) return "en-US";
  if (/^zh([-_.]|$)/.test(v)) return "zh-CN";
  return undefined;
}

/** A display language to speak: English when the tag is English, Chinese otherwise (the officers' language). */
export function displayLocale(tag: string | undefined): Locale {
  return normalizeLocale(tag) === "en-US" ? "en-US" : DEFAULT_LOCALE;
}
