/** The Office.js adapter's writes for filling tables: input prompts, the flat template, 全部修复 as one undo step. */
import { ExcelHost } from "../../src/excel";
import { lintGrid } from "../../src/core/lint/lint";
import type { Fix } from "../../src/core/model/diagnostic";
import { blankFlatTable, COMPARATORS } from "../../src/core/template";
import type { EditEvent } from "../../src/host/port";
import { FakeExcel, sheetExtras } from "./fake-excel";
import { FakeSheet } from "./fake-workbook";

function blank(apiVersion = "1.20") {
  const fake = new FakeExcel({ apiVersion });
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
    const b = blank();
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

  test("below ExcelApi 1.20 the batch runs ungrouped (Excel cannot group), still one batch", async () => {
    const { fake, host } = blank("1.18");
    fake.sheet("表1")!.setCell(0, 0, { value: "≥99百分号", type: "String" });
    const runs = fake.runs.length;
    expect(await host.applyFixes([fixes[0]])).toEqual(["applied"]);
    expect(fake.runs.slice(runs)).toEqual([{ delayForCellEdit: true }]);
  });
});
