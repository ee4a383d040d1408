import * as fs from "node:fs";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { UNCALCULATED, type Grid } from "../../src/core/grid/grid";
import { workbookToGrids } from "../../src/xlsx/read-workbook";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { LIMITS } from "../../src/xlsx/limits";
import { MARGIN_COLS, MARGIN_ROWS, usableMerges } from "../../src/xlsx/merge-areas";
import { buildXlsx, type RawSheet } from "./helpers/raw-xlsx";

const SEEDS = path.resolve(__dirname, "..", "..", "seeds");

/** Trailing blanks and merge order do not matter: two readers may differ there. */
function normal(grid: Grid) {
  const values = grid.values.map((line) => {
    const copy = line.map((v) => v ?? null);
    while (copy.length && copy[copy.length - 1] === null) copy.pop();
    return copy;
  });
  const merges = [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left);
  return { sheet: grid.sheet, values, merges };
}

function read(sheet: Partial<RawSheet>, limits = LIMITS) {
  const result = readXlsx(buildXlsx({ sheets: [{ name: "S", rows: [["项目名称", "甲"]], ...sheet }] }), limits);
  if (!result.ok) throw new Error(result.reason);
  return result.grids[0];
}

/** The zip with `name`'s uncompressed size declared as `size` in its local header and the central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  const named = (at: number) => wanted.every((byte, i) => out[at + i] === byte);
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint16(at + 26, true) === wanted.length && named(at + 30))
      view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint16(at + 28, true) === wanted.length && named(at + 46))
      view.setUint32(at + 24, size, true);
  }
  return out;
}

describe("readXlsx", () => {
  it.each(["qingdao-2023.xlsx", "guangzhou-2024.xlsx", "flat-sample.xlsx"])(
    "gives the same grids as the exceljs reader on %s",
    async (file) => {
      const workbook = new Workbook();
      await workbook.xlsx.readFile(path.join(SEEDS, file));
      const result = readXlsx(fs.readFileSync(path.join(SEEDS, file)));
      expect(result.ok && result.grids.map(normal)).toEqual(workbookToGrids(workbook).map(normal));
    },
  );

  it("clips merges to a margin around the cells holding data and ignores the declared dimension", () => {
    const rows = [["a", "b", "c"], ["d"], ["e"]];
    const merges = ["C1:E1", "B1:B1048576", "C2:XFD1048576", "D1:F1", "A5:A9"];
    const grid = read({ rows, merges, dimension: "A1:XFD1048576" });
    expect(grid.values).toHaveLength(3);
    expect(grid.merges).toEqual([
      { top: 0, left: 2, bottom: 0, right: 4 }, // a label merged past the last value keeps its shape
      { top: 0, left: 1, bottom: 2 + MARGIN_ROWS, right: 1 },
      { top: 1, left: 2, bottom: 2 + MARGIN_ROWS, right: 2 + MARGIN_COLS },
    ]); // D1:F1 and A5:A9 start where nothing holds a value: dropped
  });

  it("refuses merges that together cross more rows than the cell limit allows", () => {
    const columns = Array.from({ length: 26 }, (_, c) => String.fromCharCode(65 + c));
    const bytes = buildXlsx({
      sheets: [{ name: "S", rows: [columns], merges: columns.map((c) => `${c}1:${c}1048576`) }],
    });
    expect(readXlsx(bytes, { ...LIMITS, cellsPerSheet: 1000 })).toMatchObject({ ok: false, reason: "too-large" });
    expect(readXlsx(bytes).ok).toBe(true);
  });

  it("refuses merges whose overlap checks would look at more rows than sixteen times the cell limit", () => {
    const columns = Array.from({ length: 26 }, (_, c) => String.fromCharCode(65 + c));
    // A row merged across at the bottom, then each column merged down to it: each overlaps at its last row only.
    const merges = ["A1000:Z1000", ...columns.map((c) => `${c}1:${c}1000`)];
    const bytes = buildXlsx({
      sheets: [{ name: "S", rows: [columns], merges, rawRows: '<row r="1000"><c r="A1000"><v>1</v></c></row>' }],
    });
    expect(readXlsx(bytes, { ...LIMITS, cellsPerSheet: 1000 })).toMatchObject({ ok: false, reason: "too-large" });
    const result = readXlsx(bytes);
    expect(result.ok && result.grids[0].merges).toEqual([{ top: 999, left: 0, bottom: 999, right: 25 }]);
  });

  it("drops a few tall merges that overlap a kept one near their bottom, without refusing the sheet", () => {
    const across = { top: 999, left: 0, bottom: 999, right: 1 };
    const tall = Array.from({ length: 5 }, () => ({ top: 0, left: 0, bottom: 999, right: 0 }));
    expect(usableMerges([across, ...tall], 2000, 10, 1000)).toEqual([across]);
  });

  it("drops a merge that overlaps an earlier one, as Excel's repair does", () => {
    const rows = [
      ["a", "b", "c", "d"],
      ["e", "f", "g", "h"],
      ["i", "j", "k", "l"],
    ];
    const grid = read({ rows, merges: ["A1:B2", "B2:C3", "A1:B2", "C1:D1"] });
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 3 },
    ]);
    expect(grid.values[1]).toEqual([null, null, "g", "h"]); // covered cells are blank, as Office.js gives them
  });

  it("leaves out hidden sheets (a template's dropdown lists), unless every sheet is hidden", () => {
    const lists = [
      ["一级指标", "二级指标", "指标值确定依据"],
      ["产出指标", "数量指标", "计划标准"],
    ];
    const sheets = (state?: "hidden" | "veryHidden"): RawSheet[] => [
      { name: "绩效目标表", rows: [["项目名称", "甲"]] },
      { name: "数据字典", rows: lists, state },
    ];
    const names = (book: RawSheet[]) => {
      const result = readXlsx(buildXlsx({ sheets: book }));
      return result.ok ? result.grids.map((g) => g.sheet) : result.reason;
    };
    expect(names(sheets())).toEqual(["绩效目标表", "数据字典"]);
    expect(names(sheets("hidden"))).toEqual(["绩效目标表"]);
    expect(names(sheets("veryHidden"))).toEqual(["绩效目标表"]);
    expect(names([{ name: "只有隐藏", rows: lists, state: "hidden" }])).toEqual(["只有隐藏"]);
    // An instruction sheet's example is no submission either; a filled copy named after the template is one.
    expect(names([{ name: "填报说明", rows: lists }, ...sheets()])).toEqual(["绩效目标表", "数据字典"]);
    expect(names([{ name: "绩效目标表（样表）", rows: lists }, { name: "Sheet2" }])).toEqual([
      "绩效目标表（样表）",
      "Sheet2",
    ]);
    // Numbered or titled (eighteenth session's review): a name ending in a guidance word.
    for (const name of [
      "填报示例",
      "填报说明及样表",
      "示例表",
      "填表说明（附示例）",
      "附件1填报说明",
      "绩效目标表填报说明",
      "例表",
      "生态环境指标库",
    ])
      expect(names([{ name, rows: lists }, ...sheets()])).toEqual(["绩效目标表", "数据字典"]);
    // A sheet named for a project's own notes is read.
    // Nor one named for the table and its guidance together, or ending in 比例表 (the session's own review).
    for (const name of ["项目说明", "绩效目标表及填报说明", "体育场馆免费开放补助比例表"])
      expect(names([{ name, rows: lists }, ...sheets()])).toEqual([name, "绩效目标表", "数据字典"]);
    // Only instruction sheets visible: those are read, not the hidden lists.
    expect(
      names([
        { name: "样表", rows: lists },
        { name: "数据字典", rows: lists, state: "hidden" },
      ]),
    ).toEqual(["样表"]);
  });

  it("gives the rows a sheet hides, which a check reads past", () => {
    const rawRows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>甲</t></is></c></row>' +
      '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>乙</t></is></c></row>' +
      '<row r="4" hidden="1" customHeight="1" ht="0"/>';
    const grid = read({ rawRows });
    expect(grid.hiddenRows).toEqual([1]);
    // Listed, and blank: the body reads past them, nothing reads what they hide.
    expect(grid.values[1]).toEqual([null]);
    expect(read({ rawRows: '<row r="1"><c r="A1"><v>1</v></c></row>' }).hiddenRows).toBeUndefined();
  });

  // Seventeenth session's review: the table is what the sheet shows; a merge shows where part of it is visible.
  it("blanks the cells of hidden rows and columns, but not a merge's value that shows in a visible part", () => {
    const grid = read({
      rows: [
        ["项目名称", "甲", "乙"],
        ["丙", "丁", "戊"],
        ["己", "庚", "辛"],
      ],
      cols: '<cols><col min="2" max="2" hidden="1"/></cols>',
      rawRows: "",
      merges: ["B2:C2"],
    });
    expect(grid.values[0]).toEqual(["项目名称", null, "乙"]);
    expect(grid.values[1][1]).toBe("丁");
    expect(grid.values[2]).toEqual(["己", null, "辛"]);
  });

  it('shows a text cell through its format\'s text section (`@"人"`: `≥500` shows `≥500人`)', () => {
    const styles =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="165" formatCode="@&quot;人&quot;"/></numFmts>' +
      '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      "</styleSheet>";
    const rawRows = '<row r="2"><c r="A2" t="inlineStr" s="1"><is><t>≥500</t></is></c></row>';
    const result = readXlsx(
      buildXlsx({ sheets: [{ name: "S", rows: [["项目名称", "甲"]], rawRows }], stylesXml: styles }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.grids[0].values[1][0]).toBe("≥500人");
  });

  it("names a sheet it cannot read rather than checking the others as the whole workbook", () => {
    const result = readXlsx(
      buildXlsx({
        sheets: [
          { name: "表1", rows: [["项目名称", "甲"]] },
          { name: "表2", rawRows: '<row r="1"><c r="A1" t="s"><v>9999</v></c></row>' },
        ],
      }),
    );
    expect(result).toEqual({ ok: false, reason: "damaged-sheet", detail: "表2" });
  });

  it("works out formulas a program wrote without results, as Excel does on opening", () => {
    const rawRows =
      '<row r="1"><c r="A1"><v>40</v></c><c r="B1"><v>10</v></c><c r="C1"><f>SUM(A1:B1)</f></c>' +
      '<c r="D1" t="str"><f>"≥"&amp;C1&amp;"人"</f><v></v></c><c r="E1"><f>VLOOKUP(A1,Z1:Z9,1)</f></c>' +
      '<c r="F1" t="str"><f>IF(A1&gt;0,"","x")</f><v></v></c><c r="G1" s="1"><f>C1/100</f></c>' +
      '<c r="H1"><f>A1*2</f><v>80</v></c></row>';
    const grid = read({ rawRows });
    expect(grid.values[0]).toEqual([40, 10, 50, "≥50人", { error: UNCALCULATED }, null, "50%", 80]);
  });

  // Thirteenth session: SheetJS writes a formula given no value as an error cell with no error in it.
  it("works out a formula in an error cell that holds no error, and keeps a real error", () => {
    const rawRows =
      '<row r="1"><c r="A1"><v>40</v></c><c r="B1"><v>10</v></c><c r="C1" t="e"><f>SUM(A1:B1)</f></c>' +
      '<c r="D1" t="e"><f>VLOOKUP(A1,Z1:Z9,1)</f></c><c r="E1" t="e"><f>A1/0</f><v>#DIV/0!</v></c>' +
      '<c r="F1"><f>C1+1</f></c></row>';
    const grid = read({ rawRows });
    expect(grid.values[0]).toEqual([40, 10, 50, { error: UNCALCULATED }, { error: "#DIV/0!" }, 51]);
  });

  it("reads a percent, an error and a cell far away without filling the gap", () => {
    const rawRows =
      '<row r="2"><c r="A2" s="1"><v>0.95</v></c><c r="B2" t="e"><v>#REF!</v></c></row>' +
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row>';
    const grid = read({ rawRows });
    expect(grid.values[1]).toEqual(["95%", { error: "#REF!" }]);
    expect(grid.values[1048575][16383]).toBe("远");
    expect(grid.values[1048574]).toEqual([]);
  });

  // A year the style hides is still the cell's (number-format.ts): `m"月"d"日"` reads with it.
  it("reads the date styles Chinese Excel names by built-in id alone (27, 31, 58) as dates", () => {
    const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const xf = (id: number) =>
      `<x:xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
    // A prefixed part with no <numFmts>, as some writers leave it: the formats go first, under the same prefix.
    const stylesXml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:styleSheet xmlns:x="${NS}">` +
      `<x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts>` +
      `<x:fills count="1"><x:fill><x:patternFill patternType="none"/></x:fill></x:fills>` +
      `<x:borders count="1"><x:border/></x:borders>` +
      `<x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs>` +
      `<x:cellXfs count="4">${xf(0)}${xf(31)}${xf(27)}${xf(58)}</x:cellXfs></x:styleSheet>`;
    const rawRows =
      '<row r="2"><c r="A2" s="1"><v>44926</v></c><c r="B2" s="2"><v>44926</v></c><c r="C2" s="3"><v>44926</v></c></row>';
    const result = readXlsx(buildXlsx({ sheets: [{ name: "S", rows: [["项目名称", "甲"]], rawRows }], stylesXml }));
    expect(result.ok && result.grids[0].values[1]).toEqual(["2022年12月31日", "2022年12月", "2022年12月31日"]);
  });

  it("reads a number cell that holds no number as #NUM!, a value that also crosses threads as JSON", () => {
    const grid = read({ rawRows: '<row r="1"><c r="A1"><v>abc</v></c><c r="B1"><v>12</v></c></row>' });
    expect(grid.values[0]).toEqual([{ error: "#NUM!" }, 12]);
    expect(JSON.parse(JSON.stringify(grid.values))).toEqual(grid.values);
  });

  it("refuses data spread so thin that the padded rows would exceed four times the cell limit", () => {
    const rawRows = Array.from({ length: 40 }, (_, r) => `<row r="${r + 2}"><c r="XFD${r + 2}"><v>1</v></c></row>`);
    const bytes = buildXlsx({ sheets: [{ name: "稀", rows: [["x"]], rawRows: rawRows.join("") }] });
    expect(readXlsx(bytes, { ...LIMITS, cellsPerSheet: 100_000 })).toMatchObject({ ok: false, reason: "too-large" });
    expect(readXlsx(bytes).ok).toBe(true);
  });

  it("refuses a part that would inflate past the limit before inflating it", () => {
    const bomb = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si><t>炸</t></si>".repeat(50_000)}</sst>`;
    const bytes = buildXlsx({ sheets: [{ name: "S", rows: [["x"]] }], sharedStringsXml: bomb });
    expect(readXlsx(bytes, { ...LIMITS, partBytes: 100_000 })).toMatchObject({ ok: false, reason: "too-large" });
    expect(readXlsx(bytes).ok).toBe(true);
  });

  it("refuses a part that declares a small size and inflates past the limit, as too large", () => {
    const bomb = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si><t>炸</t></si>".repeat(50_000)}</sst>`;
    const bytes = declareSize(
      buildXlsx({ sheets: [{ name: "S", rows: [["x"]] }], sharedStringsXml: bomb }),
      "xl/sharedStrings.xml",
      1000,
    );
    expect(readXlsx(bytes, { ...LIMITS, partBytes: 100_000 })).toMatchObject({ ok: false, reason: "too-large" });
    // The bound follows each read's limits: under the default ones the same part fits and the workbook reads.
    expect(readXlsx(bytes).ok).toBe(true);
  });

  it("refuses a sheet past the cell limit, naming it", () => {
    const rows = Array.from({ length: 30 }, (_, r) => [`r${r}`, r]);
    const bytes = buildXlsx({ sheets: [{ name: "大表", rows }] });
    expect(readXlsx(bytes, { ...LIMITS, cellsPerSheet: 50 })).toEqual({
      ok: false,
      reason: "too-large",
      detail: "大表: > 50 cells",
    });
  });

  it("names an .xlsb and an .ods, which can be saved again as .xlsx", async () => {
    const { zipSync, strToU8 } = jest.requireActual("fflate") as typeof import("fflate");
    const xlsb = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.bin": new Uint8Array([1, 2]) });
    const ods = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": strToU8("<x/>"),
    });
    expect(readXlsx(xlsb)).toEqual({ ok: false, reason: "xlsb" });
    expect(readXlsx(ods)).toEqual({ ok: false, reason: "ods" });
  });

  it("calls a zip without a workbook not an xlsx", () => {
    const bytes = buildXlsx({ sheets: [{ name: "S", rows: [["x"]] }], extraParts: {} });
    const { unzipSync, zipSync } = jest.requireActual("fflate") as typeof import("fflate");
    const parts = unzipSync(bytes);
    delete parts["xl/workbook.xml"];
    expect(readXlsx(zipSync(parts))).toMatchObject({ ok: false, reason: "not-xlsx" });
  });
});
