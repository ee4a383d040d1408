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
      if (v !== null) sheet.getCell(r + 1, c + 1).value = typeof v === "object" ? { error: v.error } as ExcelJS.CellErrorValue : v;
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

  it.each(["merged", "once", "repeated"] as const)("a form table with 一级指标 %s gives the same tables and findings", async (level1Style) => {
    const { grid } = buildFormTable({ level1Style, top: 3, left: 2 });
    const reread = await roundTrip(grid);
    for (const m of grid.merges) expect(cellAt(reread, m.bottom, m.right)).toBeNull();
    const a = lintGrid(grid);
    const b = lintGrid(reread);
    expect(b.tables).toEqual(a.tables);
    expect(b.diagnostics).toEqual(a.diagnostics);
  });

  it("converts formulas to their cached result, rich text to text, errors to error values", () => {
    expect(toCellValue({ formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue)).toBe(2);
    expect(toCellValue({ formula: "A1", result: { error: "#REF!" } } as unknown as ExcelJS.CellFormulaValue)).toEqual({ error: "#REF!" });
    expect(toCellValue({ richText: [{ text: "≥99" }, { text: "%" }] } as ExcelJS.CellRichTextValue)).toBe("≥99%");
    expect(toCellValue({ error: "#N/A" } as ExcelJS.CellErrorValue)).toEqual({ error: "#N/A" });
    expect(toCellValue(new Date(Date.UTC(2024, 11, 5)))).toBe("2024-12-05");
    expect(toCellValue(null)).toBeNull();
  });
});
