/**
 * A head written as a row of labels over a row of values (`项目名称 | 项目分类 | 主管部门` over `城区道路养护 | 资产资源类 |
 * XX局`), one label (`项目分类`) a word the head words do not know: the layout, not the word, makes it a label, and
 * each label's value is the cell below it. Rows of pairs (`项目名称 | 生活垃圾分类 | 主管部门 | XX局`) read as before
 * (corpus syntax: `|` between cells, `<` merged left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row + 1},${f.col + 1}` : "-");

function read(table: string) {
  const result = lintGrid(gridOf(table));
  const [t] = result.tables;
  return {
    name: at(t.name),
    unit: at(t.unit),
    code: at(t.code),
    budget: at(t.budget),
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

const TITLE = "项目支出绩效目标表|<|<|<|<";
const GOAL = "年度绩效目标|完成城区道路养护任务，保障道路通行。|<|<|<";
const ROWS = `一级指标|二级指标|三级指标|指标值|<
产出指标|数量指标|养护道路里程|≥10公里|<
产出指标|质量指标|验收合格率|≥95%|<
产出指标|时效指标|完成时间|2024年12月底前|<
成本指标|经济成本指标|养护成本|≤100万元|<
效益指标|社会效益指标|道路通行状况|明显改善|<
满意度指标|服务对象满意度指标|群众满意度|≥90%|<`;

const table = (...head: string[]) => [TITLE, ...head, GOAL, ROWS].join("\n");

describe("labels over values: a label the head words do not know between labels", () => {
  test("the name is the cell under 项目名称, not the unknown label beside it", () => {
    const read1 = read(table("项目名称|项目分类|主管部门|实施单位|预算数", "城区道路养护|资产资源类|XX局|XX中心|100"));
    expect(read1.name).toBe("城区道路养护@3,1");
    expect(read1.unit).toBe("XX中心@3,4");
    expect(read1.budget).toBe("100@3,5");
    expect(read1.findings).toEqual([]);
  });

  test("several rows of labels over values: each label reads the cell below it", () => {
    const { name, code, findings } = read(
      table(
        "项目名称|项目分类|主管部门|实施单位|<",
        "城区道路养护|资产资源类|XX局|XX中心|<",
        "项目编码|项目期限|预算数|财政拨款|其他资金",
        "123456789|2024年|100|80|20",
      ),
    );
    expect(name).toBe("城区道路养护@3,1");
    expect(code).toBe("123456789@5,1");
    expect(findings).toEqual([]);
  });

  test("a label the words do not know last on the row (`实施单位 | 项目分类`): the unit is below 实施单位", () => {
    const { name, unit } = read(
      table("项目名称|主管部门|实施单位|项目分类|预算数", "城区道路养护|XX局|XX中心|资产资源类|100"),
    );
    expect(name).toBe("城区道路养护@3,1");
    expect(unit).toBe("XX中心@3,3");
  });

  test("labels merged down over a two-row head, `预算数` over its sources: the name under 项目名称", () => {
    const { name, budget, findings } = read(`项目支出绩效目标表|<|<|<|<|<
项目名称|项目分类|主管部门|预算数|<|<
^|^|^|合计|财政拨款|其他资金
城区道路养护|资产资源类|XX局|100|80|20
年度绩效目标|完成城区道路养护任务，保障道路通行。|<|<|<|<
${ROWS.replace(/\|<$/gm, "|<|<")}`);
    expect(name).toBe("城区道路养护@4,1");
    expect(budget).toBe("100@4,4");
    expect(findings).toEqual([]);
  });

  test("a blank name under 项目名称 is reported there by field-missing", () => {
    const { name, findings } = read(table("项目名称|项目分类|主管部门|实施单位|预算数", "|资产资源类|XX局|XX中心|100"));
    expect(name).toBe("@3,1");
    expect(findings).toEqual(["A3 field-missing"]);
  });
});

describe("labels over values: rows of pairs read as before", () => {
  test("`项目名称 | 某项目 | 主管部门 | XX局`: the name beside its label", () => {
    const { name, unit, findings } = read(
      table("项目名称|城区道路养护|主管部门|XX局|<", "预算数|100|实施单位|XX中心|<"),
    );
    expect(name).toBe("城区道路养护@2,2");
    expect(unit).toBe("XX中心@3,4");
    expect(findings).toEqual([]);
  });

  test("a name that ends like a label (`生活垃圾分类`) in a row of pairs stays the name", () => {
    const { name, findings } = read(table("项目名称|生活垃圾分类|主管部门|XX局|<", "预算数|100|实施单位|XX中心|<"));
    expect(name).toBe("生活垃圾分类@2,2");
    expect(findings).toEqual([]);
  });

  test("pairs over pairs whose labels the words do not know (`建设地点 | 城区`): the name beside its label", () => {
    const { name, findings } = read(
      table("项目名称|生活垃圾分类|主管部门|XX局|<", "建设地点|城区|审核意见|同意|<", "预算数|100|<|<|<"),
    );
    expect(name).toBe("生活垃圾分类@2,2");
    expect(findings).toEqual([]);
  });

  test("the next label's value left blank, a known label under it: the name beside its label", () => {
    const { name, findings } = read(table("项目名称|生活垃圾分类|主管部门||<", "建设地点|城区|预算数|100|<"));
    expect(name).toBe("生活垃圾分类@2,2");
    expect(findings).toEqual([]);
  });

  test("the next label's value left blank, labels on the row below: the name beside its label", () => {
    const { name } = read(
      table("项目名称|生活垃圾分类|主管部门||<", "项目负责人|张三|联系电话|123|<", "预算数|100|<|<|<"),
    );
    expect(name).toBe("生活垃圾分类@2,2");
  });

  test("the next label's value left blank, a text merged across the row below: the name beside its label", () => {
    const { name } = read(table("项目名称|生活垃圾分类|主管部门||<", "预算数|100|<|<|<"));
    expect(name).toBe("生活垃圾分类@2,2");
  });

  test("a pair, then labels over values, nothing under the name: the name beside its label, no field-missing", () => {
    const { name, findings } = read(
      table("项目名称|城区道路养护|主管部门|实施单位|<", "||XX局|XX中心|<", "预算数|100|<|<|<"),
    );
    expect(name).toBe("城区道路养护@2,2");
    expect(findings).toEqual([]);
  });

  test("a pair, then labels over values, a label under the name's label (`项目编码`): the name beside its label", () => {
    const { name, code } = read(
      table("项目名称|生活垃圾分类|主管部门|实施单位|<", "项目编码|123456789|XX局|XX中心|<", "预算数|100|<|<|<"),
    );
    expect(name).toBe("生活垃圾分类@2,2");
    expect(code).toBe("123456789@3,2");
  });

  test("a name merged down two rows beside a label one row tall: the name, no field-missing", () => {
    const { name, findings } = read(
      table("项目名称|城区道路养护|主管部门|实施单位|<", "|^|XX局|XX中心|<", "预算数|100|<|<|<"),
    );
    expect(name).toBe("城区道路养护@2,2");
    expect(findings).toEqual([]);
  });

  // The session's review: the other pair's value a head word (`资金来源 | 财政拨款`) or blank, unknown labels under the
  // pairs: the name had been read as `项目级次`, `建设地点`, or "项目名称为空" given where a value row is split.
  test.each([
    [["项目名称|城区道路养护|资金来源|财政拨款|", "项目级次|县级|项目阶段|实施阶段|"]],
    [["项目名称|城区道路养护|主管部门||", "建设地点|城区|审核意见|同意|"]],
  ])("pairs over pairs, the other pair's value a head word or blank: the name beside its label", (head) => {
    expect(read(table(...head)).name).toBe("城区道路养护@2,2");
  });

  test("a name split onto the row below by a conversion: no field-missing for a text that is no label", () => {
    const read1 = read(table("项目名称|城区道路养护|主管部门|实施单位|预算数", "|城区|XX局|XX中心|100"));
    expect(read1.findings).not.toContain("A3 field-missing");
  });

  test("a name with figures beside 项目名称 (`2024年道路养护`) stays the name", () => {
    const { name } = read(
      table("项目名称|2024年道路养护|主管部门|实施单位|<", "某某|资产资源类|XX局|XX中心|<", "预算数|100|<|<|<"),
    );
    expect(name).toBe("2024年道路养护@2,2");
  });
});
