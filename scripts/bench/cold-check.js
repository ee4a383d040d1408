/**
 * The cold first check, in a process of its own: load the compiled core, build
 * a mixed sheet of `count` tables (argv[2], 1,000 by default) and check it once —
 * nothing compiled by the JIT, no memo filled. Prints {"ms": CPU time, "tables": found}.
 * With `--cli` (argv[3]) under the V8 flags the CLI sets (bin/v8-flags.js): a reviewer's first check.
 */
"use strict";

const path = require("node:path");

if (process.argv[3] === "--cli") require(path.join(__dirname, "..", "..", "bin", "v8-flags")).applyCliV8Flags();

const { buildMixedSheet } = require("./mixed-grid");

const count = Number(process.argv[2]) || 1000;
const core = require(path.join(__dirname, "..", "..", "lib", "core"));
const { grid } = buildMixedSheet(count);
const start = process.cpuUsage();
const result = core.lintGrid(grid);
const used = process.cpuUsage(start);
process.stdout.write(JSON.stringify({ ms: (used.user + used.system) / 1000, tables: result.tables.length }) + "\n");
