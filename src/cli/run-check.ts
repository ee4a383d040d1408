/**
 * `check`: files are checked in worker threads, a few at a time, and reported
 * in the order given. Each file is isolated: a worker that runs out of its
 * memory or time is stopped and replaced, that file gets one line saying why,
 * and the batch goes on — the JSON stays one complete document.
 */
import { availableParallelism } from "node:os";
import * as path from "node:path";
import type { Locale } from "../core/model/diagnostic";
import type { CheckOptions } from "./args";
import { planTargets, prepareAnnotateDir, type CopyTarget } from "./annotate-output";
import type { CheckTask } from "./check-file";
import { failed } from "./failed";
import { expandInputs, type Input } from "./inputs";
import { t } from "../i18n";
import { runLanes, type Pools } from "./lanes";
import { makeProgress } from "./progress";
import { addToTotals, emptyTotals, type FileReport, type Reporter } from "./report";
import { TaskTimeout, ThreadPool } from "./thread-pool";

/** Heap one worker may use; a workbook that needs more is refused (docs/cli.md). */
const WORKER_MEMORY_MIB = 4096;
const DEFAULT_TIMEOUT_S = 300;
/** Young-generation heap of one worker. */
const YOUNG_MIB = 96;
/** Files each thread holds at once (thread-pool.ts). */
const DEPTH = 2;

export interface RunIO {
  reporter: Reporter;
  /** One line on stderr. */
  complain: (message: string) => void;
  stderr: (s: string) => void;
  stderrIsTTY: boolean;
}

function failure(error: unknown, file: string, options: CheckOptions): FileReport {
  const e = error as { name?: string; code?: string; message?: string };
  const locale = options.locale;
  if (error instanceof TaskTimeout)
    return failed(file, "timeout", locale, { seconds: options.timeout ?? DEFAULT_TIMEOUT_S });
  if (e?.code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory|heap limit/i.test(e?.message ?? "")) {
    return failed(file, "memory", locale, { mib: options.maxMemory ?? WORKER_MEMORY_MIB });
  }
  return failed(file, "internal", locale, { detail: e?.message ?? String(error) });
}

function makePool(file: string, threads: number, memoryMib: number): ThreadPool {
  return new ThreadPool({
    filename: path.join(__dirname, file),
    threads,
    depth: DEPTH,
    // A young generation larger than V8's default: a check allocates many short-lived objects per table,
    // and fewer scavenges cut a batch's CPU time by about 5% (scripts/bench-cli.js).
    resourceLimits: { maxOldGenerationSizeMb: memoryMib, maxYoungGenerationSizeMb: YOUNG_MIB },
  });
}

/**
 * One thread does whole files. From two up, of `jobs` threads a third lint (at least one) and the others read
 * (lanes.ts): a warm lint costs a file about a third of its read. Every thread is one more V8 to warm, so no
 * more than the cores by default: on 2 cores one reader and one linter checked 100 files in 0.95 s, two readers
 * and one linter in 1.3 s (scripts/bench-cli.js).
 */
function makePools(jobs: number, memoryMib: number): Pools {
  if (jobs === 1) {
    return { first: makePool("check-worker.js", 1, memoryMib), firstThreads: 1, lintThreads: 0, depth: DEPTH };
  }
  const lintThreads = Math.max(1, Math.round(jobs / 3));
  const firstThreads = jobs - lintThreads;
  return {
    first: makePool("read-worker.js", firstThreads, memoryMib),
    firstThreads,
    lint: makePool("lint-worker.js", lintThreads, memoryMib),
    lintThreads,
    depth: DEPTH,
  };
}

function checkTask(input: Input, options: CheckOptions, target: CopyTarget | undefined): CheckTask {
  return {
    file: input.file,
    config: { rules: options.rules },
    locale: options.locale,
    maxCells: options.maxCells,
    annotateTo: target && !target.isInput ? target.target : undefined,
  };
}

/** Emits reports in input order as soon as each one's predecessors are out. */
function inOrder(emit: (report: FileReport) => void) {
  const ready: (FileReport | undefined)[] = [];
  let next = 0;
  return (index: number, report: FileReport) => {
    ready[index] = report;
    while (ready[next]) {
      emit(ready[next]!);
      ready[next++] = undefined;
    }
  };
}

function isInputNote(report: FileReport, target: CopyTarget | undefined, locale: Locale): FileReport {
  if (target?.isInput && !report.error) {
    report.annotateError = t(locale, "annotateIsInput", { file: report.file, target: target.target });
  }
  return report;
}

export async function runCheck(options: CheckOptions, io: RunIO): Promise<number> {
  const { locale } = options;
  if (options.annotate) {
    const problem = await prepareAnnotateDir(options.annotate, locale);
    if (problem) {
      io.complain(problem);
      return 2;
    }
  }
  const inputs = await expandInputs(options.files);
  const targets = options.annotate
    ? planTargets(
        options.annotate,
        inputs.map((i) => i.file),
      )
    : [];
  const totals = emptyTotals();
  const progress = makeProgress(io.stderr, io.stderrIsTTY, inputs.length, locale);
  let done = 0;
  progress.update(0); // at once: the first file may take a while
  const deliver = inOrder((report) => {
    progress.clear();
    if (report.error) io.complain(report.error.message);
    if (report.annotateError) io.complain(report.annotateError);
    io.reporter.file(report);
    addToTotals(totals, report);
    progress.update(++done);
  });
  const memory = options.maxMemory ?? WORKER_MEMORY_MIB;
  const pools = makePools(Math.max(1, Math.min(options.jobs ?? availableParallelism(), inputs.length)), memory);
  const timeoutMs = (options.timeout ?? DEFAULT_TIMEOUT_S) * 1000;
  try {
    await runLanes(pools, {
      count: inputs.length,
      input: (index) => {
        const input = inputs[index];
        if (input.error) return { report: failed(input.file, input.error, locale) };
        return { task: checkTask(input, options, targets[index]) };
      },
      deliver: (index, report) => deliver(index, isInputNote(report, targets[index], locale)),
      run: async <T>(pool: ThreadPool, task: unknown, file: string, spentMs = 0) => {
        try {
          const ran = await pool.run<T>(task, { timeoutMs: Math.max(1, Math.round(timeoutMs - spentMs)) });
          return { ok: true as const, value: ran.value, ms: ran.ms };
        } catch (error) {
          return { ok: false as const, report: failure(error, file, options) };
        }
      },
    });
  } finally {
    await Promise.all([pools.first.destroy(), pools.lint?.destroy()]);
  }
  progress.clear();
  io.reporter.end(totals);
  if (totals.unreadable || totals.unwritten) return 2;
  return totals.errors ? 1 : 0;
}
