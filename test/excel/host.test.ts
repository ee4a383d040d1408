import { ExcelHost } from "../../src/excel";
import type { EditEvent } from "../../src/host/port";
import type { Fix } from "../../src/core/model/diagnostic";
import { FakeExcel } from "./fake-excel";

/** `grouping`: a build where grouped runs work and the undo API is there (tests about grouping itself; fidelity.test.ts covers the rest). */
function setup(apiVersion = "1.20", displayLanguage = "zh-CN", grouping = false) {
  const fake = new FakeExcel({
    apiVersion,
    displayLanguage,
    ...(grouping ? { groupFailure: "none", undoApi: true } : {}),
  });
  const sheet = fake.addSheet("表1");
  fake.addSheet("表2");
  sheet.setCell(3, 5, { value: "历史标淮", type: "String" });
  return { fake, sheet, host: new ExcelHost(fake.env()) };
}

const fix = (expected: string): Fix => ({
  sheet: "表1",
  row: 3,
  col: 5,
  cell: "F4",
  expected,
  replacement: "历史标准",
  title: { zh: "改为“历史标准”", en: "Use 历史标准" },
});

describe("ExcelHost edits and events", () => {
  test("user edits reach the handler with sheet and range; row inserts are structural whole rows", async () => {
    const { fake, host } = setup();
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    await fake.userEdit("表2", "B3", "新值");
    await fake.userInsertRow("表1", 4);
    expect(events).toEqual([
      { sheet: "表2", range: { top: 2, left: 1, bottom: 2, right: 1 }, structural: false },
      { sheet: "表1", range: { top: 4, left: 0, bottom: 4, right: 16383 }, structural: true },
    ]);
  });

  test.each(["1.20", "1.14", "1.9"])(
    "the add-in's own writes never reach the handler (ExcelApi %s)",
    async (version) => {
      const { fake, host } = setup(version);
      const events: EditEvent[] = [];
      await host.onEdit((e) => events.push(e));
      await host.applyFix(fix("历史标淮"));
      await host.writeMarks("表1", [{ row: 1, col: 1, severity: "error", note: "x" }]);
      await host.writeSheet("检查结果", [
        ["单元格", "问题"],
        ["F4", "错字"],
      ]);
      await fake.settle();
      expect(events).toEqual([]);
      expect(fake.enableEvents).toBe(true);
    },
  );

  test("before ExcelApi 1.17 (no onNameChanged) a renamed sheet's edits carry its new name", async () => {
    const { fake, sheet, host } = setup("1.14");
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    await fake.userEdit("表1", "A1", "x");
    sheet.name = "表1（改）";
    await fake.userEdit("表1（改）", "A2", "y");
    expect(events.map((e) => e.sheet)).toEqual(["表1", "表1（改）"]);
  });

  test("unsubscribing stops the handler", async () => {
    const { fake, host } = setup();
    const events: EditEvent[] = [];
    const stop = await host.onEdit((e) => events.push(e));
    await stop();
    await fake.userEdit("表1", "A1", "x");
    expect(events).toEqual([]);
  });

  test("a fix is written only while the cell still holds what was checked, in two syncs", async () => {
    const { fake, sheet, host } = setup();
    const done = fake.mark();
    expect(await host.applyFix(fix("历史标淮"))).toBe("applied");
    expect(sheet.cell(3, 5).value).toBe("历史标准");
    expect(done().syncs).toBeLessThanOrEqual(3); // read, write, events back on
    await fake.userEdit("表1", "F4", "用户改过");
    expect(await host.applyFix(fix("历史标淮"))).toBe("stale");
    expect(sheet.cell(3, 5).value).toBe("用户改过");
  });

  test("a fix on a formula cell or a deleted sheet is stale, and a formula-like replacement stays text", async () => {
    const { sheet, host } = setup();
    sheet.setCell(3, 5, { value: 0, type: "Double", formula: "=A1" });
    expect(await host.applyFix({ ...fix("0") })).toBe("stale");
    expect(await host.applyFix({ ...fix("x"), sheet: "没有这张表" })).toBe("stale");
    sheet.setCell(3, 5, { value: "a", type: "String" });
    await host.applyFix({ ...fix("a"), replacement: "=1+1" });
    expect(sheet.cell(3, 5)).toEqual({ value: "=1+1", type: "String" });
  });

  test.each(["100%", "12月5日", "2024-1-5", "-5", "1e5", "3/4", "TRUE", "#N/A", "≥95%"])(
    "a fix writing %s leaves exactly that text, so the re-check sees it and 撤销 works",
    async (replacement) => {
      const { sheet, host } = setup();
      expect(await host.applyFix({ ...fix("历史标淮"), replacement })).toBe("applied");
      expect(sheet.cell(3, 5)).toEqual({ value: replacement, type: "String" });
      const grid = await host.readGrid("表1");
      expect(grid.values[3 - grid.top][5 - grid.left]).toBe(replacement);
      expect(await host.applyFix({ ...fix(replacement), replacement: "历史标淮" })).toBe("applied");
      expect(sheet.cell(3, 5).value).toBe("历史标淮");
    },
  );

  test("a fix on a plain number cell writes a number (amounts feed SUMs); a percent cell is matched as the officer sees it", async () => {
    const { sheet, host } = setup();
    sheet.setCell(3, 5, { value: 100, type: "Double", format: "0.00" });
    expect(await host.applyFix({ ...fix("100"), replacement: "95.5" })).toBe("applied");
    expect(sheet.cell(3, 5)).toMatchObject({ value: 95.5, type: "Double" });
    sheet.setCell(3, 5, { value: 1, type: "Double", format: "0%" });
    expect(await host.applyFix({ ...fix("100%"), replacement: "≥100%" })).toBe("applied");
    expect(sheet.cell(3, 5)).toEqual({ value: "≥100%", type: "String" });
  });

  test("writes are grouped into one undo step on ExcelApi 1.20, and every batch waits for cell edit", async () => {
    const { fake, host } = setup("1.20", "zh-CN", true);
    await host.writeMarks("表1", [{ row: 1, col: 1, severity: "error", note: "x" }]);
    expect(fake.runs.at(-1)).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    await host.readGrid("表1");
    expect(fake.runs.at(-1)).toEqual({ delayForCellEdit: true });
    const old = setup("1.19");
    await old.host.writeMarks("表1", [{ row: 1, col: 1, severity: "error", note: "x" }]);
    expect(old.fake.runs.every((o) => !("mergeUndoGroup" in o) && o.delayForCellEdit === true)).toBe(true);
  });

  test("capabilities follow the requirement sets", async () => {
    expect(await setup("1.20", "zh-CN", true).host.capabilities()).toEqual({
      notes: true,
      undoGrouping: true,
      writesKeepUndo: true,
      merges: true,
    });
    expect(await setup("1.17").host.capabilities()).toEqual({
      notes: false,
      undoGrouping: false,
      writesKeepUndo: false,
      merges: true,
    });
  });

  test("display language: en → en-US, anything else zh-CN", () => {
    expect(setup("1.20", "en-GB").host.displayLanguage()).toBe("en-US");
    expect(setup("1.20", "zh-TW").host.displayLanguage()).toBe("zh-CN");
    expect(setup("1.20", "fr-FR").host.displayLanguage()).toBe("zh-CN");
  });

  test("sheet names, active sheet and selecting a cell", async () => {
    const { fake, host } = setup();
    expect(await host.sheetNames()).toEqual(["表1", "表2"]);
    fake.sheet("表2")!.visibility = "VeryHidden";
    expect(await host.sheetNames()).toEqual(["表1", "表2"]);
    expect(await host.visibleSheetNames()).toEqual(["表1"]);
    fake.sheet("表2")!.visibility = "Visible";
    await host.selectCell("表2", 4, 2);
    expect(fake.selection).toEqual({ sheet: "表2", address: "C5" });
    expect(await host.activeSheet()).toBe("表2");
  });

  test("ignored findings survive a new host (reopening) and a damaged value reads as none", async () => {
    const { fake, host } = setup();
    expect(await host.loadIgnored()).toEqual([]);
    await host.saveIgnored(["a", "b", "a"]);
    expect(await new ExcelHost(fake.env()).loadIgnored()).toEqual(["a", "b"]);
    fake.settings.set("jixiao-lint.ignored", "{broken");
    expect(await host.loadIgnored()).toEqual([]);
  });

  test("writeSheet creates the result sheet, replaces ours, and never touches a user's sheet of that name", async () => {
    const { fake, host } = setup();
    await host.writeSheet("检查结果", [
      ["单元格", "问题"],
      ["F4", "错字"],
      ["=A1", 3],
    ]);
    const ours = fake.sheet("检查结果")!;
    expect(ours.cell(2, 0)).toEqual({ value: "=A1", type: "String" });
    expect(ours.cell(1, 1).value).toBe("错字");
    await host.writeSheet("检查结果", [["只有一行"]]);
    expect(fake.sheet("检查结果")).toBe(ours);
    expect(ours.cell(1, 1).type).toBe("Empty");
    expect(ours.cell(0, 0).value).toBe("只有一行");
    // A user's own sheet of that name is left alone.
    fake.sheet("检查结果")!.name = "检查结果-旧";
    const users = fake.addSheet("检查结果");
    users.setCell(0, 0, { value: "用户数据", type: "String" });
    await host.writeSheet("检查结果", [["新"]]);
    expect(users.cell(0, 0).value).toBe("用户数据");
    expect(fake.sheet("检查结果 (2)")!.cell(0, 0).value).toBe("新");
    // Exporting again rewrites our "(2)" rather than adding a "(3)".
    const count = fake.sheets.length;
    await host.writeSheet("检查结果", [["再新"]]);
    expect(fake.sheet("检查结果 (2)")!.cell(0, 0).value).toBe("再新");
    expect(fake.sheets.length).toBe(count);
  });

  test("writeSheet never clears our result sheet once the officer wrote in it: the new results go beside it", async () => {
    const { fake, host } = setup();
    expect(
      await host.writeSheet("检查结果", [
        ["单元格", "问题"],
        ["F4", "错字"],
      ]),
    ).toBe("检查结果");
    const ours = fake.sheet("检查结果")!;
    ours.setCell(0, 2, { value: "处理情况", type: "String" });
    ours.setCell(1, 2, { value: "已核实", type: "String" });
    expect(await host.writeSheet("检查结果", [["单元格"], ["F5"]])).toBe("检查结果 (2)");
    expect(ours.cell(1, 2).value).toBe("已核实");
    expect(ours.cell(1, 0).value).toBe("F4");
    expect(fake.sheet("检查结果 (2)")!.cell(1, 0).value).toBe("F5");
    // The untouched "(2)" is ours to rewrite; the annotated one stays as it is.
    expect(await host.writeSheet("检查结果", [["单元格"], ["F6"]])).toBe("检查结果 (2)");
    expect(fake.sheet("检查结果 (2)")!.cell(1, 0).value).toBe("F6");
    expect(ours.cell(1, 2).value).toBe("已核实");
  });
});
