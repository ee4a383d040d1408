/**
 * How a batch's files go through worker threads. With one thread, each file
 * is read and linted there in one task. With more, some threads read and
 * others lint, and the files flow from one to the other: each thread then
 * compiles only the code of its own stage, where every thread doing both
 * paid V8 the compile time of both (on 2 cores, 100 small files took 20%
 * less CPU and 15% less time; scripts/bench-cli.js).
 */
import type { CheckTask } from "./check-file";
import { Handoff } from "./handoff";
import type { LintJob } from "./lint-worker";
import type { ReadReply } from "./read-worker";
import type { FileReport } from "./report";
import type { ThreadPool } from "./thread-pool";

export interface Pools {
  /** Whole files (one thread), or the first stage (reader threads). */
  first: ThreadPool;
  firstThreads: number;
  /** The lint threads; absent when one thread does both stages. */
  lint?: ThreadPool;
  lintThreads: number;
  /** Tasks each thread holds at once (thread-pool.ts): each stage keeps that many files per thread going. */
  depth: number;
}

export interface LaneIO {
  count: number;
  /** The task for input `index`, or the report of an input that already failed (a pattern matching nothing). */
  input(index: number): { task: CheckTask } | { report: FileReport };
  deliver(index: number, report: FileReport): void;
  /**
   * Runs one task in a pool under what is left of the file's time limit after `spentMs` (its read, when this is
   * its lint); the report of why it failed, if it did.
   */
  run<T>(
    pool: ThreadPool,
    task: unknown,
    file: string,
    spentMs?: number,
  ): Promise<{ ok: true; value: T; ms: number } | { ok: false; report: FileReport }>;
}

/** A file read, waiting for a lint thread; `spentMs` its read took (the wait does not count against its time). */
type Read = { index: number; task: CheckTask; spentMs: number } & Extract<ReadReply, { grids: Uint8Array[] }>;

async function wholeFile(pool: ThreadPool, io: LaneIO, task: CheckTask): Promise<FileReport> {
  const done = await io.run<string>(pool, task, task.file);
  return done.ok ? (JSON.parse(done.value) as FileReport) : done.report;
}

async function firstStage(pools: Pools, io: LaneIO, index: number, handoff: Handoff<Read>): Promise<void> {
  const input = io.input(index);
  if ("report" in input) return io.deliver(index, input.report);
  const { task } = input;
  if (!pools.lint) return io.deliver(index, await wholeFile(pools.first, io, task));
  // The slot is taken before the read: while the files read wait for a lint thread, no more are read.
  await handoff.reserve();
  const read = await io.run<ReadReply>(pools.first, { ...task, keepBytes: Boolean(task.annotateTo) }, task.file);
  // A worker that failed and a file that could not be read both come as a report.
  const reply = read.ok ? read.value : read;
  if ("report" in reply) {
    handoff.release();
    return io.deliver(index, reply.report);
  }
  handoff.put({ index, task, spentMs: read.ok ? read.ms : 0, ...reply });
}

async function lintStage(pool: ThreadPool, io: LaneIO, read: Read): Promise<void> {
  const { task, grids, bytes } = read;
  // The grids are copied to the lint thread, not moved: if a file before this one stops that thread, this task
  // is sent again to the next (thread-pool.ts).
  const job: LintJob = { task, grids, bytes };
  const done = await io.run<string>(pool, job, task.file, read.spentMs);
  io.deliver(read.index, done.ok ? (JSON.parse(done.value) as FileReport) : done.report);
}

/** Every input through the pools; resolves when every report is delivered. */
export async function runLanes(pools: Pools, io: LaneIO): Promise<void> {
  // A file read is held until a lint thread takes it, and no more are read meanwhile: at most `depth` files per
  // thread of either stage are in memory, whatever the batch.
  const readLanes = pools.firstThreads * pools.depth;
  const handoff = new Handoff<Read>(readLanes);
  let cursor = 0;
  const readLane = async (): Promise<void> => {
    while (cursor < io.count) await firstStage(pools, io, cursor++, handoff);
  };
  const lintLane = async (pool: ThreadPool): Promise<void> => {
    for (let read = await handoff.take(); read; read = await handoff.take()) await lintStage(pool, io, read);
  };
  const readers = Promise.all(Array.from({ length: readLanes }, readLane)).finally(() => handoff.close());
  const lintLanes = pools.lintThreads * pools.depth;
  const linters = pools.lint ? Array.from({ length: lintLanes }, () => lintLane(pools.lint!)) : [];
  await Promise.all([readers, ...linters]);
}
