import { Workbook } from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { annotatePackage } from "../../src/xlsx/annotate-package";
import { NOTE_MARKER } from "../../src/host/constants";
import { SEVERITY_FILL } from "../../src/xlsx/annotate-styles";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { diagnostic } from "../cli/helpers/diagnostics";
import { buildXlsx, type RawBook } from "./helpers/raw-xlsx";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const comments = (body: string) =>
  `<?xml version="1.0"?><comments xmlns="${NS}"><authors><author>张三</author></authors><commentList>${body}</commentList></comments>`;

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}
const fillOf = (wb: Workbook, a1: string) =>
  (wb.getWorksheet("Sheet1")!.getCell(a1).fill as { fgColor?: { argb?: string } })?.fgColor?.argb;
const noteText = (wb: Workbook, a1: string) => {
  const note = wb.getWorksheet("Sheet1")!.getCell(a1).note;
  return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
};
const book = (over: Partial<RawBook["sheets"][0]> = {}, extra: Partial<RawBook> = {}) =>
  buildXlsx({
    sheets: [
      {
        name: "Sheet1",
        rows: [
          ["x", "y"],
          [1, 2],
        ],
        ...over,
      },
    ],
    ...extra,
  });

describe("annotatePackage", () => {
  it("fills each flagged cell by its worst severity, adds missing cells and rows, and lists every finding", async () => {
    const copy = annotatePackage(
      book(),
      [
        diagnostic({ row: 11, col: 6, severity: "warning", ruleId: "basis-type" }),
        diagnostic({ row: 11, col: 6, severity: "error", ruleId: "basis-missing" }),
        diagnostic({ row: 0, col: 1, severity: "info", ruleId: "text-artifact" }),
      ],
      "zh-CN",
    );
    const wb = await load(copy);
    expect(fillOf(wb, "G12")).toBe(SEVERITY_FILL.error);
    expect(fillOf(wb, "B1")).toBe(SEVERITY_FILL.info);
    expect(fillOf(wb, "A1")).toBeUndefined();
    expect(wb.getWorksheet("Sheet1")!.getCell("B1").value).toBe("y");
    expect(noteText(wb, "G12")).toBe(`${NOTE_MARKER}\n【警告】basis-type 的问题\n【错误】basis-missing 的问题`);
  });

  it("keeps a percent cell's number format when painting it", async () => {
    const bytes = book({ rawRows: '<row r="5"><c r="A5" s="1"><v>0.5</v></c></row>' });
    const copy = annotatePackage(bytes, [diagnostic({ row: 4, col: 0, severity: "error" })], "zh-CN");
    const read = readXlsx(copy);
    expect(read.ok && read.grids[0].values[4][0]).toBe("50%");
    expect(fillOf(await load(copy), "A5")).toBe(SEVERITY_FILL.error);
  });

  it("writes notes in English when asked", async () => {
    const copy = annotatePackage(book(), [diagnostic({ row: 0, col: 0, severity: "warning" })], "en-US");
    expect(noteText(await load(copy), "A1")).toBe(`${NOTE_MARKER}\n[Warning] problem of basis-missing`);
  });

  it("keeps a user's note stored as <text><t> (openpyxl, WPS) and as rich runs", async () => {
    const bytes = book({
      comments: comments(
        `<comment ref="A1" authorId="0"><text><t>请核对预算数</t></text></comment>` +
          `<comment ref="B1" authorId="0"><text><r><rPr><b/></rPr><t>审核人：</t></r><r><t>张三</t></r></text></comment>` +
          `<comment ref="B2" authorId="0"><text><t>无关的批注</t></text></comment>`,
      ),
    });
    const copy = annotatePackage(
      bytes,
      [diagnostic({ row: 0, col: 0, severity: "error" }), diagnostic({ row: 0, col: 1, severity: "error" })],
      "zh-CN",
    );
    const xml = strFromU8(unzipSync(copy)["xl/comments1.xml"]);
    expect(xml).toContain("<r><rPr><b/></rPr><t>审核人：</t></r><r><t>张三</t></r>");
    expect(xml).toContain("<t>无关的批注</t>");
    const wb = await load(copy);
    expect(noteText(wb, "A1")).toMatch(new RegExp(`^请核对预算数\\n\\n${NOTE_MARKER}\\n【错误】`));
    expect(noteText(wb, "B1")).toMatch(new RegExp(`^审核人：张三\\n\\n${NOTE_MARKER}`));
  });

  it("replaces its own earlier block instead of stacking a second one", async () => {
    const bytes = book({ comments: comments(`<comment ref="A1" authorId="0"><text><t>原批注</t></text></comment>`) });
    const once = annotatePackage(
      bytes,
      [diagnostic({ row: 0, col: 0, severity: "error", ruleId: "basis-missing" })],
      "zh-CN",
    );
    const twice = annotatePackage(
      once,
      [diagnostic({ row: 0, col: 0, severity: "warning", ruleId: "basis-type" })],
      "zh-CN",
    );
    const text = noteText(await load(twice), "A1");
    expect(text.split(NOTE_MARKER)).toHaveLength(2);
    expect(text).toBe(`原批注\n\n${NOTE_MARKER}\n【警告】basis-type 的问题`);
  });

  it("carries every other part over byte for byte: macros, validation, conditional formats, defined names", () => {
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
    const after =
      `<conditionalFormatting sqref="A1:B2"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1</formula></cfRule></conditionalFormatting>` +
      `<dataValidations count="1"><dataValidation type="list" sqref="C1:C9"><formula1>"历史标准,计划标准"</formula1></dataValidation></dataValidations>`;
    const bytes = book(
      { after },
      {
        vbaProject: vba,
        definedNames: `<definedNames><definedName name="预算">Sheet1!$A$1</definedName></definedNames>`,
      },
    );
    const before = unzipSync(bytes);
    const after2 = unzipSync(annotatePackage(bytes, [diagnostic({ row: 0, col: 0, severity: "error" })], "zh-CN"));
    for (const name of ["xl/vbaProject.bin", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml"]) {
      expect(Buffer.from(after2[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
    const sheet = strFromU8(after2["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain(after);
    expect(sheet.indexOf("<legacyDrawing")).toBeGreaterThan(sheet.indexOf("</dataValidations>"));
    expect(strFromU8(after2["[Content_Types].xml"])).toContain("macroEnabled");
  });

  it("writes a control character from a quoted cell as OOXML's _xHHHH_, so the notes stay valid XML", () => {
    const copy = annotatePackage(
      book(),
      [diagnostic({ row: 0, col: 0, severity: "error", message: { zh: "含\u0001控制符", en: "x" } })],
      "zh-CN",
    );
    expect(strFromU8(unzipSync(copy)["xl/comments1.xml"])).toContain("含_x0001_控制符");
  });

  it("drops a row's spans hint when it adds a cell outside it", () => {
    const bytes = book({ rawRows: '<row r="7" spans="1:2"><c r="A7"><v>1</v></c></row>' });
    const copy = annotatePackage(bytes, [diagnostic({ row: 6, col: 9, severity: "info" })], "zh-CN");
    const sheet = strFromU8(unzipSync(copy)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<row r="7"><c r="A7"><v>1<\/v><\/c><c r="J7" s="\d+"\/><\/row>/);
  });

  it("skips findings on sheets the workbook does not have", () => {
    const bytes = book();
    const copy = unzipSync(
      annotatePackage(bytes, [diagnostic({ row: 0, col: 0, severity: "error", sheet: "不存在" })], "zh-CN"),
    );
    expect(Object.keys(copy).sort()).toEqual(Object.keys(unzipSync(bytes)).sort());
  });
});

describe("package plumbing", () => {
  it("adds relationships to an empty, self-closed rels part", async () => {
    const { addRel, readRels } = await import("../../src/xlsx/ooxml-parts");
    const { strToU8 } = await import("fflate");
    const parts = {
      "xl/worksheets/_rels/sheet1.xml.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>\n',
      ),
    };
    const id = addRel(parts, "xl/worksheets/sheet1.xml", "T", "xl/comments1.xml");
    expect(readRels(parts, "xl/worksheets/sheet1.xml")).toEqual([{ id, type: "T", target: "xl/comments1.xml" }]);
  });
});
