/** The committed sample workbooks through the binary: the seed defects of spec §6 come out where they are. */
import * as path from "node:path";
import { ensureBuilt, ROOT, runCli } from "./helpers/build-cli";

const seed = (name: string) => path.join("seeds", name);

interface Finding {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  table: string;
}

function check(...files: string[]) {
  const run = runCli(["check", "--format", "json", ...files], { cwd: ROOT });
  return {
    code: run.code,
    stderr: run.stderr,
    files: JSON.parse(run.stdout).files as { file: string; tables: number; diagnostics: Finding[] }[],
  };
}

const FILES = [seed("qingdao-2023.xlsx"), seed("guangzhou-2024.xlsx"), seed("flat-sample.xlsx")];
let result: ReturnType<typeof check>;

beforeAll(() => {
  ensureBuilt();
  result = check(...FILES);
}, 180_000);

describe("seed workbooks", () => {
  it("reads all three and fails the run on their errors", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.files.map((f) => f.file)).toEqual(FILES);
  });

  it("finds the 21 Qingdao tables and 实物储备企业数量 ≥70百分号 (a count in %)", () => {
    expect(result.files[0].tables).toBe(21);
    expect(result.files[0].diagnostics).toContainEqual(
      expect.objectContaining({
        cell: "F55",
        rule: "unit-mismatch",
        severity: "error",
        table: "市级医药物资储备工作经费",
      }),
    );
  });

  it("finds Guangzhou's 其他运行经费 without an 产出指标", () => {
    expect(result.files[1].tables).toBeGreaterThan(0);
    expect(result.files[1].diagnostics).toContainEqual(
      expect.objectContaining({ rule: "level1-missing", severity: "error", table: "其他运行经费" }),
    );
  });

  it("finds the flat sample's tables", () => {
    expect(result.files[2].tables).toBeGreaterThan(0);
  });
});
