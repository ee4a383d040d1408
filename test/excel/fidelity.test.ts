/**
 * One test per Excel behaviour of officejs-facts §9 that the adapter must
 * survive; each fails on the code before its fix. They set the fake's mode
 * themselves, so they run (and must pass) under every FAKE_EXCEL_MODE too.
 */
import { ExcelHost } from "../../src/excel";
import { MARK_FILL } from "../../src/host/mark-colors";
import type { EditEvent, Mark } from "../../src/host/port";
import { FakeExcel } from "./fake-excel";
import type { FakeOptions, FakeSheet } from "./fake-workbook";

function setup(options: FakeOptions = {}, name = "表1") {
  const fake = new FakeExcel({
    groupFailure: "none",
    eventsScope: "addin",
    fillRead: "exact",
    undoApi: true,
    ...options,
  });
  const sheet = fake.addSheet(name);
  for (let r = 0; r < 30; r++) for (let c = 0; c < 6; c++) sheet.setCell(r, c, { value: `v${r}${c}`, type: "String" });
  return { fake, sheet, host: new ExcelHost(fake.env()) };
}

const mark = (row: number, col: number, severity: Mark["severity"] = "error"): Mark => ({
  row,
  col,
  severity,
  note: `问题 ${row},${col}`,
});
const ourFills = (sheet: FakeSheet) =>
  [...sheet.fills.values()].filter((f) => Object.values(MARK_FILL).includes(f.color)).length;

describe("§9.1 fill read-back: a null pattern is unknown, not 'no fill'", () => {
  test("marks are recognised (no repaint), a user's white fill comes back white, no fill comes back as none", async () => {
    const { fake, sheet, host } = setup({ fillRead: "null-pattern" });
    sheet.fills.set(1 * 16384 + 1, { color: "#FFFFFF", pattern: "Solid" });
    const marks = [mark(1, 1), mark(2, 2)];
    await host.writeMarks("表1", marks);
    const writes = fake.areaWrites.length;
    await host.writeMarks("表1", marks);
    expect(fake.areaWrites.length).toBe(writes);
    await host.clearMarks("表1");
    expect(sheet.fill(1, 1)).toEqual({ color: "#FFFFFF", pattern: "Solid" });
    expect(sheet.fill(2, 2).pattern).toBe("None");
  });
});

describe("§9.2 grouped runs fail in more ways than UndoNotSupported", () => {
  test.each(["richapi", "internal-repeat", "undo-not-supported"] as const)(
    "%s: the write runs again ungrouped, and grouping stops",
    async (groupFailure) => {
      const { fake, sheet, host } = setup({ groupFailure });
      await host.writeMarks("表1", [mark(1, 1)]);
      await host.writeMarks("表1", [mark(1, 1), mark(3, 3)]);
      await host.writeMarks("表1", [mark(3, 3)]);
      expect(sheet.fill(3, 3).color).toBe(MARK_FILL.error);
      expect(sheet.fill(1, 1).pattern).toBe("None");
      expect(fake.failedGroups).toBe(1);
      expect((await host.capabilities()).undoGrouping).toBe(false);
    },
  );
});

describe("§9.3 undo support is ExcelUndoApiAll 1.0, not ExcelApi 1.20 alone", () => {
  test("1.20 without the undo API: writes do not keep undo, so live marking starts off; no grouped runs", async () => {
    const { fake, host } = setup({ apiVersion: "1.20", undoApi: false });
    expect(await host.capabilities()).toMatchObject({ writesKeepUndo: false, undoGrouping: false });
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(fake.runs.some((r) => r.mergeUndoGroup)).toBe(false);
  });
});

describe("§9.7 enableEvents = false silences the whole runtime", () => {
  test("from ExcelApi 1.14 a user's edit made while we write still reaches the pane; our own writes do not", async () => {
    const { fake, host } = setup({ eventsScope: "runtime" });
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    let edits = 0;
    fake.afterSync = () => {
      if (edits++ < 4) void fake.userEdit("表1", "F20", `输入${edits}`);
    };
    await host.writeMarks("表1", [mark(1, 1), mark(2, 2)]);
    fake.afterSync = undefined;
    await fake.settle();
    expect(events.filter((e) => e.range.top === 19)).toHaveLength(Math.min(edits, 4));
    expect(events.some((e) => e.range.top !== 19)).toBe(false);
  });

  test("on 1.8–1.13 events go off and on inside the write's own sync, and come back on", async () => {
    const { fake, host } = setup({ apiVersion: "1.13" });
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    const done = fake.mark();
    await host.writeMarks("表1", [mark(1, 1)]);
    await fake.settle();
    expect(done().syncs).toBeLessThanOrEqual(3);
    expect(fake.enableEvents).toBe(true);
    expect(events).toEqual([]);
  });
});

