import { diagnosticsToMarks } from "../../src/app/marks";
import { makeDiagnostic } from "./fake-core";

describe("diagnosticsToMarks", () => {
  const err = makeDiagnostic({ row: 3, col: 5, severity: "error", message: { zh: "单位与指标不符", en: "Unit mismatch" } });
  const warn = makeDiagnostic({ row: 3, col: 5, severity: "warning", message: { zh: "单位不规范", en: "Odd unit" } });
  const info = makeDiagnostic({ row: 7, col: 1, severity: "info", message: { zh: "多余括号", en: "Stray bracket" } });

  it("gives one mark per cell with the worst severity and one note line per message", () => {
    const marks = diagnosticsToMarks([warn, err, info]);
    expect(marks).toEqual([
      { row: 3, col: 5, severity: "error", note: "【警告】单位不规范\n【错误】单位与指标不符" },
      { row: 7, col: 1, severity: "info", note: "【提示】多余括号" },
    ]);
  });

  it("writes English notes for an English pane", () => {
    expect(diagnosticsToMarks([err], "en-US")[0].note).toBe("[Error] Unit mismatch");
  });

  it("does not repeat an identical line", () => {
    expect(diagnosticsToMarks([err, { ...err }])[0].note).toBe("【错误】单位与指标不符");
  });

  it("gives no marks for no findings", () => {
    expect(diagnosticsToMarks([])).toEqual([]);
  });
});
