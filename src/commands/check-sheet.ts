/** The ribbon's 检查本表: read the active sheet, lint it, mark it. Host-agnostic so it is tested on the fake. */
import { lintGrid } from "../core";
import type { HostPort } from "../host/port";
import { marksFromDiagnostics } from "../excel/marks-from-diagnostics";

export interface SheetCheck {
  sheet: string;
  findings: number;
  markedCells: number;
}

export async function checkActiveSheet(host: HostPort): Promise<SheetCheck> {
  const sheet = await host.activeSheet();
  const { diagnostics } = lintGrid(await host.readGrid(sheet));
  const marks = marksFromDiagnostics(diagnostics, host.displayLanguage(), sheet);
  await host.writeMarks(sheet, marks);
  return { sheet, findings: diagnostics.length, markedCells: marks.length };
}
