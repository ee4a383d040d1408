/**
 * A head wider than the indicator header (`资金总额 | 100 | 财政拨款 | 80 | 其他资金 | 20` over four indicator columns):
 * the head's own columns right of the header's are the table's, up to a column blank on every head row, which parts
 * it from a table beside (corpus syntax: `|` between cells, `<` merged left).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row}:${f.col}` : "-");

const table = (name: string, budget: number, fiscal: number) => [
  "2024年项目支出绩效目标表|<|<|<|<|<",
  `项目名称|${name}|<|主管部门|某局|<`,
  `资金总额（万元）|${budget}|财政拨款|${fiscal}|其他资金|20`,
  "总体目标|完成职业技能培训|<|<||",
  "一级指标|二级指标|三级指标|指标值||",
  "产出指标|数量指标|培训人次|≥300人次||",
  "效益指标|社会效益指标|技能水平|有效提升||",
  "满意度指标|服务对象满意度指标|学员满意度|≥90%||",
  "成本指标|经济成本指标|培训经费|≤100万元||",
];

function read(text: string) {
  const result = lintGrid(gridOf(text));
  return {
    tables: result.tables.map((t) => ({ right: t.range.right, other: at(t.other) })),
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

describe("a head wider than the indicator header", () => {
  test("its right-hand columns are read: 其他资金 is found, no false budget-sum-mismatch", () => {
    const { tables, findings } = read(table("某项目", 100, 80).join("\n"));
    expect(tables).toEqual([{ right: 5, other: "20@2:5" }]);
    expect(findings).toEqual([]);
  });

  test("a sum that fails with the part read is still found", () => {
    expect(read(table("某项目", 110, 80).join("\n")).findings).toContain("D3 budget-sum-mismatch");
  });

  test.each([1, 3])("a table beside it, %i blank column(s) between, stays apart", (gap) => {
    const left = table("某项目", 100, 80);
    const right = table("另一项目", 150, 130);
    const text = left.map((line, i) => `${line}${"|".repeat(gap + 1)}${right[i]}`).join("\n");
    const { tables, findings } = read(text);
    expect(tables).toEqual([
      { right: 5, other: "20@2:5" },
      { right: 11 + gap, other: `20@2:${11 + gap}` },
    ]);
    expect(findings).toEqual([]);
  });
});

describe("text beside the head that takes no column (the session's review)", () => {
  // 附件2 on the title row, a stamp or a note beside a row: no head label, no value right after one.
  test("a published-empty table with 附件2 beside its title stays published empty", () => {
    const text = `项目支出绩效目标表|<|<|<|<|附件2
项目名称||<|<|<|
主管部门||<|实施单位||
项目资金(万元)|年度资金总额||<|<|
^|其中:财政拨款||<|<|
^|其他资金||<|<|
年度总体目标||<|<|<|
绩效指标|一级指标|二级指标|三级指标|指标值|
^|产出指标|数量指标||
^|^|质量指标||
^|^|时效指标||
^|效益指标|社会效益指标||
^|满意度指标|服务对象满意度指标||
注：本单位无项目支出，本表为空表。|<|<|<|<|`;
    expect(lintGrid(gridOf(text)).diagnostics).toEqual([]);
  });

  test("a stamp beside a blank name is no name: 项目名称为空 is still reported", () => {
    const text = `项目支出绩效目标表|<|<|<|<|
项目名称||<|<|<|（单位盖章）
主管部门|XX局|<|实施单位|XX中心|
项目资金(万元)|年度资金总额|100|<|<|
^|其中:财政拨款|80|<|<|
^|其他资金|20|<|<|
年度总体目标|完成城区道路养护50公里|<|<|<|
绩效指标|一级指标|二级指标|三级指标|指标值|
^|产出指标|数量指标|道路养护里程|≥50公里|
^|^|质量指标|养护合格率|≥95%|
^|^|时效指标|完成时间|2024年12月底前|
^|^|成本指标|养护成本|≤100万元|
^|效益指标|社会效益指标|道路通行状况|明显改善|
^|满意度指标|服务对象满意度指标|群众满意度|≥90%|`;
    expect(read(text).findings).toContain("B2 field-missing");
  });

  test("a stamp at the end of the goal's label row: the goal is the text below, no placeholder", () => {
    const text = `项目支出绩效目标表|<|<|<|<|
项目名称|城区道路养护|<|<|<|
主管部门|XX局|<|实施单位|XX中心|
项目资金(万元)|年度资金总额|100|<|<|
^|其中:财政拨款|80|<|<|
^|其他资金|20|<|<|
年度总体目标|||||（单位盖章）
完成城区道路养护50公里|<|<|<|<|
绩效指标|一级指标|二级指标|三级指标|指标值|
^|产出指标|数量指标|道路养护里程|≥50公里|
^|^|质量指标|养护合格率|≥95%|
^|^|时效指标|完成时间|2024年12月底前|
^|成本指标|经济成本指标|养护成本|≤100万元|
^|效益指标|社会效益指标|道路通行状况|明显改善|
^|满意度指标|服务对象满意度指标|群众满意度|≥90%|`;
    const result = lintGrid(gridOf(text));
    expect(result.tables[0].goal?.text).toBe("完成城区道路养护50公里");
    expect(result.diagnostics).toEqual([]);
  });

  test("a table touching this one with no blank column: its head and rows are its own", () => {
    const text = `项目支出绩效目标表|<|<|<|<|项目支出绩效目标表|<|<|<|<
项目名称|城区道路养护|<|<|<|项目名称|农村公路养护|<|<|<
主管部门|XX局|<|实施单位|XX中心|主管部门|YY局|<|实施单位|YY中心
项目资金(万元)|年度资金总额|100|<|<|项目资金(万元)|年度资金总额|300|<|<
^|其中:财政拨款|80|<|<|^|其中:财政拨款|300|<|<
^|其他资金|20|<|<|^|其他资金||<|<
年度总体目标|完成城区道路养护50公里|<|<|<|年度总体目标|完成农村公路养护80公里|<|<|<
绩效指标|一级指标|二级指标|三级指标|指标值|绩效指标|一级指标|二级指标|三级指标|指标值
^|产出指标|数量指标|道路养护里程|≥50公里|^|产出指标|数量指标|道路养护里程|≥80公里
^|^|质量指标|养护合格率|≥95%|^|^|质量指标|养护合格率|≥95%
^|^|时效指标|完成时间|2024年12月底前|^|^|时效指标|完成时间|2024年12月底前
^|^|成本指标|养护成本|≤100万元|^|^|成本指标|养护成本|≤300万元
^|效益指标|社会效益指标|道路通行状况|明显改善|^|效益指标|社会效益指标|道路通行状况|明显改善
^|满意度指标|服务对象满意度指标|群众满意度|≥90%|^|满意度指标|服务对象满意度指标|群众满意度|≥90%`;
    const { tables } = read(text);
    expect(tables.map((t) => t.right)).toEqual([5, 9]);
  });
});
