/**
 * The marks record in row blocks: an edit reads and writes only the blocks of
 * its rows; clearing, moved rows and templates follow every block; the old
 * single-key record is still read and is split on the next write.
 */
import { ExcelHost } from "../../src/excel";
import { MARK_FILL } from "../../src/host/mark-colors";
import type { Mark } from "../../src/host/port";
import { indicatorRow } from "../../src/core/template";
import { FakeExcel } from "./fake-excel";
import { FakeSheet } from "./fake-workbook";

const GREEN = { color: "#92D050", pattern: "Solid" };
const mark = (row: number, col: number, note = `问题 ${row},${col}`): Mark => ({ row, col, severity: "error", note });

async function setup(rows = 1200) {
  const fake = new FakeExcel({ apiVersion: "1.20" });
  const sheet = fake.addSheet("表1");
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < 3; c++) sheet.setCell(r, c, { value: `v${r}${c}`, type: "String" });
  const host = new ExcelHost(fake.env());
  await host.onEdit(() => undefined);
  return { fake, sheet, host };
}

const prefix = (fake: FakeExcel) => `jixiao-lint.marks.${fake.sheet("表1")!.id}`;
const index = (fake: FakeExcel) => JSON.parse(String(fake.settings.get(prefix(fake))));
const block = (fake: FakeExcel, b: number) => {
  const value = fake.settings.get(`${prefix(fake)}.${b}`);
  return value === undefined ? undefined : Object.keys(JSON.parse(String(value)).cells).sort();
};
/** A write far from every mark: it waits for the record's move to finish. */
const settled = (host: ExcelHost) => host.writeMarks("表1", [], { top: 1190, bottom: 1190 });
const markKeys = (fake: FakeExcel) =>
  [...fake.settings.keys()].filter((k) => k.startsWith("jixiao-lint.marks.")).sort();

test("one settings key per 256 rows, and an index listing them", async () => {
  const { fake, host } = await setup();
  await host.writeMarks("表1", [mark(1, 1), mark(255, 1), mark(256, 2), mark(1000, 0)]);
  expect(index(fake)).toMatchObject({ v: 2, blocks: [0, 1, 3] });
  expect(block(fake, 0)).toEqual(["B2", "B256"]);
  expect(block(fake, 1)).toEqual(["C257"]);
  expect(block(fake, 3)).toEqual(["A1001"]);
  // A block whose marks all went is removed, and so is its place in the index.
  await host.writeMarks("表1", [mark(1, 1), mark(255, 1), mark(1000, 0)]);
  expect(index(fake).blocks).toEqual([0, 3]);
  expect(block(fake, 1)).toBeUndefined();
});

test("a row window reads and writes only its blocks: its bytes do not grow with the sheet's other marks", async () => {
  const cost = async (elsewhere: number) => {
    const { fake, host } = await setup();
    const marks = [
      mark(600, 1),
      ...Array.from({ length: elsewhere }, (_, i) => mark(i % 500, i % 3, "指标值缺失".repeat(5))),
    ];
    await host.writeMarks("表1", marks);
    await host.writeMarks("表1", marks); // warm: the sheet's id is known
    const done = fake.mark();
    await host.writeMarks("表1", [mark(600, 1), mark(601, 2)], { top: 595, bottom: 610 });
    const edit = done();
    expect(block(fake, 2)).toEqual(["B601", "C602"]);
    return edit;
  };
  const few = await cost(10);
  const many = await cost(1400);
  expect(many.syncs).toBe(few.syncs);
  expect(many.requestBytes).toBeLessThan(few.requestBytes * 1.2);
  expect(many.responseBytes).toBeLessThan(few.responseBytes * 1.2);
});

test("clearing reads every block and restores every cell", async () => {
  const { fake, sheet, host } = await setup();
  sheet.fills.set(FakeSheet.key(900, 1), GREEN);
  await host.writeMarks("表1", [mark(1, 1), mark(300, 1), mark(900, 1)]);
  await new ExcelHost(fake.env()).clearMarks();
  expect(sheet.fill(900, 1)).toEqual(GREEN);
  expect([...sheet.fills.keys()]).toEqual([FakeSheet.key(900, 1)]);
  expect(sheet.notes.size).toBe(0);
  expect(markKeys(fake)).toEqual([]);
});

