/**
 * 全部修复: many certain fixes in one batch, so that ExcelHost's grouped run
 * (ExcelApi 1.20) makes them one undo step. Every cell is read first and a
 * fix is written only where the cell still holds the text checked (no
 * formula): a cell changed since the check is left exactly as it is.
 * A protected sheet among them refuses the whole batch before any write: Excel
 * would stop at its first refused cell, leaving the fixes half applied.
 * Syncs: 3 (sheets, every cell with protection, write), with events off around the writes.
 */
import { cellText } from "../core/grid/grid";
import type { Fix } from "../core/model/diagnostic";
import { fixInput } from "../host/cell-input";
import type { FixResult } from "../host/port";
import type { ExcelEnv } from "./env";
import { loadProtection, refuseProtected } from "./protection";
import { CELL_PROPS, toCellValue } from "./read-grid";
import { withEventsOff } from "./write-marks";

/** The sheets the fixes name that still exist; a deleted or renamed one makes its fixes stale. */
async function existingSheets(context: Excel.RequestContext, fixes: readonly Fix[]): Promise<Set<string>> {
  const sheets = [...new Set(fixes.map((f) => f.sheet))].map((name) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(name);
    ws.load("name");
    return { name, ws };
  });
  await context.sync();
  return new Set(sheets.filter((s) => !s.ws.isNullObject).map((s) => s.name));
}

export async function applyFixesIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  fixes: readonly Fix[],
): Promise<FixResult[]> {
  if (!fixes.length) return [];
  const present = await existingSheets(context, fixes);
  // Loaded with the cells: refusing costs no round trip of its own.
  const protections = [...present].map((sheet) => ({
    sheet,
    protection: loadProtection(context.workbook.worksheets.getItem(sheet)),
  }));
  const cells = fixes.map((fix) => {
    if (!present.has(fix.sheet)) return undefined;
    const cell = context.workbook.worksheets.getItem(fix.sheet).getCell(fix.row, fix.col);
    // eslint-disable-next-line office-addins/no-empty-load -- CELL_PROPS names the properties; the rule cannot read a constant
    cell.load(`${CELL_PROPS},formulas`);
    return cell;
  });
  await context.sync();
  for (const { sheet, protection } of protections) refuseProtected(protection, sheet);
  const results: FixResult[] = [];
  const writes: (() => void)[] = [];
  fixes.forEach((fix, i) => {
    const cell = cells[i];
    const formula = cell?.formulas[0][0];
    const held = cell && toCellValue(cell.values[0][0], cell.valueTypes[0][0], cell.numberFormat[0][0]);
    const fresh =
      cell && !(typeof formula === "string" && formula.startsWith("=")) && cellText(held ?? null) === fix.expected;
    results.push(fresh ? "applied" : "stale");
    if (fresh) writes.push(() => (cell.values = [[fixInput(fix.replacement, typeof held === "number")]]));
  });
  if (writes.length) {
    // withEventsOff syncs the writes together with switching events back on.
    await withEventsOff(env, context, async () => {
      for (const write of writes) write();
    });
  }
  return results;
}
