/**
 * Output language. zh-CN unless asked otherwise by `--lang` or JIXIAO_LINT_LANG.
 * LANG/LC_ALL are deliberately ignored: reviewers' servers and CI images often
 * run with en_US or C locales, and a report should not change language with the
 * machine it happens to run on.
 */
import type { Locale } from "../core/model/diagnostic";

export const DEFAULT_LOCALE: Locale = "zh-CN";

/** `en`, `en-US`, `en_US.UTF-8` → en-US; `zh`, `zh-CN`, `zh_CN` → zh-CN; else undefined. */
export function normalizeLocale(value: string | undefined): Locale | undefined {
  const v = (value ?? "").trim().toLowerCase();
  if (/^en([-_]|$)/.test(v)) return "en-US";
  if (/^zh([-_]|$)/.test(v)) return "zh-CN";
  return undefined;
}

export function envLocale(env: NodeJS.ProcessEnv): Locale {
  return normalizeLocale(env.JIXIAO_LINT_LANG) ?? DEFAULT_LOCALE;
}
