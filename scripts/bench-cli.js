/**
 * The CLI section of `npm run bench`: the command-line checker run as a user
 * runs it (a child `node bin/jixiao-lint.js check … --format json`) on
 * workbooks generated here into test-output/bench-cli/ (git-ignored):
 *   - one sheet of 900, 3,600 and 10,000 stacked form tables (~19.7 merges a table,
 *     17,070 at 900), wall time each and the linearity ratio (seconds per added
 *     table from 3,600 to 10,000 ÷ from 900 to 3,600; 1 is linear);
 *   - 100 workbooks of 20 tables: CLI time ÷ the time SheetJS alone takes to read
 *     them in one process (goal ≤ 1.5), in wall time and in CPU time; and ÷ the time
 *     of SheetJS's core build with the CLI's own options (the stricter baseline);
 *   - `--version` wall time.
 * Goals (issue 7): 900 tables ≤ 8 s, 3,600 ≤ 30 s on 2 cores. Nothing is asserted.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { ROOT, ensureBuilt, median } = require("./bench/util");
const { buildSheet } = require("./bench/form-grid");

const OUT = path.join(ROOT, "test-output", "bench-cli");
const BIN = path.join(ROOT, "bin", "jixiao-lint.js");

/** form-grid's tables plus the merges real forms carry (title, unit line, code, name): ~19.7 a table. */
function stackedWorkbook(count) {
  require("./bench/ts-require").register();
  const { buildXlsx, gridSheet } = require("../test/xlsx/helpers/raw-xlsx.ts");
  const { grid, starts } = buildSheet(count);
  for (const top of starts) {
    grid.merges.push(
      { top, left: 0, bottom: top, right: 6 },
      { top: top + 1, left: 0, bottom: top + 1, right: 5 },
      { top: top + 2, left: 1, bottom: top + 2, right: 2 },
      { top: top + 2, left: 4, bottom: top + 2, right: 6 },
    );
  }
  return { bytes: buildXlsx({ sheets: [gridSheet("绩效目标表", grid)] }), merges: grid.merges.length };
}

function writeOnce(name, make) {
  const file = path.join(OUT, name);
  if (!fs.existsSync(file)) {
    const { bytes } = make();
    fs.writeFileSync(file, bytes);
  }
  return file;
}

/**
 * CPU seconds (user + system) of this process's waited-for children, from /proc (Linux; NaN elsewhere).
 * On a shared machine wall time carries others' load; CPU time of the same work does not.
 */
function childCpu() {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in USER_HZ ticks
  } catch {
    return NaN;
  }
}

/** Wall and CPU seconds of one child run; stdout is parsed to count the tables checked. */
function runCli(args) {
  const start = process.hrtime.bigint();
  const cpu0 = childCpu();
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = childCpu() - cpu0;
  let tables = NaN;
  try {
    tables = JSON.parse(run.stdout).files.reduce((n, f) => n + f.tables, 0);
  } catch {
    // --version and failed runs print no JSON
  }
  return { seconds, cpu, tables, code: run.status };
}

/**
 * SheetJS alone reading the files in one process: `entry` "package" is the package's main entry with the
 * options a user would pass (the baseline of `cli/reader_100`); "core" is the build and options the CLI itself
 * uses (`cli/reader_core_100`), which load and read faster — the stricter comparison.
 */
function readerAlone(files, entry = "package") {
  // The CLI's own build and options, from the compiled reader (ensureBuilt ran first).
  const cli = entry === "core" ? require(path.join(ROOT, "lib", "xlsx", "read-xlsx")) : undefined;
  const module = cli ? cli.SHEETJS_BUILD : "@e965/xlsx";
  const options = cli ? cli.READ_OPTIONS : { type: "buffer", dense: true, cellNF: true };
  const script =
    `const X=require(${JSON.stringify(require.resolve(module, { paths: [ROOT] }))});const fs=require("fs");` +
    `for(const f of ${JSON.stringify(files)})X.read(fs.readFileSync(f),${JSON.stringify(options)});`;
  const start = process.hrtime.bigint();
  const cpu0 = childCpu();
  spawnSync(process.execPath, ["-e", script], { stdio: "ignore" });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, cpu: childCpu() - cpu0 };
}

