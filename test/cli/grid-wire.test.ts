/** A grid crosses from a reader thread to a lint thread and arrives as it left. */
import type { Grid } from "../../src/core/grid/grid";
import { gridFromWire, gridToWire } from "../../src/cli/grid-wire";

describe("grid wire", () => {
  it("gives back the grid: values of every kind, blanks, and the merges in their order", () => {
    const grid: Grid = {
      sheet: "绩效目标表",
      top: 3,
      left: 1,
      values: [["项目名称", null, "甲"], [], [95, true, { error: "#REF!" }, ""]],
      merges: [
        { top: 3, left: 2, bottom: 3, right: 3 },
        { top: 5, left: 1, bottom: 9, right: 1 },
        { top: 4, left: 1, bottom: 4, right: 16383 },
      ],
    };
    expect(gridFromWire(gridToWire(grid))).toEqual(grid);
  });

  it("writes the merges as numbers, not objects with their keys", () => {
    const merges = Array.from({ length: 100 }, (_, i) => ({ top: i, left: 0, bottom: i, right: 5 }));
    const bytes = gridToWire({ sheet: "S", top: 0, left: 0, values: [], merges });
    expect(new TextDecoder().decode(bytes)).not.toContain("bottom");
    expect(gridFromWire(bytes).merges).toEqual(merges);
  });
});
