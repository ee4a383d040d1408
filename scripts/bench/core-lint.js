/**
 * Section "core": the linter on synthetic sheets of form tables.
 *   - full check time per table, and throughput, at 1,000 and 10,000 tables
 *   - full check ÷ a bare pass that reads every cell's text once (goal ≤ 3 at 10,000)
 *   - re-check of one edited table ÷ full check at 1,000 tables (goal ≤ 0.01)
 *   - memory: RSS high-water mark and the heap while a 10,000-table result is held
 */
"use strict";

const { buildSheet } = require("./form-grid");
const { measure, memory, fmt, gc } = require("./util");

const SIZES = [1000, 10000];

function barePass(core, grid) {
  let chars = 0;
  for (const line of grid.values) for (const value of line) chars += core.cellText(value).length;
  return chars;
}

/** The 指标值 cell of the first indicator of the middle table: what a user edits. */
function editTarget(starts) {
  return { row: starts[starts.length >> 1] + 9, col: 5 };
}

/**
 * Re-check after one edit, if the core offers `recheck(grid, previous, changed, config)`.
 * Each run writes a different value so that nothing can be served from a cache.
 */
function measureRecheck(core, grid, starts, log) {
  if (typeof core.recheck !== "function") return undefined;
  const { row, col } = editTarget(starts);
  const changed = { top: row, left: col, bottom: row, right: col };
  let previous = core.lintGrid(grid);
  let n = 0;
  try {
    return measure(() => {
      grid.values[row][col] = n++ % 2 ? "≥99百分号" : `≤${100 + n}万元`;
      previous = core.recheck(grid, previous, changed, {});
      return previous;
    });
  } catch (error) {
    log(`  recheck failed: ${error && error.message}`);
    return undefined;
  }
}

/** A cheap sanity check, not an assertion: same findings, same cells, same order. */
function agrees(core, grid, result) {
  const key = (r) => r.diagnostics.map((d) => `${d.sheet}!${d.cell} ${d.ruleId} ${d.message.zh}`).join("\n");
  return key(result) === key(core.lintGrid(grid));
}

function sizeRun(core, count, log) {
  const { grid, starts } = buildSheet(count);
  const cells = grid.values.reduce((n, line) => n + line.length, 0);
  const repeats = count >= 10000 ? 5 : 7;
  const bare = measure(() => barePass(core, grid), { warmups: 2, repeats });
  const full = measure(() => core.lintGrid(grid), { warmups: 1, repeats });
  const found = full.result.tables.length;
  gc();
  const heldHeap = memory().heapUsedMiB; // grid + the last full result, garbage collected
  log(`  ${count} tables (${cells} cells; found ${found}, ${full.result.diagnostics.length} findings)`);
  log(
    `    full check   ${fmt(full.ms)} ms median (min ${fmt(full.min)}, max ${fmt(full.max)}) = ${fmt((full.ms * 1000) / count)} µs/table`,
  );
  log(`    bare pass    ${fmt(bare.ms)} ms median   full/bare = ${fmt(full.ms / bare.ms)}`);
  log(`    heap holding grid + result ${fmt(heldHeap)} MiB`);
  if (found !== count) log(`    WARNING: expected ${count} tables, the core found ${found}`);
  const out = { count, full, bare, found };
  if (count === 1000) {
    const recheck = measureRecheck(core, grid, starts, log);
    out.recheck = recheck;
    if (recheck)
      log(`    recheck 1 edit ${fmt(recheck.ms, 3)} ms median   edit/full = ${fmt(recheck.ms / full.ms, 4)}`);
    else log("    recheck      missing (core.recheck not exported yet)");
  }
  return out;
}

module.exports = {
  name: "core",
  title: "核心检查 / core linter on synthetic form tables",
  run({ core, log }) {
    const results = SIZES.map((count) => sizeRun(core, count, log));
    const big = results.find((r) => r.count === 10000);
    const small = results.find((r) => r.count === 1000);
    const mem = memory();
    log(`  memory: RSS high-water ${fmt(mem.maxRssMiB)} MiB, heap peak after a run ${fmt(mem.heapPeakMiB)} MiB`);
    return {
      "full/bare": big.full.ms / big.bare.ms,
      "edit/full": small.recheck ? small.recheck.ms / small.full.ms : NaN,
      tables_per_s: (big.count * 1000) / big.full.ms,
      max_rss_mib: mem.maxRssMiB,
      heap_peak_mib: mem.heapPeakMiB,
    };
  },
};
