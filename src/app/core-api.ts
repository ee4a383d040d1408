/**
 * The core entry points the controller calls, behind an interface so that
 * tests (and the playground) can put a stand-in linter behind the pane.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { LintConfig } from "../core/lint/config";
import { lintGrid, recheck, recheckPart, recheckRows, type LintResult, type RowSpan } from "../core/lint/lint";

export interface CoreApi {
  lintGrid(grid: Grid, config: LintConfig): LintResult;
  /** Re-lints only the tables `changed` can touch (values only: moved rows need lintGrid). */
  recheck(grid: Grid, previous: LintResult, changed: CellRange, config: LintConfig): LintResult;
  /** The rows a re-check of `changed` needs read. */
  recheckRows(previous: LintResult, changed: CellRange): RowSpan;
  /** `recheck` on a grid of only those rows; undefined when they were not enough (then the whole sheet is read). */
  recheckPart(
    grid: Grid,
    previous: LintResult,
    changed: CellRange,
    rows: RowSpan,
    config: LintConfig,
  ): LintResult | undefined;
}

export const defaultCore: CoreApi = {
  lintGrid: (grid, config) => lintGrid(grid, config),
  recheck: (grid, previous, changed, config) => recheck(grid, previous, changed, config),
  recheckRows: (previous, changed) => recheckRows(previous, changed),
  recheckPart: (grid, previous, changed, rows, config) => recheckPart(grid, previous, changed, rows, config),
};
