/**
 * A cell's text as the officer sees it in Excel: what every rule reads and quotes.
 */
import { cellText } from "../../src/core/grid/grid";

describe("cellText", () => {
  it.each<[number, string]>([
    // A formula's floating-point noise: Excel shows 15 significant digits.
    [100.00000000000001, "100"],
    [79.99999999999999, "80"],
    [0.1 + 0.2, "0.3"],
    [-0.30000000000000004, "-0.3"],
    // Numbers of 15 digits or fewer are as they are.
    [3.14, "3.14"],
    [170, "170"],
    [123456789012345, "123456789012345"],
  ])("%p → %s", (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  it("reads strings, booleans, blanks and errors", () => {
    expect(cellText("≥95%")).toBe("≥95%");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(null)).toBe("");
    expect(cellText({ error: "#VALUE!" })).toBe("#VALUE!");
  });
});
