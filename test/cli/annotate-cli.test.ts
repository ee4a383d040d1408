/** `--annotate`: the copy carries fills and notes; the input is never written. */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { NOTE_MARKER } from "../../src/host/constants";
import { SEVERITY_FILL } from "../../src/xlsx/annotate-styles";
import { ensureBuilt, runCli } from "./helpers/build-cli";
import { makeFixtures, type Fixtures } from "./helpers/fixtures";
import { readWorkbook } from "./helpers/workbooks";

let fx: Fixtures;

beforeAll(async () => {
  ensureBuilt();
  fx = await makeFixtures();
}, 180_000);

afterAll(() => fs.rmSync(fx.dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function noteText(note: unknown): string {
  if (typeof note === "string") return note;
  return ((note as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join("");
}

describe("--annotate", () => {
  it("writes a copy with fills by severity and notes, keeping the user's note, and leaves the input alone", async () => {
    const out = path.join(fx.dir, "标注");
    const before = hash(fx.defects);
    const mtime = fs.statSync(fx.defects).mtimeMs;
    const run = runCli(["check", fx.defects, "--annotate", out]);
    expect(run.code).toBe(1);
    expect(hash(fx.defects)).toBe(before);
    expect(fs.statSync(fx.defects).mtimeMs).toBe(mtime);

    const copy = await readWorkbook(path.join(out, "defects.xlsx"));
    const sheet = copy.getWorksheet("表1")!;
    const fill = (a1: string) => (sheet.getCell(a1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(fill("G11")).toBe(SEVERITY_FILL.error);
    expect(fill("F12")).toBe(SEVERITY_FILL.warning);
    expect(fill("C3")).toBeUndefined();
    const note = noteText(sheet.getCell("G11").note);
    expect(note.startsWith("单位自填：依据待补\n\n" + NOTE_MARKER)).toBe(true);
    expect(note).toMatch(/【错误】.*指标值确定依据/);
    expect(noteText(sheet.getCell("F12").note)).toMatch(/【警告】指标值“≥99百分号”写法不规范/);
    // The copy is still the user's workbook: the formula survives.
    expect(sheet.getCell("F12").formula).toBe('CONCATENATE("≥99","百分号")');
    expect(fill("F13")).toBeUndefined();
    expect((copy.getWorksheet("表2")!.getCell("F13").fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(
      SEVERITY_FILL.error,
    );
  });

  it("writes a copy of a clean workbook too, and numbers copies of same-named inputs", () => {
    const other = path.join(fx.dir, "other");
    fs.mkdirSync(other);
    fs.copyFileSync(fx.clean, path.join(other, "clean.xlsx"));
    const out = path.join(fx.dir, "out2");
    const run = runCli(["check", fx.clean, path.join(other, "clean.xlsx"), "--annotate", out]);
    expect(run.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["clean (2).xlsx", "clean.xlsx"]);
  });

  it("writes the copies when files pass from a reader thread to a lint thread (--jobs 2)", async () => {
    const out = path.join(fx.dir, "out-split");
    const run = runCli(["check", fx.clean, fx.defects, "--annotate", out, "--jobs", "2"]);
    expect(run.code).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(["clean.xlsx", "defects.xlsx"]);
    const sheet = (await readWorkbook(path.join(out, "defects.xlsx"))).getWorksheet("表1")!;
    expect((sheet.getCell("G11").fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).toBe(
      SEVERITY_FILL.error,
    );
    expect(noteText(sheet.getCell("G11").note).startsWith("单位自填：依据待补\n\n" + NOTE_MARKER)).toBe(true);
  });

  it("refuses to write over the input itself", () => {
    const before = hash(fx.defects);
    const run = runCli(["check", fx.defects, "--annotate", fx.dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("会覆盖一个输入文件");
    expect(hash(fx.defects)).toBe(before);
  });

  it("an --annotate path that is a file is an error before anything is checked", () => {
    const run = runCli(["check", fx.defects, "--annotate", fx.clean]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("无法创建标注目录");
  });
});
