/** recheck gives what a full check gives, re-checking only the tables an edit can touch. */
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { combineGrids } from "../../src/core/grid/compose";
import { lintGrid, recheck, type LintResult } from "../../src/core/lint/lint";
import { buildFormTable, DEFAULT_INDICATORS } from "../helpers/form-table";
import { buildCompactTables, DEFAULT_ITEMS } from "../helpers/compact-table";
import { buildFlatTable } from "../helpers/flat-table";

function formSheet(n: number, gap = 1): Grid {
  let top = 0;
  const grids = Array.from({ length: n }, (_, i) => {
    const built = buildFormTable({ top, name: `项目${i}`, indicators: DEFAULT_INDICATORS.slice(0, 2 + (i % 5)) });
    top = built.table.range.bottom + 1 + gap;
    return built.grid;
  });
  return combineGrids("Sheet1", grids);
}

/** A copy of the grid with cells set; returns the grid and the changed range. */
function edit(grid: Grid, cells: [number, number, CellValue][]): { grid: Grid; changed: CellRange } {
  const values = grid.values.map((line) => [...line]);
  for (const [r, c, v] of cells) {
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = v;
  }
  const rows = cells.map((c) => c[0]);
  const cols = cells.map((c) => c[1]);
  const changed = {
    top: Math.min(...rows),
    left: Math.min(...cols),
    bottom: Math.max(...rows),
    right: Math.max(...cols),
  };
  return { grid: { ...grid, values }, changed };
}

function expectSame(after: Grid, previous: LintResult, changed: CellRange): LintResult {
  const result = recheck(after, previous, changed);
  expect(result).toEqual(lintGrid(after));
  return result;
}

describe("recheck on form tables", () => {
  const grid = formSheet(8);
  const before = lintGrid(grid);
  const tableTop = (i: number) => before.tables[i].range.top;

  it("finds what a full check finds after a value is edited", () => {
    const { grid: after, changed } = edit(grid, [[tableTop(3) + 2, 4, null]]);
    const result = expectSame(after, before, changed);
    const missing = (r: LintResult) => r.diagnostics.filter((d) => d.ruleId === "field-missing").map((d) => d.cell);
    expect(missing(result)).toEqual([...missing(before), `E${tableTop(3) + 3}`].sort());
  });

  it("keeps the other tables' objects as they were", () => {
    const { grid: after, changed } = edit(grid, [[tableTop(5) + 3, 2, null]]);
    const result = expectSame(after, before, changed);
    expect(result.tables[0]).toBe(before.tables[0]);
    expect(result.tables[7]).toBe(before.tables[7]);
    expect(result.tables[5]).not.toBe(before.tables[5]);
  });

  it.each([
    ["the first table's title", 0, 0, null],
    ["a blank row between tables, extending the table above", -1, 2, "多出来的一行"],
    ["a header cell, so the table loses its indicators", 8, 0, "别的"],
    ["a head label", 3, 1, "预算"],
  ] as const)("after editing %s", (_, offset, col, value) => {
    const row = offset < 0 ? before.tables[2].range.bottom + 1 : tableTop(2) + offset;
    const { grid: after, changed } = edit(grid, [[row, col, value]]);
    expectSame(after, before, changed);
  });

  it("finds a table typed into the space after the last one", () => {
    const extra = buildFormTable({ top: before.tables[7].range.bottom + 4, name: "新项目" }).grid;
    const after = combineGrids("Sheet1", [grid, extra]);
    const changed = { top: extra.top, left: 0, bottom: after.values.length - 1, right: 6 };
    const result = expectSame({ ...after, merges: after.merges }, before, changed);
    expect(result.tables).toHaveLength(9);
  });

  it("drops a table cleared away", () => {
    const range = before.tables[4].range;
    const cells: [number, number, CellValue][] = [];
    for (let r = range.top; r <= range.bottom; r++) for (let c = 0; c <= 6; c++) cells.push([r, c, null]);
    const { grid: after, changed } = edit(grid, cells);
    const result = expectSame(after, before, changed);
    expect(result.tables).toHaveLength(7);
  });
});

describe("recheck on other layouts", () => {
  it("compact: editing a unit row changes the unit of its projects", () => {
    const projects = ["甲", "乙", "丙"].map((name) => ({ name, goal: "目标", items: DEFAULT_ITEMS.slice(0, 2) }));
    const { grid } = buildCompactTables({ projects });
    const before = lintGrid(grid);
    const { grid: after, changed } = edit(grid, [[1, 0, "另一个单位"]]);
    const result = expectSame(after, before, changed);
    expect(result.tables.map((t) => t.unit?.text)).toEqual(["另一个单位", "另一个单位", "另一个单位"]);
  });

  it("compact: a project row emptied of goal and indicators becomes a unit row", () => {
    const projects = ["甲", "乙", "丙"].map((name) => ({ name, goal: "目标", items: DEFAULT_ITEMS.slice(0, 2) }));
    const { grid } = buildCompactTables({ projects });
    const before = lintGrid(grid);
    const { grid: after, changed } = edit(grid, [
      [3, 1, null],
      [3, 2, null],
    ]);
    const result = expectSame(after, before, changed);
    expect(result.tables.map((t) => t.unit?.text)).toEqual(["广州市无线电监测站", "乙"]);
  });

  it("flat: editing an indicator", () => {
    const { grid } = buildFlatTable();
    const before = lintGrid(grid);
    const { grid: after, changed } = edit(grid, [[7, 4, "120"]]);
    expectSame(after, before, changed);
  });
});
