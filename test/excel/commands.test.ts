import { checkActiveSheet } from "../../src/commands/check-sheet";
import { ExcelHost } from "../../src/excel";
import { MARK_FILL } from "../../src/host/mark-colors";
import { buildFormTable } from "../helpers/form-table";
import { fakeWith } from "./sheets";
import { lintGrid, textAt } from "../../src/core";
import { findingKey } from "../../src/app/keys";

describe("检查本表 (checkActiveSheet)", () => {
  test("marks the active sheet's findings and leaves a clean sheet unmarked", async () => {
    const clean = fakeWith(buildFormTable({ sheet: "表1" }).grid);
    const ok = await checkActiveSheet(new ExcelHost(clean.env()));
    expect(ok.sheet).toBe("表1");
    expect(clean.sheet("表1")!.fills.size).toBe(ok.markedCells);

    // An emptied 指标值 (row 9, column F of the form) is a finding.
    const grid = buildFormTable({ sheet: "表1" }).grid;
    grid.values[9][5] = null;
    const fake = fakeWith(grid);
    const result = await checkActiveSheet(new ExcelHost(fake.env()));
    expect(result.findings).toBeGreaterThan(ok.findings);
    const fill = fake.sheet("表1")!.fill(9, 5);
    expect([MARK_FILL.error, MARK_FILL.warning, MARK_FILL.info]).toContain(fill.color);
  });

  test("findings ignored in the pane are not marked", async () => {
    const grid = buildFormTable({ sheet: "表1" }).grid;
    grid.values[9][5] = null;
    const fake = fakeWith(grid);
    const host = new ExcelHost(fake.env());
    const { diagnostics } = lintGrid(await host.readGrid("表1"));
    expect(diagnostics.length).toBeGreaterThan(0);
    await host.saveIgnored(diagnostics.map((d) => findingKey(d, textAt(grid, d.row, d.col))));
    const result = await checkActiveSheet(host);
    expect(result.findings).toBe(0);
    expect(fake.sheet("表1")!.fills.size).toBe(0);
  });
});

describe("commands.ts", () => {
  test("calls event.completed() even when the check fails", async () => {
    let handler: ((event: { completed(): void }) => Promise<void>) | undefined;
    const g = globalThis as Record<string, unknown>;
    g.Office = {
      onReady: (cb?: () => void) => Promise.resolve(cb?.()),
      actions: { associate: (_name: string, fn: typeof handler) => (handler = fn) },
      context: { requirements: { isSetSupported: () => true }, displayLanguage: "zh-CN", platform: "PC" },
      PlatformType: { PC: "PC", Mac: "Mac" },
    };
    g.Excel = { run: () => Promise.reject(Object.assign(new Error("boom"), { code: "GeneralException" })) };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await import("../../src/commands/commands");
    const completed = jest.fn();
    await handler!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
    delete g.Office;
    delete g.Excel;
  });
});

describe("the ribbon's result is kept in the workbook for the pane", () => {
  test("counts by severity after a check; the pane takes it once", async () => {
    const { runRibbonCheck } = await import("../../src/commands/check-sheet");
    const grid = buildFormTable({ sheet: "表1" }).grid;
    grid.values[9][5] = null;
    const fake = fakeWith(grid);
    const result = await runRibbonCheck(new ExcelHost(fake.env()));
    expect(result.sheet).toBe("表1");
    const total = result.counts!.error + result.counts!.warning + result.counts!.info;
    expect(total).toBeGreaterThan(0);
    const pane = new ExcelHost(fake.env());
    expect(await pane.takeRibbonCheck()).toEqual(result);
    expect(await pane.takeRibbonCheck()).toBeUndefined();
  });

  test("a failing check keeps its error", async () => {
    const { runRibbonCheck } = await import("../../src/commands/check-sheet");
    const fake = fakeWith(buildFormTable({ sheet: "表1" }).grid);
    fake.activeSheet = 5; // no such sheet: the read fails
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await runRibbonCheck(new ExcelHost(fake.env()));
    spy.mockRestore();
    expect(result.error).toBe("ItemNotFound");
    expect(await new ExcelHost(fake.env()).takeRibbonCheck()).toMatchObject({ error: "ItemNotFound" });
  });
});
