/**
 * Section "core": the linter on synthetic sheets that mix the three layouts
 * (mixed-grid.js; 1–8 findings per table). All times are CPU time.
 *   - cold_1k_ms: the first check of 1,000 tables in a fresh process (cold-check.js), the median of 5 processes;
 *     cold_1k_cli_ms the same under the CLI's V8 flags
 *   - full/bare at 10,000 tables: a full check ÷ a bare pass that reads every cell's
 *     text once (the least of three passes), the median of the per-run ratios (goal ≤ 20)
 *   - edit/full at 1,000 tables: re-check of one edited table ÷ full check (goal ≤ 0.01)
 *   - memory: RSS high-water mark and the heap after a run
 * Every size runs 5 warm-ups and then 10 measured runs; each run builds a fresh
 * grid (no cache keyed by the grid survives from the run before) and runs the
 * bare pass and the full check back to back, alternating which goes first.
 */
"use strict";

const { execFileSync } = require("node:child_process");
const path = require("node:path");
const { buildMixedSheet } = require("./mixed-grid");
const { cpuTime, median, memory, fmt } = require("./util");

const SIZES = [1000, 10000];
const WARMUPS = 5;
const RUNS = 10;

function barePass(core, grid) {
  let chars = 0;
  for (const line of grid.values) for (const value of line) chars += core.cellText(value).length;
  return chars;
}

/**
 * The bare pass's CPU time: the least of three passes back to back. One pass of
 * ~10 ms at 10,000 tables is easily doubled by a collection or a page of the
 * fresh grid touched first; the ratio's denominator must not be inflated by those.
 */
function bareTime(core, grid) {
  return Math.min(...[0, 1, 2].map(() => cpuTime(() => barePass(core, grid)).ms));
}

/** Fresh processes for the cold check: one cold run on 2 shared cores moves by ±15%, so the median of several. */
const COLD_RUNS = 5;

/**
 * The first check of 1,000 tables, each in a process of its own so that nothing is warm: the median run. As the
 * add-in's engine runs it (plain V8), or with `cli` under the CLI's V8 flags (bin/v8-flags.js).
 */
function coldCheck(log, cli = false) {
  const runs = [];
  const args = [path.join(__dirname, "cold-check.js"), "1000", ...(cli ? ["--cli"] : [])];
  for (let i = 0; i < COLD_RUNS; i++) {
    try {
      const out = execFileSync(process.execPath, args, { encoding: "utf8" });
      runs.push(JSON.parse(out.trim().split("\n").pop()));
    } catch (error) {
      log(`  cold check failed: ${error && error.message}`);
      return undefined;
    }
  }
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { ms: median(sorted), min: sorted[0], max: sorted[sorted.length - 1], tables: runs[0].tables };
}

function logCold(log, what, cold) {
  if (cold) log(`  ${what}: ${fmt(cold.ms)} ms CPU (min ${fmt(cold.min)}, max ${fmt(cold.max)}), found ${cold.tables}`);
}

/** Warm-ups, then measured runs of `run(i)` → { ...ms figures }; returns the measured ones. */
function repeat(run) {
  for (let i = 0; i < WARMUPS; i++) run(i);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(run(WARMUPS + i));
  return runs;
}

function spread(values) {
  return `${fmt(median(values))} ms median (min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))})`;
}

/** Bare pass and full check on a fresh grid each run, interleaved. */
function fullAndBare(core, count) {
  let last;
  const runs = repeat((i) => {
    const { grid } = buildMixedSheet(count);
    const order = i % 2 ? ["full", "bare"] : ["bare", "full"];
    const ms = {};
    for (const what of order) {
      if (what === "bare") {
        ms.bare = bareTime(core, grid);
        continue;
      }
      const run = cpuTime(() => core.lintGrid(grid));
      ms.full = run.ms;
      last = run.result;
    }
    return ms;
  });
  return { runs, last };
}