describe("§9.6 events: remote, cell shifts, moves without an event", () => {
  test("a coauthor's row insert is re-checked but never moves the record (their pane may have moved it)", async () => {
    const { fake, host } = setup();
    await host.writeMarks("表1", [mark(10, 1)]);
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    const before = new Map(fake.settings);
    await fake.remoteInsertRows("表1", 2, 3);
    await (host as unknown as { shifting: Promise<void> }).shifting;
    expect(events[0]?.structural).toBe(true);
    expect(fake.settings).toEqual(before);
    // Our own user's insert does move it.
    await fake.userInsertRows("表1", 2, 1);
    await (host as unknown as { shifting: Promise<void> }).shifting;
    expect(fake.settings).not.toEqual(before);
  });

  test("CellInserted / CellDeleted make the pane re-read the whole sheet", async () => {
    const { fake, host } = setup();
    const events: EditEvent[] = [];
    await host.onEdit((e) => events.push(e));
    await fake.userInsertCells("表1", { top: 4, left: 1, bottom: 5, right: 2 });
    await fake.userDeleteCells("表1", { top: 4, left: 1, bottom: 4, right: 1 });
    expect(events.map((e) => e.structural)).toEqual([true, true]);
    expect(events[0].range.left).toBe(0);
  });

  test("a sort that moved our fills and notes: marks follow, and clearing leaves the user's fills and notes alone", async () => {
    const { fake, sheet, host } = setup();
    sheet.fills.set(3 * 16384 + 1, { color: "#00B050", pattern: "Solid" });
    sheet.notes.set("B6", "用户批注");
    await host.writeMarks("表1", [mark(1, 1), mark(2, 1, "warning")]);
    await fake.userSortRows("表1", { top: 1, left: 0, bottom: 5, right: 5 }, [4, 3, 2, 1, 0]);
    // The flagged values moved to rows 4 and 5; a re-check marks them there.
    // (A note says what is wrong with the value, so it moves with it.)
    await host.writeMarks("表1", [
      { ...mark(5, 1), note: "问题 1,1" },
      { ...mark(4, 1, "warning"), note: "问题 2,1" },
    ]);
    await host.clearMarks("表1");
    expect(ourFills(sheet)).toBe(0);
    expect(sheet.fill(3, 1)).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(sheet.notes.get("B2")).toBe("用户批注");
    expect([...sheet.notes.keys()]).toEqual(["B2"]);
  });
});

describe("protected sheets", () => {
  test("a mark write, a fix and an insert are refused up front with SheetProtected, and nothing changes", async () => {
    const { fake, sheet, host } = setup({ protectedSheets: ["表1"] });
    const settings = new Map(fake.settings);
    await expect(host.writeMarks("表1", [mark(1, 1)])).rejects.toMatchObject({ code: "SheetProtected" });
    await expect(
      host.applyFix({
        sheet: "表1",
        row: 0,
        col: 0,
        cell: "A1",
        expected: "v00",
        replacement: "x",
        title: { zh: "", en: "" },
      }),
    ).rejects.toMatchObject({ code: "SheetProtected" });
    expect(sheet.fills.size).toBe(0);
    expect(sheet.notes.size).toBe(0);
    expect(fake.settings).toEqual(settings);
    expect(sheet.cell(0, 0).value).toBe("v00");
  });
});

describe("cell-edit mode", () => {
  test("every batch waits for the user's cell edit instead of failing", async () => {
    const { host } = setup({ cellEdit: true });
    await host.onEdit(() => undefined);
    await host.readGrid("表1");
    await host.writeMarks("表1", [mark(1, 1)]);
    await host.clearMarks();
    expect(await host.activeSheet()).toBe("表1");
  });
});
