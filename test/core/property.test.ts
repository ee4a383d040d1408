/** Properties: any grid is checked without throwing, findings point inside, checking is deterministic, recheck = full check. */
import fc from "fast-check";
import { gridRange, type CellRange, type CellValue, type Grid } from "../../src/core/grid/grid";

function rangeContains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}
import { combineGrids } from "../../src/core/grid/compose";
import { lintGrid, recheck, type LintResult } from "../../src/core/lint/lint";
import { buildFormTable } from "../helpers/form-table";
import { buildCompactTables } from "../helpers/compact-table";
import { buildFlatTable } from "../helpers/flat-table";
import { SEED } from "../helpers/property-seed";
import { HEADER_READ_BACK, MERGE_FROM_OUTSIDE, OVERLAPPING_MERGES } from "../helpers/found-grids";

const LABELS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "绩效指标描述",
  "指标值",
  "指标值确定依据",
  "项目名称",
  "项目编码",
  "预算数",
  "其中：财政资金",
  "其他资金",
  "绩效目标",
  "资金支出计划（%）",
  "3月底",
  "12月底",
  "单位：万元",
  "绩效指标",
  "项目名称（资金使用单位）",
  "*指标值",
  "计量单位",
  "1.X绩效目标表",
  "产出指标",
  "≥90%",
  "1、1-产出指标；11-数量指标：a；实施周期指标值:1个；年度指标值:1个。",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.oneof(fc.double({ noNaN: false }), fc.integer()) },
  { weight: 1, arbitrary: fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }, true) },
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 24 }),
    top: fc.nat(5),
    left: fc.nat(5),
    merges: fc.array(fc.record({ top: fc.nat(25), left: fc.nat(10), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 4 }),
  })
  .map(({ values, top, left, merges }) => ({
    sheet: "S",
    top,
    left,
    values,
    merges: merges.map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

/**
 * A finding points into the grid or its table, or at the first cell of a
 * merged area that reaches into them (selecting it selects the whole area,
 * which the officer sees in the table even when it starts left of the cells read).
 */
function pointsInside(grid: Grid, result: LintResult): void {
  const full = gridRange(grid);
  const ranges = new Map(result.tables.map((t) => [t.id, t.range]));
  const meets = (a: CellRange, b: CellRange) =>
    a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
  for (const d of result.diagnostics) {
    const range = ranges.get(d.tableId);
    const inside = (area: CellRange | undefined) =>
      area !== undefined &&
      (rangeContains(area, d.row, d.col) ||
        grid.merges.some((m) => m.top === d.row && m.left === d.col && meets(m, area)));
    expect(inside(full) || inside(range)).toBe(true);
  }
}

/** Three layouts on one sheet, then cells retyped at random. */
function builtSheet(): Grid {
  const form = buildFormTable({ level1Style: "once" });
  const flat = buildFlatTable().grid;
  const compact = buildCompactTables().grid;
  const shift = (g: Grid, top: number): Grid => ({
    ...g,
    top,
    merges: g.merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })),
  });
  return combineGrids("S", [form.grid, shift(flat, 19), shift(compact, 34)]);
}

const BASE = builtSheet();
const HEIGHT = BASE.values.length;

const retype: fc.Arbitrary<[number, number, CellValue]> = fc.tuple(
  fc.nat(HEIGHT - 1),
  fc.nat(9),
  fc.oneof(fc.constant(null), cell, fc.constantFrom("170.00", 170, "", "  ")),
);

function applyEdits(grid: Grid, edits: [number, number, CellValue][]): Grid {
  const values = grid.values.map((line) => [...line]);
  for (const [r, c, v] of edits) {
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = v;
  }
  return { ...grid, values };
}

/** Grids other seeds found: run on every seed. */
const FOUND: Grid[] = [HEADER_READ_BACK, OVERLAPPING_MERGES, MERGE_FROM_OUTSIDE];

describe("properties", () => {
  it("random grids never throw, and findings point inside", () => {
    fc.assert(
      fc.property(randomGrid, (grid) => {
        pointsInside(grid, lintGrid(grid));
      }),
      { seed: SEED, numRuns: 200, examples: FOUND.map((grid) => [grid]) },
    );
  });

  it("built tables with cells blanked, moved or retyped never throw; checking is deterministic", () => {
    fc.assert(
      fc.property(fc.array(retype, { maxLength: 8 }), (edits) => {
        const grid = applyEdits(BASE, edits);
        const once = lintGrid(grid);
        pointsInside(grid, once);
        expect(lintGrid(grid)).toEqual(once);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it("recheck after editing cells of one area gives the full check's result", () => {
    const before = lintGrid(BASE);
    fc.assert(
      fc.property(fc.nat(HEIGHT - 1), fc.nat(9), fc.array(cell, { minLength: 1, maxLength: 3 }), (row, col, vals) => {
        const edits = vals.map((v, i): [number, number, CellValue] => [Math.min(row + i, HEIGHT - 1), col, v]);
        const grid = applyEdits(BASE, edits);
        const changed = { top: row, left: col, bottom: Math.min(row + vals.length - 1, HEIGHT - 1), right: col };
        expect(recheck(grid, before, changed)).toEqual(lintGrid(grid));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
