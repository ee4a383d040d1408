/**
 * The two core entry points the controller calls, behind an interface so that
 * tests (and the playground) can put a stand-in linter behind the pane.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { LintConfig } from "../core/lint/config";
import { lintGrid, recheck, type LintResult } from "../core/lint/lint";

export interface CoreApi {
  lintGrid(grid: Grid, config: LintConfig): LintResult;
  /** Re-lints only the tables `changed` can touch (values only: moved rows need lintGrid). */
  recheck(grid: Grid, previous: LintResult, changed: CellRange, config: LintConfig): LintResult;
}

export const defaultCore: CoreApi = {
  lintGrid: (grid, config) => lintGrid(grid, config),
  recheck: (grid, previous, changed, config) => recheck(grid, previous, changed, config),
};
