import { colorEnabled, makeColors } from "../../src/cli/format/color";
import { stylishReporter } from "../../src/cli/format/stylish";
import { displayWidth } from "../../src/cli/format/width";
import { addToTotals, emptyTotals, type FileReport } from "../../src/cli/report";
import { diagnostic } from "./helpers/diagnostics";

function render(reports: FileReport[], locale: "zh-CN" | "en-US" = "zh-CN", color = false): string {
  let out = "";
  const reporter = stylishReporter((s) => (out += s), locale, makeColors(color));
  const totals = emptyTotals();
  for (const r of reports) {
    reporter.file(r);
    addToTotals(totals, r);
  }
  reporter.end(totals);
  return out;
}

const TABLES = [
  { id: "Sheet1!A1", sheet: "Sheet1", name: "企业搬迁改造工作经费" },
  { id: "Sheet1!A20", sheet: "Sheet1", name: "化工产业转型升级" },
];

const report: FileReport = {
  file: "青岛.xlsx",
  tables: TABLES,
  diagnostics: [
    diagnostic({ row: 11, col: 6, severity: "error" }),
    diagnostic({
      row: 12,
      col: 5,
      severity: "warning",
      ruleId: "unit-nonstandard",
      message: { zh: "“百分号”应写作“%”", en: "write % for 百分号" },
    }),
    diagnostic({
      row: 30,
      col: 6,
      severity: "info",
      ruleId: "text-artifact",
      tableId: "Sheet1!A20",
      tableName: "化工产业转型升级",
    }),
  ],
};

describe("stylish reporter", () => {
  it("groups findings by file, then sheet › table, one aligned line each, then the summary", () => {
    const lines = render([report]).split("\n");
    expect(lines[0]).toBe("青岛.xlsx");
    expect(lines[1]).toBe("  Sheet1 › 企业搬迁改造工作经费");
    expect(lines[2]).toMatch(/^ {4}G12 {2}错误 {2}basis-missing 的问题 +basis-missing$/);
    expect(lines[3]).toMatch(/^ {4}F13 {2}警告 {2}“百分号”应写作“%” +unit-nonstandard$/);
    expect(lines[4]).toBe("  Sheet1 › 化工产业转型升级");
    expect(lines[5]).toMatch(/^ {4}G31 {2}提示 {2}text-artifact 的问题 +text-artifact$/);
    // The rule column starts at the same terminal column on every line, Chinese or not.
    const ruleColumn = (l: string) => displayWidth(l.slice(0, l.lastIndexOf("  ") + 2));
    expect(new Set([2, 3, 5].map((i) => ruleColumn(lines[i]))).size).toBe(1);
    expect(lines).toContain("✖ 3 个问题（1 个错误，1 个警告，1 个提示）");
    expect(lines).toContain("共检查 1 个文件，2 张绩效目标表");
  });

  it("does not pad short messages to a very long one", () => {
    const long = "很长的说明".repeat(20);
    const out = render([
      {
        ...report,
        diagnostics: [
          diagnostic({ row: 1, col: 1, severity: "error", message: { zh: long, en: long } }),
          report.diagnostics[0],
        ],
      },
    ]);
    expect(out).toContain(`${long}  basis-missing\n`);
    const short = out.split("\n").find((l) => l.startsWith("    G12"))!;
    expect(displayWidth(short.slice(0, short.lastIndexOf("  ") + 2))).toBe(4 + 3 + 2 + 4 + 2 + 60 + 2);
  });

  it("says when a workbook holds no target table", () => {
    const out = render([{ file: "空.xlsx", tables: [], diagnostics: [] }]);
    expect(out).toBe("空.xlsx\n  未找到绩效目标表\n\n✔ 未发现问题\n共检查 1 个文件，0 张绩效目标表\n");
  });

  it("prints nothing for a clean file but counts its tables", () => {
    const out = render([{ file: "好.xlsx", tables: TABLES, diagnostics: [] }]);
    expect(out).toBe("✔ 未发现问题\n共检查 1 个文件，2 张绩效目标表\n");
  });

  it("leaves unreadable files to stderr and does not call the run clean", () => {
    const out = render([{ file: "坏.xlsx", tables: [], diagnostics: [], error: { code: "corrupt", message: "x" } }]);
    expect(out).toBe("共检查 0 个文件，0 张绩效目标表，1 个文件无法读取\n");
  });

  it("speaks English with plurals", () => {
    const out = render([report], "en-US");
    expect(out).toMatch(/G12 {2}error {4}problem of basis-missing/);
    expect(out).toContain("✖ 3 problems (1 error, 1 warning, 1 info)");
    expect(out).toContain("checked 1 file, 2 target tables");
  });

  it("colours only when asked", () => {
    expect(render([report])).not.toContain("\u001b[");
    expect(render([report], "zh-CN", true)).toContain("\u001b[31m错误\u001b[39m");
  });
});

describe("colorEnabled", () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: "1" }, true, false],
    [{ NO_COLOR: "" }, true, true],
    [{ FORCE_COLOR: "1" }, false, true],
    [{ FORCE_COLOR: "0" }, true, false],
    [{ FORCE_COLOR: "1", NO_COLOR: "1" }, false, true],
    [{ TERM: "dumb" }, true, false],
  ])("env %j, tty %s → %s", (env, tty, expected) => {
    expect(colorEnabled(env as NodeJS.ProcessEnv, tty)).toBe(expected);
  });
});
