/**
 * Two value sets side by side, each with its own 计量单位 (and 运算符号) column: `实施期指标值 | 计量单位 | 年度指标值 |
 * 计量单位`. Each target is read with its own set's unit and sign, and a value cell gets what the same table with
 * that set alone gets. Read as one column, the year's targets had been weighed against the period's unit (东莞's
 * sets with their own 二级 and 三级) or the period's against the year's (the last column read).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field, Indicator } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const HEAD = `项目支出绩效目标表
项目名称|职业技能培训项目`;

const BUDGET = `${HEAD}
年度预算数（万元）|30`;

const lint = (table: string) => lintGrid(gridOf(table));

/** `G4 unit-missing`, in report order. */
const findings = (table: string) => lint(table).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);

const messageAt = (table: string, cell: string) => lint(table).diagnostics.find((d) => d.cell === cell)?.message.zh;

const indicators = (table: string): Indicator[] => lint(table).tables.flatMap((t) => t.indicators);

const at = (field: Field | undefined) => (field ? `${field.text}@${columnLetter(field.col)}${field.row + 1}` : "-");

function columnLetter(col: number): string {
  return String.fromCharCode(65 + col);
}

/**
 * The findings of the table cut down to the columns `keep` (1-based, in order), the value header renamed 指标值, with
 * each cell named as it stands in the whole table: what the table with one set alone finds.
 */
function oneSet(table: string, keep: readonly number[], headerRow: number): string[] {
  const lines = table.split("\n");
  const cut = lines.map((line, i) => {
    if (i < headerRow - 1) return line;
    const cells = line.split("|");
    const kept = keep.map((c) => cells[c - 1] ?? "");
    return i === headerRow - 1
      ? kept.map((c) => c.replace(/^(?:实施期|当年度|年度)指标值$/, "指标值")).join("|")
      : kept.join("|");
  });
  return lint(cut.join("\n")).diagnostics.map((d) => {
    const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(d.cell)!;
    return `${columnLetter(keep[letters.charCodeAt(0) - 65] - 1)}${row} ${d.ruleId}`;
  });
}

const sorted = (list: string[]) => [...list].sort();

