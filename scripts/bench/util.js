/** Shared by the bench sections: building lib/, timing, medians, memory, number formatting. */
"use strict";

const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");

const ROOT = path.resolve(__dirname, "..", "..");
const BUILT = path.join(ROOT, "lib", "core", "index.js");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

/** What tsconfig.cli.json compiles into lib/: the core, and the CLI with what it imports. */
const CLI_SOURCES = ["core", "cli", "xlsx", "i18n", "host"];

/** The bench measures the compiled core and CLI (lib/); rebuild them when any of their sources is newer. */
function ensureBuilt(log) {
  const newest = Math.max(...CLI_SOURCES.map((dir) => newestMtime(path.join(ROOT, "src", dir))));
  const stale = !fs.existsSync(BUILT) || newest > fs.statSync(BUILT).mtimeMs;
  if (!stale) return;
  log("building lib/ (npm run build:cli) …");
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: ROOT,
        stdio: "pipe",
      },
    );
  } catch (error) {
    // Type errors in work in progress still emit JavaScript; only a missing build is fatal.
    if (!fs.existsSync(BUILT)) throw error;
    log("  (tsc reported type errors; measuring the emitted code anyway)");
  }
  const now = new Date();
  fs.utimesSync(BUILT, now, now);
}

/** The core's public surface; `recheck` from its own module while src/core/index.ts does not export it yet. */
function loadCore() {
  const core = require(path.join(ROOT, "lib", "core"));
  if (core.recheck) return core;
  const { recheck } = require(path.join(ROOT, "lib", "core", "lint", "lint"));
  return { ...core, recheck };
}

/** Milliseconds taken by fn(), and its result. */
function time(fn) {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A full collection between runs, so that one run's garbage is not billed to the
 * next. `npm run bench` cannot pass --expose-gc, so the flag is set at run time.
 */
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

/** Peak heap seen right after a measured run (before its garbage is collected). */
let heapPeak = 0;

/** Median time of `repeats` runs after `warmups` unmeasured ones (JIT, caches); keeps only the last result. */
function measure(fn, { warmups = 1, repeats = 5 } = {}) {
  for (let i = 0; i < warmups; i++) fn();
  const times = [];
  let last;
  for (let i = 0; i < repeats; i++) {
    last = undefined;
    gc();
    const run = time(fn);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    times.push(run.ms);
    last = run.result;
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), result: last };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits 50 ms without using the CPU: the collector sweeps the heap on helper
 * threads after `gc()` returns, and that work belongs to the run before, not
 * to the measured call (on a 10,000-table sheet it was most of the bare pass).
 */
function settle() {
  Atomics.wait(pause, 0, 0, 50);
}

/**
 * CPU milliseconds of fn() (user + system, every thread of the process, so the
 * collector's share counts), after a full collection and its sweeping so that
 * earlier garbage is not billed to it. CPU time, not wall time: other work on shared cores does not count.
 */
function cpuTime(fn) {
  gc();
  settle();
  const start = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(start);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  return { ms: (used.user + used.system) / 1000, result };
}

const MiB = 1024 * 1024;

/** RSS high-water mark of the process so far (resourceUsage gives KiB), the heap now, and its peak after a run. */
function memory() {
  return {
    maxRssMiB: (process.resourceUsage().maxRSS * 1024) / MiB,
    heapUsedMiB: process.memoryUsage().heapUsed / MiB,
    heapPeakMiB: heapPeak / MiB,
  };
}

function fmt(n, digits = 2) {
  if (!Number.isFinite(n)) return "NA";
  return n >= 100 ? n.toFixed(0) : n.toFixed(digits);
}

module.exports = { ROOT, newestMtime, ensureBuilt, loadCore, time, cpuTime, median, measure, memory, fmt, gc };
