/**
 * What reviewers receive, built here by script (no binaries in the repo): huge
 * merges, notes as openpyxl writes them, overlapping merges, a shared-strings
 * bomb, a macro workbook, a slow file, missing files and directories. Each run
 * asserts the exit status, one stderr line per bad file, that the files after
 * it are still checked, that the JSON is whole, and that inputs are untouched.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { buildFormTable, DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { NOTE_MARKER } from "../../src/host/constants";
import { buildXlsx, gridSheet, type RawSheet } from "../xlsx/helpers/raw-xlsx";
import { ensureBuilt, ROOT, runCli } from "./helpers/build-cli";
import { tempDir } from "./helpers/workbooks";

// Each case runs the binary, some on files that take seconds: generous on a loaded machine.
jest.setTimeout(90_000);

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** The form table at A1 with a blank 指标值确定依据 in G11 (basis-missing, an error). */
function tableSheet(extra: Partial<RawSheet> = {}): RawSheet {
  const rows = DEFAULT_INDICATORS.map((r) => [...r] as IndicatorRow);
  rows[1][5] = "";
  const { grid } = buildFormTable({ sheet: "表1", indicators: rows });
  const sheet = gridSheet("表1", grid);
  return { ...sheet, ...extra, merges: [...(sheet.merges ?? []), ...(extra.merges ?? [])] };
}

const openpyxlNotes =
  `<?xml version="1.0"?><comments xmlns="${NS}"><authors><author>openpyxl</author></authors><commentList>` +
  `<comment ref="G11" authorId="0"><text><t>依据待补（单位自填）</t></text></comment>` +
  `<comment ref="A1" authorId="0"><text><t>原表批注</t></text></comment></commentList></comments>`;

/** openpyxl's VML: one hidden note box per comment. */
const noteShape = (row: number, col: number) =>
  `<v:shape id="_x0000_s${1025 + row}" type="#_x0000_t202" style="visibility:hidden"><x:ClientData ObjectType="Note">` +
  `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
const openpyxlVml =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>` +
  `${noteShape(10, 6)}${noteShape(0, 0)}</xml>`;

let dir: string;
const at = (name: string) => path.join(dir, name);
function write(name: string, bytes: Uint8Array): string {
  fs.writeFileSync(at(name), bytes);
  return at(name);
}

function runJson(args: string[]) {
  const run = runCli(["check", "--format", "json", ...args]);
  const doc = JSON.parse(run.stdout) as {
    version: number;
    files: {
      file: string;
      error?: { code: string };
      diagnostics: { rule: string; message: string }[];
      tables: number;
    }[];
  };
  const lines = run.stderr.trim() === "" ? [] : run.stderr.trim().split("\n");
  return { ...run, doc, lines };
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir();
  write("table.xlsx", buildXlsx({ sheets: [tableSheet()] }));
  write(
    "huge-merge.xlsx",
    buildXlsx({ sheets: [tableSheet({ merges: ["J1:XFD1048576"], dimension: "A1:XFD1048576" })] }),
  );
  write("column-merge.xlsx", buildXlsx({ sheets: [tableSheet({ merges: ["H1:H1048576"] })] }));
  write("overlap.xlsx", buildXlsx({ sheets: [tableSheet({ merges: ["A1:C3", "B2:D4", "A1:C3"] })] }));
  const openpyxl = tableSheet({
    comments: openpyxlNotes,
    commentsPath: "xl/comments/comment1.xml",
    vml: openpyxlVml,
    vmlPath: "xl/drawings/commentsDrawing1.vml",
  });
  write("openpyxl-notes.xlsx", buildXlsx({ sheets: [openpyxl] }));
  const bomb = `<?xml version="1.0"?><sst xmlns="${NS}">${"<si><t>炸弹</t></si>".repeat(700_000)}</sst>`;
  write("bomb.xlsx", buildXlsx({ sheets: [tableSheet()], sharedStringsXml: bomb }));
  write(
    "macro.xlsm",
    buildXlsx({ sheets: [tableSheet()], vbaProject: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 9, 9]) }),
  );
  const long = tableSheet();
  long.rows![11][5] = "≥99百分号" + "很长的说明".repeat(10_000);
  write("long-text.xlsx", buildXlsx({ sheets: [long] }));
  fs.mkdirSync(at("folder.xlsx"));
  // 720,000 cells: seconds to read, and more than a 48 MiB heap.
  const big = gridSheet("表1", { values: [], merges: [] });
  big.rows = Array.from({ length: 60_000 }, (_, r) => Array.from({ length: 12 }, (_, c) => `单元格${r}-${c}`));
  write("slow.xlsx", buildXlsx({ sheets: [big] }));
}, 120_000);

