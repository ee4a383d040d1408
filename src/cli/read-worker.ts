/** A reader thread's module (thread.ts runs it): one task reads one file into grids. */
import { readStage, type ReadTask } from "./read-stage";
import type { FileReport } from "./report";
import type { Served } from "./thread";
import { gridToWire } from "./grid-wire";

/** What crosses to the main thread: each sheet's grid (grid-wire.ts), or why the file cannot be read. */
export type ReadReply = { grids: Uint8Array[]; bytes?: Uint8Array } | { report: FileReport };

export default async function read(task: ReadTask): Promise<Served> {
  const outcome = await readStage(task);
  if (!outcome.ok) return { value: { report: outcome.report } satisfies ReadReply };
  // Each sheet in a buffer of its own, moved to the main thread (and copied on to a lint thread, thread-pool.ts):
  // the grids never enter the main thread's heap, and no string holds more than one sheet (V8 caps a string's length).
  const grids = outcome.grids.map(gridToWire);
  const value: ReadReply = { grids, bytes: outcome.bytes };
  return { value, transfer: grids.map((g) => g.buffer as ArrayBuffer) };
}