describe("two value sets, each with its own 计量单位 column", () => {
  const HEADER = "一级指标|二级指标|三级指标|实施期指标值|计量单位|年度指标值|计量单位|指标值确定依据";

  const CLEAN = `${HEAD}
${HEADER}
产出指标|数量指标|培训人数|≥300|人次|≥100|人次|计划标准
^|质量指标|培训合格率|≥95|%|≥95|%|计划标准
^|时效指标|培训完成时间|≤3|年|≤12|月|计划标准
成本指标|经济成本指标|培训成本|≤50|万元|≤200000|元|预算支出标准
效益指标|社会效益指标|就业率|≥80|%|≥80|%|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|%|≥90|%|行业标准`;

  test("units equal, or of one kind in each set (万元 and 元, 年 and 月): no finding", () => {
    expect(findings(CLEAN)).toEqual([]);
  });

  test("each target is read with its own set's unit cell", () => {
    const cost = indicators(CLEAN).find((i) => i.name?.text === "培训成本")!;
    expect([at(cost.periodValue), at(cost.unitColumn)]).toEqual(["≤50@D7", "万元@E7"]);
    expect([at(cost.annualValue), at(cost.annualUnitColumn)]).toEqual(["≤200000@F7", "元@G7"]);
  });

  const DIFFER = `${HEAD}
${HEADER}
产出指标|数量指标|培训人数|≥300|人次|≥100||计划标准
^|质量指标|培训合格率|≥95||≥95|%|计划标准
^|时效指标|培训完成时间|≤3|年|≤12|月|计划标准
成本指标|经济成本指标|培训成本|≤50|万元|≤200000|元|预算支出标准
效益指标|社会效益指标|就业率|≥80|%|≥80|人次|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|%|≥90|%|行业标准`;

  test("a unit blank in one set, a rate in 人次 in the year's: each set's own cell, once", () => {
    // Before: unit-missing at G4 for ≥300 too (beside 人次), none at E5 (read with the year's %), and the year's
    // 人次 reported as the period's.
    expect(findings(DIFFER)).toEqual(["G4 unit-missing", "E5 unit-missing", "G8 unit-mismatch"]);
    expect(messageAt(DIFFER, "G4")).toContain("≥100");
    expect(messageAt(DIFFER, "E5")).toContain("≥95");
    expect(messageAt(DIFFER, "G8")).toContain("年度指标值");
  });

  test("the findings are those of each set alone", () => {
    const both = [...oneSet(DIFFER, [1, 2, 3, 4, 5, 8], 3), ...oneSet(DIFFER, [1, 2, 3, 6, 7, 8], 3)];
    expect(sorted(findings(DIFFER))).toEqual(sorted(both));
  });

  test("two-row header: `实施期指标 | 年度指标` over `指标值 | 计量单位` each, the year's targets no second region's", () => {
    const table = `${HEAD}
一级指标|二级指标|三级指标|实施期指标|<|年度指标|<|指标值确定依据
^|^|^|指标值|计量单位|指标值|计量单位|^
${DIFFER.split("\n").slice(3).join("\n")}`;
    const employment = indicators(table).find((i) => i.name?.text === "就业率")!;
    expect([at(employment.periodValue), at(employment.annualValue), at(employment.annualUnitColumn)]).toEqual([
      "≥80@D9",
      "≥80@F9",
      "人次@G9",
    ]);
    expect(employment.regionValues).toBeUndefined();
    expect(findings(table)).toEqual(["G5 unit-missing", "E6 unit-missing", "G9 unit-mismatch"]);
  });

  test("`指标值` over `实施期 | 计量单位 | 年度 | 计量单位`: the same", () => {
    const table = `${HEAD}
一级指标|二级指标|三级指标|指标值|<|<|<|指标值确定依据
^|^|^|实施期|计量单位|年度|计量单位|^
${DIFFER.split("\n").slice(3).join("\n")}`;
    expect(findings(table)).toEqual(["G5 unit-missing", "E6 unit-missing", "G9 unit-mismatch"]);
  });

  test("a set's unit column blank on every row, the other's written: the written one serves both", () => {
    const rows = (swap: boolean) =>
      CLEAN.split("\n")
        .slice(3)
        .map((line) => {
          const c = line.split("|");
          // The year's units written once, in the period's column, or the reverse.
          if (swap) [c[4], c[6]] = ["", c[4]];
          else c[6] = "";
          return c.join("|");
        })
        .join("\n");
    // The year's ≤200000 then reads 万元 with the period's column, as one column beside both sets reads it.
    const yearBlank = `${HEAD}\n${HEADER}\n${rows(false).replace("≤200000", "≤20")}`;
    expect(findings(yearBlank)).toEqual([]);
    const periodBlank = `${HEAD}\n${HEADER}\n${rows(true).replace("≤200000", "≤20")}`;
    expect(findings(periodBlank)).toEqual([]);
  });

  test("one 计量单位 column beside both sets still serves both", () => {
    const table = `${HEAD}
一级指标|二级指标|三级指标|实施期指标值|年度指标值|计量单位|指标值确定依据
产出指标|数量指标|培训人数|≥300|≥100|人次|计划标准
^|质量指标|培训合格率|≥95|≥95||计划标准
成本指标|经济成本指标|培训成本|≤50|≤20|万元|预算支出标准
效益指标|社会效益指标|就业率|≥80|≥80|%|计划标准
满意度指标|服务对象满意度指标|学员满意度|≥90|≥90|%|行业标准`;
    const rate = indicators(table).find((i) => i.name?.text === "培训合格率")!;
    expect(rate.annualUnitColumn).toBeUndefined();
    // At the one cell that serves both, once per value, as before.
    expect(findings(table)).toEqual(["F5 unit-missing", "F5 unit-missing"]);
  });
});

