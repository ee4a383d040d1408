/**
 * A file's second stage, in a lint thread: lint every sheet's grid, bound what
 * is reported, and optionally write the annotated copy. Nothing here throws:
 * every failure becomes a report.
 */
import { promises as fs } from "node:fs";
import type { Grid } from "../core/grid/grid";
import { lintGrid } from "../core/lint/lint";
import type { LintConfig } from "../core/lint/config";
import type { Locale } from "../core/model/diagnostic";
import { tableName } from "../core/model/table";
import { boundDiagnostic } from "./bound";
import { fsReason } from "./fs-errors";
import { failed } from "./failed";
import { t } from "../i18n";
import type { FileReport } from "./report";

export interface LintTask {
  file: string;
  config: LintConfig;
  locale: Locale;
  /** Where to write the annotated copy; never an existing file. */
  annotateTo?: string;
}

async function writeCopy(task: LintTask, bytes: Uint8Array, report: FileReport): Promise<string | undefined> {
  const { file, locale, annotateTo: target } = task;
  let copy: Uint8Array;
  try {
    // Loaded only for a copy: most batches write none, and a lint thread then never compiles the writer.
    const { annotatePackage } = await import("../xlsx/annotate-package");
    copy = annotatePackage(bytes, report.diagnostics, locale);
  } catch (error) {
    return t(locale, "annotateEdit", { file, detail: error instanceof Error ? error.message : String(error) });
  }
  try {
    await fs.writeFile(target!, copy, { flag: "wx" }); // never over an existing file
    return undefined;
  } catch (error) {
    const reason = fsReason(error);
    if (reason === "exists") return t(locale, "annotateExists", { file, target: target! });
    return t(locale, "annotateWrite", { file, target: target!, reason: t(locale, reason) });
  }
}

/** `bytes` are the file's, read by the first stage; needed only for the annotated copy. */
export async function lintStage(task: LintTask, grids: readonly Grid[], bytes?: Uint8Array): Promise<FileReport> {
  const { file, locale } = task;
  const report: FileReport = { file, tables: [], diagnostics: [] };
  try {
    for (const grid of grids) {
      const result = lintGrid(grid, task.config);
      for (const table of result.tables)
        report.tables.push({ id: table.id, sheet: table.sheet, name: tableName(table) });
      for (const d of result.diagnostics) report.diagnostics.push(boundDiagnostic(d));
    }
  } catch (error) {
    // A bug in a rule must cost one file, not the whole run of hundreds.
    return failed(file, "internal", locale, { detail: error instanceof Error ? error.message : String(error) });
  }
  if (task.annotateTo && bytes) {
    const problem = await writeCopy(task, bytes, report);
    if (problem) report.annotateError = problem;
  }
  return report;
}