describe("a batch with hostile files", () => {
  it("reads huge, column-long and overlapping merges and openpyxl notes; refuses only what it must, one line each", () => {
    const files = ["huge-merge", "column-merge", "overlap", "openpyxl-notes", "bomb", "missing", "folder", "table"].map(
      (n) => at(`${n}.xlsx`),
    );
    const before = files.filter((f) => fs.existsSync(f) && fs.statSync(f).isFile()).map(hash);
    const run = runJson([...files, "--max-cells", "20000"]);
    expect(run.code).toBe(2);
    expect(run.doc.files.map((f) => path.basename(f.file))).toEqual(files.map((f) => path.basename(f)));
    const codes = run.doc.files.map((f) => f.error?.code ?? "ok");
    expect(codes).toEqual(["ok", "ok", "ok", "ok", "too-large", "notFound", "isDirectory", "ok"]);
    for (const f of run.doc.files.filter((x) => !x.error)) {
      expect(f.tables).toBe(1);
      expect(f.diagnostics.map((d) => d.rule)).toContain("basis-missing");
    }
    expect(run.lines).toHaveLength(3);
    expect(run.lines[0]).toMatch(/bomb\.xlsx：无法读取：工作簿过大/);
    expect(run.lines[1]).toMatch(/missing\.xlsx：无法读取：文件不存在/);
    expect(files.filter((f) => fs.existsSync(f) && fs.statSync(f).isFile()).map(hash)).toEqual(before);
  });

  // One thread checks whole files; two split into a reader and a lint thread (src/cli/lanes.ts).
  it.each(["1", "2"])("stops a file past its time limit and checks the next (--jobs %s)", (jobs) => {
    const run = runJson([at("slow.xlsx"), at("table.xlsx"), "--timeout", "2", "--jobs", jobs]);
    expect(run.code).toBe(2);
    expect(run.doc.files[0].error?.code).toBe("timeout");
    expect(run.lines).toEqual([expect.stringMatching(/slow\.xlsx：无法读取：检查超过 2 秒/)]);
    expect(run.doc.files[1].diagnostics.map((d) => d.rule)).toContain("basis-missing");
  });

  it.each(["1", "2"])(
    "stops a file that needs more memory than --max-memory and checks the next (--jobs %s)",
    (jobs) => {
      const run = runJson([at("slow.xlsx"), at("table.xlsx"), "--max-memory", "48", "--jobs", jobs]);
      expect(run.code).toBe(2);
      expect(run.doc.files[0].error?.code).toBe("memory");
      expect(run.lines).toEqual([expect.stringMatching(/slow\.xlsx：无法读取：工作簿过大，检查所需内存超过 48 MiB/)]);
      expect(run.doc.files[1].diagnostics.map((d) => d.rule)).toContain("basis-missing");
    },
  );

  it("says past --max-cells that the sheet is too large", () => {
    const run = runJson([at("table.xlsx"), "--max-cells", "20"]);
    expect(run.code).toBe(2);
    expect(run.doc.files[0].error?.code).toBe("too-large");
    expect(run.lines[0]).toContain("--max-cells");
  });

  it("quotes at most a short prefix of a long cell", () => {
    const run = runJson([at("long-text.xlsx")]);
    expect(run.stdout.length).toBeLessThan(20_000);
    for (const d of run.doc.files[0].diagnostics) expect(d.message.length).toBeLessThanOrEqual(700);
  });

  it("does not count a missing file as checked", () => {
    const run = runCli(["check", at("table.xlsx"), at("missing.xlsx")]);
    expect(run.stdout).toContain("共检查 1 个文件，1 张绩效目标表，1 个文件无法读取");
  });
});

