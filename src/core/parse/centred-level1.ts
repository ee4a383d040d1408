/**
 * 一级 labels centred in their group: a table converted from a PDF, its merges undone, writes each 一级 on a
 * middle row of its group and leaves the rows above it blank, so they carry the group above (or nothing).
 * Where a blank 一级's own 二级 belongs to the next 一级 written below, and not to the one carried, that is
 * its 一级 (spec §7: carry a blank 一级 inside its group; the group is the one below here).
 */
import type { Grid } from "../grid/grid";
import type { Indicator } from "../model/table";
import type { IndicatorHeader } from "../locate/indicator-header";
import { seenCell } from "../locate/cells";
import { canonicalLevel1, level2Parents } from "../schema/vocabulary";

/** Gives each blank 一级 of `indicators` (one section's, in row order) the group below it where its 二级 says so. */
export function centreLevel1(grid: Grid, header: IndicatorHeader, indicators: readonly Indicator[]): void {
  const column = header.columns.find((c) => c.role === "level1");
  if (!column) return;
  let below: Indicator | undefined;
  // From the bottom up, so that `below` is the nearest row under each one with a 一级 of its own.
  for (let i = indicators.length - 1; i >= 0; i--) {
    const indicator = indicators[i];
    if (writtenLevel1(grid, indicator, column.from)) {
      below = indicator;
      continue;
    }
    const level1 = below?.level1;
    const parents = indicator.level2 && !indicator.level2Inherited ? level2Parents(indicator.level2.text) : [];
    const target = level1 && canonicalLevel1(level1.text);
    if (!target || !parents.includes(target)) continue;
    const carried = indicator.level1 && canonicalLevel1(indicator.level1.text);
    if (carried && parents.includes(carried)) continue;
    indicator.level1 = level1;
    indicator.level1Inherited = true;
  }
}

/** The row's 一级 cell holds text of its own, or lies under a merge (which is no blank). */
function writtenLevel1(grid: Grid, indicator: Indicator, col: number): boolean {
  const seen = seenCell(grid, indicator.row, col);
  return seen.fromAbove || seen.text !== "";
}
