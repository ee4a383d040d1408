/**
 * One file, start to finish: read, load, lint every sheet, and optionally write
 * the annotated copy. Nothing here throws: every failure becomes a report.
 */
import type { Workbook } from "exceljs";
import { lintGrid } from "../core/lint/lint";
import type { LintConfig } from "../core/lint/config";
import type { Locale } from "../core/model/diagnostic";
import { tableName } from "../core/model/table";
import { loadWorkbook } from "../xlsx/load-workbook";
import { worksheetToGrid } from "../xlsx/read-workbook";
import { annotateWorkbook } from "../xlsx/annotate-workbook";
import { readInput } from "./inputs";
import { t, type MessageId } from "../i18n";
import type { FileReport } from "./report";

export interface CheckContext {
  config: LintConfig;
  locale: Locale;
  /** Writes the annotated copy of `file` and gives an error message if it could not; absent without --annotate. */
  annotate?: (file: string, workbook: Workbook) => Promise<string | undefined>;
}

/** A report for a file that could not be read; the message names the file and the reason. */
export function failed(file: string, code: MessageId, locale: Locale, detail = ""): FileReport {
  const reason = t(locale, code, { detail });
  return { file, tables: [], diagnostics: [], error: { code, message: t(locale, "cannotRead", { file, reason }) } };
}

function lintWorkbookInto(report: FileReport, workbook: Workbook, config: LintConfig): void {
  for (const sheet of workbook.worksheets) {
    const result = lintGrid(worksheetToGrid(sheet), config);
    for (const table of result.tables) report.tables.push({ id: table.id, sheet: table.sheet, name: tableName(table) });
    report.diagnostics.push(...result.diagnostics);
  }
}

export async function checkFile(file: string, context: CheckContext): Promise<FileReport> {
  const read = await readInput(file);
  if (!read.ok) return failed(file, read.reason, context.locale);
  const loaded = await loadWorkbook(read.bytes);
  if (!loaded.ok) return failed(file, loaded.reason, context.locale);
  const report: FileReport = { file, tables: [], diagnostics: [] };
  try {
    lintWorkbookInto(report, loaded.workbook, context.config);
  } catch (error) {
    // A bug in a rule must cost one file, not the whole run of hundreds.
    return failed(file, "internal", context.locale, error instanceof Error ? error.message : String(error));
  }
  if (context.annotate) {
    annotateWorkbook(loaded.workbook, report.diagnostics, context.locale);
    const problem = await context.annotate(file, loaded.workbook);
    if (problem) report.annotateError = problem;
  }
  return report;
}
