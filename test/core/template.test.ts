import type { CellValue, Grid } from "../../src/core/grid/grid";
import { toA1 } from "../../src/core/grid/address";
import { lintGrid } from "../../src/core/lint/lint";
import { level2BelongsTo, LEVEL1, LEVEL2_BY_LEVEL1, BASIS_TYPES } from "../../src/core/schema";
import {
  blankFormTable,
  blockArea,
  FORM_COLUMNS,
  indicatorRow,
  INDICATOR_KINDS,
  placeRange,
  STARTER_INDICATORS,
  type TemplateBlock,
} from "../../src/core/template";
import { buildFormTable } from "../helpers/form-table";

/** Writes a block into a fresh grid at (top, left), as a host would. */
function gridWith(block: TemplateBlock, top: number, left: number, sheet = "Sheet1"): Grid {
  const values: CellValue[][] = Array.from({ length: top + block.rows }, () => []);
  block.values.forEach((line, r) => line.forEach((v, c) => (values[top + r][left + c] = v)));
  return { sheet, top: 0, left: 0, values, merges: block.merges.map((m) => placeRange(m, top, left)) };
}

/** Inserts a block's rows at `row` (content from there moves down), as "insertRows" does. */
function insertRows(grid: Grid, block: TemplateBlock, row: number, left: number): Grid {
  const fresh: CellValue[][] = block.values.map((line) => [...Array(left).fill(null), ...line]);
  const values = [...grid.values.slice(0, row), ...fresh, ...grid.values.slice(row)];
  const shift = (top: number) => (top >= row ? top + block.rows : top);
  const merges = grid.merges.map((m) => ({
    ...m,
    top: shift(m.top),
    bottom: m.bottom >= row ? m.bottom + block.rows : m.bottom,
  }));
  return { ...grid, values, merges: [...merges, ...block.merges.map((m) => placeRange(m, row, left))] };
}

const FILL_IN = new Set(["field-missing", "indicator-incomplete", "value-missing", "basis-missing"]);

describe("blankFormTable", () => {
  test("is a rectangle of 7 columns: head, header and one row per starter kind", () => {
    const block = blankFormTable();
    expect(block.cols).toBe(7);
    expect(block.rows).toBe(9 + STARTER_INDICATORS.length);
    expect(block.values).toHaveLength(block.rows);
    for (const line of block.values) expect(line).toHaveLength(7);
    expect(block.values[8]).toEqual([
      "一级指标",
      "二级指标",
      "三级指标",
      "绩效指标描述",
      null,
      "指标值",
      "指标值确定依据",
    ]);
    expect(block.values.slice(9).map((l) => [l[0], l[1]])).toEqual([
      ["产出指标", "数量指标"],
      [null, "质量指标"],
      [null, "时效指标"],
      ["成本指标", "经济成本指标"],
      ["效益指标", "社会效益指标"],
      ["满意度指标", "服务对象满意度指标"],
    ]);
    // Nothing for the officer is prefilled.
    for (const line of block.values.slice(9)) expect(line.slice(2)).toEqual([null, null, null, null, null]);
  });

  test.each([
    [0, 0],
    [3, 2],
    [40, 9],
  ])("placed at row %i col %i, it is one form table whose findings only ask to fill in", (top, left) => {
    const block = blankFormTable();
    const result = lintGrid(gridWith(block, top, left));
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables;
    expect(table.layout).toBe("form");
    expect(table.range).toEqual(blockArea(block, top, left));
    expect(table.title?.text).toBe("项目支出绩效目标表");
    expect(table.moneyUnit).toBe("万元");
    expect(table.indicators.map((i) => [i.level1?.text, i.level2?.text])).toEqual(
      STARTER_INDICATORS.map(([a, b]) => [a, b]),
    );
    expect(table.spendPlan?.points.map((p) => toA1(p.field.row - top, p.field.col - left))).toEqual([
      "B7",
      "D7",
      "E7",
      "F7",
    ]);

    const rules = new Set(result.diagnostics.map((d) => d.ruleId));
    expect([...rules].filter((id) => !FILL_IN.has(id))).toEqual([]);
    const at = (ruleId: string) =>
      result.diagnostics
        .filter((d) => d.ruleId === ruleId)
        .map((d) => toA1(d.row - top, d.col - left))
        .sort();
    // 项目编码 B3, 项目名称 E3, 预算数 C4, 绩效目标 B8.
    expect(at("field-missing")).toEqual(["B3", "B8", "C4", "E3"]);
    const indicatorRows = STARTER_INDICATORS.map((_, i) => 10 + i);
    // An empty row is one finding (fill in or delete), not one per blank cell: an error on each 一级's first, one
    // note for the others (产出's 质量 and 时效 rows, C11 first).
    expect(at("value-missing")).toEqual([]);
    expect(at("basis-missing")).toEqual([]);
    const firstOfEach = indicatorRows.filter(
      (r, i) => i === 0 || STARTER_INDICATORS[i - 1][0] !== STARTER_INDICATORS[i][0],
    );
    expect(at("indicator-incomplete")).toEqual([...firstOfEach, 11].map((r) => `C${r}`).sort());
  });

  test("dropdowns: 一级 over each group, 二级 of the row's 一级, 指标值确定依据 on every row", () => {
    const block = blankFormTable();
    const listAt = (row: number, col: number) =>
      block.lists.filter(
        (l) => row >= l.range.top && row <= l.range.bottom && col >= l.range.left && col <= l.range.right,
      );
    for (let i = 0; i < STARTER_INDICATORS.length; i++) {
      const row = 9 + i;
      const [level1] = STARTER_INDICATORS[i];
      expect(listAt(row, 0).map((l) => l.items)).toEqual([LEVEL1]);
      expect(listAt(row, 1).map((l) => l.items)).toEqual([LEVEL2_BY_LEVEL1[level1]]);
      expect(listAt(row, 6)).toEqual([expect.objectContaining({ items: BASIS_TYPES, alert: "none" })]);
      expect(listAt(row, 2)).toEqual([]);
    }
    // The 产出 group is one merged 一级 cell with one dropdown.
    expect(block.merges).toContainEqual({ top: 9, left: 0, bottom: 11, right: 0 });
    expect(listAt(10, 0)[0].range).toEqual({ top: 9, left: 0, bottom: 11, right: 0 });
  });

  test("labels are filled and bold, values are not; borders frame the table below the title", () => {
    const block = blankFormTable();
    const isLabel = (r: number, c: number) =>
      block.labels.some((l) => r >= l.top && r <= l.bottom && c >= l.left && c <= l.right);
    expect(isLabel(2, 0)).toBe(true); // 项目编码
    expect(isLabel(2, 1)).toBe(false); // its value
    expect(isLabel(8, 6)).toBe(true); // 指标值确定依据
    expect(isLabel(9, 1)).toBe(false);
    expect(block.borders).toEqual([{ top: 2, left: 0, bottom: block.rows - 1, right: 6 }]);
  });
});

