/**
 * Findings as rows (for CSV and the results sheet) and CSV text that Excel
 * opens correctly: UTF-8 with a BOM (else Chinese shows garbled), and cells
 * that Excel would run as formulas defused with a leading apostrophe.
 */
import { localize, type Diagnostic, type Locale } from "../core/model/diagnostic";
import { severityLabel, t } from "../taskpane/i18n/messages";

export const BOM = "\uFEFF";

export function findingRows(diagnostics: readonly Diagnostic[], locale: Locale): string[][] {
  const header = (["colSheet", "colCell", "colTable", "colRule", "colSeverity", "colMessage"] as const).map((id) =>
    t(locale, id),
  );
  const rows = diagnostics.map((d) => [
    d.sheet,
    d.cell,
    d.tableName,
    d.ruleId,
    severityLabel(locale, d.severity),
    localize(d.message, locale),
  ]);
  return [header, ...rows];
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
