/** A reader thread's entry (piscina loads this file): one task reads one file into grids. */
import { readStage, type ReadTask } from "./read-stage";
import type { FileReport } from "./report";

/** What crosses to the main thread: the grids as JSON, or why the file cannot be read. */
export type ReadReply = { grids: string; bytes?: Uint8Array } | { report: FileReport };

/** `ping` only loads this module: the runner warms a replaced worker before timing the next file. */
export default async function read(task: ReadTask | { ping: true }): Promise<ReadReply | null> {
  if ("ping" in task) return null;
  const outcome = await readStage(task);
  // A JSON string crosses threads faster than the structured clone of the grids, and the main thread only
  // passes it on to a lint thread.
  return outcome.ok ? { grids: JSON.stringify(outcome.grids), bytes: outcome.bytes } : { report: outcome.report };
}
