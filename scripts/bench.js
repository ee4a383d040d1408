#!/usr/bin/env node
/**
 * `npm run bench`: runs each section in scripts/bench/sections.js and prints
 * what it measured, then one machine-readable last line:
 *   full/bare=<10,000 tables> edit/full=<1,000 tables> tables_per_s=<full check throughput> …
 * then the sections' own keys (memory; the add-in's syncs_full syncs_edit bytes_full bytes_edit
 * max_payload_web; taskpane_gz_kb), as docs/benchmark.md describes.
 * A value a section could not measure prints as NA. Nothing is asserted.
 */
"use strict";

const { ensureBuilt, loadCore, fmt } = require("./bench/util");
const sections = require("./bench/sections");

/** The contract of the last line; sections may add keys, printed after these. */
const REQUIRED = ["full/bare", "edit/full", "tables_per_s"];

async function main() {
  const log = (line) => process.stdout.write(line + "\n");
  ensureBuilt(log);
  const core = loadCore();
  const summary = {};
  for (const section of sections) {
    log(`\n# ${section.title}`);
    Object.assign(summary, await section.run({ core, log }));
  }
  log("\n# Command line (scripts/bench-cli.js)");
  Object.assign(summary, await require("./bench-cli").run({ log }));
  const keys = [...REQUIRED, ...Object.keys(summary).filter((k) => !REQUIRED.includes(k))];
  // Counts and byte totals (syncs_*, bytes_*, max_payload_web) print as whole numbers, ratios with 4 digits.
  const value = (k) =>
    k === "tables_per_s" || (!REQUIRED.includes(k) && Number.isInteger(summary[k]))
      ? fmt(summary[k], 0)
      : fmt(summary[k], 4);
  log("");
  log(keys.map((k) => `${k}=${k in summary ? value(k) : "NA"}`).join(" "));
}

main().catch((error) => {
  process.stderr.write(`bench: ${(error && error.stack) || error}\n`);
  process.exitCode = 1;
});
