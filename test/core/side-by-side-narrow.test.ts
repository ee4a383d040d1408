/**
 * Two tables side by side with only one or two blank columns between them (a probe through real .xlsx files: the
 * corpus's tables placed in pairs). Each table must read as it does alone: its header ends at the gap, its head is
 * its own (corpus syntax: `|` between cells, `<` merged left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row}:${f.col}` : "-");

/** A table whose targets are by region, the group label merged over them, `绩效指标` merged down its rows. */
const REGIONS = [
  "专项转移支付绩效目标表(2023年度)|<|<|<|<|<|<|<",
  "项目名称|宗教管理经费|<|<|<|<|<|<",
  "资金情况(万元)|资金总额:|<|30|<|<|<|<",
  "^|其中:财政拨款|<|30|<|<|<|<",
  "^|其他资金|<|0|<|<|<|<",
  "总体目标|推进宗教活动场所规范化管理|<|<|<|<|<|<",
  "绩效指标|一级指标|二级指标|三级指标|指标解释|区域目标值|<|<",
  "^|^|^|^|^|新罗区|永定区|上杭县",
  "^|产出指标|数量指标|补助场所数量|反映补助场所数量|2个|3个|1个",
  "^|效益指标|社会效益指标|宗教领域和谐稳定|反映和谐稳定情况|稳定|稳定|稳定",
  "^|满意度指标|服务对象满意度指标|宗教界人士满意度|反映满意程度|≥90%|≥90%|≥90%",
  "^|成本指标|经济成本指标|补助标准|反映补助标准|≤10万元|≤10万元|≤10万元",
];

/** A table whose header names its places directly (no group label), its head's labels two to a row. */
const PLACES = [
  "2022年水利专项资金绩效目标表|<|<|<|<|<|<",
  "项目名称|水利专项资金|<|<|主管部门|某县水利局|<",
  "资金情况(万元)|资金总额|100|其中:财政拨款|100|其他资金|0",
  "总体目标|开展2个小型水利工程建设|<|<|<|<|<",
  "绩效指标|一级指标|二级指标|三级指标|指标解释|西坪镇|桃舟乡",
  "^|产出指标|数量指标|小型水利工程建设数量|反映工程建设数量|1个|1个",
  "^|效益指标|社会效益指标|灌溉条件|反映灌溉条件改善情况|有效改善|有效改善",
  "^|满意度指标|服务对象满意度指标|群众满意度|反映群众满意程度|≥90%|≥90%",
  "^|成本指标|经济成本指标|工程建设成本|反映工程成本|≤50万元|≤50万元",
];

/** A head with labels over values, `总体目标` merged down over `年度目标` and its text. */
const GOAL_DOWN = [
  "绩效目标申报表|<|<|<|<",
  "项目名称|养殖场基础设施建设项目|<|项目负责人|张三",
  "主管部门|某县民族事务委员会|<|实施单位|某县民族事务委员会",
  "资金情况 (万元)|年度资金总额|50|<|<",
  "^|其中:财政拨款|50|<|<",
  "总体目标|年度目标|<|<|<",
  "^|新建养殖场一处，带动农户增收。|<|<|<",
  "绩效指标|一级指标|二级指标|三级指标|指标值",
  "^|产出指标|数量指标|新建养殖场数量|≥1个",
  "^|效益指标|经济效益指标|带动农户增收|有效提升",
  "^|满意度指标|服务对象满意度指标|受益群众满意度|≥90%",
  "^|成本指标|经济成本指标|建设成本|≤50万元",
];

function width(rows: readonly string[]): number {
  return Math.max(...rows.map((r) => r.split("|").length));
}

/** `left` and `right` side by side, `gap` blank columns between, `right` moved `down` rows. */
function beside(left: readonly string[], right: readonly string[], gap: number, down = 0): string {
  const w = width(left);
  const lines: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length + down); i++) {
    const l = (left[i] ?? "").split("|");
    const cells = [...l, ...Array<string>(w - l.length).fill("")];
    const r = right[i - down];
    lines.push([...cells, ...Array<string>(gap).fill(""), ...(r !== undefined ? r.split("|") : [])].join("|"));
  }
  return lines.join("\n");
}

function read(text: string) {
  const result = lintGrid(gridOf(text));
  return {
    tables: result.tables.map((t) => `${t.id} ${at(t.name)} ${at(t.budget)} ${at(t.other)}`),
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

const alone = (rows: readonly string[]) => read(rows.join("\n"));

describe("two tables side by side, one or two blank columns between", () => {
  test("the tables alone read cleanly (the probe's controls)", () => {
    for (const rows of [REGIONS, PLACES, GOAL_DOWN]) expect(alone(rows).findings).toEqual([]);
  });

  test.each([1, 2])(
    "regions beside places, %i blank column(s): the places' `绩效指标` merged down is not a header cell of the left table's",
    (gap) => {
      // The places' header two rows above the regions' one, its `绩效指标` merged down past it.
      const { tables, findings } = read(beside(REGIONS, PLACES, gap));
      expect(tables).toEqual([
        "S!A1 宗教管理经费@1:1 30@2:3 0@4:3",
        `S!${String.fromCharCode(65 + 8 + gap)}1 水利专项资金@1:${9 + gap} 100@2:${10 + gap} 0@2:${14 + gap}`,
      ]);
      expect(findings).toEqual([]);
    },
  );

  test.each([1, 2])("places beside a head, %i blank column(s): the head's labels are no further places", (gap) => {
    const { tables, findings } = read(beside(PLACES, GOAL_DOWN, gap));
    expect(tables).toHaveLength(2);
    expect(findings).toEqual([]);
  });

  test("a head merged down and across left of the gap is no list export's field of the right table's header", () => {
    const { tables, findings } = read(beside(GOAL_DOWN, REGIONS, 1));
    expect(tables).toEqual(["S!A1 养殖场基础设施建设项目@1:1 50@3:2 -", "S!G1 宗教管理经费@1:7 30@2:9 0@4:9"]);
    expect(findings).toEqual([]);
  });

  test("both headers on one row: the right table's label column is not in the left header's band", () => {
    const { tables, findings } = read(beside(REGIONS, PLACES, 1, 2));
    expect(tables[0]).toBe("S!A1 宗教管理经费@1:1 30@2:3 0@4:3");
    expect(findings).toEqual([]);
  });
});
