/** A report for a file that could not be read (kept apart from check-file so the main thread never loads the reader). */
import type { Locale } from "../core/model/diagnostic";
import { t, type MessageKey } from "./messages";
import type { FileReport } from "./report";

/** The message names the file and the reason. */
export function failed(
  file: string,
  code: MessageKey,
  locale: Locale,
  data: Record<string, string | number> = {},
): FileReport {
  const reason = t(code, locale, { detail: "", ...data });
  // One line on stderr whatever a library put in its error text.
  const message = t("cannotRead", locale, { file, reason }).replace(/\s*[\r\n]+\s*/g, " ");
  return { file, tables: [], diagnostics: [], error: { code, message } };
}
