/**
 * The ribbon's 检查本表: read the active sheet, lint it, mark it — the same
 * marks the task pane writes (src/i18n/marks.ts), minus the findings the user
 * ignored in the pane. Host-agnostic, so it is tested on the fake Excel.
 */
import { lintGrid, textAt } from "../core";
import type { Severity } from "../core/model/diagnostic";
import type { HostPort, RibbonCheck } from "../host/port";
import { findingKey } from "../app/keys";
import { diagnosticsToMarks } from "../i18n";

export interface SheetCheck {
  sheet: string;
  findings: number;
  markedCells: number;
  counts: Record<Severity, number>;
}

export async function checkActiveSheet(host: HostPort): Promise<SheetCheck> {
  const sheet = await host.activeSheet();
  const grid = await host.readGrid(sheet);
  const ignored = new Set(await host.loadIgnored());
  const diagnostics = lintGrid(grid).diagnostics.filter((d) => !ignored.has(findingKey(d, textAt(grid, d.row, d.col))));
  const marks = diagnosticsToMarks(diagnostics, host.displayLanguage());
  await host.writeMarks(sheet, marks);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return { sheet, findings: diagnostics.length, markedCells: marks.length, counts };
}

/** The ribbon's run: check, then keep the result (or the error) in the workbook for the pane. Never throws. */
export async function runRibbonCheck(host: HostPort): Promise<RibbonCheck> {
  const at = new Date().toISOString();
  let result: RibbonCheck;
  try {
    const { sheet, counts } = await checkActiveSheet(host);
    result = { sheet, at, counts };
  } catch (error) {
    console.error("jixiao-lint: 检查本表 failed / Check sheet failed", error);
    result = { sheet: "", at, error: error instanceof Error ? error.message : String(error) };
  }
  // Best effort: when Excel itself is failing this may fail too; the console has the error.
  await host.saveRibbonCheck?.(result).catch((error) => console.error("jixiao-lint: result not kept", error));
  return result;
}
