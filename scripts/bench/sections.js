/**
 * The bench's sections, run in order. Each module exports
 * { name, title, run({ core, log }) → summary entries (number or NaN) }.
 *   core      the linter's time, throughput and memory (core-lint.js)
 *   excel     the add-in's syncs and bytes per full check and per edit, on a fake Excel (excel-cost.js)
 *   taskpane  the gzipped size of the task pane's initial JS (taskpane-size.js)
 * docs/benchmark.md says what each figure means.
 */
"use strict";

module.exports = [require("./core-lint"), require("./excel-cost"), require("./taskpane-size")];
