/**
 * A region table's group label (`区域目标值`) merged over only two of its three region columns, the third header cell
 * blank over the third place: that place is the group's, its targets read and checked as the merged twin reads them
 * (a probe through real .xlsx files: its column had been left unread, findings at G7 and G8 missed). A blank header
 * cell over a column captioned on the lower row (`责任人`, `备注`, `计量单位`), or over a place beside sub-headers that
 * are no places, reads as before.
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field, Indicator } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const text = (f: Field | undefined) => (f ? f.text : "-");

function describeRow(i: Indicator): string {
  const regions = i.regionValues?.length ? ` +${i.regionValues.map(text).join(",")}` : "";
  return `${text(i.name)} | ${text(i.value)}${regions} U:${text(i.unitColumn)} B:${text(i.basis)}`;
}

const read = (table: string) => {
  const result = lintGrid(gridOf(table));
  return {
    rows: result.tables.flatMap((t) => t.indicators.map(describeRow)),
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
};

const HEAD = `宗教管理经费绩效目标表|<|<|<|<|<|<|<
项目名称|宗教管理经费|<|<|<|<|<|<
资金总额（万元）|30|<|<|<|<|<|<
总体目标|推进宗教活动场所规范化管理|<|<|<|<|<|<`;

/** The label column and the levels, then one column per region (or other sub-header) right of them. */
const LEVELS = [
  "绩效指标|一级指标|二级指标|三级指标",
  "^|^|^|^",
  "^|产出指标|数量指标|补助县(市、区)数量",
  "^|^|质量指标|场所规范化管理达标率",
  "^|效益指标|社会效益指标|宗教领域和谐稳定",
  "^|满意度指标|服务对象满意度指标|宗教界人士满意度",
  "^|成本指标|经济成本指标|补助标准",
];
const REGION = ["2", ">=95%", "稳定", "≥90%", "≤10万元"];
const THIRD = ["1", ">=95%", "稳定", "≥90%", "≤10万元"];
const PEOPLE = ["张三", "李四", "王五", "赵六", "钱七"];

/** A column right of the levels: its header cell, its sub-header cell and its five rows. */
type Column = [header: string, sub: string, cells: string[]];

function table(columns: Column[]): string {
  const rows = LEVELS.map((levels, r) =>
    [levels, ...columns.map(([header, sub, cells]) => (r === 0 ? header : r === 1 ? sub : cells[r - 2]))].join("|"),
  );
  return `${HEAD}\n${rows.join("\n")}`;
}

const sorted = (findings: readonly string[]) => [...findings].sort();

const E_F = ["E7 unit-missing", "F7 unit-missing", "E8 unit-nonstandard", "F8 unit-nonstandard"];
const E_F_G = ["E7 unit-missing", "F7 unit-missing", "G7 unit-missing", "E8 unit-nonstandard"];
const ALL_THREE = [...E_F_G, "F8 unit-nonstandard", "G8 unit-nonstandard"];

describe("reading: `区域目标值` merged over two of its three places, the third header cell blank", () => {
  const twin = table([
    ["区域目标值", "新罗区", REGION],
    ["<", "永定区", REGION],
    ["<", "上杭县", THIRD],
  ]);

  test("the reported table: the third county's targets read and checked (G7, G8), as the merged twin's", () => {
    const variant = read(
      table([
        ["区域目标值", "新罗区", REGION],
        ["<", "永定区", REGION],
        ["", "上杭县", THIRD],
      ]),
    );
    expect(sorted(variant.findings)).toEqual(sorted(ALL_THREE));
    expect(variant.rows[0]).toBe("补助县(市、区)数量 | 2 +2,1 U:- B:-");
    expect(variant).toEqual(read(twin));
  });

  test("the fully merged twin gives the same findings", () => {
    expect(sorted(read(twin).findings)).toEqual(sorted(ALL_THREE));
  });

  test.each([
    ["the third header cell a space", ["区域目标值", "<", " "], "^"],
    ["the label repeated in the third header cell", ["区域目标值", "<", "区域目标值"], "^"],
    ["the label column and levels blank under (no merge down)", ["区域目标值", "<", ""], ""],
  ])("%s: read as the merged twin", (_, [a, b, c], down) => {
    const columns: Column[] = [
      [a, "新罗区", REGION],
      [b, "永定区", REGION],
      [c, "上杭县", THIRD],
    ];
    const variant = table(columns).replace("\n^|^|^|^|", `\n${down}|${down}|${down}|${down}|`);
    const merged = twin.replace("\n^|^|^|^|", `\n${down}|${down}|${down}|${down}|`);
    expect(read(variant)).toEqual(read(merged));
    expect(read(variant).findings).toContain("G8 unit-nonstandard");
  });

  test("four places of other forms (`市本级`, `XX镇`, `XX街道`), the label merged over two: all four read", () => {
    const places: Column[] = [
      ["区域目标值", "市本级", REGION],
      ["<", "东风镇", REGION],
      ["", "XX街道", THIRD],
      ["", "白沙乡", THIRD],
    ];
    const merged: Column[] = places.map(([h, sub, cells], i) => [i === 0 ? h : "<", sub, cells]);
    const variant = read(table(places));
    expect(variant).toEqual(read(table(merged)));
    expect(variant.findings).toEqual(expect.arrayContaining(["G8 unit-nonstandard", "H8 unit-nonstandard"]));
  });

  test("a 备注 column captioned on the header row after the third place: the place read, the remark not", () => {
    const variant = read(
      table([
        ["区域目标值", "新罗区", REGION],
        ["<", "永定区", REGION],
        ["", "上杭县", THIRD],
        ["备注", "^", PEOPLE],
      ]),
    );
    expect(sorted(variant.findings)).toEqual(sorted(ALL_THREE));
    expect(variant.rows[0]).toBe("补助县(市、区)数量 | 2 +2,1 U:- B:-");
  });
});

