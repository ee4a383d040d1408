/** A lint thread's module (thread.ts runs it): one task lints one file's grids. */
import type { Grid } from "../core/grid/grid";
import { lintStage, type LintTask } from "./lint-stage";
import type { Served } from "./thread";

export interface LintJob {
  task: LintTask;
  /** Each sheet's grid as UTF-8 JSON, from a reader thread. */
  grids: Uint8Array[];
  bytes?: Uint8Array;
}

const decoder = new TextDecoder();

export default async function lint(job: LintJob): Promise<Served> {
  const grids = job.grids.map((g) => JSON.parse(decoder.decode(g)) as Grid);
  // A JSON string crosses threads several times faster than the structured clone of the report.
  return { value: JSON.stringify(await lintStage(job.task, grids, job.bytes)) };
}
