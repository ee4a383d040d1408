/**
 * The two core entry points the controller calls. `recheck` re-lints only the
 * tables an edit touched; it is being added to the core in parallel, so until
 * it exists a full lint of the grid stands in (same result, more work).
 */
import type { CellRange, Grid } from "../core/grid/grid";
import * as lint from "../core/lint/lint";
import type { LintConfig } from "../core/lint/config";
import type { LintResult } from "../core/lint/lint";

type Recheck = (grid: Grid, previous: LintResult, changed: CellRange, config: LintConfig) => LintResult;

export interface CoreApi {
  lintGrid(grid: Grid, config: LintConfig): LintResult;
  recheck: Recheck;
}

const coreRecheck = (lint as unknown as { recheck?: Recheck }).recheck;

export const defaultCore: CoreApi = {
  lintGrid: (grid, config) => lint.lintGrid(grid, config),
  recheck: (grid, previous, changed, config) =>
    coreRecheck ? coreRecheck(grid, previous, changed, config) : lint.lintGrid(grid, config),
};
