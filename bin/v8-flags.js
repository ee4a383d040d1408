/**
 * The V8 flags the CLI runs with, set before anything is compiled (worker threads share them). Kept apart from
 * bin/jixiao-lint.js so that `npm run bench` can measure a first check as the CLI runs it (scripts/bench/cold-check.js).
 *
 * A batch is a few thousand tables per worker: V8's optimizing compiler, inlining whole rule checks into each
 * other, spends more CPU compiling them than the compiled code saves in that time (a 1,000-table first check:
 * 0.9 s, 0.66 s without inlining). Measured by scripts/bench-cli.js: 100 files −10% wall, −13% CPU; 10,000
 * stacked tables unchanged. Loop peeling and escape analysis off too (seventh session, counted with valgrind):
 * the 100 files' lint −6% and read −2% of instructions, a warm check 1–2% more; CPU −4% on the 100 files,
 * 10,000 stacked tables unchanged.
 */
"use strict";

const CLI_V8_FLAGS = ["--no-turbo-inlining", "--no-turbo-loop-peeling", "--no-turbo-escape"];

function applyCliV8Flags() {
  const v8 = require("node:v8");
  for (const flag of CLI_V8_FLAGS) v8.setFlagsFromString(flag);
}

module.exports = { CLI_V8_FLAGS, applyCliV8Flags };
