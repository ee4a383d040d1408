import type { Grid } from "../../src/core/grid/grid";
import { LIBRARY } from "../../src/core/schema";
import { blankFlatTable } from "../../src/core/template";
import { blockGrid as blockGridOf } from "../helpers/fill-template";
import { belowContent, FORM_COLUMNS, GAP_ROWS, planInsert } from "../../src/core/template";
import { buildFormTable, DEFAULT_INDICATORS } from "../helpers/form-table";

const empty: Grid = { sheet: "Sheet1", top: 0, left: 0, values: [], merges: [] };

describe("planInsert: the blank table", () => {
  test("goes at the selected cell, in place ('at' refuses a filled target)", () => {
    const { grid } = buildFormTable();
    const plan = planInsert({ kind: "table" }, grid, { row: 3, col: 20 });
    expect([plan.at, plan.mode, plan.block.rows]).toEqual([{ row: 3, col: 20 }, "at", 15]);
  });

  test("without a selection, below everything, two blank rows apart; A1 on an empty sheet", () => {
    const { grid } = buildFormTable({ top: 1, left: 2 });
    expect(planInsert({ kind: "table" }, grid).at).toEqual({ row: grid.values.length + GAP_ROWS, col: 0 });
    expect(belowContent(empty)).toEqual({ row: 0, col: 0 });
    const shifted: Grid = { sheet: "S", top: 5, left: 3, values: [["x"], [null]], merges: [] };
    expect(belowContent(shifted)).toEqual({ row: 5 + 1 + GAP_ROWS, col: 3 });
  });
});

describe("planInsert: an indicator row", () => {
  const choice = { kind: "indicator" as const, level1: "效益指标", level2: "生态效益指标" };

  test("selected on an indicator row: whole rows inserted under it, in the table's columns", () => {
    const { grid } = buildFormTable({ top: 2, left: 1, level1Style: "repeated" });
    const quality = { kind: "indicator" as const, level1: "产出指标", level2: "质量指标" };
    const plan = planInsert(quality, grid, { row: 12, col: 3 });
    expect([plan.at, plan.mode, plan.tableId]).toEqual([{ row: 13, col: 1 }, "insertRows", "Sheet1!B3"]);
    expect(plan.block.values[0]).toEqual(["产出指标", "质量指标", null, null, null, null, null]);
    expect(plan.block.merges).toEqual([{ top: 0, left: 3, bottom: 0, right: 4 }]);
  });

  test("a row of another 一级 joins its own group, wherever the selection is (fourteenth session)", () => {
    // Default indicators: 成本 (row 9), 产出 merged over rows 10–12, 效益 13, 满意度 14.
    const { grid } = buildFormTable({ level1Style: "merged" });
    expect(planInsert(choice, grid, { row: 10, col: 1 }).at).toEqual({ row: 14, col: 0 });
    expect(planInsert(choice, grid, { row: 9, col: 1 }).at).toEqual({ row: 14, col: 0 });
    expect(planInsert(choice, grid, { row: 2, col: 1 }).at).toEqual({ row: 14, col: 0 });
  });

  test("a 一级 the table lacks: under the selected row, never splitting a merged group", () => {
    const { grid } = buildFormTable({
      level1Style: "merged",
      indicators: DEFAULT_INDICATORS.filter((_, i) => i !== 4),
    });
    // 成本 (row 9), 产出 merged over rows 10–12, 满意度 13.
    expect(planInsert(choice, grid, { row: 10, col: 1 }).at).toEqual({ row: 13, col: 0 });
    expect(planInsert(choice, grid, { row: 9, col: 1 }).at).toEqual({ row: 10, col: 0 });
  });

  test("selected in the head block, or nothing selected, with no group of its 一级: at the end of the (last) table", () => {
    const { grid } = buildFormTable({ indicators: DEFAULT_INDICATORS.filter((_, i) => i !== 4) });
    const end = grid.values.length;
    expect(planInsert(choice, grid, { row: 2, col: 1 }).at).toEqual({ row: end, col: 0 });
    expect(planInsert(choice, grid).at).toEqual({ row: end, col: 0 });
    expect(planInsert(choice, grid).mode).toBe("insertRows");
  });

  test("outside any table: a lone row at the selection ('at'), in the form layout", () => {
    const { grid } = buildFormTable();
    const plan = planInsert(choice, grid, { row: 40, col: 10 });
    expect([plan.at, plan.mode, plan.block.cols]).toEqual([{ row: 40, col: 10 }, "at", FORM_COLUMNS.width]);
    expect(planInsert(choice, empty).at).toEqual({ row: 0, col: 0 });
  });

  test("a table whose columns differ gets the row in its own columns", () => {
    // No description column: 一级 二级 三级 指标值 依据.
    const grid: Grid = {
      sheet: "S",
      top: 0,
      left: 0,
      values: [
        ["项目名称", "甲"],
        ["绩效目标", "乙"],
        ["一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"],
        ["产出指标", "数量指标", "培训人数", "≥100人", "计划标准"],
      ],
      merges: [],
    };
    const plan = planInsert(choice, grid, { row: 3, col: 0 });
    expect(plan.block.values[0]).toEqual(["效益指标", "生态效益指标", null, null, null]);
    expect(plan.block.lists.map((l) => l.range.left).sort()).toEqual([0, 1, 4]);
  });
});

describe("rows inside a merged 一级 group and library rows", () => {
  test("a row of the group's own 一级 goes right under the selected row; the merge grows over it", () => {
    // Default indicators: 成本 (row 9), 产出 merged over rows 10–12, 效益 13, 满意度 14.
    const { grid } = buildFormTable({ level1Style: "merged" });
    const plan = planInsert({ kind: "indicator", level1: "产出指标", level2: "质量指标" }, grid, { row: 10, col: 2 });
    expect(plan.at).toEqual({ row: 11, col: 0 });
    // The 一级 cell is left to the merge (no text, no list there).
    expect(plan.block.values[0].slice(0, 2)).toEqual([null, "质量指标"]);
    expect(plan.block.lists.some((l) => l.range.left === 0)).toBe(false);
  });

  test("a library entry: its name, skeleton and basis in the table's columns, and the skeleton to select", () => {
    const entry = LIBRARY.find((e) => e.name === "系统正常运行率")!;
    const { grid } = buildFormTable({ level1Style: "merged" });
    const plan = planInsert({ kind: "library", entry }, grid, { row: 10, col: 2 });
    expect(plan.block.values[0]).toEqual([null, "质量指标", "系统正常运行率", null, null, "≥__%", "行业标准"]);
    expect(plan.select).toEqual({ row: 11, col: 5 });
  });

  test("a library entry in a flat table: number, unit and sign in their own columns", () => {
    const entry = LIBRARY.find((e) => e.name === "系统正常运行率")!;
    const grid = blockGridOf(blankFlatTable());
    const plan = planInsert({ kind: "library", entry }, grid, { row: 7, col: 2 });
    expect(plan.block.values[0].slice(0, 7)).toEqual([
      "产出指标",
      "质量指标",
      "系统正常运行率",
      "__",
      "%",
      "≥",
      "行业标准",
    ]);
    expect(plan.select).toEqual({ row: 8, col: 3 });
  });

  test("the flat blank table is offered beside the form one", () => {
    expect(planInsert({ kind: "table", layout: "flat" }, empty).block.cols).toBe(10);
    expect(planInsert({ kind: "table" }, empty).block.cols).toBe(7);
  });
});
