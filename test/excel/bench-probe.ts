/**
 * Cost of a full check and of a re-check after one edit, in syncs and bytes,
 * measured on the fake Excel. For the bench (scripts/bench/) and the tests.
 * A full check = read the sheet + lint + write marks; a re-check = one user
 * edit, then read + lint + write marks again (only the difference is written).
 */
import type { Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { ExcelHost } from "../../src/excel";
import { diagnosticsToMarks } from "../../src/app/marks";
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
}

export async function measureExcelCheck(grid: Grid, lint: (grid: Grid) => Diagnostic[], options: ProbeOptions = {}): Promise<{ full: ExcelCost; edit: ExcelCost; marks: number }> {
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
  await fake.userEdit(grid.sheet, toA1(target.row, target.col), target.value);
  const editDone = fake.mark();
  await check();
  return { full, edit: editDone(), marks };
}
