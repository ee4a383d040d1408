#!/usr/bin/env node
/**
 * Runs the compiled CLI (lib/, built by `npm run build:cli`; `npm ci` builds it
 * through `prepare`). Sets the exit status instead of calling process.exit so
 * that piped output is flushed.
 */
"use strict";

// A batch is a few thousand tables per worker: V8's optimizing compiler, inlining whole rule checks into each
// other, spends more CPU compiling them than the compiled code saves in that time (a 1,000-table first check:
// 0.9 s, 0.66 s without inlining). Set before anything is compiled; worker threads share V8's flags.
// Measured by scripts/bench-cli.js: 100 files −10% wall, −13% CPU; 10,000 stacked tables unchanged.
// Loop peeling and escape analysis off too (seventh session, counted with valgrind): the 100 files' lint −6% and
// read −2% of instructions, a warm check 1–2% more; CPU −4% on the 100 files, 10,000 stacked tables unchanged.
require("node:v8").setFlagsFromString("--no-turbo-inlining");
require("node:v8").setFlagsFromString("--no-turbo-loop-peeling");
require("node:v8").setFlagsFromString("--no-turbo-escape");

let cli;
try {
  cli = require("../lib/cli/main");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("jixiao-lint: 尚未构建，请先运行 npm run build:cli (not built yet: run npm run build:cli)\n");
    process.exit(2);
  }
  throw error;
}

// `| head` closes the pipe early: stop quietly rather than crash on EPIPE.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode || 0);
  throw error;
});

cli
  .main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // A bug of ours: one line, not a stack trace; JIXIAO_LINT_DEBUG=1 shows it all.
      const detail = process.env.JIXIAO_LINT_DEBUG
        ? (error && error.stack) || error
        : (error && error.message) || error;
      process.stderr.write(`jixiao-lint: 内部错误 (internal error): ${detail}\n`);
      process.exitCode = 2;
    },
  );
