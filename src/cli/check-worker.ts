/** The worker thread's entry (piscina loads this file): one task is one file. */
import { checkFile, type CheckTask } from "./check-file";
import type { FileReport } from "./report";

export default function check(task: CheckTask): Promise<FileReport> {
  return checkFile(task);
}
