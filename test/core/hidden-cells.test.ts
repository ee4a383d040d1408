/** Which hidden columns a reader lists for the core to read past (core/grid/hidden-cells.ts). */
import { columnsHolding } from "../../src/core/grid/hidden-cells";

const values = [
  ["指标值", null, null, "依据"],
  [">=95%", null, null, "计划"],
];

describe("columnsHolding", () => {
  test("a hidden column holding something is listed; a blank one is the blank column it is", () => {
    expect(columnsHolding([["a", "b", null]], 0, [1, 2])).toEqual([1]);
  });

  test("a blank hidden column a merged area crosses is inside a table: listed (no target read in it)", () => {
    // The probe's second pass: an empty column hidden under `指标值` merged over it had its blank cells read as
    // targets left empty (value-missing errors on cells the officer cannot see).
    expect(columnsHolding(values, 0, [1], [{ top: 0, left: 0, bottom: 0, right: 2 }])).toEqual([1]);
  });

  test("a blank hidden spacer that no merge crosses stays a blank column (tables side by side stay apart)", () => {
    expect(columnsHolding(values, 0, [2], [{ top: 0, left: 0, bottom: 1, right: 0 }])).toEqual([]);
  });
});
