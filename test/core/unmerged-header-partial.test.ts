/**
 * A two-row indicator header whose group label lost only part of its merge while the other header cells kept
 * theirs: the label written once and its other cells merged together blank (`指标值 | ▭▭` over `符号 | 数值 | 单位`),
 * or the label merged over some of its columns and the rest blank, spaced or repeated. Each is read as its merged
 * twin is, with the same findings at the same cells (the sign had been read as the target: value-unparseable on `≥`,
 * unit-missing on every number). See unmerged-header.test.ts for the header with no merge left.
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field, Indicator } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const at = (f: Field | undefined) => (f ? `${f.text}@${f.row},${f.col}` : "-");

function describeRow(i: Indicator): string {
  const targets = `V:${at(i.value)} P:${at(i.periodValue)} A:${at(i.annualValue)}`;
  return `${at(i.level1)} | ${at(i.name)} | C:${at(i.comparatorColumn)} ${targets} U:${at(i.unitColumn)} B:${at(i.basis)}`;
}

const read = (rows: string[]) => {
  const result = lintGrid(gridOf(rows.join("\n")));
  return {
    rows: result.tables.flatMap((t) => t.indicators.map(describeRow)),
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
};

/** A column of the header: a word over its cells, or a group label over sub-header words. */
type Column = { word: string; cells: string[] } | { label: string; subs: { word: string; cells: string[] }[] };

const LEVELS: Column[] = [
  { word: "一级指标", cells: ["产出指标", "^", "效益指标", "满意度指标"] },
  { word: "二级指标", cells: ["数量指标", "质量指标", "社会效益指标", "服务对象满意度指标"] },
  { word: "三级指标", cells: ["培训人数", "培训合格率", "技能提升", "学员满意度"] },
];
const SEQ: Column = { word: "序号", cells: ["1", "2", "3", "4"] };
/** A sign written `>=`, a number with no unit, a blank basis: findings the twin and the variant must share. */
const BASIS: Column = { word: "指标值确定依据", cells: ["计划标准", "行业标准", "", "历史标准"] };
const signs = (label: string, numbers: string[], unit = "单位"): Column => ({
  label,
  subs: [
    { word: "符号", cells: [">=", "≥", "定性", "≥"] },
    { word: "数值", cells: numbers },
    { word: unit, cells: ["人", "", "", "%"] },
  ],
});
const SIGNS = signs("指标值", ["100", "95", "明显提升", "90"]);

/**
 * How the group label's cells after the first are written: `<` merged into the label, `>` merged into the blank
 * cell left of it, anything else as it stands (blank, a space, the label again).
 */
type Pattern = string[];
const MERGED: Pattern = ["<", "<"];

function table(columns: Column[], pattern: Pattern, levelsMerged = true): string[] {
  const header: string[] = [];
  const sub: string[] = [];
  const body: string[][] = [[], [], [], []];
  for (const c of columns) {
    if ("word" in c) {
      header.push(c.word);
      sub.push(levelsMerged ? "^" : "");
      c.cells.forEach((cell, i) => body[i].push(cell));
      continue;
    }
    c.subs.forEach((s, k) => {
      const cell = k === 0 ? c.label : pattern[k - 1];
      header.push(cell === ">" ? "<" : cell === "label" ? c.label : cell);
      sub.push(s.word);
      s.cells.forEach((cell, i) => body[i].push(cell));
    });
  }
  const spread = "|<".repeat(header.length - 2);
  return [
    `项目名称|培训项目${spread}`,
    `预算数|10${spread}`,
    `年度目标|开展培训${spread}`,
    header.join("|"),
    sub.join("|"),
    ...body.map((r) => r.join("|")),
  ];
}

const PATTERNS: [string, Pattern][] = [
  ["written once, its other cells merged together blank", ["", ">"]],
  ["merged over two of its three columns, the third blank", ["<", ""]],
  ["merged over two of its three columns, the third a space", ["<", " "]],
  ["merged over two of its three columns, the third repeating it", ["<", "label"]],
];

const SHAPES: [string, Column[]][] = [
  ["指标值 over 符号 | 数值 | 单位, a basis column", [...LEVELS, SIGNS, BASIS]],
  ["指标值 over 符号 | 数值 | 单位, no basis column", [...LEVELS, SIGNS]],
  [
    "a 序号 column, 计量单位 in the group",
    [SEQ, ...LEVELS, signs("指标值", ["100", "95", "明显提升", "90"], "计量单位"), BASIS],
  ],
  [
    "实施期指标值 and 年度指标值, each over 符号 | 数值 | 单位",
    [...LEVELS, signs("实施期指标值", ["300", "95", "明显提升", "90"]), SIGNS, BASIS],
  ],
];