describe("two value sets, each with its own 运算符号 and 计量单位 columns", () => {
  const rows = `产出指标|数量指标|培训人数|≥|300|人次|>=|100|人次|计划标准
^|质量指标|培训合格率|≥|100|%|≥|95|百分比|计划标准
^|^|课程质量|≥|明显提升||＝|明显提升||计划标准
^|时效指标|培训完成时间|≤|3|年|≤|12|月|计划标准
成本指标|经济成本指标|培训成本|≤|50|万元|≥|20|万元|预算支出标准
效益指标|社会效益指标|就业率|≥|80|%|≥|80|%|计划标准
^|^|群众知晓度|定性|有效提升|%|定性|有效提升||计划标准
满意度指标|服务对象满意度指标|学员满意度|≥|90|%|≤|90|%|行业标准`;

  const signs = (word: string) => `${HEAD}
一级指标|二级指标|三级指标|${word}|实施期指标值|计量单位|${word}|年度指标值|计量单位|指标值确定依据
${rows}`;

  /** Each set's own findings, at its own cells; none of the one set's at the other's. */
  const EXPECTED = [
    "G4 unit-nonstandard", // the year's `>=`
    "D5 percent-trivial", // the period's ≥ 100 on a rate
    "I5 unit-nonstandard", // the year's 百分比
    "D6 qualitative-with-sign", // the period's ≥ before a phrase; the year's ＝ is a 定性 row's sign
    "G8 operator-direction", // the year's cost with a floor; the period's ≤ 50 is right
    "F10 qualitative-with-sign", // % beside the period's phrase; the year's unit cell is blank
    "G11 operator-direction", // the year's satisfaction with a ceiling
  ];

  test.each(["运算符号", "指标性质"])("%s over each set: each target read with its own set's sign", (word) => {
    // Before: the period's 100, 50 and 90 were read with the year's ≥, ≥ and ≤ (errors at G8 and G11 for them), and the
    // year's phrase's and unit's findings were lost or put on the period.
    expect(findings(signs(word))).toEqual(EXPECTED);
  });

  test("the findings are those of each set alone", () => {
    const table = signs("运算符号");
    const both = [...oneSet(table, [1, 2, 3, 4, 5, 6, 10], 3), ...oneSet(table, [1, 2, 3, 7, 8, 9, 10], 3)];
    expect(sorted(findings(table))).toEqual(sorted(both));
  });

  test("correct signs in each set: no finding", () => {
    const table = signs("运算符号")
      .replace("|>=|100|", "|≥|100|")
      .replace("|≥|100|%|", "|≥|98|%|")
      .replace("百分比", "%")
      .replace("|≥|明显提升||", "|定性|明显提升||")
      .replace("|≥|20|万元|", "|≤|20|万元|")
      .replace("|定性|有效提升|%|", "|定性|有效提升||")
      .replace("|≤|90|%|", "|≥|90|%|");
    expect(findings(table)).toEqual([]);
  });
});

describe("东莞's sets with their own 二级, 三级 and 计量单位 (`二级 | 三级 | 当年度指标值 | 计量单位`)", () => {
  const HEADER = "一级指标|二级指标|三级指标|实施周期指标值|计量单位|二级指标|三级指标|当年度指标值|计量单位";

  test("the year's cost in 元 is read in 元: no cost over the budget", () => {
    const table = `${BUDGET}
${HEADER}
产出指标|数量指标|培训人数|≥300|人次|数量指标|培训人数|≥100|人次
^|质量指标|培训合格率|≥95|%|质量指标|培训合格率|≥95|%
^|时效指标|培训完成时间|≤3|年|时效指标|培训完成时间|≤12|月
成本指标|经济成本指标|培训成本|≤90|万元|经济成本指标|培训成本|≤200000|元
效益指标|社会效益指标|就业率|≥80|%|社会效益指标|就业率|≥80|%
满意度指标|服务对象满意度指标|学员满意度|≥90|%|服务对象满意度指标|学员满意度|≥90|%`;
    // Before: `≤200000` read with the period's 万元, a cost-over-budget error of 200000万元.
    expect(findings(table)).toEqual([]);
  });

  test("a year's indicator of another name takes its own unit cell with its target", () => {
    const table = `${HEAD}
${HEADER}
产出指标|数量指标|培训人数|≥300|人次|数量指标|培训班期数|≥5||
^|质量指标|培训合格率|≥95||质量指标|结业考核通过率|≥95|%
成本指标|经济成本指标|培训成本|≤50|万元|经济成本指标|年度培训成本|≤200000|元
效益指标|社会效益指标|就业率|≥80|%|社会效益指标|就业率|≥80|人次
满意度指标|服务对象满意度指标|学员满意度|≥90|%|服务对象满意度指标|学员满意度|≥90|%`;
    const list = indicators(table);
    const classes = list.find((i) => i.name?.text === "培训班期数")!;
    expect([at(classes.annualValue), at(classes.annualUnitColumn)]).toEqual(["≥5@H4", "@I4"]);
    const trained = list.find((i) => i.name?.text === "培训人数")!;
    expect([at(trained.unitColumn), trained.annualUnitColumn]).toEqual(["人次@E4", undefined]);
    // Before: no unit read for the year's indicators (≥95 and ≤200000 without one), and the year's 人次 on 就业率 unseen.
    expect(findings(table)).toEqual(["I4 unit-missing", "E5 unit-missing", "I7 unit-mismatch"]);
  });
});

