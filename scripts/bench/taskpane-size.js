/**
 * Section "taskpane": the gzipped size of the JS the task pane loads before it can
 * show anything — the scripts dist/taskpane.html names (goal ≤ 250 KB, 1 KB = 1,000
 * bytes, as webpack's own 250,000-byte asset hint). Each local script is gzipped
 * with zlib at level 9. Chunks the pane imports lazily are not in the page's script
 * tags and do not count; office.js comes from Microsoft's CDN and is listed, not counted.
 * dist/ is rebuilt (`webpack --mode production`, ~2 minutes here) when it is missing
 * or older than src/; BENCH_BUILD=0 measures the dist/ there is, stale or not.
 * Summary key: taskpane_gz_kb.
 */
"use strict";

const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { ROOT, fmt, newestMtime } = require("./util");

const DIST = path.join(ROOT, "dist");
const PAGE = path.join(DIST, "taskpane.html");
const GOAL_KB = 250;

/** The src attribute of every <script> in the page, in order (quoted or not, as html-webpack-plugin minifies). */
function scriptSources(html) {
  const out = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const m = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (m) out.push(m[1] ?? m[2] ?? m[3]);
  }
  return out;
}

const isRemote = (src) => /^(?:[a-z]+:)?\/\//i.test(src);

function stale() {
  if (!fs.existsSync(PAGE)) return "dist/taskpane.html is missing";
  if (newestMtime(path.join(ROOT, "src")) > fs.statSync(PAGE).mtimeMs) return "dist/ is older than src/";
  return undefined;
}

function build(log, why) {
  log(`  building the task pane (${why}): webpack --mode production, ~2 minutes …`);
  const start = Date.now();
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      {
        cwd: ROOT,
        stdio: "pipe",
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    log(`  built in ${fmt((Date.now() - start) / 1000, 0)} s`);
    return true;
  } catch (error) {
    const out = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim().split("\n").slice(-5).join("\n    ");
    log(`  webpack failed after ${fmt((Date.now() - start) / 1000, 0)} s${out ? `:\n    ${out}` : ""}`);
    return false;
  }
}

module.exports = {
  name: "taskpane",
  title: "任务窗格初始 JS / task pane's initial JS, gzipped (goal ≤ 250 KB)",
  run({ log }) {
    const why = stale();
    if (why) {
      if (process.env.BENCH_BUILD === "0") log(`  ${why}; BENCH_BUILD=0, measuring it as it is`);
      else if (!build(log, why)) {
        // What dist/ holds now is an older build (or half of one): not the pane of this source.
        log("  could not measure: the build failed");
        return { taskpane_gz_kb: NaN };
      }
    }
    if (!fs.existsSync(PAGE)) {
      log("  dist/taskpane.html is missing");
      return { taskpane_gz_kb: NaN };
    }
    const sources = scriptSources(fs.readFileSync(PAGE, "utf8"));
    let raw = 0;
    let gz = 0;
    let missing = 0;
    for (const src of sources) {
      if (isRemote(src)) {
        log(`    ${src}  (remote, not counted)`);
        continue;
      }
      const file = path.join(DIST, decodeURI(src.split(/[?#]/)[0]));
      if (!fs.existsSync(file)) {
        log(`    ${src}  MISSING`);
        missing++;
        continue;
      }
      const bytes = fs.readFileSync(file);
      const packed = zlib.gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gz += packed;
      log(
        `    ${src.padEnd(24)} ${fmt(bytes.length / 1000, 1).padStart(7)} KB  gzip ${fmt(packed / 1000, 1).padStart(7)} KB`,
      );
    }
    if (missing || !sources.some((s) => !isRemote(s))) {
      log("  could not measure: the page names no local script, or one is missing");
      return { taskpane_gz_kb: NaN };
    }
    const kb = gz / 1000;
    log(
      `  initial JS ${fmt(raw / 1000, 1)} KB, gzip -9 ${fmt(kb, 1)} KB (goal ≤ ${GOAL_KB} KB: ${kb <= GOAL_KB ? "met" : "NOT met"})`,
    );
    return { taskpane_gz_kb: kb };
  },
};
