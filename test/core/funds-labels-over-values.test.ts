/**
 * Funds written as labels over their amounts beside a caption merged down (`项目资金（万元）` down beside `年度资金总额`
 * over `800`), and two sets of the same labels side by side (`其中：财政拨款` over each of 实施期 and 年度): each amount
 * is read under its own label (a probe of other provinces' templates; corpus syntax: `|` between cells, `<` merged
 * left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row}:${f.col}` : "-");

const ROWS = `绩效目标|开展职业技能培训。|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人次|≥500人次|计划标准
成本指标|经济成本指标|人均培训补贴|≤1800元/人|预算支出标准
效益指标|社会效益指标|就业率|≥60%|历史标准
满意度指标|服务对象满意度指标|学员满意度|≥90%|历史标准`;

function read(funds: string) {
  const result = lintGrid(
    gridOf(`项目支出绩效目标表（2023年度）|<|<|<|<
项目名称|职业技能培训|<|<|<
${funds}
${ROWS}`),
  );
  const [t] = result.tables;
  return {
    head: { budget: at(t.budget), fiscal: at(t.fiscal), other: at(t.other) },
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

describe("a funds label over its amount beside a caption merged down", () => {
  test("the total alone (no false 预算数为空)", () => {
    const { head, findings } = read(`项目资金（万元）|年度资金总额|<|<|<
^|800|<|<|<`);
    expect(head.budget).toBe("800@3:1");
    expect(findings).toEqual([]);
  });

  test("the total, then the sources as labels over values", () => {
    const { head, findings } = read(`项目资金（万元）|年度资金总额|<|<|<
^|800|<|<|<
^|其中：财政拨款|其他资金|<|<
^|800|0|<|<`);
    expect(head).toEqual({ budget: "800@3:1", fiscal: "800@5:1", other: "0@5:2" });
    expect(findings).toEqual([]);
  });

  test("the total left blank is still missing", () => {
    expect(
      read(`项目资金（万元）|年度资金总额|<|<|<
^||<|<|<`).findings,
    ).toContain("B4 field-missing");
  });
});

describe("two sets of the same labels side by side, each merged", () => {
  const funds = (other: string) => `项目资金（万元）|实施期资金总额|<|年度资金总额|<
^|2400|<|800|<
^|其中：财政拨款|<|其中：财政拨款|<
^|2400|<|800|<
^|其他资金|<|其他资金|<
^|0|<|${other}|<`;

  test("each set's part is read under its own label (no false budget-sum-mismatch)", () => {
    const { head, findings } = read(funds("0"));
    expect(head).toEqual({ budget: "800@3:3", fiscal: "800@5:3", other: "0@7:3" });
    expect(findings).toEqual([]);
  });

  test("a year's part that does not add up is still found", () => {
    expect(read(funds("100")).findings).toContain("D6 budget-sum-mismatch");
  });
});
