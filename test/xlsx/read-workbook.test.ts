/**
 * Office.js gives a merged area's value only in its top-left cell; exceljs repeats
 * it in every cell of the area. Both must give the same tables and findings.
 */
import ExcelJS from "exceljs";
import { rangeToA1 } from "../../src/core/grid/address";
import { cellAt, type Grid } from "../../src/core/grid/grid";
import { lintGrid } from "../../src/core/lint/lint";
import { toCellValue, workbookToGrids } from "../../src/xlsx/read-workbook";
import { buildFormTable } from "../helpers/form-table";

/** Writes an Office-style grid into an exceljs sheet the way Excel saves it, merges included. */
async function roundTrip(grid: Grid): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null)
        sheet.getCell(r + 1, c + 1).value = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
    }),
  );
  for (const m of grid.merges) sheet.mergeCells(rangeToA1(m));
  const buffer = await workbook.xlsx.writeBuffer();
  const reread = new ExcelJS.Workbook();
  await reread.xlsx.load(buffer);
  return workbookToGrids(reread)[0];
}

describe("exceljs workbooks read like Office.js grids", () => {
  it("exceljs itself repeats a merged value (the premise of this test)", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    sheet.getCell("A1").value = "产出指标";
    sheet.mergeCells("A1:A3");
    expect(sheet.getCell("A3").value).toBe("产出指标");
  });

  it.each(["merged", "once", "repeated"] as const)(
    "a form table with 一级指标 %s gives the same tables and findings",
    async (level1Style) => {
      const { grid } = buildFormTable({ level1Style, top: 3, left: 2 });
      const reread = await roundTrip(grid);
      for (const m of grid.merges) expect(cellAt(reread, m.bottom, m.right)).toBeNull();
      const a = lintGrid(grid);
      const b = lintGrid(reread);
      expect(b.tables).toEqual(a.tables);
      expect(b.diagnostics).toEqual(a.diagnostics);
    },
  );

  it("converts formulas to their cached result, rich text to text, errors to error values", () => {
    expect(toCellValue({ formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue)).toBe(2);
    expect(toCellValue({ formula: "A1", result: { error: "#REF!" } } as unknown as ExcelJS.CellFormulaValue)).toEqual({
      error: "#REF!",
    });
    expect(toCellValue({ richText: [{ text: "≥99" }, { text: "%" }] } as ExcelJS.CellRichTextValue)).toBe("≥99%");
    expect(toCellValue({ error: "#N/A" } as ExcelJS.CellErrorValue)).toEqual({ error: "#N/A" });
    expect(toCellValue(new Date(Date.UTC(2024, 11, 5)))).toBe("2024年12月5日");
    expect(toCellValue(null)).toBeNull();
  });
});

describe("number formats: cells read as the officer typed them", () => {
  /** A saved and reloaded workbook with a 0% cell, a 0.00% cell, a date cell and a 0.00 amount. */
  async function savedSheet(): Promise<Grid> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("S");
    const put = (a1: string, value: ExcelJS.CellValue, numFmt: string) => {
      const cell = sheet.getCell(a1);
      cell.value = value;
      cell.numFmt = numFmt;
    };
    put("A1", 1, "0%"); // a typed 100%
    put("A2", 0.955, "0.00%"); // a typed 95.50%
    put("A3", new Date(Date.UTC(2023, 11, 5)), "yyyy/m/d"); // a typed 2023/12/5
    put("A4", 170, "0.00"); // an amount
    put("A5", { formula: "A1*0.9", result: 0.9 } as ExcelJS.CellFormulaValue, "0%");
    const buffer = await workbook.xlsx.writeBuffer();
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(buffer);
    return workbookToGrids(reread)[0];
  }

  it("a 0% cell reads 100%, a 0.00% cell 95.5%, a date YYYY年M月D日, an amount stays a number", async () => {
    const grid = await savedSheet();
    expect(grid.values.map((row) => row[0])).toEqual(["100%", "95.5%", "2023年12月5日", 170, "90%"]);
  });

  it("a date serial without exceljs's Date (format given) reads as a date too", () => {
    expect(toCellValue(45265, 'yyyy"年"m"月"d"日"')).toBe("2023年12月5日");
    expect(toCellValue(170, "0.00")).toBe(170);
  });
});
