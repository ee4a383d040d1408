/**
 * Human output in the shape of ESLint's stylish formatter: the file, then each
 * sheet › table with one line per finding (cell, severity, message, rule), then
 * a summary. Files are printed as they are checked.
 */
import { localize, type Diagnostic, type Locale, type Severity } from "../../core/model/diagnostic";
import { plural, SEVERITY_LABEL, t } from "../messages";
import type { FileReport, Reporter, Totals } from "../report";
import type { Colors } from "./color";
import { displayWidth, padEnd } from "./width";

/** Messages wider than this are not padded; the rule id just follows them. */
const MESSAGE_COLUMN_MAX = 60;

interface Group {
  title: string;
  diagnostics: Diagnostic[];
}

/** Groups by table in the order tables were found; a finding of an unlisted table gets its own group. */
function groupByTable(report: FileReport): Group[] {
  const groups = new Map<string, Group>();
  for (const table of report.tables) groups.set(table.id, { title: `${table.sheet} › ${table.name}`, diagnostics: [] });
  for (const d of report.diagnostics) {
    let group = groups.get(d.tableId);
    if (!group) groups.set(d.tableId, (group = { title: `${d.sheet} › ${d.tableName}`, diagnostics: [] }));
    group.diagnostics.push(d);
  }
  return [...groups.values()].filter((g) => g.diagnostics.length > 0);
}

function severityColor(colors: Colors, severity: Severity): (s: string) => string {
  return severity === "error" ? colors.red : severity === "warning" ? colors.yellow : colors.blue;
}

function fileBlock(report: FileReport, locale: Locale, colors: Colors): string {
  const rows = report.diagnostics.map((d) => [
    d.cell,
    localize(SEVERITY_LABEL[d.severity], locale),
    localize(d.message, locale).replace(/\s*\n\s*/g, " "),
  ]);
  const widths = [0, 1, 2].map((i) => rows.reduce((w, r) => Math.max(w, displayWidth(r[i])), 0));
  // One long Chinese message must not push every rule id off the screen.
  widths[2] = Math.min(widths[2], MESSAGE_COLUMN_MAX);
  const lines = new Map<Diagnostic, string>();
  report.diagnostics.forEach((d, i) => {
    const [cell, label, message] = rows[i];
    const sev = severityColor(colors, d.severity)(padEnd(label, widths[1]));
    lines.set(
      d,
      `    ${colors.dim(padEnd(cell, widths[0]))}  ${sev}  ${padEnd(message, widths[2])}  ${colors.dim(d.ruleId)}`,
    );
  });
  const out = [colors.underline(report.file)];
  for (const group of groupByTable(report)) {
    out.push(`  ${colors.bold(group.title)}`);
    // A table may hold 100,000 findings: never spread them into a call.
    for (const d of group.diagnostics) out.push(lines.get(d) as string);
  }
  return out.join("\n") + "\n\n";
}

function summary(totals: Totals, locale: Locale, colors: Colors): string {
  const problems = totals.errors + totals.warnings + totals.infos;
  const counts = {
    problems,
    problemsWord: plural(problems, "problem"),
    errors: totals.errors,
    errorsWord: plural(totals.errors, "error"),
    warnings: totals.warnings,
    warningsWord: plural(totals.warnings, "warning"),
    infos: totals.infos,
    infosWord: plural(totals.infos, "info"),
  };
  const color = totals.errors ? colors.red : totals.warnings ? colors.yellow : colors.blue;
  // "No problems" would mislead when some files were never read.
  const head = problems
    ? color(colors.bold(t("summary", locale, counts)))
    : totals.unreadable
      ? ""
      : colors.green(t("summaryClean", locale));
  let checked = t("checked", locale, {
    files: totals.files,
    filesWord: plural(totals.files, "file"),
    tables: totals.tables,
    tablesWord: plural(totals.tables, "table"),
  });
  if (totals.unreadable) checked += t("unreadable", locale, { count: totals.unreadable });
  return `${head ? head + "\n" : ""}${colors.dim(checked)}\n`;
}

export function stylishReporter(write: (s: string) => void, locale: Locale, colors: Colors): Reporter {
  return {
    file(report) {
      if (report.error) return; // said on stderr, one line, by the runner
      if (report.tables.length === 0 && report.diagnostics.length === 0) {
        write(`${colors.underline(report.file)}\n  ${colors.dim(t("noTables", locale))}\n\n`);
        return;
      }
      if (report.diagnostics.length > 0) write(fileBlock(report, locale, colors));
    },
    end(totals) {
      write(summary(totals, locale, colors));
    },
  };
}
