/** Marks survive moved rows, a batch that fails halfway, and threaded comments: nothing of the user's is lost. */
import { ExcelHost } from "../../src/excel";
import { MARK_FILL } from "../../src/host/mark-colors";
import type { Mark } from "../../src/host/port";
import { FakeExcel } from "./fake-excel";
import { FakeSheet } from "./fake-workbook";

const GREEN = { color: "#92D050", pattern: "Solid" };
const PINK = { color: "#FF99CC", pattern: "Solid" };
const mark = (row: number, col: number, note = `问题 ${row},${col}`, severity: Mark["severity"] = "error"): Mark => ({
  row,
  col,
  severity,
  note,
});

async function setup(apiVersion = "1.20") {
  const fake = new FakeExcel({ apiVersion });
  const sheet = fake.addSheet("表1");
  for (let r = 0; r < 20; r++) for (let c = 0; c < 4; c++) sheet.setCell(r, c, { value: `v${r}${c}`, type: "String" });
  const host = new ExcelHost(fake.env());
  await host.onEdit(() => undefined);
  return { fake, sheet, host };
}

describe("the marks record follows inserted and deleted rows", () => {
  test("inserted rows: a moved user fill is restored where it went, not where it was", async () => {
    const { fake, sheet, host } = await setup();
    sheet.fills.set(FakeSheet.key(3, 1), GREEN);
    await host.writeMarks("表1", [mark(2, 1), mark(3, 1)]);
    await fake.userInsertRows("表1", 0);
    // The re-check finds the same two cells, one row down.
    await host.writeMarks("表1", [mark(3, 1), mark(4, 1)]);
    await host.clearMarks();
    expect(sheet.fill(3, 1).pattern).toBe("None");
    expect(sheet.fill(4, 1)).toEqual(GREEN);
  });

  test("inserted rows: our moved note stays ours, so it is updated and cleared, not kept as the user's", async () => {
    const { fake, sheet, host } = await setup();
    await host.writeMarks("表1", [mark(2, 1, "旧的说明")]);
    await fake.userInsertRows("表1", 1, 2);
    await host.writeMarks("表1", [mark(4, 1, "新的说明")]);
    expect(sheet.notes.get("B5")).toBe("新的说明");
    await host.clearMarks();
    expect(sheet.notes.size).toBe(0);
    expect(sheet.fills.size).toBe(0);
  });

  test("deleted rows: marks inside go, marks below move up with their original fill", async () => {
    const { fake, sheet, host } = await setup();
    sheet.fills.set(FakeSheet.key(5, 1), PINK);
    await host.writeMarks("表1", [mark(2, 1), mark(5, 1)]);
    await fake.userDeleteRows("表1", 2, 2);
    await host.writeMarks("表1", [mark(3, 1)]);
    await host.clearMarks();
    expect(sheet.fill(3, 1)).toEqual(PINK);
    expect(sheet.notes.size).toBe(0);
    expect([...sheet.fills.keys()]).toEqual([FakeSheet.key(3, 1)]);
  });

  test("a cell showing exactly our colour and note but missing from the record is taken as ours", async () => {
    const { fake, sheet, host } = await setup();
    await host.writeMarks("表1", [mark(2, 1, "说明")]);
    // The record is lost (say, rows moved while the pane was closed).
    for (const key of [...fake.settings.keys()]) fake.settings.delete(key);
    await new ExcelHost(fake.env()).writeMarks("表1", [mark(2, 1, "说明")]);
    await new ExcelHost(fake.env()).clearMarks();
    expect(sheet.fills.size).toBe(0);
    expect(sheet.notes.size).toBe(0);
  });
});

describe("a mark write that fails halfway loses nothing", () => {
  test("the record is saved before the fills change, so the original fill comes back", async () => {
    const { fake, sheet, host } = await setup();
    sheet.fills.set(FakeSheet.key(1, 1), GREEN);
    fake.failNoteAdd.add("B2");
    await expect(host.writeMarks("表1", [mark(1, 1)])).rejects.toThrow();
    expect(sheet.fill(1, 1).color).toBe(MARK_FILL.error);
    fake.failNoteAdd.clear();
    await new ExcelHost(fake.env()).clearMarks();
    expect(sheet.fill(1, 1)).toEqual(GREEN);
  });

  test("cells leaving the marks stay recorded until their restore has run", async () => {
    const { fake, sheet, host } = await setup();
    sheet.fills.set(FakeSheet.key(1, 1), GREEN);
    await host.writeMarks("表1", [mark(1, 1)]);
    fake.failNoteAdd.add("C3");
    await expect(host.writeMarks("表1", [mark(2, 2)])).rejects.toThrow();
    fake.failNoteAdd.clear();
    await host.clearMarks();
    expect(sheet.fill(1, 1)).toEqual(GREEN);
    expect(sheet.fills.size).toBe(1);
  });

  test("a flagged cell with a threaded comment gets its fill and no note; the comment stays", async () => {
    const { sheet, host } = await setup();
    sheet.comments.set("B2", "请财务核对");
    await host.writeMarks("表1", [mark(1, 1), mark(2, 2)]);
    expect(sheet.fill(1, 1).color).toBe(MARK_FILL.error);
    expect(sheet.notes.has("B2")).toBe(false);
    expect(sheet.notes.get("C3")).toBe("问题 2,2");
    await host.clearMarks();
    expect(sheet.comments.get("B2")).toBe("请财务核对");
    expect(sheet.fills.size + sheet.notes.size).toBe(0);
  });
});
