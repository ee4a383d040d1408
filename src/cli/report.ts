/** What checking one file gives the formatters: tables, findings, or why it could not be read. */
import type { Diagnostic } from "../core/model/diagnostic";

export interface TableRef {
  id: string;
  sheet: string;
  name: string;
}

export interface FileReport {
  file: string;
  tables: TableRef[];
  diagnostics: Diagnostic[];
  /** The file could not be read or checked; `message` is already worded. */
  error?: { code: string; message: string };
  /** The file was checked but its annotated copy could not be written. */
  annotateError?: string;
}

export interface Totals {
  /** Files read and checked (not those that could not be read). */
  files: number;
  unreadable: number;
  /** Annotated copies that could not be written. */
  unwritten: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function emptyTotals(): Totals {
  return { files: 0, unreadable: 0, unwritten: 0, tables: 0, errors: 0, warnings: 0, infos: 0 };
}

export function addToTotals(totals: Totals, report: FileReport): void {
  if (report.error) totals.unreadable++;
  else totals.files++;
  if (report.annotateError) totals.unwritten++;
  totals.tables += report.tables.length;
  for (const d of report.diagnostics) {
    if (d.severity === "error") totals.errors++;
    else if (d.severity === "warning") totals.warnings++;
    else totals.infos++;
  }
}

/** A reporter gets each file as soon as it is checked, so output streams and memory stays flat. */
export interface Reporter {
  file(report: FileReport): void;
  end(totals: Totals): void;
}
