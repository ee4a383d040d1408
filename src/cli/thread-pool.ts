/**
 * Worker threads of one kind for one of the CLI's stages. Each thread holds a
 * few tasks at once (`depth`), runs them one after another, and starts the
 * next the moment one ends: on two busy cores the main thread can be slow to
 * wake, and a thread that waits for it to hand over each file idles between
 * files (one reader and one lint thread fed this way checked 100 files in
 * 0.95 s where a pool handing over one task at a time took 1.3 s;
 * scripts/bench-cli.js).
 *
 * A task's time limit runs from when it starts (its thread loaded and the
 * tasks before it done), not from when it was queued. A thread that passes
 * it, or runs out of memory, or stops, is replaced: the task it was running
 * fails with that reason, the tasks queued behind it go to another thread.
 * So a task is copied to its thread, never moved: one queued behind a stopped
 * task is sent again, whole. (A reply may move what it holds: it is sent once.)
 * An error a stage module lets escape its task (a callback it did not await)
 * stops the thread and is charged to the task running then: stage modules
 * await everything they start.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";
import * as path from "node:path";
import type { ThreadReply } from "./thread";

export interface PoolOptions {
  /** The module each thread serves: its default export runs one task (thread.ts). */
  filename: string;
  threads: number;
  /** Tasks a thread holds at once. */
  depth: number;
  resourceLimits: ResourceLimits;
}

export interface RunOptions {
  timeoutMs: number;
}

/** setTimeout's longest delay (about 24.8 days); a longer one would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** A task's result, and how long it ran (from its start, not its queueing). */
export interface Ran<T> {
  value: T;
  ms: number;
}

/** A task past its time limit; its thread was stopped. */
export class TaskTimeout extends Error {
  override name = "TaskTimeout";
}

interface Job {
  id: number;
  task: unknown;
  options: RunOptions;
  resolve: (ran: Ran<unknown>) => void;
  reject: (error: unknown) => void;
  startedAt?: number;
}

interface Thread {
  worker: Worker;
  /** Posted to the thread, in its order; the first is running once `ready`. */
  jobs: Job[];
  ready: boolean;
  timer?: ReturnType<typeof setTimeout>;
  /** Why it stopped or is being stopped: out of memory, a crash, its running task's time. */
  error?: unknown;
}

const ENTRY = path.join(__dirname, "thread.js");

export class ThreadPool {
  private readonly threads: Thread[] = [];
  /** Tasks no thread has room for yet, and those a stopped thread had queued. */
  private readonly waiting: Job[] = [];
  private nextId = 0;
  private destroyed = false;
  /** Why a thread could not even load its module: every task fails with it rather than respawn for ever. */
  private broken?: unknown;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.threads; i++) this.threads.push(this.spawn());
  }

  run<T>(task: unknown, options: RunOptions): Promise<Ran<T>> {
    return new Promise<Ran<T>>((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      if (this.destroyed) return reject(new Error("thread pool destroyed"));
      const job: Job = { id: this.nextId++, task, options, resolve: resolve as Job["resolve"], reject };
      this.waiting.push(job);
      this.dispatch();
    });
  }

  /** Stops every thread; tasks not answered yet fail. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    const threads = this.threads.splice(0);
    const stopped = new Error("thread pool destroyed");
    for (const thread of threads) {
      clearTimeout(thread.timer);
      for (const job of thread.jobs.splice(0)) job.reject(stopped);
    }
    for (const job of this.waiting.splice(0)) job.reject(stopped);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  private spawn(): Thread {
    const { filename, resourceLimits } = this.options;
    const worker = new Worker(ENTRY, { workerData: { filename }, resourceLimits });
    const thread: Thread = { worker, jobs: [], ready: false };
    worker.on("message", (reply: ThreadReply) => this.received(thread, reply));
    worker.on("error", (error) => {
      thread.error = error;
    });
    worker.on("exit", (code) => this.exited(thread, code));
    return thread;
  }

  /** Hands waiting tasks to the threads with the fewest, up to `depth` each. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      let best: Thread | undefined;
      for (const thread of this.threads) {
        if (thread.jobs.length < this.options.depth && (!best || thread.jobs.length < best.jobs.length)) best = thread;
      }
      if (!best) return;
      const job = this.waiting.shift()!;
      best.jobs.push(job);
      best.worker.postMessage({ id: job.id, task: job.task });
      if (best.jobs.length === 1) this.startClock(best);
    }
  }

  private startClock(thread: Thread): void {
    clearTimeout(thread.timer);
    const job = thread.jobs[0];
    if (!thread.ready || !job) return;
    job.startedAt = performance.now();
    thread.timer = setTimeout(() => this.expire(thread, job), Math.min(job.options.timeoutMs, MAX_DELAY_MS));
  }

  private received(thread: Thread, reply: ThreadReply): void {
    if (thread.error) return; // being stopped: its running task fails with the reason
    if ("ready" in reply) {
      thread.ready = true;
      this.startClock(thread);
      return;
    }
    if (thread.jobs[0]?.id !== reply.id) {
      // Never expected; if it happens, that thread's running task fails and the others are sent again.
      thread.error = new Error(`thread replied out of order (${reply.id})`);
      void thread.worker.terminate();
      return;
    }
    const job = thread.jobs.shift()!;
    this.startClock(thread);
    if (reply.ok) job.resolve({ value: reply.value, ms: performance.now() - job.startedAt! });
    else job.reject(new Error(reply.message));
    this.dispatch();
  }

  /** Stops the thread; its running task fails with the timeout once it has stopped (exited). */
  private expire(thread: Thread, job: Job): void {
    if (thread.jobs[0] !== job || thread.error) return;
    thread.error = new TaskTimeout(`${job.options.timeoutMs} ms`);
    void thread.worker.terminate();
  }

  /** A thread that stopped: its running task fails, its queue goes to a new thread. */
  private exited(thread: Thread, code: number): void {
    clearTimeout(thread.timer);
    const at = this.threads.indexOf(thread);
    if (at < 0) return; // destroyed
    const error = thread.error ?? new Error(`worker stopped (exit ${code})`);
    if (!thread.ready) {
      this.threads.splice(at, 1);
      return this.fail(error, thread.jobs);
    }
    thread.jobs.shift()?.reject(error);
    for (let i = thread.jobs.length - 1; i >= 0; i--) this.waiting.unshift(thread.jobs[i]);
    if (this.destroyed) return;
    this.threads[at] = this.spawn();
    this.dispatch();
  }

  /** A thread could not load its module: its tasks and all waiting fail, and so will every task after. */
  private fail(error: unknown, jobs: Job[]): void {
    this.broken = error;
    for (const job of jobs.concat(this.waiting.splice(0))) job.reject(error);
  }
}
