import { ExcelHost } from "../../src/excel";
import { cellAt, type Grid } from "../../src/core/grid/grid";
import { MAX_BLOCK_CELLS } from "../../src/excel/read-plan";
import { parseInput, PAYLOAD_LIMIT } from "./fake-workbook";
import { fakeWith, stackedTables } from "./sheets";

const small: Grid = {
  sheet: "表1",
  top: 2,
  left: 1,
  values: [
    ["项目名称", "办公用房", null],
    [12.5, { error: "#REF!" }, true],
  ],
  merges: [{ top: 2, left: 2, bottom: 2, right: 3 }],
};

const big = stackedTables(10_000);

describe("ExcelHost.readGrid", () => {
  test("gives values, error cells as {error}, blanks as null, absolute positions and merged areas", async () => {
    const fake = fakeWith(small);
    const grid = await new ExcelHost(fake.env()).readGrid("表1");
    expect(grid.top).toBe(2);
    expect(grid.left).toBe(1);
    expect(cellAt(grid, 2, 1)).toBe("项目名称");
    expect(cellAt(grid, 3, 1)).toBe(12.5);
    expect(cellAt(grid, 3, 2)).toEqual({ error: "#REF!" });
    expect(cellAt(grid, 3, 3)).toBe(true);
    expect(cellAt(grid, 2, 3)).toBeNull();
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  test("a sheet named with quotes, a comma and a cell-like word after a !: only its real merged areas", async () => {
    const fake = fakeWith({ ...small, sheet: "a!B2,c's" });
    const grid = await new ExcelHost(fake.env()).readGrid("a!B2,c's");
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 2, right: 3 }]);
  });

  test("loads only the used range's shape and whether it hides rows or columns, values, value types and number formats, merged-area addresses, and the sheet id (for the mark write after it)", async () => {
    const fake = fakeWith(small);
    await new ExcelHost(fake.env()).readGrid("表1");
    expect([...fake.loaded].sort()).toEqual(
      [
        "Range.columnCount",
        "Range.columnIndex",
        "Range.rowCount",
        "Range.rowIndex",
        "Range.rowHidden",
        "Range.columnHidden",
        "Range.valueTypes",
        "Range.values",
        "Range.numberFormat",
        "RangeAreas.address",
        "Worksheet.id",
      ].sort(),
    );
  });

  test("numbers under a percent or date format read as the officer typed them; plain numbers stay numbers", async () => {
    const fake = fakeWith(small);
    const sheet = fake.sheet("表1")!;
    sheet.setCell(4, 1, parseInput("100%"));
    sheet.setCell(4, 2, parseInput("2024-1-5"));
    sheet.setCell(4, 3, { value: 45631, type: "Double", format: '[$-804]yyyy"年"m"月"d"日"' });
    sheet.setCell(5, 1, { value: 0.955, type: "Double", format: "0.0%" });
    sheet.setCell(5, 2, { value: 12.5, type: "Double", format: "0.00" });
    expect(sheet.cell(4, 1)).toEqual({ value: 1, type: "Double", format: "0%" });
    const grid = await new ExcelHost(fake.env()).readGrid("表1");
    expect([cellAt(grid, 4, 1), cellAt(grid, 4, 2), cellAt(grid, 4, 3)]).toEqual([
      "100%",
      "2024年1月5日",
      "2024年12月5日",
    ]);
    expect([cellAt(grid, 5, 1), cellAt(grid, 5, 2)]).toEqual(["95.5%", 12.5]);
  });

  test("skips merged areas without ExcelApi 1.13", async () => {
    const fake = fakeWith(small, { apiVersion: "1.12" });
    const grid = await new ExcelHost(fake.env()).readGrid("表1");
    expect(grid.merges).toEqual([]);
    expect(fake.loaded.has("RangeAreas.address")).toBe(false);
  });

  test("reads a sheet of 10 tables and one of 10,000 in the same number of syncs (desktop)", async () => {
    const syncsFor = async (n: number) => {
      const fake = fakeWith(n === 10 ? stackedTables(10) : big);
      const done = fake.mark();
      const grid = await new ExcelHost(fake.env()).readGrid("Sheet1");
      return { syncs: done().syncs, grid, fake };
    };
    const ten = await syncsFor(10);
    const many = await syncsFor(10_000);
    expect(ten.syncs).toBe(2);
    expect(many.syncs).toBe(ten.syncs);
    expect(many.grid.values.length).toBe(big.values.length);
    expect(many.grid.merges.length).toBe(big.merges.length);
    expect(many.fake.unsyncedRuns).toBe(0);
  });

  test("on the web keeps every request and response under 5 MB, in about one sync per 4 MB of data", async () => {
    const fake = fakeWith(big, { web: true });
    const done = fake.mark();
    const grid = await new ExcelHost(fake.env()).readGrid("Sheet1");
    const stats = done();
    expect(stats.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(stats.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    // Syncs follow bytes, not tables: at least 1 + total/5 MB, and not wasteful.
    expect(stats.syncs).toBeGreaterThanOrEqual(1 + Math.ceil(stats.responseBytes / PAYLOAD_LIMIT));
    expect(stats.syncs).toBeLessThanOrEqual(2 + Math.ceil((stats.responseBytes * 2) / PAYLOAD_LIMIT));
    expect(grid.values.length).toBe(big.values.length);
  });

  test("on the web a 10-table sheet still reads in 2 syncs", async () => {
    const fake = fakeWith(stackedTables(10), { web: true });
    const done = fake.mark();
    await new ExcelHost(fake.env()).readGrid("Sheet1");
    expect(done().syncs).toBe(2);
  });

  test("no value block reaches the 5,000,000-cell read limit", async () => {
    // 1,200 columns × 2,000 rows = 2.4 M cells: one range would be fine, but blocks stay ≤ 1 M.
    const wide: Grid = {
      sheet: "S",
      top: 0,
      left: 0,
      values: Array.from({ length: 2000 }, (_, r) => (r % 500 === 0 ? Array.from({ length: 1200 }, () => 1) : [1])),
      merges: [],
    };
    const fake = fakeWith(wide);
    const grid = await new ExcelHost(fake.env()).readGrid("S");
    expect(grid.values[1999][0]).toBe(1);
    expect(grid.values[500][1199]).toBe(1);
    expect(MAX_BLOCK_CELLS).toBeLessThan(5_000_000);
  });

  test("when the host refuses a batch as too large, it retries in halves", async () => {
    // Long texts: the head of the first sync is refused, the floor estimate is too low and the first block fails.
    const values = Array.from({ length: 3000 }, (_, r) => [r < 40 ? "短" : "长".repeat(1000)]);
    const fake = fakeWith({ sheet: "S", top: 0, left: 0, values, merges: [] }, { web: true });
    const grid = await new ExcelHost(fake.env()).readGrid("S");
    expect(grid.values[2999][0]).toBe("长".repeat(1000));
    expect(fake.syncLog.some((s) => s.responseBytes > PAYLOAD_LIMIT)).toBe(true);
  });

  test("a sheet with more than 512 merged areas is probed in pieces (Excel fails above 512)", async () => {
    const merges = Array.from({ length: 1500 }, (_, i) => ({ top: i * 2, left: 0, bottom: i * 2 + 1, right: 0 }));
    const fake = fakeWith({
      sheet: "S",
      top: 0,
      left: 0,
      values: Array.from({ length: 3000 }, () => ["x", "y"]),
      merges,
    });
    const grid = await new ExcelHost(fake.env()).readGrid("S");
    expect(grid.merges).toHaveLength(1500);
  });
});
