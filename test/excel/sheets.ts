/** Test sheets: `n` copies of the standard form table stacked down one sheet, for size-independence tests and the bench. */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { buildFormTable } from "../helpers/form-table";
import { FakeExcel } from "./fake-excel";
import { fillSheet, type FakeOptions } from "./fake-workbook";

export function stackedTables(n: number, sheet = "Sheet1"): Grid {
  const one = buildFormTable({ sheet }).grid;
  const height = one.top + one.values.length + 2;
  const values: CellValue[][] = [];
  const merges = [];
  for (let i = 0; i < n; i++) {
    one.values.forEach((row, r) => (values[i * height + r] = [...row]));
    for (const m of one.merges) merges.push({ ...m, top: m.top + i * height, bottom: m.bottom + i * height });
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return { sheet, top: one.top, left: one.left, values, merges };
}

/** A fake workbook holding `grid` as its only (active) sheet. */
export function fakeWith(grid: Grid, options: FakeOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  fillSheet(fake.addSheet(grid.sheet), grid);
  return fake;
}
