/** A lint thread's entry (piscina loads this file): one task lints one file's grids. */
import type { Grid } from "../core/grid/grid";
import { lintStage, type LintTask } from "./lint-stage";

export interface LintJob {
  task: LintTask;
  /** Each sheet's grid as UTF-8 JSON, from a reader thread. */
  grids: Uint8Array[];
  bytes?: Uint8Array;
}

const decoder = new TextDecoder();

/** `ping` only loads this module: the runner warms a replaced worker before timing the next file. */
export default async function lint(job: LintJob | { ping: true }): Promise<string | null> {
  if ("ping" in job) return null;
  const grids = job.grids.map((g) => JSON.parse(decoder.decode(g)) as Grid);
  // A JSON string crosses threads several times faster than the structured clone of the report.
  return JSON.stringify(await lintStage(job.task, grids, job.bytes));
}
