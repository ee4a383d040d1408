/**
 * Diagnostics → marks, the one note format: one mark per flagged cell, coloured by
 * its worst severity, its note listing the cell's messages one a line
 * (`【错误】单位与指标不符`, `[Error] Unit mismatch`). Used by the pane's controller,
 * the ribbon command and the CLI's annotated copies.
 */
import { localize, worstSeverity, type Diagnostic, type Locale, type Severity } from "../core/model/diagnostic";
import { severityLabel, t } from "./t";

/** One flagged cell: its fill follows the severity, its note holds the messages. */
export interface CellMark {
  row: number;
  col: number;
  severity: Severity;
  /** The note text (all findings of the cell, one a line). */
  note: string;
}

export function noteLine(d: Diagnostic, locale: Locale): string {
  return t(locale, "noteLine", { severity: severityLabel(locale, d.severity), message: localize(d.message, locale) });
}

/** Groups per cell of one sheet, in the order given (the core sorts by position, then rule). */
export function diagnosticsToMarks(diagnostics: readonly Diagnostic[], locale: Locale): CellMark[] {
  const byCell = new Map<number, { mark: CellMark; lines: string[] }>();
  for (const d of diagnostics) {
    // A number per cell, not a string: Excel has 16,384 columns, far below 2^20.
    const id = d.row * 0x100000 + d.col;
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
