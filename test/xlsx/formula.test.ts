/** Formulas a program wrote without their results, worked out as Excel would on opening. */
import { evaluateFormula, type FormulaCell } from "../../src/xlsx/formula";

/** A sheet by A1 address: numbers and strings are stored results, `=…` a formula without one, `#` an error. */
function sheet(cells: Record<string, string | number>) {
  const at = new Map<string, FormulaCell>();
  for (const [ref, v] of Object.entries(cells)) {
    const cell: FormulaCell =
      typeof v === "string" && v.startsWith("=")
        ? { formula: v.slice(1) }
        : typeof v === "string" && v.startsWith("#")
          ? { error: true }
          : { value: v };
    at.set(ref, cell);
  }
  return (row: number, col: number) => at.get(String.fromCharCode(65 + col) + (row + 1));
}

describe("evaluateFormula", () => {
  const cells = sheet({ D5: 40, D6: 10, D7: "=SUM(D5:D6)", H9: 120, E1: "#", A1: "预算", B1: "1,200" });
  it.each([
    ["SUM(D5:D6)", 50],
    ["SUM(D5,D6,5)", 55],
    ["D5+D6*2", 60],
    ["(D5+D6)/4", 12.5],
    ["-D6+$D$5", 30],
    ["ROUND(D5/3,2)", 13.33],
    ["D7*2", 100],
    ['"≥"&H9', "≥120"],
    ['"≥"&H9&"人"', "≥120人"],
    ["50%", 0.5],
    ["B1+0", 1200],
    ['"≥"&Z99', "≥"],
    ["Z99+1", 1],
  ])("%s → %p", (formula, expected) => {
    expect(evaluateFormula(formula, cells)).toEqual(expected);
  });

  it.each([
    "VLOOKUP(A1,B1:C9,2,FALSE)", // functions not modelled
    "Sheet2!A1+1", // other sheets
    "E1+1", // an error cell
    "D5/0", // #DIV/0!
    "A1*2", // text in arithmetic
    "SUM(A:A)", // a whole column
    "D5+", // not a formula
    "",
  ])("gives up on %p", (formula) => {
    expect(evaluateFormula(formula, cells)).toBeUndefined();
  });

  it("gives up on formulas that refer to each other in a cycle", () => {
    expect(evaluateFormula("A1+1", sheet({ A1: "=B1", B1: "=A1" }))).toBeUndefined();
  });
});