describe("annotated copies of hostile files", () => {
  it("never writes over an input: a/表.xlsx b/表.xlsx --annotate b", () => {
    fs.mkdirSync(at("a"));
    fs.mkdirSync(at("b"));
    fs.copyFileSync(at("table.xlsx"), at("a/表.xlsx"));
    fs.copyFileSync(at("openpyxl-notes.xlsx"), at("b/表.xlsx"));
    const before = [hash(at("a/表.xlsx")), hash(at("b/表.xlsx"))];
    const run = runJson([at("a/表.xlsx"), at("b/表.xlsx"), "--annotate", at("b")]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([expect.stringContaining("会覆盖一个输入文件")]);
    expect([hash(at("a/表.xlsx")), hash(at("b/表.xlsx"))]).toEqual(before);
    expect(fs.existsSync(at("b/表 (2).xlsx"))).toBe(true);
    expect(run.doc.files[1].diagnostics.map((d) => d.rule)).toContain("basis-missing");
  });

  it("never overwrites an existing file, and says so in words", () => {
    fs.mkdirSync(at("out"));
    fs.writeFileSync(at("out/table.xlsx"), "mine");
    const run = runJson([at("table.xlsx"), at("macro.xlsm"), "--annotate", at("out")]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([expect.stringMatching(/table\.xlsx：标注副本 .* 已存在，未覆盖/)]);
    expect(run.stderr).not.toContain("EEXIST");
    expect(fs.readFileSync(at("out/table.xlsx"), "utf8")).toBe("mine");
    expect(fs.existsSync(at("out/macro.xlsm"))).toBe(true);
  });

  it("keeps notes of every encoding and an .xlsm's macros", () => {
    fs.mkdirSync(at("copies"));
    const run = runJson([at("openpyxl-notes.xlsx"), at("macro.xlsm"), "--annotate", at("copies")]);
    expect(run.code).toBe(1);
    const notes = unzipSync(fs.readFileSync(at("copies/openpyxl-notes.xlsx")));
    expect(
      Object.keys(notes)
        .filter((p) => /comment/i.test(p))
        .sort(),
    ).toEqual(["xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml"]);
    const xml = strFromU8(notes["xl/comments/comment1.xml"]);
    expect(xml).toContain("原表批注");
    // G11 already had a note box; every other marked cell got one.
    const vml = strFromU8(notes["xl/drawings/commentsDrawing1.vml"]);
    expect(vml.match(/<x:Row>10<\/x:Row><x:Column>6<\/x:Column>/g)).toHaveLength(1);
    expect((vml.match(/<v:shape /g) ?? []).length).toBe((xml.match(/<comment /g) ?? []).length);
    expect(xml).toMatch(new RegExp(`依据待补（单位自填）</t></r><r><t xml:space="preserve">\\s+${NOTE_MARKER}`));
    const macro = unzipSync(fs.readFileSync(at("copies/macro.xlsm")));
    expect(Array.from(macro["xl/vbaProject.bin"])).toEqual([0xd0, 0xcf, 0x11, 0xe0, 9, 9]);
    expect(strFromU8(macro["[Content_Types].xml"])).toContain("macroEnabled");
  });
});

describe("the entry point", () => {
  it("answers --version without loading the reader", () => {
    const probe = runCli(["--version"]);
    expect(probe.code).toBe(0);
    const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
    const loaded = execFileSync(process.execPath, [
      "-e",
      `const m=require(${JSON.stringify(path.join(ROOT, "lib/cli/main.js"))});` +
        `m.main(["--version"],{stdout(){},stderr(){},env:{},stdoutIsTTY:false,stderrIsTTY:false})` +
        `.then(()=>console.log(Object.keys(require.cache).filter(k=>/xlsx|fflate|thread-pool/.test(k)).length))`,
    ]);
    expect(String(loaded).trim()).toBe("0");
  });
});
