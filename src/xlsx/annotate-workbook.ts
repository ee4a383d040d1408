/**
 * Marks findings on a workbook: each flagged cell gets a fill by its worst
 * severity and a note listing the findings. The caller writes the workbook
 * elsewhere; this never touches files, so the add-in's playground can use it.
 *
 * A note the user already wrote is kept: ours follows it under a marker line.
 * Re-annotating replaces only the part below our marker, so running twice on
 * an annotated copy does not pile up old findings.
 */
import type { Cell, Comment, RichText, Workbook } from "exceljs";
import type { Diagnostic, Locale, Severity } from "../core/model/diagnostic";
import { MARK_FILL } from "../host/mark-colors";
import { diagnosticsToMarks } from "../i18n";

/** The add-in's palette as exceljs ARGB (`#FFC7CE` → `FFFFC7CE`). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: `FF${MARK_FILL.error.slice(1)}`,
  warning: `FF${MARK_FILL.warning.slice(1)}`,
  info: `FF${MARK_FILL.info.slice(1)}`,
};

export const NOTE_MARKER = "【jixiao-lint】";

/** The user's part of an existing note, as rich-text runs, without any earlier block of ours. */
export function userNoteRuns(note: Cell["note"] | undefined): RichText[] {
  if (!note) return [];
  const runs: RichText[] = typeof note === "string" ? [{ text: note }] : [...(note.texts ?? [])];
  const kept: RichText[] = [];
  for (const run of runs) {
    const at = run.text.indexOf(NOTE_MARKER);
    if (at < 0) {
      kept.push(run);
      continue;
    }
    if (at > 0) kept.push({ ...run, text: run.text.slice(0, at) });
    break;
  }
  // Drop the blank lines that separated the user's text from ours.
  const last = kept[kept.length - 1];
  if (last) kept[kept.length - 1] = { ...last, text: last.text.replace(/\s+$/, "") };
  return kept.filter((r) => r.text !== "");
}

function writeNote(cell: Cell, text: string): void {
  const user = userNoteRuns(cell.note);
  if (user.length === 0) {
    cell.note = text;
    return;
  }
  const old = typeof cell.note === "object" ? (cell.note as Comment) : {};
  cell.note = { ...old, texts: [...user, { text: "\n\n" + text }] };
}

function bySheet(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.sheet);
    if (group) group.push(d);
    else groups.set(d.sheet, [d]);
  }
  return groups;
}

/** Annotates every flagged cell with the add-in's own marks (src/i18n/marks.ts); returns how many cells were marked. */
export function annotateWorkbook(workbook: Workbook, diagnostics: readonly Diagnostic[], locale: Locale): number {
  let marked = 0;
  for (const [sheet, group] of bySheet(diagnostics)) {
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    for (const { row, col, severity, note } of diagnosticsToMarks(group, locale)) {
      const cell = worksheet.getCell(row + 1, col + 1);
      // exceljs shares one style object among cells read with the same style: give this cell its own,
      // or every cell of that style would be painted.
      cell.style = {
        ...cell.style,
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[severity] } },
      };
      writeNote(cell, `${NOTE_MARKER}\n${note}`);
      marked++;
    }
  }
  return marked;
}