describe("indicatorRow", () => {
  test("every offered kind is in the vocabulary", () => {
    for (const [l1, l2] of INDICATOR_KINDS) expect(level2BelongsTo(l1, l2)).toBe("yes");
  });

  test("one row: 一级 and 二级 written, dropdowns on both and on the basis", () => {
    const block = indicatorRow("效益指标", "生态效益指标");
    expect(block.rows).toBe(1);
    expect(block.values[0]).toEqual(["效益指标", "生态效益指标", null, null, null, null, null]);
    expect(block.merges).toEqual([{ top: 0, left: 3, bottom: 0, right: 4 }]);
    const items = (col: number) => block.lists.find((l) => l.range.left === col)?.items;
    expect(items(0)).toEqual(LEVEL1);
    expect(items(1)).toEqual(LEVEL2_BY_LEVEL1["效益指标"]);
    expect(items(6)).toEqual(BASIS_TYPES);
  });

  test("an unknown 一级 offers every current 二级", () => {
    const items = indicatorRow("其他", "x").lists.find((l) => l.range.left === 1)!.items;
    expect(items).toEqual(expect.arrayContaining(["数量指标", "经济成本指标", "服务对象满意度指标"]));
    expect(items).toHaveLength(11); // all but the old scheme's 成本指标 under 产出
  });

  test.each(INDICATOR_KINDS.map(([a, b]) => [a, b]))(
    "inserted into a table, it parses as one more indicator: %s · %s",
    (level1, level2) => {
      const { grid } = buildFormTable({ top: 2, left: 1 });
      const before = lintGrid(grid).tables[0];
      const row = before.range.bottom + 1;
      const after = lintGrid(insertRows(grid, indicatorRow(level1, level2), row, 1));
      expect(after.tables).toHaveLength(1);
      const indicators = after.tables[0].indicators;
      expect(indicators).toHaveLength(before.indicators.length + 1);
      const added = indicators[indicators.length - 1];
      expect([added.row, added.level1?.text, added.level2?.text, added.level1Inherited]).toEqual([
        row,
        level1,
        level2,
        undefined,
      ]);
      const codes = after.diagnostics
        .filter((d) => d.row === row)
        .map((d) => d.ruleId)
        .sort();
      expect(codes).toEqual(["indicator-incomplete"]);
    },
  );

  test("inserted in the middle of a table, the rows below keep parsing", () => {
    const { grid } = buildFormTable({ level1Style: "repeated" });
    const before = lintGrid(grid).tables[0];
    const after = lintGrid(insertRows(grid, indicatorRow("产出指标", "数量指标"), 11, 0)).tables[0];
    expect(after.indicators.map((i) => i.level2?.text)).toEqual([
      ...before.indicators.slice(0, 2).map((i) => i.level2?.text),
      "数量指标",
      ...before.indicators.slice(2).map((i) => i.level2?.text),
    ]);
  });

  test("follows a table's own columns", () => {
    const block = indicatorRow("产出指标", "质量指标", { width: 5, level1: 1, level2: 2, name: 3, value: 4 });
    expect(block.values[0]).toEqual([null, "产出指标", "质量指标", null, null]);
    expect(block.merges).toEqual([]);
    expect(block.lists.map((l) => l.range.left).sort()).toEqual([1, 2]);
    expect(FORM_COLUMNS.width).toBe(7);
  });
});
