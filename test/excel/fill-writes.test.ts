/** The Office.js adapter's writes for filling tables: input prompts, the flat template, 全部修复 as one undo step. */
import { ExcelHost } from "../../src/excel";
import { lintGrid } from "../../src/core/lint/lint";
import type { Fix } from "../../src/core/model/diagnostic";
import { blankFlatTable, blankFormTable, COMPARATORS, LABEL_FILL, libraryRow } from "../../src/core/template";
import { LIBRARY } from "../../src/core/schema";
import type { EditEvent } from "../../src/host/port";
import { FakeExcel, sheetExtras } from "./fake-excel";
import { FakeSheet } from "./fake-workbook";

/** `grouping`: grouped runs work and the undo API is there (tests about one undo step; fidelity.test.ts covers failures). */
function blank(apiVersion = "1.20", grouping = false) {
  const fake = new FakeExcel({ apiVersion, ...(grouping ? { groupFailure: "none" as const, undoApi: true } : {}) });
  const sheet = fake.addSheet("表1");
  return { fake, sheet, host: new ExcelHost(fake.env()) };
}

const validationAt = (sheet: FakeSheet, row: number, col: number) =>
  sheetExtras(sheet).validations.find(
    (v) => row >= v.rect.top && row <= v.rect.bottom && col >= v.rect.left && col <= v.rect.right,
  );

const fix = (row: number, col: number, expected: string, replacement: string): Fix => ({
  sheet: "表1",
  row,
  col,
  cell: "",
  expected,
  replacement,
  title: { zh: "改", en: "fix" },
});

describe("the flat template through Office.js", () => {
  test("values, dropdowns for 指标性质 and 计量单位, and input prompts; the core reads a flat table", async () => {
    const { sheet, host } = blank();
    await host.insertTemplate("表1", { row: 0, col: 0 }, blankFlatTable(), "at");
    const comparator = validationAt(sheet, 6, 5);
    expect((comparator?.rule as { list: { source: string } }).list.source).toBe(COMPARATORS.join(","));
    expect(comparator?.prompt).toMatchObject({ showPrompt: true, title: "指标性质" });
    // The value cell has a prompt and no list.
    const value = validationAt(sheet, 6, 3);
    expect(value?.rule).toBeUndefined();
    expect(value?.prompt).toMatchObject({ showPrompt: true, title: "指标值" });
    const { tables } = lintGrid(await host.readGrid("表1"));
    expect(tables.map((t) => t.layout)).toEqual(["flat"]);
  });

  test("below ExcelApi 1.8 no validation is written at all (values still are)", async () => {
    const { sheet, host } = blank("1.7");
    await host.insertTemplate("表1", { row: 0, col: 0 }, blankFlatTable(), "at");
    expect(sheetExtras(sheet).validations).toEqual([]);
    expect(String(sheet.cell(5, 0).value)).toBe("一级指标");
  });
});

