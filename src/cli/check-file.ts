/**
 * One file, start to finish, inside a worker thread: read, lint every sheet,
 * bound what is reported, and optionally write the annotated copy. Nothing
 * here throws: every failure becomes a report.
 */
import { promises as fs } from "node:fs";
import { lintGrid } from "../core/lint/lint";
import type { LintConfig } from "../core/lint/config";
import type { Locale } from "../core/model/diagnostic";
import { tableName } from "../core/model/table";
import { readXlsx } from "../xlsx/read-xlsx";
import { annotatePackage } from "../xlsx/annotate-package";
import { LIMITS, type Limits } from "../xlsx/limits";
import { boundDiagnostic } from "./bound";
import { fsReason } from "./fs-errors";
import { readInput } from "./inputs";
import { failed } from "./failed";
import { t } from "../i18n";
import type { FileReport } from "./report";

export interface CheckTask {
  file: string;
  config: LintConfig;
  locale: Locale;
  /** Cells allowed per sheet (the other limits follow from it). */
  maxCells?: number;
  /** Where to write the annotated copy; never an existing file. */
  annotateTo?: string;
}

/** --max-cells scales the byte limits too: about 80 bytes of XML per cell, never below 8 MiB a part. */
function limitsFor(maxCells: number | undefined): Limits {
  if (!maxCells) return LIMITS;
  const partBytes = Math.max(8 * 1024 * 1024, maxCells * 80);
  return { ...LIMITS, cellsPerSheet: maxCells, partBytes, totalBytes: partBytes * 2 };
}

async function writeCopy(task: CheckTask, bytes: Uint8Array, report: FileReport): Promise<string | undefined> {
  const { file, locale, annotateTo: target } = task;
  let copy: Uint8Array;
  try {
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

export async function checkFile(task: CheckTask): Promise<FileReport> {
  const { file, locale } = task;
  const read = await readInput(file);
  if (!read.ok) return failed(file, read.reason, locale);
  const loaded = readXlsx(read.bytes, limitsFor(task.maxCells));
  if (!loaded.ok) return failed(file, loaded.reason, locale, { detail: loaded.detail ?? "" });
  const report: FileReport = { file, tables: [], diagnostics: [] };
  try {
    for (const grid of loaded.grids) {
      const result = lintGrid(grid, task.config);
      for (const table of result.tables)
        report.tables.push({ id: table.id, sheet: table.sheet, name: tableName(table) });
      for (const d of result.diagnostics) report.diagnostics.push(boundDiagnostic(d));
    }
  } catch (error) {
    // A bug in a rule must cost one file, not the whole run of hundreds.
    return failed(file, "internal", locale, { detail: error instanceof Error ? error.message : String(error) });
  }
  if (task.annotateTo) {
    const problem = await writeCopy(task, read.bytes, report);
    if (problem) report.annotateError = problem;
  }
  return report;
}
