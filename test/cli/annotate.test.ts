import { Workbook } from "exceljs";
import { annotateWorkbook, NOTE_MARKER, SEVERITY_FILL } from "../../src/xlsx/annotate-workbook";
import { diagnostic } from "./helpers/diagnostics";

function sheetWith(setup?: (wb: Workbook) => void): Workbook {
  const wb = new Workbook();
  wb.addWorksheet("Sheet1").getCell("G12").value = "";
  setup?.(wb);
  return wb;
}

const fillOf = (wb: Workbook, a1: string) =>
  (wb.getWorksheet("Sheet1")!.getCell(a1).fill as { fgColor?: { argb?: string } })?.fgColor?.argb;
const noteText = (wb: Workbook, a1: string) => {
  const note = wb.getWorksheet("Sheet1")!.getCell(a1).note;
  return typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
};

describe("annotateWorkbook", () => {
  it("paints only the flagged cell of a saved workbook whose cells share one style", async () => {
    const saved = new Workbook();
    const sheet = saved.addWorksheet("Sheet1");
    for (const a1 of ["A1", "B2", "G12"]) {
      sheet.getCell(a1).value = "x";
      sheet.getCell(a1).numFmt = "@";
    }
    const wb = new Workbook();
    await wb.xlsx.load(await saved.xlsx.writeBuffer());
    annotateWorkbook(wb, [diagnostic({ row: 11, col: 6, severity: "error" })], "zh-CN");
    expect(fillOf(wb, "G12")).toBe(SEVERITY_FILL.error);
    expect(fillOf(wb, "A1")).toBeUndefined();
    expect(fillOf(wb, "B2")).toBeUndefined();
  });

  it("fills each flagged cell by its worst severity and lists every finding in the note", () => {
    const wb = sheetWith();
    const marked = annotateWorkbook(
      wb,
      [
        diagnostic({ row: 11, col: 6, severity: "warning", ruleId: "basis-type" }),
        diagnostic({ row: 11, col: 6, severity: "error", ruleId: "basis-missing" }),
        diagnostic({ row: 12, col: 5, severity: "info", ruleId: "text-artifact" }),
      ],
      "zh-CN",
    );
    expect(marked).toBe(2);
    expect(fillOf(wb, "G12")).toBe(SEVERITY_FILL.error);
    expect(fillOf(wb, "F13")).toBe(SEVERITY_FILL.info);
    expect(noteText(wb, "G12")).toBe(
      `${NOTE_MARKER}\n【警告】basis-type 的问题\n【错误】basis-missing 的问题`,
    );
  });

  it("writes notes in English when asked", () => {
    const wb = sheetWith();
    annotateWorkbook(wb, [diagnostic({ row: 0, col: 0, severity: "warning" })], "en-US");
    expect(noteText(wb, "A1")).toBe(`${NOTE_MARKER}\n[Warning] problem of basis-missing`);
  });

  it("keeps the user's own note above ours, plain or rich", () => {
    const wb = sheetWith((w) => {
      w.getWorksheet("Sheet1")!.getCell("A1").note = "请核对预算数";
      w.getWorksheet("Sheet1")!.getCell("B1").note = {
        texts: [{ text: "审核人：", font: { bold: true } }, { text: "张三" }],
      };
    });
    annotateWorkbook(
      wb,
      [diagnostic({ row: 0, col: 0, severity: "error" }), diagnostic({ row: 0, col: 1, severity: "error" })],
      "zh-CN",
    );
    expect(noteText(wb, "A1")).toMatch(new RegExp(`^请核对预算数\\n\\n${NOTE_MARKER}\\n【错误】`));
    const rich = wb.getWorksheet("Sheet1")!.getCell("B1").note as {
      texts: { text: string; font?: { bold?: boolean } }[];
    };
    expect(rich.texts[0]).toEqual({ text: "审核人：", font: { bold: true } });
    expect(noteText(wb, "B1")).toMatch(new RegExp(`^审核人：张三\\n\\n${NOTE_MARKER}`));
  });

  it("replaces its own earlier block instead of stacking a second one", () => {
    const wb = sheetWith((w) => (w.getWorksheet("Sheet1")!.getCell("A1").note = "原批注"));
    annotateWorkbook(wb, [diagnostic({ row: 0, col: 0, severity: "error", ruleId: "basis-missing" })], "zh-CN");
    annotateWorkbook(wb, [diagnostic({ row: 0, col: 0, severity: "warning", ruleId: "basis-type" })], "zh-CN");
    const text = noteText(wb, "A1");
    expect(text.split(NOTE_MARKER)).toHaveLength(2);
    expect(text).toBe(`原批注\n\n${NOTE_MARKER}\n【警告】basis-type 的问题`);
  });

  it("skips findings on sheets the workbook does not have", () => {
    const wb = sheetWith();
    expect(annotateWorkbook(wb, [diagnostic({ row: 0, col: 0, severity: "error", sheet: "不存在" })], "zh-CN")).toBe(0);
  });
});
