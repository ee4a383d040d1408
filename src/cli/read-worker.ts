/** A reader thread's entry (piscina loads this file): one task reads one file into grids. */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { readStage, type ReadTask } from "./read-stage";
import type { FileReport } from "./report";

/** What crosses to the main thread: each sheet's grid as UTF-8 JSON, or why the file cannot be read. */
export type ReadReply = { grids: Uint8Array[]; bytes?: Uint8Array } | { report: FileReport };

const encoder = new TextEncoder();

/** `ping` only loads this module: the runner warms a replaced worker before timing the next file. */
export default async function read(task: ReadTask | { ping: true }): Promise<unknown> {
  if ("ping" in task) return null;
  const outcome = await readStage(task);
  if (!outcome.ok) return { report: outcome.report } satisfies ReadReply;
  // Each sheet in a buffer of its own, moved (not copied) to the main thread and on to a lint thread: the grids
  // never enter the main thread's heap, and no string holds more than one sheet (V8 caps a string's length).
  const grids = outcome.grids.map((grid) => encoder.encode(JSON.stringify(grid)));
  const reply: ReadReply = { grids, bytes: outcome.bytes };
  return move({ [transferableSymbol]: grids.map((g) => g.buffer), [valueSymbol]: reply });
}
