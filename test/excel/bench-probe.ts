/**
 * Cost of a full check and of a re-check after one edit, in syncs and bytes,
 * measured on the fake Excel. For the bench (scripts/bench/) and the tests.
 * A full check = read the sheet + lint + write marks; a re-check = one user
 * edit, then what the pane does live: read the rows the edit can reach,
 * re-check them, reconcile the marks in those rows (`wholeSheetEdit`: read
 * the whole sheet and reconcile every mark, as before row windows).
 */
import type { CellRange, Grid } from "../../src/core/grid/grid";
import { lintGrid, recheck, recheckPart, recheckRows, type LintResult } from "../../src/core/lint/lint";
import { toA1 } from "../../src/core/grid/address";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { ExcelHost } from "../../src/excel";
import { diagnosticsToMarks } from "../../src/i18n";
import { FakeExcel } from "./fake-excel";
import { fillSheet } from "./fake-workbook";

export interface ExcelCost {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  maxRequest: number;
  maxResponse: number;
}

export interface ProbeOptions {
  /** Excel on the web (5 MB payload limit) rather than desktop. */
  web?: boolean;
  apiVersion?: string;
  /** The cell the user edits, absolute 0-based; the sheet's first cell by default. */
  edit?: { row: number; col: number; value: string | number };
  /** Re-read the whole sheet and reconcile every mark on the edit (the pane before row windows). */
  wholeSheetEdit?: boolean;
}

export async function measureExcelCheck(
  grid: Grid,
  lint: (grid: Grid) => Diagnostic[],
  options: ProbeOptions = {},
): Promise<{ full: ExcelCost; edit: ExcelCost; marks: number }> {
  const fake = new FakeExcel({ web: options.web, apiVersion: options.apiVersion });
  fillSheet(fake.addSheet(grid.sheet), grid);
  const host = new ExcelHost(fake.env());
  const check = async () => {
    const marks = diagnosticsToMarks(lint(await host.readGrid(grid.sheet)), "zh-CN");
    await host.writeMarks(grid.sheet, marks);
    return marks.length;
  };
  const fullDone = fake.mark();
  const marks = await check();
  const full = fullDone();
  const target = options.edit ?? { row: grid.top, col: grid.left, value: "已修改" };
  // What the pane holds from the full check (its CPU is not what is measured here).
  const previous = lintGrid(await host.readGrid(grid.sheet));
  await fake.userEdit(grid.sheet, toA1(target.row, target.col), target.value);
  const changed = { top: target.row, left: target.col, bottom: target.row, right: target.col };
  const editDone = fake.mark();
  if (options.wholeSheetEdit) await check();
  else await liveEdit(host, grid.sheet, previous, changed);
  return { full, edit: editDone(), marks };
}

/** The pane's live path for a value edit: read the window, re-check it, reconcile its marks (the whole sheet only when the window did not suffice). */
async function liveEdit(host: ExcelHost, sheet: string, previous: LintResult, changed: CellRange): Promise<void> {
  const rows = recheckRows(previous, changed);
  const result =
    recheckPart(await host.readGrid(sheet, rows), previous, changed, rows) ??
    recheck(await host.readGrid(sheet), previous, changed);
  await host.writeMarks(sheet, diagnosticsToMarks(result.diagnostics, "zh-CN"), rows);
}
