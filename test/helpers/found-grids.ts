/**
 * Grids that random testing found to break the reader once (test/core/property.test.ts
 * runs them on every seed; test/core/locate.test.ts says what each must give).
 */
import type { Grid } from "../../src/core/grid/grid";

/** `二级 | 一级 | 一级`: a header read from the last cell ends left of it (was read for ever). */
export const HEADER_READ_BACK: Grid = {
  sheet: "S",
  top: 0,
  left: 4,
  values: [[null, null, null, null, "二级指标", "一级指标", "一级指标"]],
  merges: [],
};

/** Overlapping merges over a header cell (Excel repairs them; the scan once stood still). */
export const OVERLAPPING_MERGES: Grid = {
  sheet: "S",
  top: 8,
  left: 6,
  values: [["绩效指标"], ["二级指标"]],
  merges: [
    { top: 7, left: 6, bottom: 9, right: 6 },
    { top: 8, left: 6, bottom: 9, right: 8 },
  ],
};

/** A merged area that starts left of the cells read, in a table's row. */
export const MERGE_FROM_OUTSIDE: Grid = {
  sheet: "S",
  top: 2,
  left: 2,
  values: [[], ["一级指标", "二级指标"], [null, "一级指标"]],
  merges: [{ top: 4, left: 0, bottom: 4, right: 2 }],
};
