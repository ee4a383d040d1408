import { PlaygroundHost } from "../../src/playground/playground-host";
import { listAt, PlaygroundWorkbook, type PlaygroundSheet } from "../../src/playground/workbook-model";
import { lintGrid } from "../../src/core/lint/lint";
import { blankFormTable, indicatorRow, LABEL_FILL } from "../../src/core/template";
import { LEVEL1 } from "../../src/core/schema";
import type { EditEvent } from "../../src/host/port";
import { buildFormTable } from "../helpers/form-table";

function host(values: PlaygroundSheet["values"] = [], merges: PlaygroundSheet["merges"] = []) {
  const sheet: PlaygroundSheet = { name: "表1", values, merges, fills: new Map(), notes: new Map() };
  const h = new PlaygroundHost(new PlaygroundWorkbook([sheet]));
  const events: EditEvent[] = [];
  void h.onEdit((e) => events.push(e));
  return { h, sheet, events };
}

describe("PlaygroundHost.insertTemplate", () => {
  test("at: writes values, merges, label fills and dropdowns, and raises no edit event (as Excel for our writes)", async () => {
    const { h, sheet, events } = host();
    const result = await h.insertTemplate("表1", { row: 1, col: 1 }, blankFormTable(), "at");
    expect(result).toEqual({ status: "inserted", range: { top: 1, left: 1, bottom: 15, right: 7 } });
    expect(sheet.values[9][1]).toBe("一级指标");
    expect(sheet.fills.get("3,1")).toBe(LABEL_FILL);
    expect(sheet.bold?.has("3,1")).toBe(true);
    expect(listAt(sheet, 10, 1)).toEqual(LEVEL1);
    expect(listAt(sheet, 10, 3)).toBeUndefined();
    expect(events).toEqual([]);
    expect(lintGrid(await h.readGrid("表1")).tables).toHaveLength(1);
  });

  test("at: a value or a merge in the area means occupied, and nothing changes", async () => {
    const { h, sheet, events } = host([[null], [null, null, null, null, "x"]]);
    const before = JSON.stringify(sheet.values);
    expect(await h.insertTemplate("表1", { row: 0, col: 0 }, blankFormTable(), "at")).toMatchObject({
      status: "occupied",
      cell: { row: 1, col: 4 },
    });
    expect(JSON.stringify(sheet.values)).toBe(before);
    expect(sheet.merges).toEqual([]);
    const merged = host([], [{ top: 3, left: 20, bottom: 4, right: 21 }]);
    expect(await merged.h.insertTemplate("表1", { row: 0, col: 15 }, blankFormTable(), "at")).toMatchObject({
      status: "occupied",
      cell: { row: 3, col: 20 },
    });
    expect(events).toEqual([]);
  });

  test("insertRows: everything from the row moves down — values, merges, fills, notes, dropdowns and our marks", async () => {
    const { grid } = buildFormTable({ sheet: "表1" });
    const { h, sheet } = host(
      grid.values.map((r) => [...r]),
      grid.merges.map((m) => ({ ...m })),
    );
    sheet.notes.set("12,2", "用户批注");
    sheet.fills.set("12,5", "#ABCDEF");
    await h.writeMarks("表1", [{ row: 12, col: 6, severity: "error", note: "我们的" }]);
    await h.insertTemplate("表1", { row: 11, col: 0 }, indicatorRow("效益指标", "经济效益指标"), "insertRows");
    expect(sheet.values[11].slice(0, 2)).toEqual(["效益指标", "经济效益指标"]);
    expect(sheet.values[13][2]).toBe(grid.values[12][2]);
    expect(sheet.notes.get("13,2")).toBe("用户批注");
    expect(sheet.fills.get("13,5")).toBe("#ABCDEF");
    expect(sheet.merges).toContainEqual({ top: 13, left: 3, bottom: 13, right: 4 });
    expect(listAt(sheet, 11, 6)).toContain("计划标准");
    // Our mark moved with its cell and comes off cleanly from there.
    await h.clearMarks("表1");
    expect(sheet.fills.has("13,6")).toBe(false);
    expect(sheet.notes.has("13,6")).toBe(false);
    const table = lintGrid(await h.readGrid("表1")).tables[0];
    expect(table.indicators).toHaveLength(grid.values.length - 9 + 1);
  });

  test("selectedCell follows the grid's selection", async () => {
    const { h } = host();
    expect(await h.selectedCell()).toBeUndefined();
    await h.selectCell("表1", 4, 2);
    expect(await h.selectedCell()).toEqual({ sheet: "表1", row: 4, col: 2 });
  });
});
