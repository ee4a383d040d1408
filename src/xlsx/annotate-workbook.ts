/**
 * Marks findings on a workbook: each flagged cell gets a fill by its worst
 * severity and a note listing the findings. The caller writes the workbook
 * elsewhere; this never touches files, so the add-in's playground can use it.
 *
 * A note the user already wrote is kept: ours follows it under a marker line.
 * Re-annotating replaces only the part below our marker, so running twice on
 * an annotated copy does not pile up old findings.
 */
import { NOTE_MARKER } from "../host/constants";
import type { Cell, Comment, RichText, Workbook } from "exceljs";
import { localize, worstSeverity, type Diagnostic, type Locale, type Severity } from "../core/model/diagnostic";
import { MARK_FILL } from "../host/mark-colors";

/** The add-in's palette as exceljs ARGB (`#FFC7CE` → `FFFFC7CE`). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: `FF${MARK_FILL.error.slice(1)}`,
  warning: `FF${MARK_FILL.warning.slice(1)}`,
  info: `FF${MARK_FILL.info.slice(1)}`,
};

export { NOTE_MARKER };

const LABEL: Record<Severity, { zh: string; en: string }> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

function worst(diagnostics: readonly Diagnostic[]): Severity {
  return diagnostics.reduce<Severity>((w, d) => worstSeverity(w, d.severity), "info");
}

function noteLines(diagnostics: readonly Diagnostic[], locale: Locale): string {
  const lines = diagnostics.map(
    (d) => `[${localize(LABEL[d.severity], locale)}] ${localize(d.message, locale)} (${d.ruleId})`,
  );
  return [NOTE_MARKER, ...lines].join("\n");
}

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

function groupByCell(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = `${d.sheet}\u0000${d.row}\u0000${d.col}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}

/** Annotates every flagged cell; returns how many cells were marked. */
export function annotateWorkbook(workbook: Workbook, diagnostics: readonly Diagnostic[], locale: Locale): number {
  let marked = 0;
  for (const group of groupByCell(diagnostics).values()) {
    const { sheet, row, col } = group[0];
    const worksheet = workbook.getWorksheet(sheet);
    if (!worksheet) continue;
    const cell = worksheet.getCell(row + 1, col + 1);
    // exceljs shares one style object among cells read with the same style: give this cell its own,
    // or every cell of that style would be painted.
    cell.style = {
      ...cell.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[worst(group)] } },
    };
    writeNote(cell, noteLines(group, locale));
    marked++;
  }
  return marked;
}
