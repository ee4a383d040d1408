/** The contract: parsing the grid of a built form table gives the builder's model. */
import { combineGrids } from "../../src/core/grid/compose";
import { locateTables } from "../../src/core/locate/locate";
import { parseTable } from "../../src/core/parse/parse";
import type { TargetTable } from "../../src/core/model/table";
import type { Grid } from "../../src/core/grid/grid";
import { buildFormTable, DEFAULT_INDICATORS, type FormSpec } from "../helpers/form-table";

function parseAll(grid: Grid): TargetTable[] {
  return locateTables(grid).map((l) => parseTable(grid, l));
}

describe("form layout: one table", () => {
  it.each(["merged", "once", "repeated"] as const)("level1Style %s parses to the builder's model", (level1Style) => {
    const { grid, table } = buildFormTable({ level1Style });
    expect(parseAll(grid)).toEqual([table]);
  });

  it.each([
    [0, 0],
    [5, 0],
    [0, 3],
    [12, 9],
  ])("at offset top %i left %i", (top, left) => {
    const { grid, table } = buildFormTable({ top, left });
    expect(parseAll(grid)).toEqual([table]);
  });

  it("reads blank head values as empty fields at the value cell", () => {
    const { grid, table } = buildFormTable({ code: null, budget: null, goal: "", name: null });
    const [parsed] = parseAll(grid);
    expect(parsed).toEqual(table);
    expect(parsed.budget).toMatchObject({ text: "", row: 3, col: 2 });
  });

  it("keeps numbers stored as text, real numbers and error cells", () => {
    const { grid, table } = buildFormTable({
      budget: "170.00",
      fiscal: { error: "#REF!" },
      indicators: [["产出指标", "数量指标", "租赁数量", "租赁数量", 17, { error: "#N/A" } as never]],
    });
    const [parsed] = parseAll(grid);
    expect(parsed).toEqual(table);
    expect(parsed.fiscal?.text).toBe("#REF!");
    expect(parsed.indicators[0].value?.text).toBe("17");
  });

  it("parses a table without indicators", () => {
    const { grid, table } = buildFormTable({ indicators: [] });
    expect(parseAll(grid)).toEqual([table]);
  });

  it("gives the sheet name to id and fields' table", () => {
    const { grid, table } = buildFormTable({ sheet: "表 2" });
    expect(parseAll(grid)).toEqual([table]);
    expect(table.id).toBe("表 2!A1");
  });
});

describe("form layout: many tables", () => {
  const specs: FormSpec[] = [
    { title: "1.甲工作经费绩效目标表", name: "甲工作经费", level1Style: "merged" },
    {
      title: "2.乙工作经费绩效目标表",
      name: "乙工作经费",
      level1Style: "once",
      indicators: DEFAULT_INDICATORS.slice(0, 3),
    },
    { title: "3.丙工作经费绩效目标表", name: "丙工作经费", level1Style: "repeated" },
  ];

  function stack(gap: number, sheet = "Sheet1") {
    let top = 0;
    return specs.map((s) => {
      const built = buildFormTable({ ...s, sheet, top });
      top = built.table.range.bottom + 1 + gap;
      return built;
    });
  }

  it.each([0, 1, 2, 5])("one below another with %i blank rows between", (gap) => {
    const built = stack(gap);
    const grid = combineGrids(
      "Sheet1",
      built.map((b) => b.grid),
    );
    expect(parseAll(grid)).toEqual(built.map((b) => b.table));
  });

  it("side by side", () => {
    const a = buildFormTable({ name: "左" });
    const b = buildFormTable({ name: "右", left: 8, indicators: DEFAULT_INDICATORS.slice(0, 2) });
    const c = buildFormTable({ name: "右下", left: 8, top: 14, level1Style: "once" });
    const grid = combineGrids("Sheet1", [a.grid, b.grid, c.grid]);
    expect(parseAll(grid)).toEqual([a.table, b.table, c.table]);
  });

  it("each sheet separately", () => {
    const one = stack(1, "一");
    const two = buildFormTable({ sheet: "二", top: 3, left: 2 });
    expect(
      parseAll(
        combineGrids(
          "一",
          one.map((b) => b.grid),
        ),
      ),
    ).toEqual(one.map((b) => b.table));
    expect(parseAll(combineGrids("二", [two.grid]))).toEqual([two.table]);
  });
});
