/** The CLI's reader gives the columns a sheet hides, as it gives the rows: the core reads the table without them. */
import { lintGrid } from "../../src/core/lint/lint";
import { readXlsx } from "../../src/xlsx/read-xlsx";
import { buildXlsx, type RawSheet } from "./helpers/raw-xlsx";

function read(sheet: Partial<RawSheet>) {
  const result = readXlsx(buildXlsx({ sheets: [{ name: "S", rows: [["项目名称", "甲"]], ...sheet }] }));
  if (!result.ok) throw new Error(result.reason);
  return result.grids[0];
}

describe("readXlsx: hidden columns", () => {
  it("lists the columns a sheet hides, absolute and ascending, and none where it hides none", () => {
    const rows = [["项目名称", "序号", "道路养护", "备注", "甲"]];
    const cols =
      '<cols><col min="2" max="2" hidden="1"/><col min="3" max="3" width="20"/><col min="4" max="4" hidden="1"/></cols>';
    const grid = read({ rows, cols });
    expect(grid.hiddenColumns).toEqual([1, 3]);
    expect(grid.values[0]).toEqual(["项目名称", null, "道路养护", null, "甲"]);
    expect(read({ rows }).hiddenColumns).toBeUndefined();
  });

  it("leaves out a hidden column that holds nothing: a spacer between two tables side by side still parts them", () => {
    const one = (name: string, value: string) => [
      ["项目名称", name, null, null],
      ["年度目标", `完成${name}`, null, null],
      ["一级指标", "二级指标", "三级指标", "指标值"],
      ["产出指标", "数量指标", "养护里程", value],
      ["效益指标", "社会效益指标", "通行条件", "有效改善"],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
      ["成本指标", "经济成本指标", "养护成本", "≤50万元"],
    ];
    const left = one("道路养护", "≥10公里");
    const right = one("桥梁维修", "");
    const rows = left.map((line, r) => [...line, null, ...right[r]]);
    const merges = ["B1:D1", "B2:D2", "G1:I1", "G2:I2"];
    const grid = read({ rows, merges, cols: '<cols><col min="5" max="5" hidden="1"/></cols>' });
    expect(grid.hiddenColumns).toBeUndefined();
    const result = lintGrid(grid);
    expect(result.tables.map((t) => `${t.id} ${t.name?.text}`)).toEqual(["S!A1 道路养护", "S!F1 桥梁维修"]);
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["I4 value-missing"]);
  });

  it("gives a table whose 序号 column is hidden, read as shown: the goal beside its label, no finding", () => {
    const rows = [
      ["项目名称", "序号", "道路养护", null, null, null],
      ["主管部门", null, "某县交通局", null, null, null],
      ["年度总体目标", null, "预期目标", null, "实际完成情况", null],
      [null, null, "完成道路养护10公里", null, "已完成", null],
      ["一级指标", "序号", "二级指标", "三级指标", "年度指标值", "实际完成值"],
      ["产出指标", 1, "数量指标", "养护里程", "≥10公里", "12公里"],
      ["效益指标", 2, "社会效益指标", "通行条件", "有效改善", "改善"],
      ["满意度指标", 3, "服务对象满意度指标", "群众满意度", "≥90%", "95%"],
      ["成本指标", 4, "经济成本指标", "养护成本", "≤50万元", "48万元"],
    ];
    const merges = ["C1:F1", "C2:F2", "A3:A4", "C3:D3", "E3:F3", "C4:D4", "E4:F4"];
    const grid = read({ rows, merges, cols: '<cols><col min="2" max="2" hidden="1"/></cols>' });
    const result = lintGrid(grid);
    expect(result.tables[0].goal).toMatchObject({ text: "完成道路养护10公里", row: 3, col: 2 });
    expect(result.diagnostics).toEqual([]);
  });
});
