/**
 * The core entry points the controller calls, behind an interface so that
 * tests (and the playground) can put a stand-in linter behind the pane.
 *
 * The linter itself (locate, parse, the rules and their vocabulary) is loaded
 * as a chunk of its own after the pane has painted (`loadCore`): it is most of
 * the add-in's own code, and the pane's initial JS must stay small
 * (docs/architecture.md). Only types are imported from it here.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { LintConfig } from "../core/lint/config";
import type { LintResult, RowSpan } from "../core/lint/lint";
import { loadRuleDocs } from "./rule-docs";

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

let loading: Promise<CoreApi> | undefined;

/**
 * The core's linter and its rules' docs, loaded once (a separate chunk in the task pane's build; a plain require
 * under jest and Node).
 */
export function loadCore(): Promise<CoreApi> {
  // The import is asked for once: every check awaits this, and a cached promise is all it needs.
  loading ??= Promise.all([import(/* webpackChunkName: "core" */ "../core/lint/lint"), loadRuleDocs()]).then(
    ([{ lintGrid, recheck, recheckPart, recheckRows }]): CoreApi => ({ lintGrid, recheck, recheckPart, recheckRows }),
  );
  return loading;
}
