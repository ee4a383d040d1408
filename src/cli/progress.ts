/**
 * A one-line progress count on stderr for long batches, only on a terminal:
 * never in JSON, never through a pipe or into a log file.
 */
import type { Locale } from "../core/model/diagnostic";
import { t } from "./messages";

export interface Progress {
  /** Clears the line before other output is written. */
  clear(): void;
  update(done: number): void;
}

const NONE: Progress = { clear: () => undefined, update: () => undefined };
/** Batches shorter than this finish before a bar would help. */
const MIN_FILES = 10;

export function makeProgress(stderr: (s: string) => void, isTTY: boolean, total: number, locale: Locale): Progress {
  if (!isTTY || total < MIN_FILES) return NONE;
  let shown = false;
  return {
    clear() {
      if (shown) stderr("\r\x1b[K");
      shown = false;
    },
    update(done) {
      const width = 24;
      const full = Math.round((done / total) * width);
      stderr(`\r\x1b[K[${"#".repeat(full)}${"-".repeat(width - full)}] ${t("progress", locale, { done, total })}`);
      shown = true;
    },
  };
}
