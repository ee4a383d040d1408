/** Flat layout (budget-system export): the builder's contract and its variants. */
import type { Grid } from "../../src/core/grid/grid";
import { locateTables } from "../../src/core/locate/locate";
import { parseTable } from "../../src/core/parse/parse";
import { buildFlatTable, DEFAULT_FLAT_ROWS } from "../helpers/flat-table";
import { buildFormTable } from "../helpers/form-table";
import { combineGrids } from "../../src/core/grid/compose";

const parseAll = (grid: Grid) => locateTables(grid).map((l) => parseTable(grid, l));

describe("flat layout", () => {
  it("parses to the builder's model", () => {
    const { grid, table } = buildFlatTable();
    const parsed = parseAll(grid);
    expect(parsed).toEqual([table]);
    expect(parsed[0].layout).toBe("flat");
  });

  it("keeps the * columns as required fields, blank ones included", () => {
    const rows = DEFAULT_FLAT_ROWS.map((r) => [...r] as typeof r);
    rows[1][6] = "";
    const { grid, table } = buildFlatTable({ rows, budget: "28.80", other: null });
    const [parsed] = parseAll(grid);
    expect(parsed).toEqual(table);
    expect(parsed.indicators[1].required?.map((r) => [r.label, r.field.text])).toEqual([
      ["指标值", "95"],
      ["指标解释", ""],
      ["评(扣)分标准", "每低1%扣1分"],
    ]);
  });

  it("reads 预算数（元） as the money unit and 运算符号/指标值类型 columns", () => {
    const { grid } = buildFlatTable();
    grid.values[3][0] = "预算数（元）";
    grid.values[5][3] = "运算符号";
    grid.values[5][9] = "指标值类型";
    const [parsed] = parseAll(grid);
    expect(parsed.moneyUnit).toBe("元");
    expect(parsed.indicators[0].comparatorColumn?.text).toBe("≥");
    expect(parsed.indicators[0].valueType).toMatchObject({ text: "", col: 9 });
  });

  it("stands below a form table on the same sheet", () => {
    const form = buildFormTable();
    const flat = buildFlatTable();
    const shifted: Grid = { ...flat.grid, top: 20 };
    shifted.merges.forEach((m) => {
      m.top += 20;
      m.bottom += 20;
    });
    const grid = combineGrids("Sheet1", [form.grid, shifted]);
    const parsed = parseAll(grid);
    expect(parsed.map((t) => [t.layout, t.range.top, t.indicators.length])).toEqual([
      ["form", 0, 6],
      ["flat", 20, 6],
    ]);
  });
});
