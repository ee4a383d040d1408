/**
 * A head's merges exported unmerged with the text copied into each cell, some of them, as officers' files carry them
 * (a probe through real .xlsx files): a label left blank over its value copied across, a funds row whose label was
 * copied beside it while the next row's was left blank. Each must read as its merged twin does (corpus syntax: `|`
 * between cells, `<` merged left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row}:${f.col}` : "-");

function read(table: string) {
  const result = lintGrid(gridOf(table));
  const [t] = result.tables;
  return {
    head: { name: at(t.name), budget: at(t.budget), fiscal: at(t.fiscal), other: at(t.other) },
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

const ROWS = `年度绩效目标|完成城区主干道养护30公里。|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<
产出指标|数量指标|养护道路里程|≥30公里|<|<
成本指标|经济成本指标|养护成本|≤120万元|<|<
效益指标|社会效益指标|道路通行状况|明显改善|<|<
满意度指标|服务对象满意度指标|群众满意度|≥90%|<|<`;

describe("labels over values, a label's merge split with its value copied", () => {
  const names = (labels: string, values: string) => `项目支出绩效目标表|<|<|<|<|<
${labels}
${values}
${ROWS}`;

  test("the name below its label, copied across the label's blank cell (no false 项目名称为空)", () => {
    const merged = read(names("项目名称|<|主管部门|<|实施单位|<", "城区道路养护|<|XX市住建局|<|XX市市政处|<"));
    const copied = read(
      names("项目名称||主管部门|<|实施单位|<", "城区道路养护|城区道路养护|XX市住建局|<|XX市市政处|<"),
    );
    expect(copied.head.name).toBe("城区道路养护@2:0");
    expect(copied.findings).toEqual(merged.findings);
  });

  test("another text under the blank cell is no copy: the name is not taken from under the label", () => {
    const { head } = read(names("项目名称||主管部门|<|实施单位|<", "城区道路养护|资产类|XX市住建局|<|XX市市政处|<"));
    expect(head.name).not.toBe("城区道路养护@2:0");
  });

  test("the funds below their labels, each copied across (no false 预算数为空)", () => {
    const copied = read(names("资金总额（万元）||财政拨款||其他资金|", "300|300|250|250|50|50"));
    expect(copied.head).toMatchObject({ budget: "300@2:0", fiscal: "250@2:2", other: "50@2:4" });
    expect(copied.findings).toEqual([]);
  });
});

describe("a funds row's label copied beside it, the next row's left blank", () => {
  const funds = (budgetRow: string, fiscalRow: string) => `项目支出绩效目标申报表|<|<|<|<|<
项目名称|物业管理|<|<|<|<
${budgetRow}
${fiscalRow}
^|其他资金|<|0||
${ROWS}`;

  test("the part is read in the amounts' column, not in the blank cell (no false budget-sum-mismatch)", () => {
    const merged = read(funds("项目资金(万元)|年度资金总额:|<|120||", "^|其中:财政拨款|<|120||"));
    const mixed = read(funds("项目资金(万元)|年度资金总额:|年度资金总额:|120||", "^|其中:财政拨款||120||"));
    expect(mixed.head).toMatchObject({ budget: "120@2:3", fiscal: "120@3:3" });
    expect(mixed.findings).toEqual(merged.findings);
    expect(mixed.findings).toEqual([]);
  });

  test("a part that does not add up is still found", () => {
    const mixed = read(funds("项目资金(万元)|年度资金总额:|年度资金总额:|120||", "^|其中:财政拨款||100||"));
    expect(mixed.findings).toContain("D4 budget-sum-mismatch");
  });
});

describe("a label no name ends as, at the row's end", () => {
  test("`项目负责人` ending a row of labels is the next label, not the 实施单位's value", () => {
    const t = lintGrid(
      gridOf(`项目支出绩效目标表|<|<|<|<|<
主管部门||实施单位||项目负责人|<
XX县水利局||XX县农村供水站|<|张三|<
${ROWS}`),
    ).tables[0];
    expect(at(t.unit)).toBe("XX县农村供水站@2:2");
  });
});

describe("a name that ends as a label only does, merged to the row's end (the session's review)", () => {
  test("`城区道路养护项目负责人` is the name, not a label", () => {
    const t = lintGrid(
      gridOf(`项目支出绩效目标表|<|<|<|<
项目名称||<|城区道路养护项目负责人|<
主管部门|XX局|<|实施单位|XX中心
项目资金(万元)|年度资金总额|100|<|<
^|其中:财政拨款|80|<|<
^|其他资金|20|<|<
年度总体目标|完成城区道路养护50公里|<|<|<
绩效指标|一级指标|二级指标|三级指标|指标值
^|产出指标|数量指标|道路养护里程|≥50公里
^|^|质量指标|养护合格率|≥95%
^|^|时效指标|完成时间|2024年12月底前
^|成本指标|经济成本指标|养护成本|≤100万元
^|效益指标|社会效益指标|道路通行状况|明显改善
^|满意度指标|服务对象满意度指标|群众满意度|≥90%`),
    ).tables[0];
    expect(at(t.name)).toBe("城区道路养护项目负责人@1:3");
  });
});
