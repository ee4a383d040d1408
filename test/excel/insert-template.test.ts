import { ExcelHost } from "../../src/excel";
import { lintGrid } from "../../src/core/lint/lint";
import { LEVEL1, BASIS_TYPES, LEVEL2_BY_LEVEL1 } from "../../src/core/schema";
import { blankFormTable, indicatorRow, LABEL_FILL } from "../../src/core/template";
import type { EditEvent } from "../../src/host/port";
import { buildFormTable } from "../helpers/form-table";
import { FakeExcel, sheetExtras } from "./fake-excel";
import { FakeSheet } from "./fake-workbook";
import { fakeWith } from "./sheets";

function blank(apiVersion = "1.20", grouping = false) {
  // `grouping`: grouped runs work and the undo API is there (the test is about grouping; fidelity.test.ts covers failures).
  const fake = new FakeExcel({ apiVersion, ...(grouping ? { groupFailure: "none" as const, undoApi: true } : {}) });
  const sheet = fake.addSheet("表1");
  return { fake, sheet, host: new ExcelHost(fake.env()) };
}

const text = (sheet: FakeSheet, row: number, col: number) => String(sheet.cell(row, col).value);
const listAt = (sheet: FakeSheet, row: number, col: number) =>
  sheetExtras(sheet).validations.filter(
    (v) => row >= v.rect.top && row <= v.rect.bottom && col >= v.rect.left && col <= v.rect.right,
  );
const snapshot = (sheet: FakeSheet) =>
  JSON.stringify([
    [...sheet.cells],
    [...sheet.fills],
    [...sheet.notes],
    sheet.merges,
    sheetExtras(sheet).validations,
    [...sheetExtras(sheet).bold],
  ]);

