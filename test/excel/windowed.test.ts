/** A re-check's row window: ExcelHost reads only those rows and reconciles only the marks in them. */
import { ExcelHost } from "../../src/excel";
import { cellAt } from "../../src/core/grid/grid";
import type { Mark } from "../../src/host/port";
import { MARK_FILL } from "../../src/host/mark-colors";
import { FakeExcel } from "./fake-excel";
import { PAYLOAD_LIMIT } from "./fake-workbook";
import { fakeWith, stackedTables } from "./sheets";

const mark = (row: number, col: number, severity: Mark["severity"] = "error", note = `问题 ${row},${col}`): Mark => ({
  row,
  col,
  severity,
  note,
});
/** Every cell of the sheet's record, from all its row blocks. */
const record = (fake: FakeExcel) =>
  Object.assign(
    {},
    ...[...fake.settings]
      .filter(([k]) => /^jixiao-lint\.marks\..*\.\d+$/.test(k))
      .map(([, v]) => JSON.parse(String(v)).cells),
  );

describe("ExcelHost.readGrid with rows", () => {
  const grid = stackedTables(40);

  test("gives only those rows, at their place, with the merged areas meeting them", async () => {
    const fake = fakeWith(grid);
    const part = await new ExcelHost(fake.env()).readGrid(grid.sheet, { top: 100, bottom: 149 });
    expect(part.top).toBe(100);
    expect(part.left).toBe(grid.left);
    expect(part.values).toHaveLength(50);
    expect(cellAt(part, 120, 1)).toEqual(cellAt(grid, 120, 1));
    expect(part.merges.length).toBeGreaterThan(0);
    expect(part.merges.every((m) => m.bottom >= 100 && m.top <= 149)).toBe(true);
    const meeting = grid.merges.filter((m) => m.bottom >= 100 && m.top <= 149);
    expect(part.merges).toHaveLength(meeting.length);
  });

  test("in one sync, for a fraction of the bytes", async () => {
    const fake = fakeWith(grid, { web: true });
    const host = new ExcelHost(fake.env());
    let done = fake.mark();
    await host.readGrid(grid.sheet);
    const whole = done();
    done = fake.mark();
    await host.readGrid(grid.sheet, { top: 100, bottom: 149 });
    const part = done();
    expect(part.syncs).toBe(1); // planned on the used range of the last read
    // The window's sync also carries the following mark write's reads (the window's fills and notes).
    expect(part.responseBytes * 3).toBeLessThan(whole.responseBytes);
  });

  test("a window refused as too large: read again as usual, and the mark write after it reads afresh", async () => {
    const fake = new FakeExcel({ web: true });
    const sheet = fake.addSheet("表1");
    for (let r = 0; r < 60; r++) sheet.setCell(r, 0, { value: `短${r}`, type: "String" });
    const host = new ExcelHost(fake.env());
    await host.readGrid("表1");
    // Rows 10–19 grow long since the last read (same used range): the window's one-sync read is refused.
    for (let r = 10; r < 20; r++) sheet.setCell(r, 0, { value: `${r}${"长".repeat(200_000)}`, type: "String" });
    const rows = { top: 10, bottom: 19 };
    const done = fake.mark();
    const part = await host.readGrid("表1", rows);
    expect(done().maxResponse).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(String(cellAt(part, 12, 0))).toMatch(/^12长/);
    await host.writeMarks("表1", [mark(12, 0)], rows);
    expect(sheet.fill(12, 0).color).toBe(MARK_FILL.error);
  });

  test("rows past the sheet's end: clipped; rows beyond it all: an empty grid where asked", async () => {
    const fake = fakeWith(grid);
    const host = new ExcelHost(fake.env());
    const end = grid.top + grid.values.length - 1;
    const tail = await host.readGrid(grid.sheet, { top: end - 4, bottom: Number.MAX_SAFE_INTEGER });
    expect(tail.top + tail.values.length - 1).toBe(end);
    const none = await host.readGrid(grid.sheet, { top: end + 10, bottom: end + 20 });
    expect(none).toMatchObject({ top: end + 10, values: [] });
  });
});

describe("ExcelHost.writeMarks with rows", () => {
  function setup() {
    const fake = new FakeExcel({ apiVersion: "1.20" });
    const sheet = fake.addSheet("表1");
    for (let r = 0; r < 40; r++)
      for (let c = 0; c < 4; c++) sheet.setCell(r, c, { value: `v${r}${c}`, type: "String" });
    return { fake, sheet, host: new ExcelHost(fake.env()) };
  }

  test("reconciles only cells in the rows: marks outside stay, with their record entries, even when not passed", async () => {
    const { fake, sheet, host } = setup();
    await host.writeMarks("表1", [mark(2, 1), mark(20, 1), mark(21, 2, "warning"), mark(35, 1)]);
    const before = record(fake);
    // The window 18–25: B21 fixed, C26 newly flagged; the marks at rows 2 and 35 are not even in the list.
    await host.writeMarks("表1", [mark(21, 2, "warning"), mark(25, 2, "info")], { top: 18, bottom: 25 });
    expect(sheet.fill(2, 1).color).toBe(MARK_FILL.error);
    expect(sheet.fill(35, 1).color).toBe(MARK_FILL.error);
    expect(sheet.notes.get("B3")).toBe("问题 2,1");
    expect(sheet.fill(20, 1).pattern).toBe("None");
    expect(sheet.notes.has("B21")).toBe(false);
    expect(sheet.fill(25, 2).color).toBe(MARK_FILL.info);
    const after = record(fake);
    expect(after.B3).toEqual(before.B3);
    expect(after.B36).toEqual(before.B36);
    expect(after.C22).toEqual(before.C22);
    expect(Object.keys(after).sort()).toEqual(["B3", "B36", "C22", "C26"]);
  });

  test("reads the fills and notes of the window's cells only", async () => {
    const { fake, host } = setup();
    const many = Array.from({ length: 40 }, (_, r) => mark(r, 1));
    await host.writeMarks("表1", many);
    const done = fake.mark();
    await host.writeMarks(
      "表1",
      many.filter((m) => m.row !== 20),
      { top: 19, bottom: 21 },
    );
    const windowed = done();
    const again = fake.mark();
    await host.writeMarks("表1", many);
    const whole = again();
    expect(windowed.responseBytes).toBeLessThan(whole.responseBytes);
    expect(windowed.requestBytes).toBeLessThan(whole.requestBytes * 2);
  });
});
