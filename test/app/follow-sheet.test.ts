/** The pane follows the sheet tab: the grid and the pane never name different sheets. */
import { LintController } from "../../src/app/controller";
import { PlaygroundHost } from "../../src/playground/playground-host";
import { PlaygroundWorkbook, type PlaygroundSheet } from "../../src/playground/workbook-model";
import { buildFormTable } from "../helpers/form-table";
import { ExcelHost } from "../../src/excel";
import { FakeExcel } from "../excel/fake-excel";

const sheetOf = (name: string, values: PlaygroundSheet["values"]): PlaygroundSheet => ({
  name,
  values,
  merges: [],
  fills: new Map(),
  notes: new Map(),
});

test("switching tabs shows that sheet, checking it the first time; marks only where marks are kept live", async () => {
  const { grid } = buildFormTable();
  const workbook = new PlaygroundWorkbook([sheetOf("培训项目", grid.values), sheetOf("社会救助", [["≥99百分号"]])]);
  const host = new PlaygroundHost(workbook);
  const controller = new LintController(host, { yieldToUi: async () => undefined });
  await controller.init();
  expect(controller.getState().activeSheet).toBe("培训项目");
  workbook.active = 1;
  workbook.changed();
  await controller.idle();
  expect(controller.getState().activeSheet).toBe("社会救助");
  expect(Object.keys(controller.getState().sheets)).toEqual(["培训项目", "社会救助"]);
  workbook.active = 0;
  workbook.changed();
  await controller.idle();
  expect(controller.getState().activeSheet).toBe("培训项目");
  await controller.dispose();
  // After dispose the pane no longer listens.
  workbook.active = 1;
  workbook.changed();
  await controller.idle();
  expect(controller.getState().activeSheet).toBe("培训项目");
});

test("ExcelHost.onSheetActivated names the sheet the user clicked, by its id; unsubscribe stops it", async () => {
  const fake = new FakeExcel({ apiVersion: "1.20" });
  fake.addSheet("培训项目");
  fake.addSheet("社会救助");
  const host = new ExcelHost(fake.env());
  const seen: string[] = [];
  const off = await host.onSheetActivated((sheet) => seen.push(sheet));
  fake.userActivates("社会救助");
  await fake.settle();
  expect(seen).toEqual(["社会救助"]);
  await off();
  fake.userActivates("培训项目");
  await fake.settle();
  expect(seen).toEqual(["社会救助"]);
});

test("显示工作表 brings the chosen sheet to the front, so 修复本表全部 acts on the sheet on screen", async () => {
  const { grid } = buildFormTable();
  const workbook = new PlaygroundWorkbook([sheetOf("培训项目", grid.values), sheetOf("社会救助", [["≥99百分号"]])]);
  const host = new PlaygroundHost(workbook);
  const controller = new LintController(host, { yieldToUi: async () => undefined });
  await controller.init();
  await controller.checkWorkbook();
  expect(controller.getState().activeSheet).toBe("培训项目");
  await controller.showSheet("社会救助");
  await controller.idle();
  expect(workbook.activeSheet()?.name).toBe("社会救助");
  expect(controller.getState().activeSheet).toBe("社会救助");
  await controller.dispose();
});

test("ExcelHost.activateSheet brings the sheet to the front", async () => {
  const fake = new FakeExcel({ apiVersion: "1.20" });
  fake.addSheet("培训项目");
  fake.addSheet("社会救助");
  await new ExcelHost(fake.env()).activateSheet("社会救助");
  expect(fake.sheets[fake.activeSheet].name).toBe("社会救助");
});