describe("reading: a group label that lost part of its merge, the other header cells merged down", () => {
  const cases = SHAPES.flatMap(([shape, columns]) =>
    PATTERNS.flatMap(([pattern, cells]) => [
      [shape, pattern, "merged down", columns, cells, true] as const,
      [shape, pattern, "blank under", columns, cells, false] as const,
    ]),
  );

  test.each(cases)(
    "%s; the label %s; 一级/二级/三级 %s: read as the merged twin",
    (_, __, ___, columns, cells, down) => {
      const twin = read(table(columns, MERGED, true));
      const variant = read(table(columns, cells, down));
      expect(variant.findings).toEqual(twin.findings);
      expect(variant.rows).toEqual(twin.rows);
      expect(variant.findings.some((f) => f.includes("value-unparseable"))).toBe(false);
    },
  );

  test("the reported table (`指标值 | ▭▭` over `符号 | 数值 | 单位`): the sign, number and unit each in its column", () => {
    const variant = read(table([...LEVELS, SIGNS, BASIS], ["", ">"]));
    expect(variant.findings).toEqual([
      "A4 level1-missing",
      "D6 unit-nonstandard",
      "F7 unit-missing",
      "G8 basis-missing",
    ]);
    expect(variant.rows[0]).toBe("产出指标@5,0 | 培训人数@5,2 | C:>=@5,3 V:100@5,4 P:- A:- U:人@5,5 B:计划标准@5,6");
    expect(variant.rows[2]).toBe("效益指标@7,0 | 技能提升@7,2 | C:定性@7,3 V:明显提升@7,4 P:- A:- U:@7,5 B:@7,6");
  });

  test("merged over two, the third blank, 计量单位 under it: the unit column read, no unit-missing on the numbers", () => {
    const variant = read(table([...LEVELS, signs("指标值", ["100", "95", "明显提升", "90"], "计量单位")], ["<", ""]));
    expect(variant.findings).toEqual(["A4 level1-missing", "D6 unit-nonstandard", "F7 unit-missing"]);
    expect(variant.rows[3]).toBe("满意度指标@8,0 | 学员满意度@8,2 | C:≥@8,3 V:90@8,4 P:- A:- U:%@8,5 B:-");
  });
});

describe("reading: `指标值` over `实施期指标值 | 年度指标值` written once, a 计量单位 column beside, merged down", () => {
  const PAIRS: Column = {
    label: "指标值",
    subs: [
      { word: "实施期指标值", cells: [">=300", "≥95", "明显提升", "≥90"] },
      { word: "年度指标值", cells: [">=100", "≥95", "明显提升", "≥90"] },
    ],
  };
  const UNITS: Column = { word: "计量单位", cells: ["人", "", "", "%"] };

  test.each([
    ["blank", [""], true],
    ["a space", [" "], true],
    ["the label again", ["label"], true],
    ["blank, 一级/二级/三级 blank under", [""], false],
  ])("its second cell %s: read as the merged twin", (_, cells, down) => {
    const columns = [SEQ, ...LEVELS, PAIRS, UNITS, BASIS];
    const twin = read(table(columns, MERGED, true));
    expect(read(table(columns, cells, down))).toEqual(twin);
    expect(twin.rows[0]).toBe("产出指标@5,1 | 培训人数@5,3 | C:- V:- P:>=300@5,4 A:>=100@5,5 U:人@5,6 B:计划标准@5,7");
  });
});

describe("reading: beside a label's merge, a blank header cell over another word is no part of its group", () => {
  const HEAD = `项目名称|培训项目|<|<|<|<|<|<
预算数|10|<|<|<|<|<|<
年度目标|开展培训|<|<|<|<|<|<`;
  const ROWS = `产出指标|数量指标|培训人数|≥|100|人|张三|计划标准
^|质量指标|培训合格率|≥|95|%|李四|行业标准
效益指标|社会效益指标|技能提升|定性|明显提升||王五|其他标准
满意度指标|服务对象满意度指标|学员满意度|≥|90|%|赵六|历史标准`;

  test.each([
    ["the group merged whole", "指标值|<|<||"],
    ["the group merged over two, 单位 under a blank cell", "指标值|<|||"],
    // The session's review: past the blank merge after a label written once, the same guard.
    ["the group written once, its other cells merged blank", "指标值||<||"],
  ])("%s, `责任人` captioned on the lower row: its names are no targets", (_, group) => {
    const table = read(
      `${HEAD}\n一级指标|二级指标|三级指标|${group}指标值确定依据\n^|^|^|符号|数值|单位|责任人|^\n${ROWS}`.split("\n"),
    );
    expect(table.findings).toEqual(["A4 level1-missing"]);
    expect(table.rows[1]).toBe("产出指标@5,0 | 培训合格率@6,2 | C:≥@6,3 V:95@6,4 P:- A:- U:%@6,5 B:行业标准@6,7");
  });
});

test.each([
  ["计划完成时间", "2024年6月"],
  ["年度工作任务", "组织报名"],
  ["总投资", "12"],
])(
  "a lower-row caption that holds a set's word (`%s`) beside the merged group is a column of its own",
  (word, text) => {
    // The session's review: `计划`, `年度` and `总` name a set inside a longer word; taken into the group, the column's
    // dates had been read as the year's targets (unit-mismatch errors on every row).
    const table = read(
      `项目名称|培训项目|<|<|<|<|<|<
预算数|10|<|<|<|<|<|<
年度目标|开展培训|<|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|<||备注
^|^|^|符号|数值|单位|${word}|^
产出指标|数量指标|培训人数|≥|100|人|${text}|
^|质量指标|培训合格率|≥|95|%|${text}|
效益指标|社会效益指标|技能提升|定性|明显提升||${text}|
满意度指标|服务对象满意度指标|学员满意度|≥|90|%|${text}|`.split("\n"),
    );
    expect(table.findings).toEqual(["A4 level1-missing"]);
    expect(table.rows[0]).toBe("产出指标@5,0 | 培训人数@5,2 | C:≥@5,3 V:100@5,4 P:- A:- U:人@5,5 B:-");
  },
);

describe("reading: a merged header cell and a blank one over a first indicator row stay a one-row header", () => {
  test("`指标值` merged over two columns, a blank header cell after it, the first row's 一级 written", () => {
    const table = read(
      `项目名称|培训项目|<|<|<|<
预算数|10|<|<|<|<
年度目标|开展培训|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|
产出指标|数量指标|培训人次|≥100|人次|计划
成本指标|经济成本指标|培训成本|≤10|万元|
效益指标|社会效益指标|技能提升|明显提升||
满意度指标|服务对象满意度指标|学员满意度|≥90|%|`.split("\n"),
    );
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]).toMatch(/^产出指标@4,0 \| 培训人次@4,2 /);
    expect(table.findings).toEqual([]);
  });
});
