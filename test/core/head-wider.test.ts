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
