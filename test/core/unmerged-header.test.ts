/**
 * An indicator header whose merges an export or a web copy lost: a two-row header's group label written once over
 * blank cells (`预期指标值 | | ` over `符号 | 数值 | 单位`), its other cells blank under them instead of merged down,
 * or `一级指标` written over a caption column and the 一级 column without the merge. Each is read as its merged twin
 * is; a data row right under a header stays a data row.
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field, Indicator } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const text = (f: Field | undefined) => (f ? f.text : "-");

function describeRow(i: Indicator): string {
  const targets = i.periodValue || i.annualValue ? `P:${text(i.periodValue)} A:${text(i.annualValue)}` : text(i.value);
  const regions = i.regionValues?.length ? ` +${i.regionValues.map(text).join(",")}` : "";
  return `${text(i.level1)} | ${text(i.level2)} | ${text(i.name)} | ${targets}${regions}`;
}

const read = (table: string) => {
  const result = lintGrid(gridOf(table));
  return {
    rows: result.tables.flatMap((t) => t.indicators.map(describeRow)),
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
    layouts: result.tables.map((t) => t.layout),
  };
};

const ALLOWANCE = `项目名称|高龄津贴|<|<|<|<|<
预算数|6.84|<|<|<|<|<
年度目标|发放高龄津贴|<|<|<|<|<`;

const ALLOWANCE_ROWS = `产出指标|质量指标|申报对象覆盖率|>=|98|%|100%
效益指标|社会效益指标|补贴发放率|>=|75|%|100%
满意度指标|服务对象满意度指标|服务对象满意度|>=|95|%|100%
成本指标|经济成本指标|津贴发放成本|<=|6.84|万元|6.84万元`;

/** The sign written `>=`/`<=` in the 符号 column: the one finding per row of every variant. */
const SIGN_FINDINGS = ["D6 unit-nonstandard", "D7 unit-nonstandard", "D8 unit-nonstandard", "D9 unit-nonstandard"];

describe("reading: a two-row header whose group label lost its merge (`预期指标值 | | ` over `符号 | 数值 | 单位`)", () => {
  const merged = read(`${ALLOWANCE}
一级指标|二级指标|三级指标|预期指标值|<|<|完成值
^|^|^|符号|数值|单位|^
${ALLOWANCE_ROWS}`);

  test("the merged twin: the sign, number and unit columns read, the 完成值 column past", () => {
    expect(merged.findings).toEqual(SIGN_FINDINGS);
    expect(merged.layouts).toEqual(["flat"]);
  });

  test.each([
    ["the header cells merged down", "^|^|^|符号|数值|单位|^"],
    ["the header cells blank under", "|||符号|数值|单位|"],
    ["a blank sub-header cell in the group (`符号 | | 单位`)", "^|^|^|符号||单位|^"],
    ["the header cells' text written again under them", "一级指标|二级指标|三级指标|符号|数值|单位|完成值"],
  ])("%s: read as the merged one, no level1-unknown on 一级指标 nor the sign as the value", (_, sub) => {
    const blank = read(`${ALLOWANCE}
一级指标|二级指标|三级指标|预期指标值|||完成值
${sub}
${ALLOWANCE_ROWS}`);
    expect(blank.findings).toEqual(SIGN_FINDINGS);
    expect(blank.rows).toEqual(merged.rows);
    expect(blank.layouts).toEqual(["flat"]);
  });

  test("the group label written in each of its cells (an export filling every merged cell)", () => {
    const copied = read(`${ALLOWANCE}
一级指标|二级指标|三级指标|预期指标值|预期指标值|预期指标值|完成值
^|^|^|符号|数值|单位|^
${ALLOWANCE_ROWS}`);
    expect(copied.findings).toEqual(SIGN_FINDINGS);
    expect(copied.rows).toEqual(merged.rows);
  });
});

const RELIGION = `项目名称|宗教管理经费|<|<|<|<
预算数|30|<|<|<|<
年度目标|推进宗教活动场所规范化管理|<|<|<|<`;

const RELIGION_ROWS = `产出指标|数量指标|补助县数量(个)|2|3|1
^|质量指标|资金使用合规性|≥95%|≥95%|≥120%
效益指标|社会效益指标|管理水平|提升|提升|提升
满意度指标|服务对象满意度指标|群众满意度|≥90%|≥90%|≥90%`;

