/** A worker thread's entry for a batch of one thread (piscina loads this file): one task is one whole file. */
import { checkFile, type CheckTask } from "./check-file";

/** `ping` only loads this module (and the reader): the runner warms a replaced worker before timing the next file. */
export default async function check(task: CheckTask | { ping: true }): Promise<string | null> {
  return "ping" in task ? null : JSON.stringify(await checkFile(task));
}
