import { LintController } from "../../src/app/controller";
import type { Grid } from "../../src/core/grid/grid";
import { buildFormTable } from "../helpers/form-table";
import { FakeHost } from "./fake-host";

const emptySheet = (sheet = "Sheet1"): Grid => ({ sheet, top: 0, left: 0, values: [], merges: [] });

async function setup(grids: Grid[]) {
  const host = new FakeHost(grids);
  const controller = new LintController(host, { yieldToUi: async () => undefined });
  await controller.init();
  return { host, controller };
}

const tablesOf = (c: LintController, sheet = "Sheet1") => c.getState().sheets[sheet].result.tables;
const rulesOf = (c: LintController, sheet = "Sheet1") =>
  new Set(c.getState().sheets[sheet].findings.map((f) => f.diagnostic.ruleId));

describe("LintController.insertTemplate", () => {
  test("a blank table at the selected cell, then the sheet is checked: only 'please fill in' findings", async () => {
    const { host, controller } = await setup([emptySheet()]);
    host.selection = { sheet: "Sheet1", row: 2, col: 1 };
    await controller.insertTemplate({ kind: "table" });
    expect(host.inserts.map((i) => [i.at, i.mode])).toEqual([[{ row: 2, col: 1 }, "at"]]);
    expect(host.text("Sheet1", 10, 1)).toBe("一级指标");
    expect(tablesOf(controller)).toHaveLength(1);
    // Its empty rows are one finding each (fill in or delete): no value-missing or basis-missing per cell.
    expect([...rulesOf(controller)].sort()).toEqual(["field-missing", "indicator-incomplete"]);
    expect(controller.getState().notice).toEqual({
      intent: "success",
      id: "templateInserted",
      data: { what: "空白绩效目标表", range: "B3:H17" },
    });
    expect(host.marks.get("Sheet1")?.length).toBeGreaterThan(0);
  });

  test("an occupied target: nothing written, a warning saying where and why, no re-check", async () => {
    const { grid } = buildFormTable();
    const { host, controller } = await setup([grid]);
    const before = JSON.stringify(host.grids.get("Sheet1"));
    const reads = host.reads.length;
    host.selection = { sheet: "Sheet1", row: 20, col: 6 };
    host.put("Sheet1", 25, 8, "别人的备注");
    const after = JSON.stringify(host.grids.get("Sheet1"));
    await controller.insertTemplate({ kind: "table" });
    expect(JSON.stringify(host.grids.get("Sheet1"))).toBe(after);
    expect(after).not.toBe(before);
    expect(controller.getState().notice).toEqual({
      intent: "warning",
      id: "templateOccupied",
      data: { what: "空白绩效目标表", range: "G21:M35", cell: "I26" },
    });
    expect(host.reads.length).toBe(reads + 1); // the read to plan; none after
  });

  test("an indicator row under the selected indicator: rows inserted, the table gains one indicator, undo follows the rows", async () => {
    const { grid } = buildFormTable({
      level1Style: "repeated",
      indicators: [
        ["产出指标", "数量指标", "培训人数", "培训人数", "≥100人", "历史指标"],
        ["产出指标", "质量指标", "合格率", "合格率", "≥95百分号", "计划标准"],
      ],
    });
    const { host, controller } = await setup([grid]);
    const fix = controller.getState().sheets.Sheet1.findings.find((f) => f.diagnostic.fix?.expected === "≥95百分号")
      ?.diagnostic.fix;
    expect(fix?.row).toBe(10);
    await controller.applyFix(fix!);
    host.selection = { sheet: "Sheet1", row: 9, col: 2 };
    await controller.insertTemplate({ kind: "indicator", level1: "效益指标", level2: "社会效益指标" });
    expect(host.inserts.map((i) => [i.at, i.mode])).toEqual([[{ row: 10, col: 0 }, "insertRows"]]);
    const indicators = tablesOf(controller)[0].indicators;
    expect(indicators.map((i) => i.level2?.text)).toEqual(["数量指标", "社会效益指标", "质量指标"]);
    expect(indicators[2].row).toBe(11);
    expect(controller.getState().notice?.id).toBe("templateRowsInserted");
    // The new row's first blank cell (its 三级指标) is selected, ready to type.
    expect(host.selections.at(-1)).toBe("Sheet1!10,2");
    // 撤销修复 still takes the fix back, in the cell's new row.
    expect(controller.getState().undo.map((u) => [u.fix.row, u.fix.cell])).toEqual([[11, `${fix!.cell[0]}12`]]);
    await controller.undo();
    expect(host.text("Sheet1", 11, fix!.col)).toBe("≥95百分号");
    expect(controller.getState().notice?.id).toBe("undone");
  });

  test("no selection the host can tell: the table goes below everything on the sheet", async () => {
    const { grid } = buildFormTable();
    const { host, controller } = await setup([grid]);
    await controller.insertTemplate({ kind: "table" });
    expect(host.inserts[0].at).toEqual({ row: grid.values.length + 2, col: 0 });
    expect(tablesOf(controller)).toHaveLength(2);
  });

  test("a selection on another sheet than the active one is not used", async () => {
    const { host, controller } = await setup([emptySheet("甲"), emptySheet("乙")]);
    host.selection = { sheet: "乙", row: 5, col: 5 };
    await controller.insertTemplate({ kind: "table" });
    expect(host.inserts.map((i) => [i.sheet, i.at])).toEqual([["甲", { row: 0, col: 0 }]]);
  });

  test("English notices name the template in English", async () => {
    const host = new FakeHost([emptySheet()], { language: "en-US" });
    const controller = new LintController(host, { yieldToUi: async () => undefined });
    await controller.init();
    await controller.insertTemplate({ kind: "indicator", level1: "产出指标", level2: "时效指标" });
    expect(controller.getState().notice?.data).toEqual({ what: "indicator row (产出指标·时效指标)", range: "A1:G1" });
  });
});
