/** Findings and fixes: the engine's output, shaped like LSP diagnostics on cells. */

export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

/** Every user-facing text exists in Chinese (first) and English, from the same table. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = "zh-CN" | "en-US";

export function localize(text: LocalizedText, locale: Locale): string {
  return locale === "en-US" ? text.en : text.zh;
}

/**
 * A fix is data: which cell, what it must still hold, and what to write.
 * The add-in applies it only if the cell still holds `expected`.
 */
export interface Fix {
  sheet: string;
  row: number;
  col: number;
  /** A1 address of the cell. */
  cell: string;
  /** The cell's whole text when checked. */
  expected: string;
  /** The cell's whole new text. */
  replacement: string;
  /** What the fix does, e.g. `改为“历史标准”`. */
  title: LocalizedText;
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** Absolute 0-based position and A1 address of the cell to change. */
  row: number;
  col: number;
  cell: string;
  messageId: string;
  data: Record<string, string | number>;
  message: LocalizedText;
  /** The table the finding belongs to. */
  tableId: string;
  tableName: string;
  /** A certain fix (applied on one click). */
  fix?: Fix;
  /** Fixes that need the user's judgement. */
  suggestions?: Fix[];
}

/**
 * One ranking for every presenter (marks, notes, the annotated copy): higher
 * is worse, so `severityRank(a) > severityRank(b)` reads "a is worse".
 */
export function severityRank(severity: Severity): number {
  return severity === "error" ? 3 : severity === "warning" ? 2 : 1;
}

/** The worse of two severities (a cell with an error and a warning shows the error). */
export function worstSeverity(a: Severity, b: Severity): Severity {
  return severityRank(b) > severityRank(a) ? b : a;
}
