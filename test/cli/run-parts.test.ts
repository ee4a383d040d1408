import * as fs from "node:fs";
import * as path from "node:path";
import { planTargets, prepareAnnotateDir } from "../../src/cli/annotate-output";
import { boundDiagnostic } from "../../src/cli/bound";
import { prefix, QUOTE_CHARS } from "../../src/core/lint/format-message";
import { failed } from "../../src/cli/failed";
import { fsReason } from "../../src/cli/fs-errors";
import { jsonReporter } from "../../src/cli/format/json";
import { makeColors } from "../../src/cli/format/color";
import { stylishReporter } from "../../src/cli/format/stylish";
import { makeProgress } from "../../src/cli/progress";
import { addToTotals, emptyTotals, type FileReport } from "../../src/cli/report";
import { diagnostic } from "./helpers/diagnostics";
import { tempDir } from "./helpers/workbooks";

describe("planTargets", () => {
  it("numbers same-named inputs and marks a target that is an input", () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "a"));
    fs.mkdirSync(path.join(dir, "b"));
    const a = path.join(dir, "a", "表.xlsx");
    const b = path.join(dir, "b", "表.xlsx");
    fs.writeFileSync(a, "x");
    fs.writeFileSync(b, "y");
    expect(planTargets(path.join(dir, "b"), [a, b])).toEqual([
      { target: path.join(dir, "b", "表.xlsx"), isInput: true },
      { target: path.join(dir, "b", "表 (2).xlsx"), isInput: false },
    ]);
  });
});

describe("prepareAnnotateDir", () => {
  it("makes missing levels, and words a failure instead of hanging or printing a code", async () => {
    const dir = tempDir();
    expect(await prepareAnnotateDir(path.join(dir, "a", "b"), "zh-CN")).toBeUndefined();
    expect(fs.statSync(path.join(dir, "a", "b")).isDirectory()).toBe(true);
    fs.writeFileSync(path.join(dir, "file"), "");
    expect(await prepareAnnotateDir(path.join(dir, "file", "x"), "en-US")).toBe(
      `cannot create the annotation directory ${path.join(dir, "file", "x")}: part of the path is not a directory`,
    );
    if (process.platform === "linux") {
      expect(await prepareAnnotateDir("/proc/jixiao-lint-test", "zh-CN")).toMatch(
        /^无法创建标注目录 \/proc\/jixiao-lint-test：[^A-Z]+$/,
      );
    }
  });
});

describe("boundDiagnostic", () => {
  it("cuts a long quote, re-fills the message from the rule's template, and drops a huge fix", () => {
    const long = "≥99百分号" + "长".repeat(5000);
    const d = diagnostic({
      row: 0,
      col: 0,
      severity: "warning",
      ruleId: "unit-nonstandard",
      messageId: "nonstandard",
      data: { where: "指标值", text: long, fixed: long },
      message: { zh: long, en: long },
      fix: {
        sheet: "Sheet1",
        row: 0,
        col: 0,
        cell: "A1",
        expected: long,
        replacement: long,
        title: { zh: "改", en: "fix" },
      },
    });
    const b = boundDiagnostic(d);
    expect(String(b.data.text)).toHaveLength(QUOTE_CHARS + 1);
    expect(b.message.zh.length).toBeLessThan(600);
    expect(b.message.zh).toContain("≥99百分号");
    expect(b.fix).toBeUndefined();
    expect(d.data.text).toBe(long); // the input is not changed
  });

  it("never splits a surrogate pair", () => {
    expect(prefix("a😀b", 2)).toBe("a…");
    expect(prefix("short", 10)).toBe("short");
  });
});

describe("failed", () => {
  it("keeps a library's multi-line error text on one line", () => {
    const report = failed("坏.xlsx", "internal", "zh-CN", { detail: "bad\n  at parse (x.js:1)\n" });
    expect(report.error?.message).not.toMatch(/\n/);
    expect(report.error?.message).toContain("bad at parse (x.js:1)");
  });
});

describe("fsReason", () => {
  it.each([
    ["EEXIST", "exists"],
    ["ENOSPC", "noSpace"],
    ["EROFS", "readOnly"],
    ["EIO", "fsOther"],
  ])("words %s as %s", (code, key) => {
    expect(fsReason(Object.assign(new Error(code), { code }))).toBe(key);
  });
});

describe("progress", () => {
  it("is silent off a terminal and for short batches", () => {
    const out: string[] = [];
    makeProgress((s) => out.push(s), false, 100, "zh-CN").update(1);
    makeProgress((s) => out.push(s), true, 3, "zh-CN").update(1);
    expect(out).toEqual([]);
  });

  it("draws one line on a terminal and clears it", () => {
    const out: string[] = [];
    const progress = makeProgress((s) => out.push(s), true, 20, "en-US");
    progress.update(10);
    progress.clear();
    expect(out[0]).toBe(`\r\x1b[K[${"#".repeat(12)}${"-".repeat(12)}] checking 10/20`);
    expect(out[1]).toBe("\r\x1b[K");
  });
});

describe("150,000 findings in one file", () => {
  it("print as text and JSON without overflowing the stack", () => {
    const diagnostics = Array.from({ length: 150_000 }, (_, i) =>
      diagnostic({ row: i, col: 6, severity: "error", tableName: "大表" }),
    );
    const report: FileReport = {
      file: "大.xlsx",
      tables: [{ id: "Sheet1!A1", sheet: "Sheet1", name: "大表" }],
      diagnostics,
    };
    const totals = emptyTotals();
    addToTotals(totals, report);
    let text = 0;
    const stylish = stylishReporter((s) => (text += s.length), "zh-CN", makeColors(false));
    stylish.file(report);
    stylish.end(totals);
    let json = "";
    const reporter = jsonReporter((s) => (json += s), "zh-CN");
    reporter.file(report);
    reporter.end(totals);
    expect(text).toBeGreaterThan(150_000);
    expect(JSON.parse(json).files[0].diagnostics).toHaveLength(150_000);
  });
});
