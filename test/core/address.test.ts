import { parseA1, parseRangeA1, rangeToA1, toA1 } from "../../src/core/grid/address";

describe("A1 addresses", () => {
  it.each([
    [0, 0, "A1"],
    [11, 6, "G12"],
    [0, 25, "Z1"],
    [0, 26, "AA1"],
    [99, 701, "ZZ100"],
    [0, 702, "AAA1"],
  ])("row %i col %i is %s and back", (row, col, a1) => {
    expect(toA1(row, col)).toBe(a1);
    expect(parseA1(a1)).toEqual({ row, col });
  });

  it("accepts $ and sheet prefixes, rejects junk", () => {
    expect(parseA1("$B$3")).toEqual({ row: 2, col: 1 });
    expect(parseA1("'表 1'!C4")).toEqual({ row: 3, col: 2 });
    expect(parseA1("B0")).toBeUndefined();
    expect(parseA1("12")).toBeUndefined();
  });

  it("round-trips ranges", () => {
    expect(parseRangeA1("C4:A1")).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
    expect(rangeToA1({ top: 0, left: 0, bottom: 3, right: 2 })).toBe("A1:C4");
    expect(rangeToA1({ top: 5, left: 1, bottom: 5, right: 1 })).toBe("B6");
  });
});
