import type { CheckTask } from "../../src/cli/check-file";
import { runLanes, type LaneIO, type Pools } from "../../src/cli/lanes";
import type { FileReport } from "../../src/cli/report";
import type { ThreadPool } from "../../src/cli/thread-pool";

const pool = (name: string) => ({ name }) as unknown as ThreadPool;
const report = (file: string, extra: Partial<FileReport> = {}): FileReport => ({
  file,
  tables: [],
  diagnostics: [],
  ...extra,
});
const task = (file: string): CheckTask => ({ file, config: {}, locale: "zh-CN" });
const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A fake batch: files named f0…, `unreadable` ones fail their read; each stage takes `readMs`/`lintMs` of real
 * time and says it ran `ranMs` (a pool's clock, which starts when a task starts, not when it is queued).
 */
function batch(
  count: number,
  options: { unreadable?: number[]; readMs?: number; lintMs?: number; ranMs?: number } = {},
) {
  const delivered: [number, FileReport][] = [];
  const calls: { pool: string; file: string; spentMs?: number; at: number }[] = [];
  const ran = options.ranMs ?? 1;
  let readsAhead = 0;
  let mostAhead = 0;
  const io: LaneIO = {
    count,
    input: (i) => (i === 1 && options.unreadable?.includes(-1) ? { report: report("f1") } : { task: task(`f${i}`) }),
    deliver: (i, r) => delivered.push([i, r]),
    run: async <T>(p: ThreadPool, job: unknown, file: string, spentMs?: number) => {
      const name = (p as unknown as { name: string }).name;
      calls.push({ pool: name, file, spentMs, at: Date.now() });
      const index = Number(file.slice(1));
      if (name === "read") {
        mostAhead = Math.max(mostAhead, ++readsAhead);
        await later(options.readMs ?? 1);
        if (options.unreadable?.includes(index))
          return {
            ok: true as const,
            value: { report: report(file, { error: { code: "corrupt", message: "x" } }) } as T,
            ms: ran,
          };
        return { ok: true as const, value: { grids: [new Uint8Array([91, 93])] } as T, ms: ran };
      }
      readsAhead--;
      await later(options.lintMs ?? 1);
      if (name === "whole") return { ok: true as const, value: JSON.stringify(report(file)) as T, ms: ran };
      expect((job as { grids: Uint8Array[] }).grids.map((g) => [...g])).toEqual([[91, 93]]);
      return {
        ok: true as const,
        value: JSON.stringify(report(file, { tables: [{ id: file, sheet: "s", name: "n" }] })) as T,
        ms: ran,
      };
    },
  };
  return { io, delivered, calls, mostAhead: () => mostAhead };
}

const split: Pools = { first: pool("read"), firstThreads: 1, lint: pool("lint"), lintThreads: 1, depth: 1 };

describe("runLanes", () => {
  it("reads in one pool and lints in the other, every file once; a file that cannot be read skips the lint", async () => {
    const b = batch(5, { unreadable: [2] });
    await runLanes(split, b.io);
    expect(b.delivered.map(([i]) => i).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(b.calls.filter((c) => c.pool === "read").map((c) => c.file)).toEqual(["f0", "f1", "f2", "f3", "f4"]);
    expect(b.calls.filter((c) => c.pool === "lint").map((c) => c.file)).toEqual(["f0", "f1", "f3", "f4"]);
    expect(b.delivered.find(([i]) => i === 2)![1].error?.code).toBe("corrupt");
    expect(b.delivered.find(([i]) => i === 3)![1].tables).toHaveLength(1);
  });

  it("gives the lint only what is left of the file's time: its read counts, its wait does not", async () => {
    // Reads end while a lint runs, so later files wait for the lint thread; the time a read ran is the pool's.
    const b = batch(3, { readMs: 1, lintMs: 20, ranMs: 30 });
    await runLanes(split, b.io);
    expect(b.calls.filter((c) => c.pool === "lint").map((c) => c.spentMs)).toEqual([30, 30, 30]);
  });

  it("lets a reader read no further while its last file waits for a lint thread", async () => {
    const b = batch(8, { readMs: 1, lintMs: 20 });
    await runLanes(split, b.io);
    // Reads started and not yet taken by a lint thread: the one reader's file, never two.
    expect(b.mostAhead()).toBe(1);
    expect(b.delivered).toHaveLength(8);
  });

  it("keeps `depth` files going per thread of each stage, and no more", async () => {
    const b = batch(12, { readMs: 1, lintMs: 20 });
    await runLanes({ ...split, depth: 2 }, b.io);
    expect(b.mostAhead()).toBe(2);
    expect(b.delivered.map(([i]) => i).sort((x, y) => x - y)).toEqual([...Array(12).keys()]);
  });

  it("with one thread checks whole files in it", async () => {
    const b = batch(3);
    await runLanes({ first: pool("whole"), firstThreads: 1, lintThreads: 0, depth: 1 }, b.io);
    expect(b.calls.map((c) => `${c.pool}:${c.file}`)).toEqual(["whole:f0", "whole:f1", "whole:f2"]);
    expect(b.delivered.map(([i]) => i)).toEqual([0, 1, 2]);
  });
});
