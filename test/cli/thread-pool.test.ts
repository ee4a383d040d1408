/**
 * The CLI's worker threads (src/cli/thread-pool.ts), run for real from the
 * built lib/ (a thread loads lib/cli/thread.js) on a stage module written here.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ensureBuilt, ROOT } from "./helpers/build-cli";
import type { ThreadPool as Pool, PoolOptions, TaskTimeout as Timeout } from "../../src/cli/thread-pool";

ensureBuilt();
const { ThreadPool, TaskTimeout } = require(path.join(ROOT, "lib", "cli", "thread-pool.js")) as {
  ThreadPool: new (options: PoolOptions) => Pool;
  TaskTimeout: typeof Timeout;
};

const STAGE = `
const { threadId } = require("node:worker_threads");
module.exports.default = async (task) => {
  switch (task.kind) {
    case "echo": return { value: { echo: task.value, thread: threadId } };
    case "spin": { const end = Date.now() + task.ms; while (Date.now() < end); return { value: "spun" }; }
    case "forever": for (;;);
    case "throw": throw new Error("boom " + task.value);
    case "exit": process.exit(3);
    case "oom": { const keep = []; for (;;) keep.push(new Array(1e5).fill(task.value)); }
    case "bytes": { const b = new Uint8Array(task.n); return { value: b, transfer: [b.buffer] }; }
    case "length": return { value: task.bytes.byteLength };
  }
};`;

let dir: string;
let stage: string;
const pools: Pool[] = [];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-pool-"));
  stage = path.join(dir, "stage.js");
  fs.writeFileSync(stage, STAGE);
});
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.destroy()));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function pool(options: Partial<PoolOptions> = {}): Pool {
  const made = new ThreadPool({ filename: stage, threads: 1, depth: 2, resourceLimits: {}, ...options });
  pools.push(made);
  return made;
}

const run = (p: Pool, task: object, timeoutMs = 60_000) =>
  p.run<{ echo?: number; thread?: number }>(task, { timeoutMs });

describe("ThreadPool", () => {
  it("answers every task, in one thread when it has one, whatever the depth", async () => {
    const p = pool({ depth: 3 });
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((value) => run(p, { kind: "echo", value })));
    expect(answers.map((a) => a.value.echo)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(answers.map((a) => a.value.thread)).size).toBe(1);
  });

  it("spreads tasks over its threads", async () => {
    const p = pool({ threads: 2, depth: 1 });
    const answers = await Promise.all([1, 2, 3, 4].map((value) => run(p, { kind: "echo", value })));
    expect(new Set(answers.map((a) => a.value.thread)).size).toBe(2);
  });

  it("fails a task that throws with its message, and goes on in the same thread", async () => {
    const p = pool();
    await expect(run(p, { kind: "throw", value: 7 })).rejects.toThrow("boom 7");
    const first = await run(p, { kind: "echo", value: 1 });
    const second = await run(p, { kind: "echo", value: 2 });
    expect(second.value.thread).toBe(first.value.thread);
  });

  it("stops a task past its time, and the task queued behind it runs in a new thread", async () => {
    const p = pool({ depth: 2 });
    const stuck = run(p, { kind: "forever" }, 300);
    const next = run(p, { kind: "echo", value: 2 });
    await expect(stuck).rejects.toBeInstanceOf(TaskTimeout);
    expect((await next).value.echo).toBe(2);
  });

  it("starts a task's clock when it starts, not when it is queued", async () => {
    // Two tasks of 1 s in one thread under a limit of 1.8 s each: the second waits 1 s before it starts.
    const p = pool({ depth: 2 });
    const limit = 1800;
    const done = await Promise.all([
      run(p, { kind: "spin", ms: 1000 }, limit),
      run(p, { kind: "spin", ms: 1000 }, limit),
    ]);
    expect(done.map((d) => d.value)).toEqual(["spun", "spun"]);
    // What a task reports having run is its own time, not its wait (which would make it about 2 s).
    expect(done[1].ms).toBeGreaterThan(900);
    expect(done[1].ms).toBeLessThan(limit);
  });

  it("fails the running task of a thread that stops, and runs the queued ones in a new thread", async () => {
    const p = pool({ depth: 2 });
    const crash = run(p, { kind: "exit" });
    const next = run(p, { kind: "echo", value: 3 });
    await expect(crash).rejects.toThrow(/exit 3/);
    expect((await next).value.echo).toBe(3);
  });

  it("fails a task that runs out of its thread's memory with V8's out-of-memory error", async () => {
    const p = pool({ resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const hog = run(p, { kind: "oom", value: 1 });
    const next = run(p, { kind: "echo", value: 4 });
    await expect(hog).rejects.toMatchObject({ code: "ERR_WORKER_OUT_OF_MEMORY" });
    expect((await next).value.echo).toBe(4);
  });

  it("sends a task queued behind a stopped one again, with all of its data", async () => {
    const p = pool({ depth: 2 });
    const stuck = run(p, { kind: "forever" }, 300);
    const bytes = new Uint8Array(16);
    const queued = p.run<number>({ kind: "length", bytes }, { timeoutMs: 60_000 });
    await expect(stuck).rejects.toBeInstanceOf(TaskTimeout);
    expect((await queued).value).toBe(16);
    expect(bytes.byteLength).toBe(16); // copied, never moved away
  });

  it("takes what a reply moves", async () => {
    const p = pool();
    const answer = await p.run<Uint8Array>({ kind: "bytes", n: 8 }, { timeoutMs: 60_000 });
    expect(answer.value.byteLength).toBe(8);
  });

  it("waits on a time limit longer than a timer can hold (about 24.8 days)", async () => {
    const p = pool();
    expect((await run(p, { kind: "echo", value: 5 }, 2 ** 31 + 1000)).value.echo).toBe(5);
  });

  it("fails the tasks not answered when it is destroyed, and every task after", async () => {
    const p = pool({ depth: 2 });
    const running = run(p, { kind: "forever" });
    const queued = run(p, { kind: "echo", value: 1 });
    const failed = [expect(running).rejects.toThrow(/destroyed/), expect(queued).rejects.toThrow(/destroyed/)];
    await p.destroy();
    await Promise.all(failed);
    await expect(run(p, { kind: "echo", value: 2 })).rejects.toThrow(/destroyed/);
  });

  it("fails every task when its threads cannot load the stage, rather than start new ones for ever", async () => {
    const p = pool({ filename: path.join(dir, "missing.js") });
    await expect(run(p, { kind: "echo", value: 1 })).rejects.toThrow(/Cannot find module/);
    await expect(run(p, { kind: "echo", value: 2 })).rejects.toThrow(/Cannot find module/);
  });
});
