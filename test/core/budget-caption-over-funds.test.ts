/**
 * A budget caption over a funds table of its own (`预算数（万元）` over `合计 | 财政拨款 | 其他资金` over the amounts),
 * merged across the labels or left unmerged: the budget is the amount under `合计`; over sources only it is their
 * sum, stated nowhere and not missing (corpus syntax: `|` between cells, `<` merged left).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row}:${f.col}` : "-");

function read(table: string) {
  const result = lintGrid(gridOf(table));
  const [t] = result.tables;
  return {
    head: { budget: at(t.budget), fiscal: at(t.fiscal), other: at(t.other) },
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

const ROWS = `一级指标|二级指标|三级指标|指标值|<|<
产出指标|数量指标|培训人次|≥300人次|<|<
效益指标|社会效益指标|技能水平|有效提升|<|<
满意度指标|服务对象满意度指标|学员满意度|≥90%|<|<
成本指标|经济成本指标|培训经费|≤100万元|<|<`;

const table = (caption: string, labels: string, amounts: string) => `2024年项目支出绩效目标表|<|<|<|<|<
项目名称|职业技能培训|<|<|<|<
主管部门|某局|实施单位|某中心|<|<
${caption}
${labels}
${amounts}
总体目标|完成职业技能培训|<|<|<|<
${ROWS}`;

const LABELS = "合计|财政拨款|其他资金|||";

describe("a budget caption over 合计 and the sources", () => {
  test.each([
    ["unmerged", "预算数（万元）|||||"],
    ["merged over the labels", "预算数（万元）|<|<|||"],
    ["merged across the table", "预算数（万元）|<|<|<|<|<"],
  ])("%s: the budget is the amount under 合计 (no false 预算数为空)", (_, caption) => {
    const { head, findings } = read(table(caption, LABELS, "100|80|20|||"));
    expect(head).toEqual({ budget: "100@5:0", fiscal: "80@5:1", other: "20@5:2" });
    expect(findings.filter((f) => / (field-missing|budget-sum-mismatch)$/.test(f))).toEqual([]);
  });

  test("合计 left blank: the budget is missing there", () => {
    expect(read(table("预算数（万元）|||||", LABELS, "|80|20|||")).findings).toContain("A6 field-missing");
  });

  test("a total the sources do not add up to is still found", () => {
    expect(read(table("预算数（万元）|||||", LABELS, "90|80|20|||")).findings).toContain("B6 budget-sum-mismatch");
  });

  test("a caption with its amount beside it keeps that amount", () => {
    const { head } = read(table("预算数（万元）|100||||", "财政拨款|其他资金||||", "80|20||||"));
    expect(head.budget).toBe("100@3:1");
  });
});

describe("a budget caption over the sources only", () => {
  test("the budget is their sum: no 预算数为空", () => {
    const { head, findings } = read(table("预算数（万元）|||||", "财政拨款|其他资金||||", "80|20||||"));
    expect(head).toEqual({ budget: "-", fiscal: "80@5:0", other: "20@5:1" });
    expect(findings.filter((f) => f.endsWith("field-missing"))).toEqual([]);
  });

  test("a source left blank leaves the caption's blank budget reported", () => {
    expect(read(table("预算数（万元）|||||", "财政拨款|其他资金||||", "80|||||")).findings).toContain(
      "B4 field-missing",
    );
  });
});

describe("a budget label with a blank value cell of its own over the sources (the session's review)", () => {
  test("its merged value cell is where the budget is missing: 预算数为空 is reported", () => {
    const { findings } = read(table("预算数（万元）||<|<|<|<", "财政拨款|其他资金||||", "80|20||||"));
    expect(findings).toContain("B4 field-missing");
  });
});
