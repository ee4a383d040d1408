/** A record that survives: wrong shapes never crash, a newer version is never overwritten, size stays bounded, 重置标记记录. */
import { ExcelHost } from "../../src/excel";
import { MARK_FILL } from "../../src/host/mark-colors";
import type { Mark } from "../../src/host/port";
import { FakeExcel } from "./fake-excel";

function setup() {
  const fake = new FakeExcel({ groupFailure: "none" });
  const sheet = fake.addSheet("表1");
  for (let r = 0; r < 400; r++) for (let c = 0; c < 6; c++) sheet.setCell(r, c, { value: `v${r}${c}`, type: "String" });
  return {
    fake,
    sheet,
    host: new ExcelHost(fake.env()),
    index: `jixiao-lint.marks.${sheet.id}`,
    block: `jixiao-lint.marks.${sheet.id}.0`,
  };
}

const mark = (row: number, col: number, severity: Mark["severity"] = "error"): Mark => ({
  row,
  col,
  severity,
  note: `问题 ${row},${col}`,
});
const goodCell = { fill: { color: "#FFFF00", pattern: "Solid" }, note: "none", sev: "error" };

// Valid JSON, wrong shape: each once as the index and once as block 0.
const WRONG: unknown[] = [
  null,
  0,
  "x",
  [],
  { v: 1 },
  { v: 1, cells: [] },
  { v: 1, cells: null },
  { v: 1, cells: { B2: null } },
  { v: 1, cells: { B2: { fill: null, note: "none", sev: "error" } } },
  { v: 1, cells: { B2: { ...goodCell, note: "mine" } } },
  { v: 1, cells: { B2: { ...goodCell, sev: "fatal" } } },
  { v: 1, cells: { "not an address": goodCell } },
  { v: 1, cells: { B2: { ...goodCell, fill: { color: 5, pattern: "Solid" } } } },
  { v: 2, blocks: "0" },
  { v: 2, blocks: [-1, "a", 0.5] },
  { v: 2, blocks: null },
  { v: "2", blocks: [0] },
  { v: 1, cells: { B2: { ...goodCell, ours: 7 } } },
];

describe("the mark record", () => {
  // (An index-shaped value of version 2 in a block's place is a newer block: refused, tested below.)
  const cases = WRONG.flatMap((value) => [
    ["index", value],
    ...((value as { v?: unknown } | null)?.v === 2 ? [] : [["block", value]]),
  ]);
  test.each(cases)("a wrong-shaped %s (%j) neither crashes a write nor 清除标记", async (where, value) => {
    const { fake, sheet, host, index, block } = setup();
    await host.writeMarks("表1", [mark(1, 1)]);
    fake.settings.set(where === "index" ? index : block, JSON.stringify(value));
    await host.writeMarks("表1", [mark(1, 1), mark(2, 2)]);
    await host.clearMarks();
    // The safety net still knows our colours: no mark is left behind.
    expect([...sheet.fills.values()].filter((f) => Object.values(MARK_FILL).includes(f.color))).toEqual([]);
  });

  test("a record of a newer version is neither used nor overwritten; the write says so and writes nothing", async () => {
    const { fake, sheet, host, index, block } = setup();
    const newer = JSON.stringify({ v: 3, sheet: "表1", parts: ["x"] });
    fake.settings.set(index, newer);
    fake.settings.set(block, JSON.stringify({ v: 7, cells: {} }));
    await expect(host.writeMarks("表1", [mark(1, 1)])).rejects.toMatchObject({ code: "MarkRecordUnknownVersion" });
    await expect(host.clearMarks("表1")).rejects.toMatchObject({ code: "MarkRecordUnknownVersion" });
    expect(fake.settings.get(index)).toBe(newer);
    expect(sheet.fills.size).toBe(0);
  });

  test("a newer block alone is refused too", async () => {
    const { fake, host, index, block } = setup();
    await host.writeMarks("表1", [mark(1, 1)]);
    fake.settings.set(block, JSON.stringify({ v: 2, cells: {} }));
    await expect(host.writeMarks("表1", [mark(1, 1), mark(2, 2)])).rejects.toMatchObject({
      code: "MarkRecordUnknownVersion",
    });
    expect(JSON.parse(String(fake.settings.get(block))).v).toBe(2);
    expect(fake.settings.has(index)).toBe(true);
  });

  test("重置标记记录 takes off only solid fills in our colours and deletes the record", async () => {
    const { fake, sheet, host, index } = setup();
    sheet.fills.set(5 * 16384 + 5, { color: MARK_FILL.warning, pattern: "Solid", tintAndShade: 0.4 });
    sheet.fills.set(6 * 16384 + 5, { color: "#00B050", pattern: "Solid" });
    sheet.notes.set("A1", "用户批注");
    await host.writeMarks("表1", [mark(1, 1), mark(300, 2, "info")]);
    fake.settings.set(index, JSON.stringify({ v: 9 }));
    expect(await host.resetMarks("表1")).toBe(2);
    expect(sheet.fill(1, 1).pattern).toBe("None");
    expect(sheet.fill(300, 2).pattern).toBe("None");
    expect(sheet.fill(5, 5).color).toBe(MARK_FILL.warning);
    expect(sheet.fill(6, 5).color).toBe("#00B050");
    expect(sheet.notes.get("A1")).toBe("用户批注");
    expect([...fake.settings.keys()].filter((k) => k.startsWith("jixiao-lint.marks."))).toEqual([]);
    await host.writeMarks("表1", [mark(1, 1)]);
    expect(sheet.fill(1, 1).color).toBe(MARK_FILL.error);
  });

  test("its size does not grow with the user's notes: 256 flagged cells with 1,000-character notes stay under 100 bytes a cell", async () => {
    const { fake, sheet, host, block } = setup();
    const marks: Mark[] = [];
    for (let r = 0; r < 256; r++) {
      sheet.notes.set(`C${r + 1}`, "用户的长批注".repeat(170));
      marks.push(mark(r, 2));
    }
    await host.writeMarks("表1", marks);
    const size = Buffer.byteLength(String(fake.settings.get(block)), "utf8");
    expect(size / 256).toBeLessThan(100);
    await host.clearMarks();
    expect(sheet.notes.get("C10")).toBe("用户的长批注".repeat(170));
    expect(sheet.fills.size).toBe(0);
  });
});