describe("reading: a header's cells not merged down over a row of places (`区域目标值` over three counties)", () => {
  const ROWS = [
    "产出指标 | 数量指标 | 补助县数量(个) | 2 +3,1",
    "产出指标 | 质量指标 | 资金使用合规性 | ≥95% +≥95%,≥120%",
    "效益指标 | 社会效益指标 | 管理水平 | 提升 +提升,提升",
    "满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% +≥90%,≥90%",
  ];

  test.each([
    ["merged (the twin)", "一级指标|二级指标|三级指标|区域目标值|<|<", "^|^|^|新罗区|永定区|上杭县"],
    [
      "blank under 一级指标, 二级指标, 三级指标",
      "一级指标|二级指标|三级指标|区域目标值|<|<",
      "|||新罗区|永定区|上杭县",
    ],
    ["no merge at all", "一级指标|二级指标|三级指标|区域目标值||", "|||新罗区|永定区|上杭县"],
  ])("%s: the row of places is the sub-header, every county's target read", (_, header, sub) => {
    const table = read(`${RELIGION}\n${header}\n${sub}\n${RELIGION_ROWS}`);
    expect(table.rows).toEqual(ROWS);
    expect(table.findings).toEqual(["A4 level1-missing"]);
  });

  test("seven counties under a label column (`绩效指标`), the group label alone at the header's end", () => {
    const table = read(`项目名称|宗教管理经费|<|<|<|<|<|<|<|<|<
预算数|30|<|<|<|<|<|<|<|<|<
年度目标|推进宗教活动场所规范化管理|<|<|<|<|<|<|<|<|<
绩效指标|一级指标|二级指标|三级指标|区域目标值||||||
||||甲县|乙县|丙县|丁县|戊县|己县|庚县
|产出指标|数量指标|补助县数量|2个|3个|1个|2个|2个|2个|2个
||质量指标|资金使用合规性|≥95%|≥95%|≥95%|≥95%|≥95%|≥95%|≥95%`);
    expect(table.rows).toEqual([
      "产出指标 | 数量指标 | 补助县数量 | 2个 +3个,1个,2个,2个,2个,2个",
      "产出指标 | 质量指标 | 资金使用合规性 | ≥95% +≥95%,≥95%,≥95%,≥95%,≥95%,≥95%",
    ]);
    expect(table.findings).toEqual(["B4 level1-missing"]);
  });
});

describe("reading: a header cell followed by blank header cells over a data row stays one column", () => {
  const HEAD = `项目名称|培训项目|<|<|<|<
预算数|10|<|<|<|<
年度目标|开展培训|<|<|<|<`;

  test("`指标值 | | ` over a first indicator row (its 一级 written): no sub-header row", () => {
    const table = read(`${HEAD}
一级指标|二级指标|三级指标|指标值||
产出指标|数量指标|培训人次|≥100人次||
成本指标|经济成本指标|培训成本|≤10万元||
效益指标|社会效益指标|技能提升|明显提升||
满意度指标|服务对象满意度指标|学员满意度|≥90%||`);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]).toBe("产出指标 | 数量指标 | 培训人次 | ≥100人次");
    expect(table.findings).toEqual([]);
  });

  test("a first row whose 一级 and 二级 are blank but its 三级 written is an indicator row, its blanks reported", () => {
    const table = read(`${HEAD}
一级指标|二级指标|三级指标|指标值|备注|
||培训人次|≥100人次|年度|季度
成本指标|经济成本指标|培训成本|≤10万元||
效益指标|社会效益指标|技能提升|明显提升||
满意度指标|服务对象满意度指标|学员满意度|≥90%||`);
    expect(table.rows).toHaveLength(4);
    expect(table.findings).toEqual(["A5 level1-unknown", "B5 indicator-incomplete"]);
  });
});

describe("reading: `一级指标` written over a caption column and the 一级 column without the merge", () => {
  const PIGS = `项目名称|生猪生产|<|<|<
预算数|397|<|<|<
年度目标|生猪生产稳定有序发展|<|<|<`;
  const ROWS = [
    "产出指标 | 数量指标 | 猪肉产量稳定率 | ≥95%",
    "效益指标 | 经济效益指标 | 养殖户增收 | 提升",
    "满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90%",
  ];

  test.each([
    ["merged (the twin)", "一级指标|<", "^"],
    ["unmerged, the caption merged down", "一级指标|", "^"],
    ["unmerged, the caption written once", "一级指标|", ""],
    ["unmerged, the caption repeated", "一级指标|", "绩效指标"],
  ])("%s: the classes are the 一级, the caption no level1-unknown", (_, level1, below) => {
    const table = read(`${PIGS}
${level1}|二级指标|三级指标|指标值
绩效指标|产出指标|数量指标|猪肉产量稳定率|≥95%
${below}|效益指标|经济效益指标|养殖户增收|提升
${below}|满意度指标|服务对象满意度指标|养殖户满意度|≥90%
说明：本表由项目单位填写|<|<|<|<`);
    expect(table.rows).toEqual(ROWS);
    expect(table.findings).toEqual(["B4 level1-missing"]);
  });

  test("the classes under `一级指标` and scores in the blank column beside: 一级 stays where its header is", () => {
    const table = read(`${PIGS}
一级指标||二级指标|三级指标|指标值
产出指标|20分|数量指标|猪肉产量稳定率|≥95%
效益指标|30分|经济效益指标|养殖户增收|提升
满意度指标|10分|服务对象满意度指标|养殖户满意度|≥90%`);
    expect(table.rows).toEqual(ROWS);
    expect(table.findings).toEqual(["A4 level1-missing"]);
  });

  test("a class written under `一级指标` itself (`产出指标 | 产出指标`) is no caption: the column stays", () => {
    const table = read(`${PIGS}
一级指标||二级指标|三级指标|指标值
产出指标|产出指标|数量指标|猪肉产量稳定率|≥95%
效益指标|效益指标|经济效益指标|养殖户增收|提升`);
    expect(table.findings.filter((f) => f.includes("level1-unknown"))).toEqual([]);
    expect(table.rows.map((r) => r.split(" | ")[0])).toEqual(["产出指标", "效益指标"]);
  });
});