async function run({ log }) {
  ensureBuilt(log); // run alone, as well as after the other sections
  fs.mkdirSync(OUT, { recursive: true });
  const summary = {};
  const cpu = {};
  for (const count of [900, 3600, 10000]) {
    let merges = 0;
    const file = writeOnce(`stacked-${count}.xlsx`, () => {
      const built = stackedWorkbook(count);
      merges = built.merges;
      return built;
    });
    const runs = Array.from({ length: count === 900 ? 3 : 1 }, () => runCli(["check", file, "-f", "json"]));
    const seconds = median(runs.map((r) => r.seconds));
    summary[`cli_${count}_s`] = seconds;
    cpu[count] = median(runs.map((r) => r.cpu));
    log(
      `${count} stacked tables${merges ? ` (${merges} merges)` : ""}: ${seconds.toFixed(2)} s wall, ` +
        `${cpu[count].toFixed(2)} s CPU, ${runs[0].tables} tables found, exit ${runs[0].code}`,
    );
  }
  // Start-up is a fixed cost, so compare the cost of each added table, 3,600→10,000 against 900→3,600,
  // in CPU seconds: wall time on a shared machine carries the other processes' load.
  summary.cli_linearity = (cpu[10000] - cpu[3600]) / 6400 / ((cpu[3600] - cpu[900]) / 2700);
  log(`CPU seconds per added table, 3,600→10,000 ÷ 900→3,600: ${summary.cli_linearity.toFixed(2)} (1 = linear)`);

  const files = [];
  for (let i = 0; i < 100; i++) {
    files.push(writeOnce(`batch-${String(i).padStart(3, "0")}.xlsx`, () => stackedWorkbook(20)));
  }
  // Interleaved, so that the machine's moment weighs on all three alike.
  const clis = [];
  const readers = [];
  const cores = [];
  for (let i = 0; i < 3; i++) {
    clis.push(runCli(["check", ...files, "-f", "json"]));
    readers.push(readerAlone(files));
    cores.push(readerAlone(files, "core"));
  }
  const cli = median(clis.map((r) => r.seconds));
  const reader = median(readers.map((r) => r.seconds));
  const core = median(cores.map((r) => r.seconds));
  summary["cli/reader_100"] = cli / reader;
  summary["cli/reader_100_cpu"] = median(clis.map((r) => r.cpu)) / median(readers.map((r) => r.cpu));
  summary["cli/reader_core_100"] = cli / core;
  log(
    `100 files of 20 tables (median of 3, interleaved): CLI ${cli.toFixed(2)} s, SheetJS alone ${reader.toFixed(2)} s, ` +
      `wall ratio ${(cli / reader).toFixed(2)} (goal ≤ 1.5); CPU ratio ${summary["cli/reader_100_cpu"].toFixed(2)} ` +
      `(the CLI also lints every table, on every core); against SheetJS's core build with the CLI's options ` +
      `(${core.toFixed(2)} s) ${(cli / core).toFixed(2)}`,
  );

  summary.cli_version_s = median([0, 1, 2].map(() => runCli(["--version"]).seconds));
  log(`--version: ${summary.cli_version_s.toFixed(3)} s`);
  return summary;
}

module.exports = { name: "cli", title: "Command line: big sheets, many files (scripts/bench-cli.js)", run };

if (require.main === module) {
  run({ log: (line) => process.stdout.write(line + "\n") }).then((summary) =>
    process.stdout.write(
      Object.entries(summary)
        .map(([k, v]) => `${k}=${v.toFixed(4)}`)
        .join(" ") + "\n",
    ),
  );
}
