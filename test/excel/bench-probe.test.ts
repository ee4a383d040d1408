import { lintGrid } from "../../src/core";
import { measureExcelCheck } from "./bench-probe";
import { stackedTables } from "./sheets";

test("the bench probe reports syncs and bytes for a full check and for one edit", async () => {
  const grid = stackedTables(10);
  const result = await measureExcelCheck(grid, (g) => lintGrid(g).diagnostics, {
    edit: { row: grid.top + 9, col: grid.left + 5, value: "" },
  });
  expect(result.full.responseBytes).toBeGreaterThan(0);
  // Read (shape and head rows, then the rest, merges and the sheet id) + marks (fills, notes and record; writes).
  expect(result.full.syncs).toBeLessThanOrEqual(4);
  // The window with the mark write's reads, then the writes.
  expect(result.edit.syncs).toBeLessThanOrEqual(2);
  expect(result.edit.responseBytes).toBeGreaterThan(0);
});

test("an edit reads and writes bytes in proportion to the edited table, not the sheet", async () => {
  const grid = stackedTables(200);
  const lint = (g: typeof grid) => lintGrid(g).diagnostics;
  const edit = { row: grid.top + Math.floor(grid.values.length / 2), col: grid.left + 5, value: "≥99百分号" };
  const before = await measureExcelCheck(grid, lint, { edit, wholeSheetEdit: true });
  const after = await measureExcelCheck(grid, lint, { edit });
  expect(after.edit.syncs).toBeLessThanOrEqual(before.edit.syncs);
  expect(after.edit.responseBytes * 5).toBeLessThan(before.edit.responseBytes);
  // The request carries the window's note reads (for a one-sync write): it does not grow with the sheet.
  const small = stackedTables(50);
  const smallEdit = { ...edit, row: small.top + Math.floor(small.values.length / 2) };
  const fewer = await measureExcelCheck(small, lint, { edit: smallEdit });
  expect(after.edit.requestBytes).toBeLessThan(fewer.edit.requestBytes * 1.2);
});
