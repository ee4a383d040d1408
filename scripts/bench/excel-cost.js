/**
 * Section "excel": what a check costs the add-in in round trips and bytes, on the
 * fake Excel of test/excel/fake-excel.ts (counts context.sync() calls, estimates
 * each request's and response's JSON bytes, fails above 5 MB on the web).
 * `measureExcelCheck` (test/excel/bench-probe.ts) runs ExcelHost through
 *   - a full check: read the sheet + lint + write marks, and
 *   - one edit: the user types into a cell, then read + lint + write marks again
 *     (the pane re-reads the whole sheet; only the marks' difference is written),
 * on sheets of 10, 1,000 (and 10,000, when that fits the time budget) form tables,
 * as Excel desktop and Excel on the web, ExcelApi 1.20. Loaded from TypeScript
 * through scripts/bench/ts-require.js; the lint is the compiled core's (lib/).
 * Summary keys (1,000 tables, web): syncs_full syncs_edit bytes_full bytes_edit
 * (request + response), max_payload_web (the largest single request or response;
 * the limit is 5 MB), and max_payload_web_10k (the same at 10,000 tables, NA when skipped).
 */
"use strict";

const path = require("node:path");
const { buildSheet } = require("./form-grid");
const { ROOT, fmt, gc } = require("./util");
const { register } = require("./ts-require");

const SIZES = [10, 1000];
const BIG = 10000;
/** 10,000 tables run only when the 1,000-table runs suggest both hosts take under this (cost scales ~linearly). */
const BIG_BUDGET_MS = 30000;
const API = "1.20";
const LIMIT = 5 * 1000 * 1000; // PAYLOAD_LIMIT of the fake (test/excel/fake-workbook.ts)
const HOSTS = [
  { name: "desktop", web: false },
  { name: "web", web: true },
];

/** The 指标值 cell of the first indicator of the middle table, typed over with a non-standard unit (adds a finding). */
function editOf(starts) {
  return { row: starts[starts.length >> 1] + 9, col: 5, value: "≥99百分号" };
}

const kb = (bytes) => `${fmt(bytes / 1000, 1)} KB`;

function line(label, cost) {
  return (
    `      ${label.padEnd(5)} ${String(cost.syncs).padStart(3)} syncs  ` +
    `request ${kb(cost.requestBytes).padStart(10)}  response ${kb(cost.responseBytes).padStart(10)}  ` +
    `largest request ${kb(cost.maxRequest).padStart(10)} / response ${kb(cost.maxResponse).padStart(10)}`
  );
}

async function runSize(probe, lint, count, log) {
  const { grid, starts } = buildSheet(count);
  log(`  ${count} tables (${grid.values.length} rows)`);
  const out = { count, ms: [] };
  for (const host of HOSTS) {
    gc();
    const start = Date.now();
    try {
      const r = await probe.measureExcelCheck(grid, lint, { web: host.web, apiVersion: API, edit: editOf(starts) });
      const ms = Date.now() - start;
      out.ms.push(ms);
      out[host.name] = r;
      log(`    ${host.name} (ExcelApi ${API}), ${r.marks} marks, ${fmt(ms / 1000, 1)} s`);
      log(line("full", r.full));
      log(line("edit", r.edit));
      if (host.web) {
        const largest = Math.max(r.full.maxRequest, r.full.maxResponse, r.edit.maxRequest, r.edit.maxResponse);
        log(
          `      largest single payload on the web ${kb(largest)} (limit 5 MB: ${largest < LIMIT ? "under" : "OVER"})`,
        );
      }
    } catch (error) {
      out.ms.push(Date.now() - start);
      // On the web the fake throws RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded.
      log(`    ${host.name}: failed: ${(error && (error.code || error.message)) || error}`);
    }
  }
  return out;
}

module.exports = {
  name: "excel",
  title: "加载项的同步与字节 / add-in syncs and bytes per full check and per edit (fake Excel)",
  async run({ core, log }) {
    let probe;
    try {
      register();
      probe = require(path.join(ROOT, "test", "excel", "bench-probe"));
    } catch (error) {
      log(`  could not load test/excel/bench-probe.ts: ${(error && error.message) || error}`);
      return {
        syncs_full: NaN,
        syncs_edit: NaN,
        bytes_full: NaN,
        bytes_edit: NaN,
        max_payload_web: NaN,
        max_payload_web_10k: NaN,
      };
    }
    const lint = (grid) => core.lintGrid(grid).diagnostics;
    const results = [];
    for (const count of SIZES) results.push(await runSize(probe, lint, count, log));
    const thousand = results.find((r) => r.count === 1000);
    // The first run also pays for transpiling and warming up, so the fastest one stands for both.
    const estimate = Math.min(...thousand.ms) * HOSTS.length * (BIG / 1000);
    if (process.env.BENCH_EXCEL_10K === "1" || (process.env.BENCH_EXCEL_10K !== "0" && estimate <= BIG_BUDGET_MS)) {
      results.push(await runSize(probe, lint, BIG, log));
    } else {
      log(
        `  ${BIG} tables skipped: estimated ${fmt(estimate / 1000, 0)} s > ${BIG_BUDGET_MS / 1000} s (BENCH_EXCEL_10K=1 forces it)`,
      );
    }
    const web = thousand.web;
    const total = (c) => c.requestBytes + c.responseBytes;
    const largest = (r) =>
      r ? Math.max(r.full.maxRequest, r.full.maxResponse, r.edit.maxRequest, r.edit.maxResponse) : NaN;
    const big = results.find((r) => r.count === BIG);
    return {
      syncs_full: web ? web.full.syncs : NaN,
      syncs_edit: web ? web.edit.syncs : NaN,
      bytes_full: web ? total(web.full) : NaN,
      bytes_edit: web ? total(web.edit) : NaN,
      max_payload_web: largest(web),
      max_payload_web_10k: largest(big && big.web),
    };
  },
};
