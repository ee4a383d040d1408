#!/usr/bin/env node
/**
 * Times the core's stages on synthetic form tables, for finding what costs.
 *   node scripts/profile-core.js [tables=10000] [libDir=lib] [repeats=5]
 * libDir lets two builds be compared in one run (e.g. a baseline built with
 * `npx tsc -p tsconfig.cli.json --outDir /tmp/base`). Add --cpu-prof to node for a profile.
 * Prints medians: bare (read every cell's text), locate, parse, rules, full lintGrid,
 * and recheck of one edit at 1,000 tables.
 */
"use strict";

const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");
const { buildSheet } = require("./bench/form-grid");

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc");

const count = Number(process.argv[2] || 10000);
const libDir = path.resolve(process.argv[3] || path.join(__dirname, "..", "lib"));
const repeats = Number(process.argv[4] || 5);
const core = require(path.join(libDir, "core"));
const recheck = core.recheck || require(path.join(libDir, "core", "lint", "lint")).recheck;
const { lintTable } = core;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function time(fn) {
  fn(); // warm-up
  const times = [];
  let result;
  for (let i = 0; i < repeats; i++) {
    gc();
    const t = process.hrtime.bigint();
    result = fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: median(times), result };
}

function bare(grid) {
  let chars = 0;
  for (const line of grid.values) for (const value of line) chars += core.cellText(value).length;
  return chars;
}

function stages(grid) {
  const b = time(() => bare(grid));
  const loc = time(() => core.locateTables(grid));
  const locations = loc.result;
  const par = time(() => locations.map((l) => core.parseTable(grid, l)));
  const tables = par.result;
  const rul = time(() => tables.map((t) => lintTable(t)));
  const full = time(() => core.lintGrid(grid));
  return { bare: b.ms, locate: loc.ms, parse: par.ms, rules: rul.ms, full: full.ms, found: tables.length };
}

function recheckTime(count) {
  const { grid, starts } = buildSheet(count);
  const row = starts[starts.length >> 1] + 9;
  const changed = { top: row, left: 5, bottom: row, right: 5 };
  let previous = core.lintGrid(grid);
  let n = 0;
  const r = time(() => {
    grid.values[row][5] = n++ % 2 ? "≥99百分号" : `≤${100 + n}万元`;
    previous = recheck(grid, previous, changed, {});
    return previous;
  });
  const full = time(() => core.lintGrid(grid));
  return { recheck: r.ms, full: full.ms };
}

/** Per-rule cost: each rule alone over all tables. */
function perRule(tables) {
  const rows = core.RULES.map((rule) => {
    const t = time(() => tables.forEach((table) => lintTable(table, {}, [rule])));
    return [rule.meta.id, t.ms];
  });
  return rows.sort((a, b) => b[1] - a[1]);
}

const { grid } = buildSheet(count);
const s = stages(grid);
const f = (n) => n.toFixed(1);
console.log(`${libDir} ${count} tables (found ${s.found})`);
console.log(
  `bare ${f(s.bare)}  locate ${f(s.locate)}  parse ${f(s.parse)}  rules ${f(s.rules)}  full ${f(s.full)} ms  full/bare ${f(s.full / s.bare)}`,
);
const r = recheckTime(1000);
console.log(`recheck@1000 ${r.recheck.toFixed(3)} ms  full@1000 ${f(r.full)} ms  edit/full ${(r.recheck / r.full).toFixed(4)}`);
if (process.env.PER_RULE) {
  const tables = core.locateTables(grid).map((l) => core.parseTable(grid, l));
  for (const [id, ms] of perRule(tables)) console.log(`  ${id.padEnd(24)} ${f(ms)}`);
}
