/** The rows an edit reaches, over tables' rows and their shared list headers. */
import { affectedSpan, emptyTableRows } from "../../src/core/locate/table-rows";

function rowsOf(tables: { from: number; to: number; header?: number }[]) {
  const rows = emptyTableRows(tables.length);
  tables.forEach((t, i) => {
    rows.from[i] = t.from;
    rows.to[i] = t.to;
    rows.top[i] = t.from;
    rows.header[i] = t.header ?? -1;
  });
  return rows;
}

const REACH = { up: 8, down: 8 };

test("an edit near the sheet's top reaches no table far below (no shared header is not row -1)", () => {
  const rows = rowsOf([
    { from: 0, to: 5 },
    { from: 200, to: 260 },
  ]);
  expect(affectedSpan(rows, { top: 2, bottom: 2 }, REACH).bottom).toBeLessThan(200);
});

test("an edit of a list's header reaches every project under it, however far", () => {
  const rows = rowsOf([
    { from: 11, to: 11, header: 10 },
    { from: 300, to: 300, header: 10 },
    { from: 500, to: 500, header: 400 },
  ]);
  const span = affectedSpan(rows, { top: 10, bottom: 10 }, REACH);
  expect(span.bottom).toBe(300);
});
