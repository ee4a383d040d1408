/**
 * One file, start to finish, in one thread: both stages back to back. Used
 * when the batch has one thread (`--jobs 1`, or a single file), where handing
 * the grids from a reader thread to a lint thread would only add a copy.
 */
import { lintStage, type LintTask } from "./lint-stage";
import { readStage, type ReadTask } from "./read-stage";
import type { FileReport } from "./report";

export type CheckTask = ReadTask & LintTask;

export async function checkFile(task: CheckTask): Promise<FileReport> {
  const read = await readStage({ ...task, keepBytes: Boolean(task.annotateTo) });
  return read.ok ? lintStage(task, read.grids, read.bytes) : read.report;
}