/**
 * Re-check after one edit of a form table's 指标值 in the middle of the sheet:
 * a fresh grid and its full check each run (not measured), then the edit and
 * `recheck` (measured). Each run writes a different value.
 */
function editRuns(core, count) {
  if (typeof core.recheck !== "function") return undefined;
  return repeat((i) => {
    const { grid, forms } = buildMixedSheet(count);
    const row = forms[forms.length >> 1] + 9;
    const col = 5;
    const previous = core.lintGrid(grid);
    grid.values[row][col] = i % 2 ? "≥99百分号" : `≤${100 + i}万元`;
    const changed = { top: row, left: col, bottom: row, right: col };
    return { edit: cpuTime(() => core.recheck(grid, previous, changed, {})).ms };
  });
}

function findingSpread(result) {
  const per = new Map(result.tables.map((t) => [t.id, 0]));
  for (const d of result.diagnostics) per.set(d.tableId, (per.get(d.tableId) ?? 0) + 1);
  const counts = [...per.values()];
  return { min: Math.min(...counts), max: Math.max(...counts), mean: result.diagnostics.length / counts.length };
}

function sizeRun(core, count, log) {
  const { grid, layouts } = buildMixedSheet(count);
  const cells = grid.values.reduce((n, line) => n + line.length, 0);
  const { runs, last } = fullAndBare(core, count);
  const full = runs.map((r) => r.full);
  const bare = runs.map((r) => r.bare);
  const ratio = median(runs.map((r) => r.full / r.bare));
  const found = last.tables.length;
  const per = findingSpread(last);
  log(
    `  ${count} tables (${layouts.form} form, ${layouts.flat} flat, ${layouts.compact} compact; ${cells} cells; ` +
      `found ${found}; ${last.diagnostics.length} findings, ${per.min}–${per.max} per table, mean ${fmt(per.mean)})`,
  );
  log(`    full check   ${spread(full)} = ${fmt((median(full) * 1000) / count)} µs/table`);
  log(`    bare pass    ${spread(bare)}`);
  log(`    full/bare    ${fmt(ratio)} (median of ${RUNS} interleaved runs)`);
  if (found !== count) log(`    WARNING: expected ${count} tables, the core found ${found}`);
  const out = { count, full: median(full), ratio };
  if (count === 1000) {
    const edits = editRuns(core, count);
    if (edits) {
      out.edit = median(edits.map((r) => r.edit));
      log(`    recheck 1 edit ${spread(edits.map((r) => r.edit))}   edit/full = ${fmt(out.edit / out.full, 4)}`);
    } else log("    recheck      missing (core.recheck not exported)");
  }
  return out;
}

module.exports = {
  name: "core",
  title: "核心检查 / core linter on synthetic sheets of the three layouts (CPU time)",
  run({ core, log }) {
    const cold = coldCheck(log);
    logCold(log, `cold first check of 1,000 tables (fresh process, median of ${COLD_RUNS})`, cold);
    // The same under the CLI's V8 flags: what a reviewer's first file costs; the goal stays on the plain figure.
    const coldCli = coldCheck(log, true);
    logCold(log, "the same under the CLI's V8 flags (bin/v8-flags.js)", coldCli);
    const results = SIZES.map((count) => sizeRun(core, count, log));
    const big = results.find((r) => r.count === 10000);
    const small = results.find((r) => r.count === 1000);
    const mem = memory();
    log(`  memory: RSS high-water ${fmt(mem.maxRssMiB)} MiB, heap peak after a run ${fmt(mem.heapPeakMiB)} MiB`);
    return {
      "full/bare": big.ratio,
      "edit/full": small.edit !== undefined ? small.edit / small.full : NaN,
      tables_per_s: (big.count * 1000) / big.full,
      cold_1k_ms: cold ? cold.ms : NaN,
      cold_1k_cli_ms: coldCli ? coldCli.ms : NaN,
      max_rss_mib: mem.maxRssMiB,
      heap_peak_mib: mem.heapPeakMiB,
    };
  },
};
