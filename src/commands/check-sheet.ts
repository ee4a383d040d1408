/**
 * The ribbon's 检查本表: read the active sheet, lint it, mark it — the same
 * marks the task pane writes (src/app/marks.ts), minus the findings the user
 * ignored in the pane. Host-agnostic, so it is tested on the fake Excel.
 */
import { lintGrid, textAt } from "../core";
import type { HostPort } from "../host/port";
import { findingKey } from "../app/keys";
import { diagnosticsToMarks } from "../app/marks";

export interface SheetCheck {
  sheet: string;
  findings: number;
  markedCells: number;
}

export async function checkActiveSheet(host: HostPort): Promise<SheetCheck> {
  const sheet = await host.activeSheet();
  const grid = await host.readGrid(sheet);
  const ignored = new Set(await host.loadIgnored());
  const diagnostics = lintGrid(grid).diagnostics.filter((d) => !ignored.has(findingKey(d, textAt(grid, d.row, d.col))));
  const marks = diagnosticsToMarks(diagnostics, host.displayLanguage());
  await host.writeMarks(sheet, marks);
  return { sheet, findings: diagnostics.length, markedCells: marks.length };
}