test("a record of the old single-key format is read, cleared, and split into blocks on the next write", async () => {
  const { fake, sheet, host } = await setup();
  sheet.fills.set(FakeSheet.key(400, 1), GREEN);
  await host.writeMarks("表1", [mark(1, 1), mark(400, 1)]);
  const cells = {
    ...JSON.parse(String(fake.settings.get(`${prefix(fake)}.0`))).cells,
    ...JSON.parse(String(fake.settings.get(`${prefix(fake)}.1`))).cells,
  };
  for (const key of markKeys(fake)) fake.settings.delete(key);
  fake.settings.set(prefix(fake), JSON.stringify({ v: 1, sheet: "表1", cells }));
  // A window write far from both marks: the whole old record is carried into blocks.
  await new ExcelHost(fake.env()).writeMarks("表1", [mark(5, 2)], { top: 5, bottom: 5 });
  expect(index(fake)).toMatchObject({ v: 2, blocks: [0, 1] });
  expect(block(fake, 0)).toEqual(["B2", "C6"]);
  expect(block(fake, 1)).toEqual(["B401"]);
  await new ExcelHost(fake.env()).clearMarks();
  expect(sheet.fill(400, 1)).toEqual(GREEN);
  expect(sheet.fills.size).toBe(1);
  expect(markKeys(fake)).toEqual([]);
});

test("an old single-key record is cleared directly too", async () => {
  const { fake, sheet, host } = await setup();
  sheet.fills.set(FakeSheet.key(400, 1), GREEN);
  await host.writeMarks("表1", [mark(400, 1)]);
  const cells = JSON.parse(String(fake.settings.get(`${prefix(fake)}.1`))).cells;
  for (const key of markKeys(fake)) fake.settings.delete(key);
  fake.settings.set(prefix(fake), JSON.stringify({ v: 1, sheet: "表1", cells }));
  await new ExcelHost(fake.env()).clearMarks();
  expect(sheet.fill(400, 1)).toEqual(GREEN);
  expect(markKeys(fake)).toEqual([]);
});

test("a damaged block or index reads as empty: marking goes on, our colour is still recognised", async () => {
  const { fake, sheet, host } = await setup();
  await host.writeMarks("表1", [mark(1, 1), mark(300, 1)]);
  fake.settings.set(`${prefix(fake)}.1`, "{not json");
  await host.writeMarks("表1", [mark(1, 1), mark(300, 1), mark(301, 1)], { top: 290, bottom: 310 });
  expect(sheet.fill(301, 1).color).toBe(MARK_FILL.error);
  fake.settings.set(prefix(fake), "[broken");
  await host.writeMarks("表1", [mark(1, 1), mark(300, 1), mark(301, 1)]);
  await new ExcelHost(fake.env()).clearMarks();
  expect(markKeys(fake)).toEqual([]);
  expect(sheet.fills.size).toBe(0);
  expect(sheet.notes.size).toBe(0);
});

test("inserted and deleted rows move entries across blocks", async () => {
  const { fake, sheet, host } = await setup();
  sheet.fills.set(FakeSheet.key(250, 1), GREEN);
  await host.writeMarks("表1", [mark(2, 1), mark(250, 1), mark(600, 1)]);
  await fake.userInsertRows("表1", 10, 20);
  await settled(host);
  // B251 (block 0) is now B271 (block 1); B601 is B621 (block 2).
  expect(block(fake, 0)).toEqual(["B3"]);
  expect(block(fake, 1)).toEqual(["B271"]);
  expect(block(fake, 2)).toEqual(["B621"]);
  expect(index(fake).blocks).toEqual([0, 1, 2]);
  await fake.userDeleteRows("表1", 20, 100);
  await settled(host);
  // B271 (block 1) is now B171 (block 0); B621 is B521 (still block 2); block 1 is empty and goes.
  expect(block(fake, 0)).toEqual(["B171", "B3"]);
  expect(block(fake, 1)).toBeUndefined();
  expect(block(fake, 2)).toEqual(["B521"]);
  expect(index(fake).blocks).toEqual([0, 2]);
  await host.clearMarks();
  expect(sheet.fill(170, 1)).toEqual(GREEN);
  expect(sheet.fills.size).toBe(1);
});

test("insertTemplate's insertRows moves entries across blocks", async () => {
  const { fake, sheet, host } = await setup();
  sheet.fills.set(FakeSheet.key(255, 1), GREEN);
  await host.writeMarks("表1", [mark(2, 1), mark(255, 1)]);
  await host.insertTemplate("表1", { row: 100, col: 0 }, indicatorRow("产出指标", "数量指标"), "insertRows");
  expect(block(fake, 0)).toEqual(["B3"]);
  expect(block(fake, 1)).toEqual(["B257"]);
  await host.clearMarks();
  expect(sheet.fill(256, 1)).toEqual(GREEN);
});

test("a deleted sheet's index and blocks all go", async () => {
  const { fake, host } = await setup();
  await host.writeMarks("表1", [mark(1, 1), mark(300, 1)]);
  const other = fake.addSheet("表2");
  other.setCell(0, 0, { value: "x", type: "String" });
  await host.writeMarks("表2", [mark(0, 0)]);
  fake.sheets.splice(fake.sheets.indexOf(fake.sheet("表1")!), 1);
  await host.clearMarks();
  expect(markKeys(fake)).toEqual([]);
});
