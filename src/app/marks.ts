/**
 * Diagnostics → marks: one mark per flagged cell, coloured by its worst
 * severity, its note listing the cell's messages one a line. Pure, so that
 * any host (the pane's controller, src/excel/) can use it.
 */
import type { Mark } from "../host/port";
import { localize, worstSeverity, type Diagnostic, type Locale } from "../core/model/diagnostic";
import { severityLabel, t } from "../taskpane/i18n/messages";

export { worstSeverity };

export function noteLine(d: Diagnostic, locale: Locale): string {
  return t(locale, "noteLine", { severity: severityLabel(locale, d.severity), message: localize(d.message, locale) });
}

/** Groups per cell, in the order given (the core sorts by position, then rule). */
export function diagnosticsToMarks(diagnostics: readonly Diagnostic[], locale: Locale = "zh-CN"): Mark[] {
  const byCell = new Map<string, { mark: Mark; lines: string[] }>();
  for (const d of diagnostics) {
    const id = `${d.row},${d.col}`;
    const line = noteLine(d, locale);
    const entry = byCell.get(id);
    if (!entry) {
      byCell.set(id, { mark: { row: d.row, col: d.col, severity: d.severity, note: "" }, lines: [line] });
      continue;
    }
    entry.mark.severity = worstSeverity(entry.mark.severity, d.severity);
    // The same message twice on one cell (e.g. two values in a compact cell) says nothing new.
    if (!entry.lines.includes(line)) entry.lines.push(line);
  }
  return [...byCell.values()].map(({ mark, lines }) => ({ ...mark, note: lines.join("\n") }));
}
