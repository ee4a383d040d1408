/**
 * The bench's sections, run in order. Each module exports
 * { name, title, run({ core, log }) → summary entries (number or NaN) }.
 * The add-in is to add its own here: syncs and bytes per full check and per
 * edit through a fake Excel, and the gzipped size of the task pane's initial JS.
 */
"use strict";

module.exports = [require("./core-lint")];
