/**
 * `npm run lint` fails on an import that crosses a layer (eslint.config.mjs, no-restricted-imports):
 * small fixtures linted as if they sat in each folder.
 */
import { spawnSync } from "child_process";
import { join } from "path";

const root = join(__dirname, "..", "..");

const FIXTURES: [file: string, code: string, crosses: boolean][] = [
  ["src/core/rules/fixture.ts", 'import { t } from "../../i18n";', true],
  ["src/core/lint/fixture.ts", 'import * as fs from "fs";', true],
  ["src/core/rules/fixture.ts", 'import type { Grid } from "../grid/grid";', false],
  ["src/i18n/fixture.ts", 'import type { Mark } from "../host/port";', true],
  ["src/i18n/fixture.ts", 'import { fillPlaceholders } from "../core/lint/format-message";', false],
  ["src/app/fixture.ts", 'import { useT } from "../taskpane/i18n/context";', true],
  ["src/excel/fixture.ts", 'import type { AppProps } from "../taskpane/components/App";', true],
  ["src/app/fixture.ts", 'import { t } from "../i18n";', false],
  ["src/cli/format/fixture.ts", 'import { ExcelHost } from "../../excel/excel-host";', true],
  ["src/xlsx/fixture.ts", 'import { LintController } from "../app/controller";', true],
  ["src/cli/fixture.ts", 'import { mountTaskPane } from "../taskpane/mount";', true],
  ["src/cli/fixture.ts", 'import { t } from "../i18n";', false],
  ["src/taskpane/components/fixture.tsx", 'import { ExcelHost } from "../../excel/excel-host";', true],
  ["src/taskpane/index.tsx", 'import { ExcelHost } from "../excel/excel-host";', false],
];

/** Lints every fixture in one Node process (ESLint's flat config is ESM, which Jest's module system does not load). */
function lintFixtures(): boolean[] {
  const script = `
    const { ESLint } = require("eslint");
    const fixtures = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
    (async () => {
      const out = [];
      for (const [filePath, code] of fixtures) {
        const [result] = await eslint.lintText(code + "\\n", { filePath });
        out.push(result.messages.some((m) => m.ruleId === "no-restricted-imports"));
      }
      console.log(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script, JSON.stringify(FIXTURES)], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as boolean[];
}

describe("layers point one way", () => {
  it("ESLint reports every crossing import, and only those", () => {
    const reported = lintFixtures();
    expect(FIXTURES.map(([file, code], i) => `${file}: ${code} → ${reported[i]}`)).toEqual(
      FIXTURES.map(([file, code, crosses]) => `${file}: ${code} → ${crosses}`),
    );
  });
});
