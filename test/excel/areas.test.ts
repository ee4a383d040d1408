/** Excel's multi-area addresses read back into rectangles, whatever the sheet is called. */
import { parseAreas } from "../../src/excel/areas";

const r = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe("parseAreas", () => {
  test.each([
    ["plain names, Excel's comma and space", "Sheet1!A1:B2, Sheet1!D4:D5", [r(0, 0, 1, 1), r(3, 3, 4, 3)]],
    ["a quoted name with a space", "'我的 表'!A1:G20", [r(0, 0, 19, 6)]],
    ["a name holding a comma and a cell-like word", "'D7,表'!A1:B2", [r(0, 0, 1, 1)]],
    ["a name holding ! and a doubled quote", "'a!B2,c''s'!C3:D4, 'a!B2,c''s'!F6", [r(2, 2, 3, 3), r(5, 5)]],
    ["a single cell", "表1!C3", [r(2, 2)]],
    ["absolute forms", "'我的 表'!$A$1:$B$2,$C$3", [r(0, 0, 1, 1), r(2, 2)]],
    ["no sheet", "A1:B2,C3", [r(0, 0, 1, 1), r(2, 2)]],
  ])("%s", (_what, address, areas) => {
    expect(parseAreas(address)).toEqual(areas);
  });
});
