/**
 * Machine output: exactly one JSON document, `{"version":1,"files":[…]}`,
 * written one file per line as files are checked so that hundreds of files
 * never sit in memory together. `version` changes only when a field is removed
 * or changes meaning; new fields may appear at any time.
 */
import { localize, type Diagnostic, type Fix, type Locale } from "../../core/model/diagnostic";
import type { FileReport, Reporter } from "../report";

function fixJson(fix: Fix, locale: Locale) {
  return { cell: fix.cell, replacement: fix.replacement, expected: fix.expected, title: localize(fix.title, locale) };
}

export function diagnosticJson(d: Diagnostic, locale: Locale) {
  return {
    sheet: d.sheet,
    cell: d.cell,
    rule: d.ruleId,
    severity: d.severity,
    message: localize(d.message, locale),
    table: d.tableName,
    tableId: d.tableId,
    messageId: d.messageId,
    data: d.data,
    ...(d.fix ? { fix: fixJson(d.fix, locale) } : {}),
    ...(d.suggestions?.length ? { suggestions: d.suggestions.map((s) => fixJson(s, locale)) } : {}),
  };
}

export function fileJson(report: FileReport, locale: Locale) {
  return {
    file: report.file,
    tables: report.tables.length,
    tableList: report.tables.map((t) => ({ sheet: t.sheet, table: t.name, id: t.id })),
    diagnostics: report.diagnostics.map((d) => diagnosticJson(d, locale)),
    ...(report.error ? { error: report.error } : {}),
    ...(report.annotateError ? { annotateError: report.annotateError } : {}),
  };
}

export function jsonReporter(write: (s: string) => void, locale: Locale): Reporter {
  let first = true;
  write('{"version":1,"files":[');
  return {
    file(report) {
      write((first ? "\n" : ",\n") + JSON.stringify(fileJson(report, locale)));
      first = false;
    },
    end() {
      write("\n]}\n");
    },
  };
}
