/**
 * Diagnostics → marks: one mark per cell, the worst severity, the messages one
 * a line. Shared by the ribbon command and the task pane's controller so both
 * mark a sheet the same way. Host-free (no Office.js).
 */
import { localize, type Diagnostic, type Locale } from "../core/model/diagnostic";
import type { Mark } from "../host/port";
import { SEVERITY_RANK } from "./mark-record";

/** Marks for one sheet's diagnostics (others are skipped when `sheet` is given). */
export function marksFromDiagnostics(diagnostics: readonly Diagnostic[], locale: Locale, sheet?: string): Mark[] {
  const byCell = new Map<string, { mark: Mark; lines: string[] }>();
  for (const d of diagnostics) {
    if (sheet !== undefined && d.sheet !== sheet) continue;
    const key = `${d.row}:${d.col}`;
    const line = localize(d.message, locale);
    const entry = byCell.get(key);
    if (!entry) {
      byCell.set(key, { mark: { row: d.row, col: d.col, severity: d.severity, note: "" }, lines: [line] });
      continue;
    }
    if (SEVERITY_RANK[d.severity] > SEVERITY_RANK[entry.mark.severity]) entry.mark.severity = d.severity;
    if (!entry.lines.includes(line)) entry.lines.push(line);
  }
  return [...byCell.values()].map(({ mark, lines }) => ({ ...mark, note: lines.join("\n") }));
}