describe("the session's review: columns that are no set's own", () => {
  test("a 计量单位 after another column's figures (原年度指标值, 上年实际完成值) is theirs: the sets share the last", () => {
    const adjusted = `${BUDGET}
一级指标|二级指标|三级指标|原年度指标值|计量单位|调整后实施期指标值|调整后年度指标值|计量单位|调整原因
产出指标|数量指标|培训人数|≥100|人次|≥360|≥120|人次|扩大培训规模
^|^|培训班期数|||≥10|≥4|期|新增指标
效益指标|社会效益指标|就业率|≥80|%|≥85|≥85|%|
满意度指标|服务对象满意度指标|学员满意度|≥90|%|≥90|≥90|%|`;
    const history = `${BUDGET}
一级指标|二级指标|三级指标|上年实际完成值|计量单位|实施期指标值|年度指标值|计量单位
产出指标|数量指标|培训人数|98|人次|≥360|≥120|人次
^|^|培训班期数|||≥10|≥4|期
效益指标|社会效益指标|就业率|82|百分比|≥85|≥85|%
满意度指标|服务对象满意度指标|学员满意度|93|%|≥90|≥90|%`;
    // Before: `≥10` read with the blank 计量单位 after the original (or last year's) figures: unit-missing at E6, and
    // unit-nonstandard on the history's `百分比` as if it were a target's unit.
    expect(findings(adjusted)).toEqual(["A4 level1-missing"]);
    expect(findings(history)).toEqual(["A4 level1-missing"]);
  });

  test("a set whose values carry their own sign and unit, or are phrases, borrows nothing of the other's", () => {
    const table = `${BUDGET}
一级指标|二级指标|三级指标|运算符号|实施期指标值|计量单位|运算符号|年度指标值|计量单位|指标值确定依据
产出指标|数量指标|培训人数|≥|900|人次||≥300人次||计划标准
^|质量指标|培训合格率|≥|95|%||稳步提升||计划标准
满意度指标|服务对象满意度指标|学员满意度|≥|90|%||≥90%||行业标准`;
    // Before: qualitative-with-sign at D6 and F6, blaming the period's own `≥` and `%` on the year's phrase.
    expect(findings(table)).toEqual(["A4 level1-missing"]);
  });

  test("`指标性质 | 运算符号` before each set: every 指标性质 a kind, each set read with its own sign", () => {
    const table = `${HEAD}
一级指标|二级指标|三级指标|指标性质|运算符号|实施期指标值|计量单位|指标性质|运算符号|年度指标值|计量单位|指标值确定依据
产出指标|数量指标|培训人数|定量|≥|300|人次|定量|≥|100|人次|计划标准
成本指标|经济成本指标|培训成本|定量|≤|50|万元|定量|≥|20|万元|预算支出标准
效益指标|社会效益指标|就业率|定量|≥|80|%|定量|≥|80|%|计划标准
^|^|群众知晓度|定性|定性|有效提升||定性|定性|有效提升||计划标准
满意度指标|服务对象满意度指标|学员满意度|定量|≥|90|%|定量|≥|90|%|行业标准`;
    // Before: the second 指标性质 read as a sign column and the year's 运算符号 serving both sets: the period's correct
    // `≤ | 50` on the cost had an operator-direction error too.
    expect(findings(table)).toEqual(["I5 operator-direction"]);
    expect(messageAt(table, "I5")).toContain("年度指标值");
  });

  test("a 计量单位 after the results (`实际完成值 | 计量单位`) is theirs; the targets keep theirs", () => {
    const table = `${BUDGET}
一级指标|二级指标|三级指标|实施期指标值|年度指标值|计量单位|实际完成值|计量单位|偏差原因
产出指标|数量指标|培训人数|≥300|≥100|人次|已完成||
^|质量指标|培训合格率|≥95|≥95|%|96|%|
成本指标|经济成本指标|培训成本|≤90|≤30|万元|29.5||
效益指标|社会效益指标|就业率|≥80|≥80|%|85|%|
满意度指标|服务对象满意度指标|学员满意度|≥90|≥90|%|93|%|`;
    // Before: the results' blank 计量单位 read as the targets' (unit-missing at H5 and H7 for both sets' targets).
    expect(findings(table)).toEqual([]);
    expect(at(indicators(table)[0].unitColumn)).toBe("人次@F5");
  });

  test("one 计量单位 after the results serves the targets too (`年度指标值 | 实际完成值 | 计量单位`)", () => {
    const table = `${BUDGET}
一级指标|二级指标|三级指标|年度指标值|实际完成值|计量单位|偏差原因
产出指标|数量指标|培训人数|≥100|105||
成本指标|经济成本指标|培训成本|≤30|29.5|万元|
效益指标|社会效益指标|就业率|≥80|85|%|
满意度指标|服务对象满意度指标|学员满意度|≥90|93|%|`;
    expect(findings(table)).toEqual(["F5 unit-missing"]);
  });
});
