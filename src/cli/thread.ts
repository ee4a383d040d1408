/**
 * A worker thread of a ThreadPool (thread-pool.ts): loads the stage's module,
 * says it is ready, then runs the tasks it is sent one after another, in the
 * order sent, and replies to each.
 */
import { parentPort, workerData } from "node:worker_threads";

/** What a stage's module gives back for a task; `transfer` is moved, not copied. */
export interface Served {
  value: unknown;
  transfer?: ArrayBuffer[];
}

export type ThreadReply =
  { ready: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

type Serve = (task: unknown) => Promise<Served>;

if (parentPort) {
  const port = parentPort;
  const serve = (require(workerData.filename) as { default: Serve }).default;
  let queue = Promise.resolve();
  port.on("message", ({ id, task }: { id: number; task: unknown }) => {
    // One at a time: a task that awaits (a file read) must not let the next one start beside it.
    queue = queue.then(async () => {
      try {
        const { value, transfer } = await serve(task);
        port.postMessage({ id, ok: true, value } satisfies ThreadReply, transfer ?? []);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        port.postMessage({ id, ok: false, message } satisfies ThreadReply);
      }
    });
  });
  port.postMessage({ ready: true } satisfies ThreadReply);
}
