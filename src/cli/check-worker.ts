/** A thread's module for a batch of one thread (thread.ts runs it): one task is one whole file. */
import { checkFile, type CheckTask } from "./check-file";
import type { Served } from "./thread";

export default async function check(task: CheckTask): Promise<Served> {
  return { value: JSON.stringify(await checkFile(task)) };
}