describe("reading: beside places merged under a label, a blank header cell over no place reads as before", () => {
  const TWO = [
    "补助县(市、区)数量 | 2 +2 U:- B:-",
    "场所规范化管理达标率 | >=95% +>=95% U:- B:-",
    "宗教领域和谐稳定 | 稳定 +稳定 U:- B:-",
    "宗教界人士满意度 | ≥90% +≥90% U:- B:-",
    "补助标准 | ≤10万元 +≤10万元 U:- B:-",
  ];

  test.each([
    ["责任人", PEOPLE],
    ["计划完成时间", ["2025年6月", "2025年9月", "2025年12月", "2025年12月", "2025年12月"]],
    ["所属区县", ["上杭县", "上杭县", "上杭县", "上杭县", "上杭县"]],
    ["备注", PEOPLE],
  ])("`%s` captioned on the lower row: its cells are no region's targets", (word, cells) => {
    const variant = read(
      table([
        ["区域目标值", "新罗区", REGION],
        ["<", "永定区", REGION],
        ["", word, cells],
      ]),
    );
    expect(sorted(variant.findings)).toEqual(sorted(E_F));
    expect(variant.rows).toEqual(TWO);
  });

  test("a third place, then `责任人` captioned on the lower row: the place read, the names not", () => {
    const variant = read(
      table([
        ["区域目标值", "新罗区", REGION],
        ["<", "永定区", REGION],
        ["", "上杭县", THIRD],
        ["", "责任人", PEOPLE],
      ]),
    );
    expect(sorted(variant.findings)).toEqual(sorted(ALL_THREE));
    expect(variant.rows[0]).toBe("补助县(市、区)数量 | 2 +2,1 U:- B:-");
  });

  test("a third place, then `计量单位` under a blank header cell: the unit column read as the regions' unit", () => {
    const variant = read(
      table([
        ["区域目标值", "新罗区", ["2", "95", "稳定", "90", "10"]],
        ["<", "永定区", ["3", "95", "稳定", "90", "10"]],
        ["", "上杭县", ["1", "95", "稳定", "90", "10"]],
        ["", "计量单位", ["个", "%", "", "%", "万元"]],
      ]),
    );
    expect(variant.rows[0]).toBe("补助县(市、区)数量 | 2 +3,1 U:个 B:-");
    expect(variant.findings.filter((f) => /^[EFG]\d/.test(f))).toEqual([]);
  });

  test("`指标值` merged over `符号 | 数值`, a blank header cell over a place: no sibling, read as before", () => {
    const variant = read(
      table([
        ["指标值", "符号", ["=", ">=", "定性", "≥", "≤"]],
        ["<", "数值", ["2", "95", "稳定", "90", "10"]],
        ["", "上杭县", THIRD],
      ]),
    );
    expect(variant.rows[0]).toBe("补助县(市、区)数量 | 2 U:- B:-");
    expect(variant.findings.some((f) => f.startsWith("G"))).toBe(false);
  });
});

describe("a caption for places ending as a place does (the session's review)", () => {
  test.each(["牵头区县", "主管县区", "行政区", "片区", "责任区", "示范区"])(
    "`%s` under the blank header cell stays out of the group",
    (caption) => {
      const text = `宗教管理经费绩效目标表|<|<|<|<|<|<|<
项目名称|宗教管理经费|<|<|<|<|<|<
资金总额（万元）|30|<|<|<|<|<|<
总体目标|推进宗教活动场所规范化管理|<|<|<|<|<|<
绩效指标|一级指标|二级指标|三级指标|区域目标值|<|
^|^|^|^|新罗区|永定区|牵头区县
^|产出指标|数量指标|补助县(市、区)数量|2个|2个|新罗区
^|^|质量指标|场所规范化管理达标率|≥95%|≥95%|永定区
^|效益指标|社会效益指标|宗教领域和谐稳定|稳定|稳定|新罗区
^|满意度指标|服务对象满意度指标|宗教界人士满意度|≥90%|≥90%|永定区
^|成本指标|经济成本指标|补助标准|≤10万元|≤10万元|新罗区`.replace("牵头区县", caption);
      const findings = lintGrid(gridOf(text)).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);
      expect(findings).toEqual([]);
    },
  );
});
