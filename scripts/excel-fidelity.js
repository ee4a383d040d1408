#!/usr/bin/env node
/**
 * Runs the Excel adapter's and the controller's tests once per fidelity mode
 * of the fake Excel (test/excel/fake-modes.ts) and prints one line per mode:
 * its name, the result, and what it plays. Exit code 1 when a mode fails.
 * `node scripts/excel-fidelity.js [mode …]` runs only those modes.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.join(__dirname, "..");
// The modes are data in a TypeScript file, loaded through the bench's TypeScript hook.
require("./bench/ts-require").register();
const { FAKE_MODES } = require("../test/excel/fake-modes.ts");
const modes = Object.entries(FAKE_MODES).map(([name, mode]) => ({ name, what: mode.what }));
const wanted = process.argv.slice(2);
const chosen = wanted.length ? modes.filter((m) => wanted.includes(m.name)) : modes;
if (!chosen.length) {
  console.error(`no such mode; known: ${modes.map((m) => m.name).join(", ")}`);
  process.exit(2);
}
const paths = ["test/excel", "test/app", "test/commands"].filter((p) => fs.existsSync(path.join(root, p)));
let failed = 0;
for (const mode of chosen) {
  const out = path.join(os.tmpdir(), `excel-fidelity-${process.pid}-${mode.name}.json`);
  const run = spawnSync(
    process.execPath,
    [require.resolve("jest/bin/jest"), ...paths, "--maxWorkers=1", "--silent", "--json", `--outputFile=${out}`],
    { cwd: root, env: { ...process.env, FAKE_EXCEL_MODE: mode.name }, encoding: "utf8" },
  );
  let report;
  try {
    report = JSON.parse(fs.readFileSync(out, "utf8"));
    fs.unlinkSync(out);
  } catch {
    report = undefined;
  }
  const ok = run.status === 0 && report && report.numFailedTests === 0;
  if (!ok) failed++;
  const counts = report ? `${report.numPassedTests}/${report.numTotalTests} tests` : "no report";
  console.log(`${ok ? "PASS" : "FAIL"}  ${mode.name.padEnd(26)} ${counts.padEnd(14)} ${mode.what}`);
  if (!ok && report) {
    for (const file of report.testResults)
      for (const t of file.assertionResults)
        if (t.status === "failed") console.log(`      ✕ ${path.relative(root, file.name)} › ${t.fullName}`);
  } else if (!ok) console.log(run.stderr.split("\n").slice(-20).join("\n"));
}
console.log(`${chosen.length - failed}/${chosen.length} modes pass`);
process.exit(failed ? 1 : 0);
