#!/usr/bin/env node
/**
 * npm run seeds [-- --out <dir>]: builds seeds/qingdao-2023.xlsx,
 * seeds/guangzhou-2024.xlsx and seeds/flat-sample.xlsx, byte for byte the
 * same on every run (see docs/seeds.md).
 */
"use strict";

const path = require("path");
const { buildSeeds } = require("./seeds/build");

function outDir(argv) {
  const i = argv.indexOf("--out");
  if (i < 0) return undefined;
  if (!argv[i + 1]) throw new Error("--out needs a directory");
  return path.resolve(argv[i + 1]);
}

buildSeeds(outDir(process.argv.slice(2)))
  .then((paths) => paths.forEach((p) => console.log(`wrote ${path.relative(process.cwd(), p)}`)))
  .catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
