/** The controller's actions for filling tables, on the real seeds through the playground host. */
import { LIBRARY } from "../../src/core/schema";
import { openSeed } from "./open-seed";
import { notInTable } from "../../src/app/library-context";

const open = (file: string) => openSeed(file, { debounceMs: 0 });

test("转换为标准表: Guangzhou onto a new sheet, shown and checked; the list itself untouched", async () => {
  const { controller, workbook, sheet } = await open("guangzhou-2024.xlsx");
  const before = JSON.stringify(sheet.values);
  await controller.convert("form");
  const state = controller.getState();
  expect(state.notice).toMatchObject({ id: "converted", data: { tables: 34, indicators: 168, sheet: "标准表" } });
  expect(state.activeSheet).toBe("标准表");
  expect(state.sheets["标准表"].result.tables).toHaveLength(34);
  expect(workbook.activeSheet().name).toBe("标准表");
  expect(JSON.stringify(sheet.values)).toBe(before);
  await controller.convert("form");
  expect(controller.getState().notice).toMatchObject({ id: "converted", data: { sheet: "标准表 (2)" } });
});

test("推荐指标: the context of the selection, and a library row inserted with its skeleton selected", async () => {
  const { controller, workbook, sheet } = await open("qingdao-2023.xlsx");
  const row = sheet.values.findIndex((l) => l && l[1] === "质量指标");
  workbook.selection = { sheet: sheet.name, row, col: 2 };
  const context = await controller.libraryContext();
  expect(context?.level2).toBe("质量指标");
  const entry = LIBRARY.find((e) => e.name === "储备物资完好率")!;
  await controller.insertTemplate({ kind: "library", entry });
  expect(controller.getState().notice).toMatchObject({ id: "libraryInserted", data: { name: "储备物资完好率" } });
  expect(workbook.selection).toEqual({ sheet: sheet.name, row: row + 1, col: 5 });
  expect(sheet.values[row + 1].slice(1, 7)).toEqual(["质量指标", "储备物资完好率", null, null, "≥__%", "行业标准"]);
});

test("推荐指标 leaves out the indicators the table already has, and counts them", async () => {
  const { controller, workbook, sheet } = await open("qingdao-2023.xlsx");
  const row = sheet.values.findIndex((l) => l && l[1] === "质量指标");
  workbook.selection = { sheet: sheet.name, row, col: 2 };
  const context = await controller.libraryContext();
  const had = String(sheet.values[row][2]);
  expect(context?.present).toContain(had);
  const entries = [{ name: had }, { name: ` ${had}` }, { name: "储备物资完好率" }];
  expect(notInTable(entries, context)).toEqual({ offered: [{ name: "储备物资完好率" }], left: 2 });
});

test("with live marking off, an edit leaves the marks a check behind, and the pane knows; 检查本表 levels them", async () => {
  const { controller, host, sheet } = await open("qingdao-2023.xlsx");
  await controller.setLiveMarking(false);
  expect(controller.getState().staleMarks).toEqual([]);
  host.userEdit(sheet.name, 12, 5, "≥99个");
  await new Promise((r) => setTimeout(r, 20));
  await controller.flushEdits();
  expect(controller.getState().staleMarks).toEqual([sheet.name]);
  await controller.checkSheet();
  expect(controller.getState().staleMarks).toEqual([]);
});
