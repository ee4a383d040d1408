/** recheck on only the rows recheckRows names gives what it gives on the whole sheet, and what a full check gives. */
import { REACH_DOWN } from "../../src/core/locate/affected";
import fc from "fast-check";
import { SEED } from "../helpers/property-seed";
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { combineGrids } from "../../src/core/grid/compose";
import { lintGrid, recheck, recheckPart, recheckRows, type LintResult } from "../../src/core/lint/lint";
import { sliceRows } from "../../src/app/grid-rows";
import { buildFormTable } from "../helpers/form-table";
import { buildCompactTables } from "../helpers/compact-table";
import { buildFlatTable } from "../helpers/flat-table";

const shift = (g: Grid, top: number): Grid => ({
  ...g,
  top,
  merges: g.merges.map((m) => ({ ...m, top: m.top + top, bottom: m.bottom + top })),
});

/** Form tables, a flat one, a compact list and form tables again, so windows have neighbours on both sides. */
function sheet(): Grid {
  const parts: Grid[] = [];
  let top = 0;
  const add = (g: Grid) => {
    parts.push(shift(g, top));
    top += g.values.length + 2;
  };
  for (let i = 0; i < 3; i++) add(buildFormTable({ name: `项目${i}`, level1Style: i === 1 ? "once" : undefined }).grid);
  add(buildFlatTable().grid);
  add(buildCompactTables().grid);
  for (let i = 3; i < 5; i++) add(buildFormTable({ name: `项目${i}` }).grid);
  return combineGrids("S", parts);
}

const BASE = sheet();
const HEIGHT = BASE.values.length;
const BEFORE = lintGrid(BASE);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "一级指标",
    "二级指标",
    "三级指标",
    "项目名称",
    "1.X绩效目标表",
    "单位：万元",
    "≥90%",
    "170",
    "项目名称（资金使用单位）",
    "绩效目标",
    "绩效指标",
    "产出指标",
  ),
  fc.string({ maxLength: 6 }),
);

function applyEdits(grid: Grid, edits: [number, number, CellValue][]): Grid {
  const values = grid.values.map((line) => [...line]);
  for (const [r, c, v] of edits) {
    while (values.length <= r) values.push([]);
    while (values[r].length <= c) values[r].push(null);
    values[r][c] = v;
  }
  return { ...grid, values };
}

function checkEdit(grid: Grid, changed: CellRange, previous: LintResult = BEFORE): boolean {
  const full = lintGrid(grid);
  expect(recheck(grid, previous, changed)).toEqual(full);
  const rows = recheckRows(previous, changed);
  const part = sliceRows(grid, rows);
  const partial = recheckPart(part, previous, changed, rows);
  if (partial) expect(partial).toEqual(full);
  return partial !== undefined;
}

describe("recheck on the rows recheckRows names", () => {
  it("equals recheck on the whole sheet and the full check, for random edits", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(fc.nat(HEIGHT + 3), fc.nat(9), fc.array(cell, { minLength: 1, maxLength: 3 }), (row, col, vals) => {
        const edits = vals.map((v, i): [number, number, CellValue] => [row + i, col, v]);
        const grid = applyEdits(BASE, edits);
        const changed = { top: row, left: col, bottom: row + vals.length - 1, right: col };
        runs++;
        if (checkEdit(grid, changed)) answered++;
      }),
      { seed: SEED, numRuns: 300 },
    );
    // The window suffices for nearly every edit; the rest fall back to a whole read.
    expect(answered / runs).toBeGreaterThan(0.9);
  });

  it("reads only the edited table's neighbourhood, not the sheet", () => {
    const t = BEFORE.tables[5].range;
    const rows = recheckRows(BEFORE, { top: t.top + 3, left: 2, bottom: t.top + 3, right: 2 });
    expect(rows.top).toBeGreaterThan(BEFORE.tables[1].range.top);
    // The table, how far an edit reaches either side and a head block's height either side; not the other tables.
    expect(rows.bottom - rows.top).toBeLessThan(t.bottom - t.top + 1 + 2 * REACH_DOWN + 2 * 32 + 1);
  });

  it("says so when a table grows past the rows read (a neighbour beside it, text below it)", () => {
    const a = buildFormTable({ name: "甲" }).grid;
    const aEnd = a.values.length - 1;
    const beside = buildFormTable({ name: "乙", top: aEnd + 40, left: 10 }).grid;
    const edits: [number, number, CellValue][] = [];
    // Rows under the first table, after two blank rows: not part of it until the gap is filled. They name an
    // indicator word (a remark row such as `补充内容` would end the block instead of joining it; `续表…` is a page's
    // break line, read past).
    for (let r = aEnd + 3; r < aEnd + 150; r++) edits.push([r, 0, "补充指标"]);
    const base = applyEdits(combineGrids("S", [a, beside]), edits);
    const before = lintGrid(base);
    const { grid: filled, changed } = {
      grid: applyEdits(base, [[aEnd + 1, 0, "补"]]),
      changed: { top: aEnd + 1, left: 0, bottom: aEnd + 1, right: 0 },
    };
    const rows = recheckRows(before, changed);
    expect(rows.bottom).toBeLessThan(aEnd + 150);
    expect(recheckPart(sliceRows(filled, rows), before, changed, rows)).toBeUndefined();
  });

  it("says so when a compact list's header lies above the rows read", () => {
    const projects = Array.from({ length: 60 }, (_, i) => ({ name: `项目${i}`, goal: "目标", items: [] }));
    const list = shift(buildCompactTables({ projects }).grid, 40);
    // A second unit row 45 projects down: an edit under it re-checks only that unit's projects.
    const base = applyEdits(combineGrids("S", [buildFormTable({ name: "甲" }).grid, list]), [
      [87, 0, "第二单位"],
      [87, 1, null],
      [87, 2, null],
    ]);
    const before = lintGrid(base);
    const lastRow = base.values.length - 1;
    const edited = applyEdits(base, [[lastRow, 0, "改名"]]);
    const changed = { top: lastRow, left: 0, bottom: lastRow, right: 0 };
    const rows = recheckRows(before, changed);
    expect(rows.top).toBeGreaterThan(50);
    expect(recheckPart(sliceRows(edited, rows), before, changed, rows)).toBeUndefined();
    expect(recheck(edited, before, changed)).toEqual(lintGrid(edited));
  });
});
