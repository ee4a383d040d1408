/**
 * seeds/flat-sample.xlsx (flat layout, our own sample modelled on the budget
 * systems' export) through the whole engine: the planted defects are found,
 * the clean third table draws no error or warning.
 */
import type { Grid } from "../../src/core/grid/grid";
import type { LintResult } from "../../src/core/lint/lint";
import type { Severity } from "../../src/core/model/diagnostic";
import { lint, loadGrids, SheetTables, type Finding, type Span } from "./seed-helpers";

interface Sheet {
  grid: Grid;
  tables: SheetTables;
  result: LintResult;
  findings: Finding[];
}

let training: Sheet;
let assistance: Sheet;

beforeAll(async () => {
  const grids = await loadGrids("flat-sample.xlsx");
  const byName = (name: string): Sheet => {
    const grid = grids.find((g) => g.sheet === name);
    if (!grid) throw new Error(`no sheet ${name}`);
    return { grid, tables: new SheetTables(grid), ...lint(grid) };
  };
  training = byName("培训项目");
  assistance = byName("社会救助");
});

/** Either of two cells of an indicator row: rules may point at the value or at the column that contradicts it. */
function eitherCell(s: Sheet, span: Span, name: string, labels: [string, string]): RegExp {
  const [a, b] = labels.map((l) => s.tables.columnCell(span, name, l));
  return new RegExp(`^(${a}|${b})$`);
}

function expectFinding(s: Sheet, rule: string, severity: Severity, cell: RegExp | string): void {
  const at = typeof cell === "string" ? cell : expect.stringMatching(cell);
  expect(s.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule, severity, cell: at })]));
}

describe("flat sample: planted defects are found", () => {
  test("培训经费 `28.8万元` with 计量单位 `%`: unit-mismatch", () => {
    const span = training.tables.span(0);
    expectFinding(training, "unit-mismatch", "error", eitherCell(training, span, "培训经费", ["*指标值", "计量单位"]));
  });

  test("人均培训补贴标准 (a money cost) with `＞＝` in 指标性质: operator-direction", () => {
    const span = training.tables.span(0);
    expectFinding(
      training,
      "operator-direction",
      "error",
      eitherCell(training, span, "人均培训补贴标准", ["指标性质", "*指标值"]),
    );
  });

  test("低保对象应保尽保 `应保尽保` with unit `%`: qualitative-with-sign", () => {
    const span = assistance.tables.span(0);
    expectFinding(
      assistance,
      "qualitative-with-sign",
      "warning",
      eitherCell(assistance, span, "低保对象应保尽保", ["*指标值", "计量单位"]),
    );
  });

  test("保障对象满意度 with an empty *指标解释: field-missing at that cell", () => {
    const span = assistance.tables.span(0);
    expectFinding(
      assistance,
      "field-missing",
      "error",
      assistance.tables.columnCell(span, "保障对象满意度", "*指标解释"),
    );
  });
});

describe("flat sample: correct indicators are not flagged", () => {
  test("the third table (就业见习, full-width ＞＝ ＜＝ comparators) draws no error or warning, and is parsed", () => {
    const span = assistance.tables.span(1);
    const table = assistance.result.tables.find((t) => t.anchor.row === span.start);
    expect(table?.layout).toBe("flat");
    expect(table?.indicators).toHaveLength(6);
    const inTable = assistance.findings.filter(
      (f) => assistance.tables.contains(span, f.cell) && f.severity !== "info",
    );
    expect(inTable).toEqual([]);
  });

  test("培训合格率 `＞＝` 95 % is read as ≥95%: no value-unparseable, unit-mismatch or qualitative-with-sign on it", () => {
    const span = training.tables.span(0);
    const cells = eitherCell(training, span, "培训合格率", ["*指标值", "计量单位"]);
    const comparator = training.tables.columnCell(span, "培训合格率", "指标性质");
    const onRow = training.findings.filter((f) => cells.test(f.cell) || f.cell === comparator);
    expect(onRow.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a 定性 value without a unit (从业人员技能水平 有效提升) is not qualitative-with-sign", () => {
    const span = training.tables.span(0);
    const cells = eitherCell(training, span, "从业人员技能水平", ["*指标值", "指标性质"]);
    expect(training.findings.filter((f) => f.rule === "qualitative-with-sign" && cells.test(f.cell))).toEqual([]);
  });
});

describe("flat sample: the workbook parses into three flat tables", () => {
  test("one table on 培训项目, two stacked on 社会救助, with their head fields", () => {
    const summary = (r: LintResult) =>
      [...r.tables]
        .sort((a, b) => a.anchor.row - b.anchor.row)
        .map((t) => ({
          layout: t.layout,
          name: t.name?.text,
          budget: Number(t.budget?.text),
          indicators: t.indicators.length,
        }));
    expect(summary(training.result)).toEqual([
      { layout: "flat", name: "岳阳楼区职业技能培训补贴项目", budget: 30, indicators: 7 },
    ]);
    expect(summary(assistance.result)).toEqual([
      { layout: "flat", name: "岳阳楼区城乡最低生活保障资金", budget: 2600, indicators: 6 },
      { layout: "flat", name: "岳阳楼区就业见习补贴资金", budget: 180, indicators: 6 },
    ]);
  });

  test("the comparator and unit columns reach the model", () => {
    const t = training.result.tables[0];
    const row = t?.indicators.find((i) => i.name?.text === "培训经费");
    expect(row?.unitColumn?.text).toBe("%");
    expect(row?.comparatorColumn?.text).toBe("≤");
    expect(row?.value?.text).toBe("28.8万元");
  });
});
