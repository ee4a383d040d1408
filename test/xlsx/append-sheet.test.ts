/** The converted copy: the original package plus one sheet, whatever the package's own spelling (thirteenth session). */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import * as XLSX from "@e965/xlsx";
import type { TemplateBlock } from "../../src/core/template/block";
import { appendBlockSheet } from "../../src/xlsx/append-sheet";
import { buildXlsx } from "./helpers/raw-xlsx";

const block = (values: (string | null)[][]): TemplateBlock => ({
  rows: values.length,
  cols: values[0].length,
  values,
  merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  lists: [{ range: { top: 1, left: 1, bottom: 3, right: 1 }, items: ["≥", "≤"], alert: "warning" }],
  prompts: [{ range: { top: 1, left: 1, bottom: 3, right: 1 }, title: "指标性质", message: "选择比较符号" }],
  labels: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  bold: [],
  borders: [{ top: 1, left: 0, bottom: 3, right: 1 }],
});

const VALUES = [
  ["项目名称", null],
  ["完成\u000b全年", "≥"],
  ["370200000012345", "≥"],
  ["170", "30.50"],
];

const base = () => buildXlsx({ sheets: [{ name: "原表", rows: [["项目名称", "甲"]] }] });

/** The package with `edit` applied to its parts as text. */
function edited(bytes: Uint8Array, edit: (parts: Record<string, string>) => void): Uint8Array {
  const raw = unzipSync(bytes);
  const texts: Record<string, string> = {};
  for (const name of Object.keys(raw)) texts[name] = strFromU8(raw[name]);
  edit(texts);
  const out: Zippable = {};
  for (const name of Object.keys(texts)) out[name] = strToU8(texts[name]);
  return zipSync(out);
}

function append(bytes: Uint8Array) {
  const copy = appendBlockSheet(bytes, (taken) => (taken.includes("标准表") ? "标准表(2)" : "标准表"), block(VALUES));
  const parts = unzipSync(copy.bytes);
  const text = (name: string) => strFromU8(parts[name]);
  return { ...copy, parts, text, book: XLSX.read(copy.bytes, { type: "array" }) };
}

describe("appendBlockSheet", () => {
  it("writes values as typed: a control character escaped, a code and 30.50 as text, 170 as a number", () => {
    const { book, text, parts } = append(base());
    expect(book.SheetNames).toEqual(["原表", "标准表"]);
    const ws = book.Sheets["标准表"];
    expect(ws.A2.v).toBe("完成\u000b全年");
    expect(ws.A3).toMatchObject({ t: "s", v: "370200000012345" });
    expect(ws.A4).toMatchObject({ t: "n", v: 170 });
    expect(ws.B4).toMatchObject({ t: "s", v: "30.50" });
    const sheet = Object.keys(parts).find(
      (n) => /worksheets\/sheet\d+\.xml$/.test(n) && text(n).includes("inlineStr"),
    )!;
    expect(text(sheet)).toContain("完成_x000B_全年");
    // One validation for the three cells of a column, not one per cell.
    expect(text(sheet).match(/<dataValidation /g)).toHaveLength(1);
    expect(text(sheet)).toContain('sqref="B2:B4"');
  });

  it("names a new part apart from an existing one in any case, and replaces a stale declaration of it", () => {
    const bytes = edited(base(), (p) => {
      p["xl/worksheets/Sheet2.xml"] = p["xl/worksheets/sheet1.xml"];
      p["[Content_Types].xml"] = p["[Content_Types].xml"].replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/sheet3.xml" ContentType="x"/></Types>',
      );
    });
    const { parts, text } = append(bytes);
    expect(Object.keys(parts).filter((n) => n.toLowerCase() === "xl/worksheets/sheet2.xml")).toHaveLength(1);
    expect(text("[Content_Types].xml").match(/PartName="\/xl\/worksheets\/sheet3\.xml"/g)).toHaveLength(1);
  });

  it("writes in the package's own prefixes, past a trailing comment, after a single-quoted sheetId", () => {
    const bytes = edited(base(), (p) => {
      const rels = "xl/_rels/workbook.xml.rels";
      p[rels] = p[rels]
        .replace(/<(\/?)Relationship/g, "<$1pr:Relationship")
        .replace(
          'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"',
          'xmlns:pr="http://schemas.openxmlformats.org/package/2006/relationships"',
        );
      p[rels] += "<!-- written by a tool -->";
      p["xl/workbook.xml"] = p["xl/workbook.xml"].replace(/sheetId="(\d+)"/, "sheetId='$1'");
    });
    const { text, book } = append(bytes);
    expect(text("xl/_rels/workbook.xml.rels")).toMatch(/<pr:Relationship Id="rIdJL1"[^>]*\/><\/pr:Relationships>/);
    expect(text("xl/workbook.xml")).toMatch(/<sheet name="标准表" sheetId="2" /);
    expect(book.SheetNames).toEqual(["原表", "标准表"]);
  });

  it.each([
    ["no fonts, fills or borders", '<cellXfs count="1"><xf/></cellXfs>'],
    ["an empty fonts list written self-closed", '<fonts count="0"/><cellXfs count="1"><xf/></cellXfs>'],
  ])("gives a styles part with %s their defaults first: no cell of the workbook changes look", (_, body) => {
    const bytes = edited(base(), (p) => {
      p["xl/styles.xml"] =
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        body +
        "</styleSheet>";
    });
    const styles = append(bytes).text("xl/styles.xml");
    expect(styles.match(/<fonts\b/g)).toHaveLength(1);
    expect(styles.indexOf("<fonts")).toBeLessThan(styles.indexOf("<fills"));
    expect(styles.indexOf("<borders")).toBeLessThan(styles.indexOf("<cellXfs"));
    // The workbook's own format 0 is as it was; ours point past the defaults.
    expect(styles).toMatch(/<cellXfs count="\d+"><xf\/>/);
    expect(styles).toContain('fontId="1" fillId="2" borderId="0"');
    expect(styles).toContain('fontId="0" fillId="0" borderId="1"');
  });

  it("keeps a macro-enabled workbook macro-enabled, and says so", () => {
    const macro = buildXlsx({
      sheets: [{ name: "原表", rows: [["项目名称", "甲"]] }],
      vbaProject: new Uint8Array([1]),
    });
    expect(append(macro).macros).toBe(true);
    expect(append(base()).macros).toBe(false);
  });

  it("is not macro-enabled for a default type no part uses (SheetJS declares `.bin` in every .xlsx)", () => {
    const bytes = edited(base(), (p) => {
      p["[Content_Types].xml"] = p["[Content_Types].xml"].replace(
        "<Default ",
        '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/><Default ',
      );
    });
    expect(strFromU8(unzipSync(bytes)["[Content_Types].xml"])).toContain("macroEnabled");
    expect(append(bytes).macros).toBe(false);
  });
});
