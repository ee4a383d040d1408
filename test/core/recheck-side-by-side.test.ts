/**
 * Tables side by side, offset vertically: one table's head block runs up beside
 * another table in other columns. A re-check's window is bounded by the rows of
 * the unaffected tables (in any column), so it must still find a table whose
 * header lies in the window while its head block starts above it.
 */
import fc from "fast-check";
import { SEED } from "../helpers/property-seed";
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { combineGrids } from "../../src/core/grid/compose";
import { lintGrid, recheck, recheckPart, recheckRows, type LintResult } from "../../src/core/lint/lint";
import { sliceRows } from "../../src/app/grid-rows";
import { buildFormTable } from "../helpers/form-table";
import { buildFlatTable } from "../helpers/flat-table";

/** The indicator header's row in a built form table (see test/helpers/form-table.ts). */
const HEADER_ROW = 8;

function applyEdits(grid: Grid, edits: [number, number, CellValue][]): Grid {
  const values = grid.values.map((line) => [...line]);
  for (const [r, c, v] of edits) {
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = v;
  }
  return { ...grid, values };
}

function editOf(grid: Grid, edits: [number, number, CellValue][]): { grid: Grid; changed: CellRange } {
  const rows = edits.map((e) => e[0]);
  const cols = edits.map((e) => e[1]);
  const changed = {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
  return { grid: applyEdits(grid, edits), changed };
}

/** recheck (and recheckPart on the rows recheckRows names, when it answers) give the full check's tables and findings. */
function expectSameAsFull(grid: Grid, previous: LintResult, changed: CellRange): void {
  const full = lintGrid(grid);
  const re = recheck(grid, previous, changed);
  expect(re.tables).toEqual(full.tables);
  expect(re.diagnostics).toEqual(full.diagnostics);
  const rows = recheckRows(previous, changed);
  const partial = recheckPart(sliceRows(grid, rows), previous, changed, rows);
  if (partial) {
    expect(partial.tables).toEqual(full.tables);
    expect(partial.diagnostics).toEqual(full.diagnostics);
  }
}

describe("recheck with tables side by side", () => {
  const left = buildFormTable({ name: "甲" }).grid;
  const leftEnd = left.values.length - 1;

  it("finds a table whose header is typed below another table's end, its head block running up beside it", () => {
    // The right table starts beside the left one; its header comes 4 rows below the left table's end.
    const top = leftEnd + 4 - HEADER_ROW;
    const right = buildFormTable({ name: "乙", top, left: 10 }).grid;
    // Without its 一级/二级/三级 words the row is no header (a header of 二级 and 三级 alone still is one).
    const words: [number, number, string][] = [10, 11, 12].map((c, i) => [
      top + HEADER_ROW,
      c,
      ["一级指标", "二级指标", "三级指标"][i],
    ]);
    const base = applyEdits(
      combineGrids("S", [left, right]),
      words.map(([r, c]) => [r, c, null]),
    );
    const before = lintGrid(base);
    expect(before.tables.map((t) => t.name?.raw)).toEqual(["甲"]);
    const { grid, changed } = editOf(base, words);
    expect(lintGrid(grid).tables.map((t) => t.name?.raw)).toEqual(["甲", "乙"]);
    expectSameAsFull(grid, before, changed);
  });

  it("drops and finds it again when its header is cleared and retyped beside a table above", () => {
    const top = leftEnd + 4 - HEADER_ROW;
    const base = combineGrids("S", [left, buildFormTable({ name: "乙", top, left: 10 }).grid]);
    const cleared = editOf(base, [[top + HEADER_ROW, 10, null]]);
    expectSameAsFull(cleared.grid, lintGrid(base), cleared.changed);
    const retyped = editOf(cleared.grid, [[top + HEADER_ROW, 10, "一级指标"]]);
    expectSameAsFull(retyped.grid, recheck(cleared.grid, lintGrid(base), cleared.changed), retyped.changed);
  });

  it("finds it when the other table is below, beside the first one's indicator rows", () => {
    // A flat table on the right, its rows running down beside a form table that starts lower on the left.
    const flat = buildFlatTable().grid;
    const formTop = flat.values.length + 3;
    const base = combineGrids("S", [flat, buildFormTable({ name: "丙", top: formTop, left: 12 }).grid]);
    const before = lintGrid(base);
    const { grid, changed } = editOf(base, [[formTop + HEADER_ROW + 2, 16, "≥1次"]]);
    expectSameAsFull(grid, before, changed);
  });
});

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "一级指标",
    "二级指标",
    "项目名称",
    "1.X绩效目标表",
    "单位：万元",
    "绩效目标",
    "产出指标",
    "≥90%",
    "170",
    "备注",
  ),
  fc.string({ maxLength: 4 }),
);

describe("recheck with tables side by side: property", () => {
  it("equals the full check for tables at random offsets, with a header cleared or not, and random edits", () => {
    fc.assert(
      fc.property(
        fc.record({
          rightTop: fc.integer({ min: 0, max: 40 }),
          rightLeft: fc.integer({ min: 8, max: 12 }),
          belowGap: fc.integer({ min: 2, max: 12 }),
          clear: fc.constantFrom("none", "right", "below"),
          notes: fc.integer({ min: 0, max: 25 }),
          restore: fc.boolean(),
        }),
        fc.nat(75),
        fc.nat(20),
        fc.array(cell, { minLength: 1, maxLength: 3 }),
        (layout, row, col, vals) => {
          const a = buildFormTable({ name: "甲" }).grid;
          const b = buildFormTable({ name: "乙", top: layout.rightTop, left: layout.rightLeft }).grid;
          const cTop = a.values.length + layout.belowGap;
          const c = buildFormTable({ name: "丙", top: cTop }).grid;
          const setup: [number, number, CellValue][] = [];
          if (layout.clear === "right") setup.push([layout.rightTop + HEADER_ROW, layout.rightLeft, null]);
          if (layout.clear === "below") setup.push([cTop + HEADER_ROW, 0, null]);
          // Text running down in the left table's columns, under it.
          for (let r = a.values.length + 2; r < a.values.length + 2 + layout.notes; r++) setup.push([r, 1, "备注"]);
          const base = applyEdits(combineGrids("S", [a, b, c]), setup);
          const before = lintGrid(base);
          const restore = setup.length > 0 && layout.clear !== "none" && layout.restore;
          // Either the cleared header typed back, or a few cells down one column.
          const edits: [number, number, CellValue][] = restore
            ? [[setup[0][0], setup[0][1], "一级指标"]]
            : vals.map((v, i): [number, number, CellValue] => [row + i, col, v]);
          const { grid, changed } = editOf(base, edits);
          expectSameAsFull(grid, before, changed);
        },
      ),
      { seed: SEED, numRuns: 100 },
    );
  });
});
