/**
 * A file's first stage, in a reader thread: its bytes and its grids, or the
 * report saying why it cannot be read. Apart from the lint stage so that a
 * thread that only reads compiles only the reader, and one that only lints
 * never loads it (run-check.ts).
 */
import type { Grid } from "../core/grid/grid";
import type { Locale } from "../core/model/diagnostic";
import { readXlsx } from "../xlsx/read-xlsx";
import { LIMITS, type Limits } from "../xlsx/limits";
import { readInput } from "./inputs";
import { failed } from "./failed";
import type { FileReport } from "./report";

export interface ReadTask {
  file: string;
  locale: Locale;
  /** Cells allowed per sheet (the other limits follow from it). */
  maxCells?: number;
  /** Keep the bytes for the annotated copy. */
  keepBytes?: boolean;
}

export type ReadOutcome = { ok: true; grids: Grid[]; bytes?: Uint8Array } | { ok: false; report: FileReport };

/** --max-cells scales the byte limits too: about 80 bytes of XML per cell, never below 8 MiB a part. */
function limitsFor(maxCells: number | undefined): Limits {
  if (!maxCells) return LIMITS;
  const partBytes = Math.max(8 * 1024 * 1024, maxCells * 80);
  return { ...LIMITS, cellsPerSheet: maxCells, partBytes, totalBytes: partBytes * 2 };
}

export async function readStage(task: ReadTask): Promise<ReadOutcome> {
  const { file, locale } = task;
  const read = readInput(file);
  if (!read.ok) return { ok: false, report: failed(file, read.reason, locale) };
  const loaded = readXlsx(read.bytes, limitsFor(task.maxCells));
  if (!loaded.ok) return { ok: false, report: failed(file, loaded.reason, locale, { detail: loaded.detail ?? "" }) };
  return { ok: true, grids: loaded.grids, bytes: task.keepBytes ? read.bytes : undefined };
}
