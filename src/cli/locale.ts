/**
 * Output language. zh-CN unless asked otherwise by `--lang` or JIXIAO_LINT_LANG.
 * LANG/LC_ALL are deliberately ignored: reviewers' servers and CI images often
 * run with en_US or C locales, and a report should not change language with the
 * machine it happens to run on.
 */
import { DEFAULT_LOCALE, normalizeLocale, type Locale } from "../i18n";

export function envLocale(env: NodeJS.ProcessEnv): Locale {
  return normalizeLocale(env.JIXIAO_LINT_LANG) ?? DEFAULT_LOCALE;
}