describe("ExcelHost.insertTemplate, mode at", () => {
  test("writes the blank table where asked, and the core finds it there", async () => {
    const { sheet, host } = blank();
    const block = blankFormTable();
    const result = await host.insertTemplate("表1", { row: 4, col: 2 }, block, "at");
    expect(result).toEqual({ status: "inserted", range: { top: 4, left: 2, bottom: 4 + block.rows - 1, right: 8 } });
    expect(text(sheet, 4, 2)).toBe("项目支出绩效目标表");
    expect(text(sheet, 12, 2)).toBe("一级指标");
    expect(sheet.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 8 }); // the title
    const grid = await host.readGrid("表1");
    const { tables } = lintGrid(grid);
    expect(tables).toHaveLength(1);
    expect(tables[0].anchor).toEqual({ row: 4, col: 2 });
    expect(tables[0].indicators).toHaveLength(6);
  });

  test("dropdowns, label formats and borders", async () => {
    const { sheet, host } = blank();
    await host.insertTemplate("表1", { row: 0, col: 0 }, blankFormTable(), "at");
    const source = (row: number, col: number) =>
      (listAt(sheet, row, col)[0]?.rule as { list: { source: string; inCellDropDown: boolean } } | undefined)?.list;
    expect(source(9, 0)).toEqual({ inCellDropDown: true, source: LEVEL1.join(",") });
    expect(source(10, 1)?.source).toBe(LEVEL2_BY_LEVEL1["产出指标"].join(","));
    expect(source(13, 1)?.source).toBe(LEVEL2_BY_LEVEL1["效益指标"].join(","));
    expect(source(14, 6)?.source).toBe(BASIS_TYPES.join(","));
    expect(source(14, 5)).toBeUndefined();
    // A basis may carry its document after the type: typing it must not be refused.
    expect(listAt(sheet, 14, 6)[0].errorAlert).toMatchObject({ showAlert: false });
    expect(listAt(sheet, 14, 0)[0].errorAlert).toMatchObject({ showAlert: true, style: "Warning" });
    expect(sheet.fill(2, 0)).toMatchObject({ color: LABEL_FILL });
    expect(sheet.fill(2, 1).pattern).toBe("None");
    expect(sheetExtras(sheet).bold.has(FakeSheet.key(8, 6))).toBe(true);
    expect(sheetExtras(sheet).bold.has(FakeSheet.key(2, 1))).toBe(false);
    const edges = sheetExtras(sheet)
      .borders.filter((b) => b.rect.top === 2 && b.rect.bottom === 14)
      .map((b) => `${b.edge}:${b.style}:${b.weight}`);
    expect(edges.sort()).toEqual(
      ["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop", "InsideHorizontal", "InsideVertical"].map(
        (e) => `${e}:Continuous:Thin`,
      ),
    );
  });

  test("two syncs and one undo group, whatever the size; no edit event for our writes", async () => {
    const { fake, host } = blank("1.20", true);
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    const measure = fake.mark();
    const runs = fake.runs.length;
    await host.insertTemplate("表1", { row: 0, col: 0 }, blankFormTable(), "at");
    expect(measure().syncs).toBe(2);
    await host.insertTemplate(
      "表1",
      { row: 40, col: 0 },
      blankFormTable({ indicators: Array(60).fill(["产出指标", "数量指标"]) }),
      "at",
    );
    expect(measure().syncs).toBe(4);
    expect(fake.runs.slice(runs)).toEqual([
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    await fake.settle();
    expect(events).toEqual([]);
    expect(fake.enableEvents).toBe(true);
    expect(fake.unsyncedRuns).toBe(0);
  });

  test.each([
    [
      "a value in its last cell",
      (s: FakeSheet) => s.setCell(19, 8, { value: "备注", type: "String" }),
      { row: 19, col: 8 },
    ],
    [
      "a formula showing nothing",
      (s: FakeSheet) => s.setCell(11, 3, { value: "", type: "Empty", formula: '=""' }),
      { row: 11, col: 3 },
    ],
    [
      "a merge of empty cells",
      (s: FakeSheet) => void (s.merges = [{ top: 15, left: 5, bottom: 16, right: 6 }]),
      { row: 15, col: 5 },
    ],
  ])("refuses when the area holds %s, and changes nothing", async (_what, put, cell) => {
    const { fake, sheet, host } = blank();
    put(sheet);
    const before = snapshot(sheet);
    const measure = fake.mark();
    const result = await host.insertTemplate("表1", { row: 5, col: 2 }, blankFormTable(), "at");
    expect(result).toEqual({ status: "occupied", range: { top: 5, left: 2, bottom: 19, right: 8 }, cell });
    expect(snapshot(sheet)).toBe(before);
    expect(measure().syncs).toBe(1);
  });

  test("a sheet whose name holds a comma and a cell-like word: the name is not read as a merged area", async () => {
    const fake = new FakeExcel({ apiVersion: "1.20" });
    const sheet = fake.addSheet("D7,表");
    sheet.merges = [{ top: 0, left: 0, bottom: 1, right: 1 }]; // above and left of the area: probed, not in the way
    const host = new ExcelHost(fake.env());
    expect((await host.insertTemplate("D7,表", { row: 5, col: 2 }, blankFormTable(), "at")).status).toBe("inserted");
  });

  test("a cell just outside the area does not block it", async () => {
    const { sheet, host } = blank();
    sheet.setCell(5, 9, { value: "旁边", type: "String" });
    sheet.setCell(20, 2, { value: "下面", type: "String" });
    expect((await host.insertTemplate("表1", { row: 5, col: 2 }, blankFormTable(), "at")).status).toBe("inserted");
    expect(text(sheet, 5, 9)).toBe("旁边");
    expect(text(sheet, 20, 2)).toBe("下面");
  });

  test("on ExcelApi 1.9 it still writes (no undo group, merges not probed)", async () => {
    const { fake, sheet, host } = blank("1.9");
    expect(
      (await host.insertTemplate("表1", { row: 0, col: 0 }, indicatorRow("产出指标", "数量指标"), "at")).status,
    ).toBe("inserted");
    expect(text(sheet, 0, 1)).toBe("数量指标");
    expect(fake.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
    expect(fake.loaded.has("RangeAreas.address")).toBe(false);
  });
});

describe("ExcelHost.insertTemplate, mode insertRows", () => {
  test("inserts whole rows inside a table: the rows below, their merges and notes move down; the table gains one indicator", async () => {
    const { grid } = buildFormTable({ sheet: "表1" });
    const fake = fakeWith(grid);
    const sheet = fake.sheet("表1")!;
    sheet.notes.set("C13", "用户批注");
    sheet.setCell(12, 10, { value: "表外", type: "String" });
    const host = new ExcelHost(fake.env());
    const measure = fake.mark();
    const result = await host.insertTemplate(
      "表1",
      { row: 12, col: 0 },
      indicatorRow("效益指标", "经济效益指标"),
      "insertRows",
    );
    // The sheet's id and its marks record (to move it with the rows), then the writes (events need no switching on 1.14+).
    expect(measure().syncs).toBe(3);
    expect(result).toEqual({ status: "inserted", range: { top: 12, left: 0, bottom: 12, right: 6 } });
    expect(fake.rowsInserted).toEqual([{ sheet: "表1", row: 12, count: 1 }]);
    expect([text(sheet, 12, 0), text(sheet, 12, 1)]).toEqual(["效益指标", "经济效益指标"]);
    expect(text(sheet, 13, 2)).toBe(grid.values[12][2]);
    expect(text(sheet, 13, 10)).toBe("表外");
    expect(sheet.notes.get("C14")).toBe("用户批注");
    expect(sheet.merges).toContainEqual({ top: 13, left: 3, bottom: 13, right: 4 }); // the old row's description
    expect(sheet.merges).toContainEqual({ top: 12, left: 3, bottom: 12, right: 4 }); // the new row's
    const after = lintGrid(await host.readGrid("表1")).tables;
    expect(after).toHaveLength(1);
    expect(after[0].indicators.map((i) => i.level2?.text)).toContain("经济效益指标");
    expect(after[0].indicators).toHaveLength(grid.values.length - 9 + 1);
  });
});

test("insertRows moves the marks record with the rows: a user fill under a moved mark comes back where it went", async () => {
  const { fake, sheet, host } = blank();
  for (let r = 0; r < 10; r++) sheet.setCell(r, 1, { value: `v${r}`, type: "String" });
  sheet.fills.set(FakeSheet.key(4, 1), { color: "#92D050", pattern: "Solid" });
  await host.writeMarks("表1", [
    { row: 3, col: 1, severity: "error", note: "甲" },
    { row: 4, col: 1, severity: "error", note: "乙" },
  ]);
  await host.insertTemplate("表1", { row: 2, col: 0 }, indicatorRow("产出指标", "数量指标"), "insertRows");
  // The re-check finds the two cells one row down, with other messages.
  await host.writeMarks("表1", [
    { row: 4, col: 1, severity: "warning", note: "甲2" },
    { row: 5, col: 1, severity: "warning", note: "乙2" },
  ]);
  await host.clearMarks();
  expect(sheet.fill(4, 1).pattern).toBe("None");
  expect(sheet.fill(5, 1)).toEqual({ color: "#92D050", pattern: "Solid" });
  expect(sheet.notes.size).toBe(0);
  expect(fake.unsyncedRuns).toBe(0);
});

describe("ExcelHost.selectedCell", () => {
  test("gives the active cell's sheet and position", async () => {
    const { fake, host } = blank();
    fake.addSheet("表2");
    await host.selectCell("表2", 6, 3);
    expect(await host.selectedCell()).toEqual({ sheet: "表2", row: 6, col: 3 });
  });
});
