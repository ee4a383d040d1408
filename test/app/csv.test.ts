import { BOM, defuse, findingRows, toCsv } from "../../src/app/csv";
import { makeDiagnostic } from "./fake-core";

describe("CSV export", () => {
  it("starts with a BOM and the Chinese header", () => {
    const csv = toCsv(findingRows([], "zh-CN"));
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe("工作表,单元格,表,规则,严重程度,说明");
  });

  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+86", "'+86"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["≥90%", "≥90%"],
    ["项目=经费", "项目=经费"],
    [" =1+1", "' =1+1"],
    ["\u00a0=HYPERLINK(1)", "'\u00a0=HYPERLINK(1)"],
    ["\ufeff=cmd", "'\ufeff=cmd"],
    ["\u3000\n+1", "'\u3000\n+1"],
    ["\tx", "'\tx"],
    [" 项目 - 经费", " 项目 - 经费"],
  ])("defuses %s as %s", (input, output) => {
    expect(defuse(input)).toBe(output);
  });

  it("writes one row per finding, quoting commas and quotes", () => {
    const d = makeDiagnostic({
      row: 9,
      col: 5,
      severity: "warning",
      ruleId: "unit-nonstandard",
      message: { zh: '=写作"%"，而非,百分号', en: "x" },
    });
    const lines = toCsv(findingRows([d], "zh-CN"))
      .slice(1)
      .split("\r\n");
    expect(lines[1]).toBe('Sheet1,F10,项目甲,unit-nonstandard,警告,"\'=写作""%""，而非,百分号"');
    expect(lines[2]).toBe("");
  });

  it("uses English headers and severities for an English pane", () => {
    const rows = findingRows([makeDiagnostic({ row: 0, col: 0 })], "en-US");
    expect(rows[0]).toEqual(["Sheet", "Cell", "Table", "Rule", "Severity", "Message"]);
    expect(rows[1][4]).toBe("Error");
  });
});
