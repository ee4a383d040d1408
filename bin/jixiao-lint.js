#!/usr/bin/env node
/**
 * Runs the compiled CLI (lib/, built by `npm run build:cli`; `npm ci` builds it
 * through `prepare`). Sets the exit status instead of calling process.exit so
 * that piped output is flushed.
 */
"use strict";

// Before anything is compiled: why these, in bin/v8-flags.js.
require("./v8-flags").applyCliV8Flags();

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
