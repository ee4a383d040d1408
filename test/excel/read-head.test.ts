/**
 * The sheet read's first sync carries the used range's first HEAD_ROWS rows
 * (read-grid.ts): values kept, and the sample that sizes the rest. These pin
 * what that saves and what must not break around it.
 */
import { ExcelHost } from "../../src/excel";
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import { HEAD_ROWS } from "../../src/excel/read-plan";
import { PAYLOAD_LIMIT, type FakeOptions } from "./fake-workbook";
import { fakeWith, stackedTables } from "./sheets";

async function read(grid: Grid, options: FakeOptions = {}) {
  const fake = fakeWith(grid, options);
  const done = fake.mark();
  const got = await new ExcelHost(fake.env()).readGrid(grid.sheet);
  return { got, stats: done(), fake };
}

/** The grid as read: every row as wide as the used range, blanks as null. */
function expectSame(got: Grid, grid: Grid): void {
  const cols = Math.max(...grid.values.map((row) => row.length));
  expect(got.values.length).toBe(grid.values.length);
  grid.values.forEach((row, r) => {
    const want = Array.from({ length: cols }, (_, c) => (row[c] === undefined || row[c] === "" ? null : row[c]));
    if (JSON.stringify(got.values[r]) !== JSON.stringify(want))
      expect({ row: r, cells: got.values[r] }).toEqual({ row: r, cells: want });
  });
  const key = (m: CellRange) => `${m.top},${m.left},${m.bottom},${m.right}`;
  expect(got.merges.map(key).sort()).toEqual(grid.merges.map(key).sort());
}

const rowsOf = (n: number, cell: (r: number) => CellValue[]) => Array.from({ length: n }, (_, r) => cell(r));

describe("the sheet read's head", () => {
  test("1,000 form tables (4 MB) read in 2 syncs on the web, as on desktop (3 when the first sync only sampled 32 rows)", async () => {
    const grid = stackedTables(1000);
    const { got, stats } = await read(grid, { web: true });
    expect(stats.syncs).toBe(2);
    expect(stats.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(got.values.length).toBe(grid.values.length);
    expect(got.merges.length).toBe(grid.merges.length);
  });

  test("a sheet shorter than the head is read whole by the first sync: one sync without merged areas to probe (ExcelApi 1.12)", async () => {
    const grid = stackedTables(20);
    expect(grid.values.length).toBeLessThan(HEAD_ROWS);
    const { got, stats } = await read({ ...grid, merges: [] }, { web: true, apiVersion: "1.12" });
    expect(stats.syncs).toBe(1);
    expectSame(got, { ...grid, merges: [] });
  });

  test("a sheet shorter than the head sends no blank rows below it, and its merged areas come in the second sync", async () => {
    const grid = stackedTables(10);
    const { got, stats, fake } = await read(grid, { web: true });
    expect(stats.syncs).toBe(2);
    expectSame(got, grid);
    // The first response holds the sheet's rows only: far less than HEAD_ROWS blank rows would cost.
    const blankRowBytes = Math.max(...grid.values.map((row) => row.length)) * 22;
    expect(fake.syncLog[0].responseBytes).toBeLessThan((HEAD_ROWS / 4) * blankRowBytes);
  });

  test("rows far longer below the head than in it: the batch the head's estimate sized is refused, halved, and the read completes", async () => {
    const values = rowsOf(HEAD_ROWS + 3000, (r) => [r < HEAD_ROWS ? `短${r}` : `${r}${"长".repeat(1000)}`, r]);
    const merges = [
      { top: 5, left: 0, bottom: 6, right: 0 },
      { top: HEAD_ROWS + 10, left: 0, bottom: HEAD_ROWS + 11, right: 1 },
    ];
    const grid: Grid = { sheet: "S", top: 0, left: 0, values, merges };
    for (const mergeProbe of ["intersecting", "top-left", "clipped"] as const) {
      const { got, fake } = await read(grid, { web: true, mergeProbe });
      expect(fake.syncLog.some((s) => s.responseBytes > PAYLOAD_LIMIT)).toBe(true);
      // The head's merged areas ride in the first batch: its halves keep them.
      expectSame(got, grid);
    }
  });

  test("a sheet too wide for the head in 5 MB: the head is refused, the shape read alone, and the grid still read whole", async () => {
    const cols = 160;
    const values = rowsOf(HEAD_ROWS + 100, (r) =>
      Array.from({ length: cols }, (_, c) => (c % 50 === 0 ? `${r}:${c}` : "x")),
    );
    const grid: Grid = { sheet: "宽", top: 1, left: 2, values, merges: [{ top: 3, left: 4, bottom: 4, right: 6 }] };
    const { got, fake } = await read(grid, { web: true });
    expect(fake.syncLog[0].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(fake.syncLog.slice(1).every((s) => s.responseBytes <= PAYLOAD_LIMIT)).toBe(true);
    expect(got.top).toBe(1);
    expect(got.left).toBe(2);
    expectSame(got, grid);
  });

  test("a used range ending near the sheet's last row (the head would pass it): read whole all the same", async () => {
    const grid: Grid = {
      sheet: "底",
      top: 1_048_576 - 30,
      left: 0,
      values: rowsOf(30, (r) => [`行${r}`, r]),
      merges: [{ top: 1_048_576 - 10, left: 0, bottom: 1_048_576 - 9, right: 1 }],
    };
    const { got } = await read(grid, { web: true });
    expect(got.top).toBe(grid.top);
    expectSame(got, grid);
  });

  test.each([["intersecting"], ["top-left"], ["clipped"]] as const)(
    "merged areas inside the head and across its last row are kept exactly (merge probes %s), desktop and web",
    async (mergeProbe) => {
      const values = rowsOf(HEAD_ROWS + 600, (r) => [`a${r}`, r % 7 ? null : r, "c", "d"]);
      const across = (top: number, bottom: number, left = 0, right = 1) => ({ top, left, bottom, right });
      const merges = [
        across(0, 1),
        across(HEAD_ROWS - 40, HEAD_ROWS - 20, 2, 2),
        across(HEAD_ROWS - 2, HEAD_ROWS + 1), // across the head's last row
        across(HEAD_ROWS - 1, HEAD_ROWS, 2, 2), // its last row and the first after it
        across(HEAD_ROWS - 5, HEAD_ROWS - 1, 3, 3), // ends on the head's last row
        across(HEAD_ROWS, HEAD_ROWS + 3, 3, 3), // starts on the first row after the head
        ...Array.from({ length: 700 }, (_, i) => across(4 + i * 2, 5 + i * 2)), // > 512: probed in pieces
      ];
      const grid: Grid = { sheet: "合并", top: 0, left: 0, values, merges };
      for (const web of [false, true]) {
        const { got } = await read(grid, { web, mergeProbe });
        expectSame(got, grid);
      }
    },
  );
});
