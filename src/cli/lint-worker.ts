/** A lint thread's entry (piscina loads this file): one task lints one file's grids. */
import type { Grid } from "../core/grid/grid";
import { lintStage, type LintTask } from "./lint-stage";

export interface LintJob {
  task: LintTask;
  /** The grids as JSON, from a reader thread. */
  grids: string;
  bytes?: Uint8Array;
}

/** `ping` only loads this module: the runner warms a replaced worker before timing the next file. */
export default async function lint(job: LintJob | { ping: true }): Promise<string | null> {
  if ("ping" in job) return null;
  const report = await lintStage(job.task, JSON.parse(job.grids) as Grid[], job.bytes);
  // A JSON string crosses threads several times faster than the structured clone of the report.
  return JSON.stringify(report);
}
