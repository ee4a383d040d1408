import { ExcelHost } from "../../src/excel";
import type { Mark } from "../../src/host/port";
import { MARK_FILL } from "../../src/host/mark-colors";
import { FakeExcel } from "./fake-excel";
import { FakeSheet } from "./fake-workbook";

function setup(apiVersion = "1.20") {
  const fake = new FakeExcel({ apiVersion });
  const sheet = fake.addSheet("表1");
  for (let r = 0; r < 20; r++) for (let c = 0; c < 6; c++) sheet.setCell(r, c, { value: `v${r}${c}`, type: "String" });
  return { fake, sheet, host: new ExcelHost(fake.env()) };
}

const mark = (row: number, col: number, severity: Mark["severity"] = "error", note = `问题 ${row},${col}`): Mark => ({
  row,
  col,
  severity,
  note,
});
const fillAt = (sheet: FakeSheet, a1: [number, number]) => sheet.fill(a1[0], a1[1]);
const snapshot = (sheet: FakeSheet) => ({ fills: new Map(sheet.fills), notes: new Map(sheet.notes) });

describe("ExcelHost marks", () => {
  test("paint by severity and note the messages", async () => {
    const { fake, sheet, host } = setup();
    await host.writeMarks("表1", [
      mark(1, 1, "error", "缺少指标值"),
      mark(2, 2, "warning", "单位不规范"),
      mark(3, 3, "info", "提示"),
    ]);
    expect(fillAt(sheet, [1, 1]).color).toBe(MARK_FILL.error);
    expect(fillAt(sheet, [2, 2]).color).toBe(MARK_FILL.warning);
    expect(fillAt(sheet, [3, 3]).color).toBe(MARK_FILL.info);
    expect(sheet.notes.get("B2")).toBe("缺少指标值");
    expect(fake.unsyncedRuns).toBe(0);
  });

  test("two findings on one cell: the worst colour, both messages one a line", async () => {
    const { sheet, host } = setup();
    await host.writeMarks("表1", [mark(1, 1, "warning", "甲"), mark(1, 1, "error", "乙")]);
    expect(fillAt(sheet, [1, 1]).color).toBe(MARK_FILL.error);
    expect(sheet.notes.get("B2")).toBe("甲\n乙");
  });

  test("marks go out as few multi-area ranges per colour, not cell by cell", async () => {
    const { fake, host } = setup();
    const marks = [];
    for (let r = 0; r < 20; r++)
      marks.push(mark(r, 1, "error"), mark(r, 3, "error"), mark(r, 4, r % 2 ? "warning" : "error"));
    await host.writeMarks("表1", marks);
    const paints = fake.areaWrites.filter((w) => w.what.startsWith("#"));
    expect(paints.map((w) => w.what).sort()).toEqual([MARK_FILL.error, MARK_FILL.warning]);
    const errorAreas = paints.find((w) => w.what === MARK_FILL.error)!.address.split(",");
    expect(errorAreas).toContain("B1:B20");
    expect(errorAreas).toContain("D1:D20");
  });

  test("original fills are read with getCellProperties on areas, in a constant number of syncs", async () => {
    const count = async (n: number) => {
      const { fake, host } = setup();
      const done = fake.mark();
      await host.writeMarks(
        "表1",
        Array.from({ length: n }, (_, i) => mark(i % 20, i % 6)),
      );
      return done().syncs;
    };
    const { fake, host } = setup();
    await host.writeMarks("表1", [mark(0, 0)]);
    expect([...fake.loaded]).toContain("Range.getCellProperties(color,pattern,patternColor,tintAndShade)");
    expect(await count(3)).toBe(await count(120));
  });

  test("clearing restores every fill and note exactly, including white and patterned fills", async () => {
    const { sheet, host } = setup();
    sheet.fills.set(FakeSheet.key(1, 1), { color: "#FFFFFF", pattern: "Solid" });
    sheet.fills.set(FakeSheet.key(2, 2), { color: "#00B050", pattern: "Gray50", patternColor: "#000000" });
    sheet.fills.set(FakeSheet.key(3, 3), { color: "#4472C4", pattern: "Solid", tintAndShade: 0.4 });
    const before = snapshot(sheet);
    await host.writeMarks("表1", [mark(1, 1), mark(2, 2, "warning"), mark(3, 3, "info"), mark(4, 4)]);
    expect(snapshot(sheet)).not.toEqual(before);
    await host.clearMarks("表1");
    expect(snapshot(sheet)).toEqual(before);
  });

  test("a re-check where a problem disappeared restores that cell and keeps the rest", async () => {
    const { fake, sheet, host } = setup();
    sheet.fills.set(FakeSheet.key(2, 2), { color: "#92D050", pattern: "Solid" });
    await host.writeMarks("表1", [mark(1, 1), mark(2, 2)]);
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(fillAt(sheet, [2, 2])).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(sheet.notes.has("C3")).toBe(false);
    expect(fillAt(sheet, [1, 1]).color).toBe(MARK_FILL.error);
    expect(sheet.notes.get("B2")).toBe("问题 1,1");
    // An unchanged re-check writes nothing.
    const writes = fake.areaWrites.length;
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(fake.areaWrites.length).toBe(writes);
  });

  test("a user's note is never lost: our reason goes below it (as in the CLI), and clearing gives it back exactly", async () => {
    const { sheet, host } = setup();
    sheet.notes.set("B2", "用户备注：待核实");
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(sheet.notes.get("B2")).toBe("用户备注：待核实\n\n【jixiao-lint】\n问题 1,1");
    expect(fillAt(sheet, [1, 1]).color).toBe(MARK_FILL.error);
    await host.writeMarks("表1", [mark(1, 1, "warning", "另一条")]);
    expect(sheet.notes.get("B2")).toBe("用户备注：待核实\n\n【jixiao-lint】\n另一条");
    // The user edits their own part meanwhile: kept, and ours still replaced alone.
    sheet.notes.set("B2", "用户备注：已核实\n\n【jixiao-lint】\n另一条");
    await host.writeMarks("表1", [mark(1, 1, "warning", "第三条")]);
    expect(sheet.notes.get("B2")).toBe("用户备注：已核实\n\n【jixiao-lint】\n第三条");
    await host.clearMarks();
    expect(sheet.notes.get("B2")).toBe("用户备注：已核实");
    sheet.notes.set("B2", "用户备注：待核实");
    await host.writeMarks("表1", [mark(1, 1)]);
    await host.clearMarks();
    expect(sheet.notes.get("B2")).toBe("用户备注：待核实");
    expect(sheet.fills.has(FakeSheet.key(1, 1))).toBe(false);
  });

  test("our note edited by the user becomes theirs and survives clearing", async () => {
    const { sheet, host } = setup();
    await host.writeMarks("表1", [mark(1, 1)]);
    sheet.notes.set("B2", "问题 1,1 —— 已问财政局");
    await host.clearMarks("表1");
    expect(sheet.notes.get("B2")).toBe("问题 1,1 —— 已问财政局");
  });

  test("a fill the user set over our mark is kept when the mark goes", async () => {
    const { sheet, host } = setup();
    await host.writeMarks("表1", [mark(1, 1)]);
    sheet.fills.set(FakeSheet.key(1, 1), { color: "#FFFF00", pattern: "Solid" });
    await host.clearMarks("表1");
    expect(fillAt(sheet, [1, 1])).toEqual({ color: "#FFFF00", pattern: "Solid" });
  });

  test("the record lives in the workbook settings, an index and row blocks per sheet, and goes when cleared", async () => {
    const { fake, host } = setup();
    await host.writeMarks("表1", [mark(1, 1)]);
    const keys = [...fake.settings.keys()].filter((k) => k.startsWith("jixiao-lint.marks.")).sort();
    const id = fake.sheet("表1")!.id;
    expect(keys).toEqual([`jixiao-lint.marks.${id}`, `jixiao-lint.marks.${id}.0`]);
    await host.clearMarks();
    expect([...fake.settings.keys()].filter((k) => k.startsWith("jixiao-lint.marks."))).toEqual([]);
  });

  test("a new ExcelHost (the workbook reopened) still restores from the settings", async () => {
    const { fake, sheet, host } = setup();
    sheet.fills.set(FakeSheet.key(1, 1), { color: "#92D050", pattern: "Solid" });
    await host.writeMarks("表1", [mark(1, 1)]);
    await new ExcelHost(fake.env()).clearMarks();
    expect(fillAt(sheet, [1, 1])).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(sheet.notes.size).toBe(0);
  });

  test("a renamed sheet is still found and cleared through its id", async () => {
    const { sheet, host } = setup();
    await host.writeMarks("表1", [mark(1, 1)]);
    sheet.name = "表1（改）";
    await host.clearMarks();
    expect(sheet.fills.size).toBe(0);
    expect(sheet.notes.size).toBe(0);
  });

  test("without ExcelApi 1.18, fill only: no notes touched", async () => {
    const { fake, sheet, host } = setup("1.17");
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(fillAt(sheet, [1, 1]).color).toBe(MARK_FILL.error);
    expect(sheet.notes.size).toBe(0);
    expect([...fake.loaded].some((p) => p.startsWith("Note."))).toBe(false);
    expect((await host.capabilities()).notes).toBe(false);
    await host.clearMarks("表1");
    expect(sheet.fills.size).toBe(0);
  });

  test("a damaged record in the settings does not crash marking", async () => {
    const { fake, sheet, host } = setup();
    fake.settings.set(`jixiao-lint.marks.${sheet.id}`, "{not json");
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(fillAt(sheet, [1, 1]).color).toBe(MARK_FILL.error);
  });
});

test("thousands of long notes are written in requests that stay under 5 MB", async () => {
  const fake = new FakeExcel({ apiVersion: "1.20", web: true });
  const sheet = fake.addSheet("表1");
  for (let r = 0; r < 2000; r++) for (let c = 0; c < 4; c++) sheet.setCell(r, c, { value: "x", type: "String" });
  const marks: Mark[] = [];
  for (let r = 0; r < 2000; r++)
    for (let c = 0; c < 4; c++)
      marks.push({ row: r, col: c, severity: "error", note: "指标值缺失或不规范。".repeat(40) });
  await new ExcelHost(fake.env()).writeMarks("表1", marks);
  expect(sheet.notes.size).toBe(8000);
  expect(Math.max(...fake.syncLog.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
});
