/** A lint thread's module (thread.ts runs it): one task lints one file's grids. */
import { gridFromWire } from "./grid-wire";
import { lintStage, type LintTask } from "./lint-stage";
import type { Served } from "./thread";

export interface LintJob {
  task: LintTask;
  /** Each sheet's grid as a reader thread wrote it (grid-wire.ts). */
  grids: Uint8Array[];
  bytes?: Uint8Array;
}

export default async function lint(job: LintJob): Promise<Served> {
  const grids = job.grids.map(gridFromWire);
  // A JSON string crosses threads several times faster than the structured clone of the report.
  return { value: JSON.stringify(await lintStage(job.task, grids, job.bytes)) };
}
