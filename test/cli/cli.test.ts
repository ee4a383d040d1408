/** The built binary, run as a reviewer would: output formats, exit codes, bad input. */
import * as fs from "node:fs";
import { version } from "../../package.json";
import { ensureBuilt, runCli } from "./helpers/build-cli";
import { makeFixtures, type Fixtures } from "./helpers/fixtures";

let fx: Fixtures;

beforeAll(async () => {
  ensureBuilt();
  fx = await makeFixtures();
}, 180_000);

afterAll(() => fs.rmSync(fx.dir, { recursive: true, force: true }));

interface JsonDiagnostic {
  sheet: string;
  cell: string;
  rule: string;
  severity: string;
  message: string;
  table: string;
  messageId: string;
  fix?: { cell: string; replacement: string };
}
interface JsonFile {
  file: string;
  tables: number;
  diagnostics: JsonDiagnostic[];
  error?: { code: string; message: string };
}

function json(args: string[]) {
  const run = runCli(["check", "--format", "json", ...args]);
  return { ...run, doc: JSON.parse(run.stdout) as { version: number; files: JsonFile[] } };
}

describe("help and usage", () => {
  it("prints help and the version, exit 0", () => {
    expect(runCli(["--help"])).toMatchObject({ code: 0, stdout: expect.stringContaining("用法：jixiao-lint check") });
    expect(runCli(["--help", "--lang", "en-US"]).stdout).toContain("Usage: jixiao-lint check");
    expect(runCli(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    [["check", "x.xlsx", "--bogus"], "未知选项 --bogus"],
    [["check", "x.xlsx", "--rule", "basis-missing=loud"], "off、info、warning、error"],
    [["check", "x.xlsx", "--rule", "nope=off"], "可用规则：basis-missing"],
  ])("%j is a usage error: exit 2, the reason and a pointer to --help on stderr", (args, reason) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(reason);
    expect(run.stderr).toContain("--help");
    expect(run.stderr).not.toContain("用法：");
  });

  it("with no file at all, prints the reason and the whole usage", () => {
    const run = runCli(["check"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain("请给出要检查的 .xlsx 文件");
    expect(run.stderr).toContain("用法：");
  });
});

describe("--format json", () => {
  it("prints one JSON document with the required fields", () => {
    const { code, doc, stderr } = json([fx.defects]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(doc.version).toBe(1);
    expect(doc.files).toHaveLength(1);
    const [file] = doc.files;
    expect(file).toMatchObject({ file: fx.defects, tables: 2 });
    expect(file.diagnostics).toContainEqual(
      expect.objectContaining({
        sheet: "表1",
        cell: "G11",
        rule: "basis-missing",
        severity: "error",
        message: expect.stringContaining("指标值确定依据"),
        table: "企业搬迁改造工作经费",
        messageId: expect.any(String),
      }),
    );
    expect(file.diagnostics).toContainEqual(
      expect.objectContaining({ sheet: "表2", cell: "F13", rule: "placeholder-unfilled", table: "化工产业转型升级" }),
    );
  });

  it("reads a formula's cached result, and gives the fix as cell and replacement", () => {
    const finding = json([fx.defects]).doc.files[0].diagnostics.find((d) => d.cell === "F12" && d.sheet === "表1");
    expect(finding).toMatchObject({
      rule: "unit-nonstandard",
      severity: "warning",
      fix: { cell: "F12", replacement: "≥99%" },
    });
  });

  it("treats a #REF! cell as a finding, not a crash", () => {
    const { code, doc, stderr } = json([fx.refError]);
    expect(stderr).toBe("");
    expect([0, 1]).toContain(code);
    expect(doc.files[0].tables).toBe(1);
    expect(doc.files[0].diagnostics).toContainEqual(
      expect.objectContaining({ cell: "C4", message: expect.stringContaining("#REF!") }),
    );
  });

  it("stays one valid document when a file cannot be read, and names it", () => {
    const { code, doc, stderr } = json([fx.bad.missing, fx.clean]);
    expect(code).toBe(2);
    expect(doc.files.map((f) => f.file)).toEqual([fx.bad.missing, fx.clean]);
    expect(doc.files[0]).toMatchObject({ tables: 0, diagnostics: [], error: { code: "notFound" } });
    expect(doc.files[1].tables).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("reports the same with one thread per file as with reader and lint threads, in input order", () => {
    const files = [fx.defects, fx.bad.missing, fx.clean, fx.refError, fx.noTables, fx.defects];
    const one = json([...files, "--jobs", "1"]);
    const split = json([...files, "--jobs", "2"]);
    const three = json([...files, "--jobs", "3"]);
    expect(one.doc.files.map((f) => f.file)).toEqual(files);
    expect(one.doc.files[0].diagnostics.map((d) => d.rule)).toContain("basis-missing");
    expect(split.doc).toEqual(one.doc);
    expect(three.doc).toEqual(one.doc);
    expect([split.code, split.stderr]).toEqual([one.code, one.stderr]);
  });

  it("messages follow --lang", () => {
    const message = (lang: string) =>
      json([fx.defects, "--lang", lang]).doc.files[0].diagnostics.find((d) => d.rule === "basis-missing")?.message;
    const [zh, en] = [message("zh-CN"), message("en-US")];
    expect(en).toMatch(/\b[a-z]{3,} [a-z]{3,}\b/);
    expect(en).not.toBe(zh);
  });
});

describe("--rule", () => {
  it("turns a rule off or raises it, and the exit status follows", () => {
    const off = json([fx.defects, "--rule", "basis-missing=off", "--rule", "placeholder-unfilled=off"]);
    expect(off.doc.files[0].diagnostics.map((d) => d.rule)).not.toContain("basis-missing");
    expect(off.doc.files[0].diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(off.code).toBe(0);
    const raised = json([fx.defects, "--rule", "unit-nonstandard=error"]);
    expect(raised.doc.files[0].diagnostics.find((d) => d.cell === "F12")?.severity).toBe("error");
  });
});

describe("--format text", () => {
  it("groups by file, sheet and table, and the summary counts the listed lines", () => {
    const run = runCli(["check", fx.defects]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(fx.defects);
    expect(lines[1]).toBe("  表1 › 企业搬迁改造工作经费");
    const table2 = lines.indexOf("  表2 › 化工产业转型升级");
    expect(table2).toBeGreaterThan(1);
    expect(lines.slice(2, table2).some((l) => /^ {4}G11 +错误 +.*basis-missing$/.test(l))).toBe(true);
    expect(lines.slice(table2).some((l) => /^ {4}F13 +错误 +.*placeholder-unfilled$/.test(l))).toBe(true);
    const count = (label: string) => lines.filter((l) => new RegExp(`^ {4}[A-Z]+\\d+ +${label} `).test(l)).length;
    const [errors, warnings, infos] = [count("错误"), count("警告"), count("提示")];
    expect(lines).toContain(
      `✖ ${errors + warnings + infos} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`,
    );
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("colours when FORCE_COLOR asks, even through a pipe", () => {
    expect(runCli(["check", fx.defects], { env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[31m");
  });

  it("says so when a workbook has no target table, exit 0", () => {
    const zh = runCli(["check", fx.noTables]);
    expect(zh).toMatchObject({ code: 0, stderr: "" });
    expect(zh.stdout).toContain(`${fx.noTables}\n  未找到绩效目标表`);
    expect(runCli(["check", fx.noTables], { env: { JIXIAO_LINT_LANG: "en-US" } }).stdout).toContain(
      "no target tables found",
    );
  });

  it("exits 0 when the findings are warnings or infos at most", () => {
    expect(runCli(["check", fx.clean]).code).toBe(0);
  });
});

describe("bad input", () => {
  it.each([
    ["missing", "文件不存在"],
    ["directory", "这是一个目录"],
    ["xls", "旧版 .xls 文件"],
    ["csv", "文本文件（如 CSV）"],
    ["corrupt", "文件已损坏"],
    ["encrypted", "受密码保护"],
    ["empty", "文件为空"],
  ] as const)("%s: exit 2, one line on stderr naming the file and the reason", (kind, reason) => {
    const file = fx.bad[kind];
    const run = runCli(["check", file]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain(reason);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("still checks the other files, and 2 wins over 1", () => {
    const run = runCli(["check", fx.bad.encrypted, fx.defects, fx.bad.corrupt]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("basis-missing");
    expect(run.stdout).toContain("2 个文件无法读取");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(2);
  });
});

describe("patterns", () => {
  it("expands a pattern the shell passed through (as cmd.exe does)", () => {
    const { doc } = json([`${fx.dir}/*.xlsx`]);
    expect(doc.files.map((f) => f.file.split(/[\\/]/).pop())).toEqual([
      "clean.xlsx",
      "defects.xlsx",
      "no-tables.xlsx",
      "ref-error.xlsx",
    ]);
  });

  it("a pattern matching nothing is an unreadable entry", () => {
    const run = runCli(["check", `${fx.dir}/*.xlsm`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("没有与该通配符匹配的文件");
  });
});
