/**
 * Findings as rows (for CSV and the results sheet) and CSV text that Excel
 * opens correctly: UTF-8 with a BOM (else Chinese shows garbled), and cells
 * that Excel would run as formulas defused with a leading apostrophe.
 */
import { localize, type Diagnostic, type Locale } from "../core/model/diagnostic";
import { severityLabel, t } from "../i18n";
import { ruleName } from "../core/rules/names";
import { cellText, type Grid } from "../core/grid/grid";

export const BOM = "\uFEFF";

const COLUMNS = ["colSheet", "colCell", "colTable", "colRule", "colSeverity", "colMessage"] as const;

/** Rule names (not ids) in the 规则 column: the officer reads the sheet, not the configuration. */
export function findingRows(diagnostics: readonly Diagnostic[], locale: Locale): string[][] {
  const header = COLUMNS.map((id) => t(locale, id));
  const rows = diagnostics.map((d) => [
    d.sheet,
    d.cell,
    d.tableName,
    ruleName(d.ruleId, locale),
    severityLabel(locale, d.severity),
    localize(d.message, locale),
  ]);
  return [header, ...rows];
}

/**
 * Our 检查结果 sheet (or its CSV opened in Excel), known by its header row in either language: the pane says
 * what it is instead of "未找到绩效目标表", which had read as a failure of the check.
 */
export function isResultSheet(grid: Grid): boolean {
  const first = grid.values.find((row) => row?.some((v) => cellText(v ?? null) !== ""));
  if (!first || grid.left !== 0) return false;
  const texts = first.slice(0, COLUMNS.length).map((v) => cellText(v ?? null));
  const locales: Locale[] = ["zh-CN", "en-US"];
  return locales.some((locale) => COLUMNS.every((id, i) => texts[i] === t(locale, id)));
}

/**
 * CSV injection: `= + - @` (and tab/CR, which Excel also treats as formula starts) get a `'`, also when
 * leading blanks stand before them — spaces, NBSP, a BOM, an ideographic space: Excel and LibreOffice
 * skip those and still run the formula.
 */
const FORMULA_START = /^(?:[\s\u00a0\ufeff\u3000\u200b]*[=+\-@]|[\t\r])/;

export function defuse(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map((cell) => quote(defuse(cell))).join(",")).join("\r\n") + "\r\n";
}
