import { diagnosticsToMarks } from "../../src/i18n";
import { makeDiagnostic } from "../app/fake-core";

describe("diagnosticsToMarks", () => {
  const err = makeDiagnostic({
    row: 3,
    col: 5,
    severity: "error",
    message: { zh: "单位与指标不符", en: "Unit mismatch" },
  });
  const warn = makeDiagnostic({ row: 3, col: 5, severity: "warning", message: { zh: "单位不规范", en: "Odd unit" } });
  const info = makeDiagnostic({ row: 7, col: 1, severity: "info", message: { zh: "多余括号", en: "Stray bracket" } });

  it("gives one mark per cell with the worst severity and one note line per message", () => {
    const marks = diagnosticsToMarks([warn, err, info], "zh-CN");
    expect(marks).toEqual([
      { row: 3, col: 5, severity: "error", note: "【警告】单位不规范\n【错误】单位与指标不符" },
      { row: 7, col: 1, severity: "info", note: "【提示】多余括号" },
    ]);
  });

  it("writes English notes for an English pane", () => {
    expect(diagnosticsToMarks([err], "en-US")[0].note).toBe("[Error] Unit mismatch");
  });

  it("does not repeat an identical line", () => {
    expect(diagnosticsToMarks([err, { ...err }], "zh-CN")[0].note).toBe("【错误】单位与指标不符");
  });

  it("gives no marks for no findings", () => {
    expect(diagnosticsToMarks([], "zh-CN")).toEqual([]);
  });
});

describe("one severity ranking for every presenter", () => {
  it("ranks error above warning above info, whatever the order asked", async () => {
    const { severityRank, worstSeverity } = await import("../../src/core/model/diagnostic");
    const { mergeMarks } = await import("../../src/excel/plan-marks");
    expect(severityRank("error")).toBeGreaterThan(severityRank("warning"));
    expect(severityRank("warning")).toBeGreaterThan(severityRank("info"));
    for (const [a, b] of [
      ["warning", "error"],
      ["error", "warning"],
      ["info", "warning"],
      ["warning", "info"],
    ] as const) {
      const worst = severityRank(a) > severityRank(b) ? a : b;
      expect(worstSeverity(a, b)).toBe(worst);
      const merged = mergeMarks([
        { row: 0, col: 0, severity: a, note: "x" },
        { row: 0, col: 0, severity: b, note: "y" },
      ]);
      expect(merged.get("A1")!.severity).toBe(worst);
      const d = makeDiagnostic({ row: 1, col: 1, severity: a, message: { zh: "甲", en: "a" } });
      expect(diagnosticsToMarks([d, { ...d, severity: b, message: { zh: "乙", en: "b" } }], "zh-CN")[0].severity).toBe(
        worst,
      );
    }
  });
});
