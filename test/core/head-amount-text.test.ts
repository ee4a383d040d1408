/**
 * Head amounts and labels as officers' files write them (a probe through real .xlsx files): amounts with their unit in
 * a funds table's year columns, white space before a `label：value` cell, a label's own colon after it. Each must read
 * as its plain twin does (corpus syntax: `|` between cells, `<` merged left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const text = (f: Field | undefined) => (f ? f.text : "-");

function read(table: string) {
  const result = lintGrid(gridOf(table));
  const [t] = result.tables;
  return {
    head: { name: text(t.name), budget: text(t.budget), fiscal: text(t.fiscal), other: text(t.other) },
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

const ROWS = `一级指标|二级指标|三级指标|指标值|<
产出指标|数量指标|发放人数|≥50人|<
效益指标|社会效益指标|工资及时发放率|100%|<
满意度指标|服务对象满意度指标|职工满意度|≥90%|<
成本指标|经济成本指标|人员经费|≤250万元|<`;

describe("a funds table's year columns with amounts in 万元", () => {
  // `年初预算数 | 全年预算数`: the budget is the 全年 column's, and so are its parts.
  const funds = (total: string, fiscal: string) => `项目支出绩效自评表|<|<|<|<
项目名称|工资性支出|<|<|<
主管部门|某县发展和改革局|<|<|<
资金(万元)|年初预算数|全年预算数|全年执行数|执行率
年度资金总额|${total}
其中:财政拨款|${fiscal}
其他资金|0|0|0|
年度目标|保障工资及时足额发放|<|<|<
${ROWS}`;

  test("the parts are read in the budget's column, unit or not (no false budget-sum-mismatch)", () => {
    const plain = read(funds("200|250|250|100%", "200|250|250|100%"));
    const withUnit = read(funds("200万元|250万元|250万元|100%", "200万元|250万元|250万元|100%"));
    expect(plain.head).toMatchObject({ budget: "250", fiscal: "250" });
    expect(withUnit.head).toMatchObject({ budget: "250万元", fiscal: "250万元" });
    expect(withUnit.findings).toEqual(plain.findings);
    expect(withUnit.findings).not.toContain("B6 budget-sum-mismatch");
  });

  test("a 全年 part that does not add up is still found", () => {
    const table = funds("200万元|250万元|250万元|100%", "200万元|240万元|240万元|96%");
    expect(read(table).findings).toContain("C6 budget-sum-mismatch");
  });
});

describe("a `label：value` cell", () => {
  const head = (lead: string) => `绩效目标申报表|<|<|<
${lead}项目名称：某村养殖场建设项目|<|<|<
主管部门|某县民族事务委员会|实施单位|某县民族事务委员会
资金情况(万元)|${lead}年度资金总额:50万元|50|<
^|其中:财政拨款|50|<
^|其他资金|0|<
年度目标|建设养殖场一座|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|新建养殖场|1个
效益指标|社会效益指标|受益人口|≥170人
满意度指标|服务对象满意度指标|群众满意度|≥90%
成本指标|经济成本指标|建设成本|≤50万元`;

  test.each([
    ["two spaces", "  "],
    ["an ideographic space", "\u3000"],
  ])("opening with %s reads as without (the value after the colon)", (_, lead) => {
    const plain = read(head(""));
    const spaced = read(head(lead));
    expect(plain.head).toMatchObject({ name: "某村养殖场建设项目", budget: "50万元" });
    expect(spaced.head).toEqual(plain.head);
    expect(spaced.findings).toEqual(plain.findings);
  });

  test("a part's own colon after its label is no part of its amount (`其中:财政拨款:50万元`)", () => {
    const table = `绩效目标申报表|<|<|<
项目名称|某村养殖场建设项目|<|<
主管部门|某县民族事务委员会|<|<
年度资金总额:50万元|<|<|<
其中:财政拨款:50万元|<|<|<
其他资金:0|<|<|<
年度目标|建设养殖场一座|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|新建养殖场|1个`;
    expect(read(table).head).toMatchObject({ budget: "50万元", fiscal: "50万元", other: "0" });
  });

  test("a part's label and amount opening with a space, the parts repeated in an execution column: each part once", () => {
    // The probe's second pass: the span, counted in the cell's own text, had cut the trimmed label one character
    // late (`中央财政8`), and the execution column's part counted as a second one (a false budget-sum-mismatch).
    const funds = (lead: string) => `项目名称|普惠金融发展专项资金|<
资金情况(万元)|年度金额:208万元|合计:109.8万元
^|中央财政165万元|${lead}中央财政84.5万元
^|省级财政43万元|省级财政25.3万元
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|创业担保贷款发放额增长率|≥10%`;
    expect(read(funds(" ")).findings).toEqual(read(funds("")).findings);
    expect(read(funds(" ")).findings).not.toContain("B2 budget-sum-mismatch");
  });
});