describe("ExcelHost.applyFixes (全部修复)", () => {
  function withCells() {
    const b = blank("1.20", true);
    b.sheet.setCell(0, 0, { value: "≥99百分号", type: "String" });
    b.sheet.setCell(1, 0, { value: "≦10次", type: "String" });
    b.sheet.setCell(2, 0, { value: "用户改过", type: "String" });
    b.sheet.setCell(3, 0, { value: "≥98百分号", type: "String", formula: '="≥98百分号"' });
    return b;
  }
  const fixes = [
    fix(0, 0, "≥99百分号", "≥99%"),
    fix(1, 0, "≦10次", "≤10次"),
    fix(2, 0, "≥95百分号", "≥95%"),
    fix(3, 0, "≥98百分号", "≥98%"),
  ];

  test("writes only cells still holding the checked text (no formula), in one grouped run of two syncs plus the sheet probe", async () => {
    const { fake, sheet, host } = withCells();
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    const measure = fake.mark();
    const runs = fake.runs.length;
    expect(await host.applyFixes(fixes)).toEqual(["applied", "applied", "stale", "stale"]);
    expect([0, 1, 2].map((r) => String(sheet.cell(r, 0).value))).toEqual(["≥99%", "≤10次", "用户改过"]);
    expect(sheet.cell(3, 0).formula).toBe('="≥98百分号"');
    // One Excel undo step: one run, grouped.
    expect(fake.runs.slice(runs)).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(measure().syncs).toBeLessThanOrEqual(4);
    await fake.settle();
    expect(events).toEqual([]);
    expect(fake.enableEvents).toBe(true);
  });

  test("undo is the reverse batch: the old texts back, again in one run", async () => {
    const { fake, sheet, host } = withCells();
    await host.applyFixes(fixes.slice(0, 2));
    const runs = fake.runs.length;
    const back = fixes.slice(0, 2).map((f) => ({ ...f, expected: f.replacement, replacement: f.expected }));
    expect(await host.applyFixes(back)).toEqual(["applied", "applied"]);
    expect([0, 1].map((r) => String(sheet.cell(r, 0).value))).toEqual(["≥99百分号", "≦10次"]);
    expect(fake.runs.length - runs).toBe(1);
  });

  test("a fix on a sheet deleted since the check is stale, the others still apply", async () => {
    const { sheet, host } = withCells();
    const gone = { ...fixes[0], sheet: "已删除" };
    expect(await host.applyFixes([gone, fixes[1]])).toEqual(["stale", "applied"]);
    expect(String(sheet.cell(1, 0).value)).toBe("≤10次");
  });

  test("a protected sheet among the fixes refuses the whole batch up front: no cell of any sheet is written", async () => {
    const fake = new FakeExcel({ protectedSheets: ["受保护"] });
    const open = fake.addSheet("表1");
    const locked = fake.addSheet("受保护");
    open.setCell(0, 0, { value: "≥99百分号", type: "String" });
    locked.setCell(1, 0, { value: "≦10次", type: "String" });
    const host = new ExcelHost(fake.env());
    const batch = [fixes[0], { ...fixes[1], sheet: "受保护" }];
    await expect(host.applyFixes(batch)).rejects.toMatchObject({ code: "SheetProtected", sheet: "受保护" });
    expect(String(open.cell(0, 0).value)).toBe("≥99百分号");
    expect(String(locked.cell(1, 0).value)).toBe("≦10次");
  });

  test("below ExcelApi 1.20 the batch runs ungrouped (Excel cannot group), still one batch", async () => {
    const { fake, host } = blank("1.18");
    fake.sheet("表1")!.setCell(0, 0, { value: "≥99百分号", type: "String" });
    const runs = fake.runs.length;
    expect(await host.applyFixes([fixes[0]])).toEqual(["applied"]);
    expect(fake.runs.slice(runs)).toEqual([{ delayForCellEdit: true }]);
  });
});

describe("rows, formats and a new sheet through Office.js", () => {
  test("a library row inserted inside a table: whole rows, its dropdowns and prompts, the skeleton written", async () => {
    const { fake, sheet, host } = blank();
    await host.insertTemplate("表1", { row: 0, col: 0 }, blankFormTable(), "at");
    const entry = LIBRARY.find((e) => e.name === "系统正常运行率")!;
    await host.insertTemplate("表1", { row: 11, col: 0 }, libraryRow(entry), "insertRows");
    expect(fake.rowsInserted.at(-1)).toEqual({ sheet: "表1", row: 11, count: 1 });
    expect([2, 5, 6].map((c) => String(sheet.cell(11, c).value))).toEqual(["系统正常运行率", "≥__%", "行业标准"]);
    expect(validationAt(sheet, 11, 5)?.prompt).toMatchObject({ title: "指标值" });
    expect((validationAt(sheet, 11, 6)?.rule as { list: { source: string } }).list.source).toContain("计划标准");
    // The row below moved down, untouched.
    expect(String(sheet.cell(12, 1).value)).toBe("时效指标");
  });

  test("转换为标准表: a new sheet with the block, labels formatted, shown; one grouped run", async () => {
    const { fake, host } = blank("1.20", true);
    const runs = fake.runs.length;
    const measure = fake.mark();
    await host.addSheet("标准表", blankFormTable());
    // Add, write, show: a sheet just added is empty, so nothing is read to see what is in the way.
    expect(measure().syncs).toBe(3);
    const added = fake.sheet("标准表")!;
    expect(String(added.cell(8, 0).value)).toBe("一级指标");
    expect(added.fill(2, 0)).toMatchObject({ color: LABEL_FILL });
    expect(fake.sheets[fake.activeSheet].name).toBe("标准表");
    expect(fake.runs.slice(runs)).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(lintGrid(await host.readGrid("标准表")).tables).toHaveLength(1);
  });
});
