/** Converting the seed workbooks: same indicators, no new finding. */
import * as path from "path";
import { Workbook } from "exceljs";
import type { Grid } from "../../src/core/grid/grid";
import { lintGrid, type LintResult } from "../../src/core/lint/lint";
import { convertTables, type ConvertTarget } from "../../src/core/convert";
import { joinFlat } from "../../src/core/convert/values";
import type { Indicator, TargetTable } from "../../src/core/model/table";
import { indicatorLevel1, indicatorLevel2 } from "../../src/core/schema";
import { workbookToGrids } from "../../src/xlsx/read-workbook";
import { blockGrid } from "../helpers/fill-template";
import { gridOf } from "../corpus/corpus";

const SEEDS = path.join(__dirname, "..", "..", "seeds");

async function load(file: string): Promise<Grid[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(SEEDS, file));
  return workbookToGrids(wb);
}

/** What an indicator says, whatever the layout: 一级, 二级, name, the (年度) value. */
function says(i: Indicator): string {
  const value = i.value ? joinFlat(i).value : i.annualValue?.text;
  // The old scheme's 产出 · 成本指标 (code 14) is written 成本指标 · 经济成本指标.
  const old = indicatorLevel1(i) === "产出指标" && indicatorLevel2(i) === "成本指标";
  const kind = old ? ["成本指标", "经济成本指标"] : [indicatorLevel1(i), indicatorLevel2(i)];
  return [...kind, i.name?.text ?? "", value ?? ""].join(" | ");
}

/**
 * A finding as layout-independent as it can be: the rule, the table's name and
 * the indicator's name (a form or flat row by its row; a compact item, all in
 * one cell, by the name or value the finding quotes).
 */
function key(result: LintResult, d: LintResult["diagnostics"][number]): string {
  const table = result.tables.find((t) => t.id === d.tableId)!;
  const quotes = (i: Indicator) =>
    [i.name, i.annualValue, i.periodValue, i.level1, i.level2].some(
      (f) => f?.text && [d.data.name, d.data.text].includes(f.text),
    );
  const indicator =
    table.layout === "compact" ? table.indicators.find(quotes) : table.indicators.find((i) => i.row === d.row);
  if (d.ruleId === "level1-missing") return `${d.ruleId} ${table.name?.text} ${d.data.level1}`;
  const what = indicator ? indicator.name?.text : "(table)";
  return `${d.ruleId} ${table.name?.text} ${what}`;
}

/** Keys of a finding; level1-missing names every missing 一级 in one finding (`满意度指标、成本指标`): one key each. */
function keys(result: LintResult, d: LintResult["diagnostics"][number]): string[] {
  if (d.ruleId !== "level1-missing") return [key(result, d)];
  const table = result.tables.find((t) => t.id === d.tableId)!;
  return String(d.data.level1)
    .split("、")
    .map((l1) => `${d.ruleId} ${table.name?.text} ${l1}`);
}

function convert(tables: TargetTable[], to: ConvertTarget): LintResult {
  return lintGrid(blockGrid(convertTables(tables, to), 0, 0, "标准表"));
}

describe.each(["form", "flat"] as const)("guangzhou-2024 → %s", (to) => {
  let source: LintResult[];
  let converted: LintResult;
  beforeAll(async () => {
    source = (await load("guangzhou-2024.xlsx")).map((g) => lintGrid(g));
    converted = convert(
      source.flatMap((r) => r.tables),
      to,
    );
  });

  test("168 indicator rows in 34 tables, saying the same", () => {
    const before = source.flatMap((r) => r.tables);
    expect(before.length).toBe(34);
    expect(converted.tables.length).toBe(34);
    expect(converted.tables.every((t) => t.layout === to)).toBe(true);
    expect(converted.tables.flatMap((t) => t.indicators).length).toBe(168);
    expect(converted.tables.map((t) => t.name?.text)).toEqual(before.map((t) => t.name?.text));
    expect(converted.tables.flatMap((t) => t.indicators.map(says))).toEqual(
      before.flatMap((t) => t.indicators.map(says)),
    );
  });

  test(
    to === "form"
      ? "no new finding but what the form asks of every table: 项目编码, 预算数, a 成本 indicator"
      : "no new finding but the 成本 indicator the 2021 scheme asks of a flat table",
    () => {
      const before = new Set(source.flatMap((r) => r.diagnostics.flatMap((d) => keys(r, d))));
      const added = converted.diagnostics.flatMap((d) =>
        keys(converted, d)
          .filter((k) => !before.has(k))
          .map((k) => ({ d, k })),
      );
      const costAsked = ({ d, k }: (typeof added)[number]) => d.ruleId === "level1-missing" && k.endsWith(" 成本指标");
      const formAsks = (a: (typeof added)[number]) =>
        (a.d.ruleId === "field-missing" && ["code", "budget"].includes(a.d.messageId)) || costAsked(a);
      expect(added.filter((a) => !(to === "flat" ? costAsked(a) : formAsks(a))).map((a) => a.k)).toEqual([]);
      if (to === "form") {
        // Each table is told once for each: the cell to type in, or the 一级 to add.
        const tables = converted.tables.length;
        expect(added.filter((a) => a.d.messageId === "budget").length).toBe(tables);
        expect(added.filter((a) => a.d.messageId === "code").length).toBe(tables);
        const withCost = converted.tables.filter((t) =>
          t.indicators.some((i) => indicatorLevel1(i) === "成本指标"),
        ).length;
        expect(added.filter((a) => a.d.ruleId === "level1-missing").length).toBe(tables - withCost);
      }
    },
  );

  test("findings on the same indicators keep their rule: what the source reported on a value, the result reports", () => {
    const after = new Set(converted.diagnostics.map((d) => key(converted, d)));
    const valueRules = [
      "unit-nonstandard",
      "unit-mismatch",
      "percent-trivial",
      "satisfaction-threshold",
      "operator-direction",
    ];
    const lost = source
      .flatMap((r) =>
        r.diagnostics
          .filter((d) => valueRules.includes(d.ruleId) && d.data.where !== "实施周期指标值")
          .map((d) => key(r, d)),
      )
      .filter((k) => !after.has(k));
    expect(lost).toEqual([]);
  });
});

describe.each([
  ["qingdao-2023.xlsx", "flat"],
  ["qingdao-2023.xlsx", "form"],
  ["flat-sample.xlsx", "form"],
  ["flat-sample.xlsx", "flat"],
] as const)("%s → %s", (file, to) => {
  test("same tables and indicators, no new finding", async () => {
    const source = (await load(file)).map((g) => lintGrid(g));
    const tables = source.flatMap((r) => r.tables);
    const converted = convert(tables, to);
    expect(converted.tables.map((t) => t.name?.text)).toEqual(tables.map((t) => t.name?.text));
    expect(converted.tables.flatMap((t) => t.indicators.map(says))).toEqual(
      tables.flatMap((t) => t.indicators.map(says)),
    );
    expect(converted.tables.flatMap((t) => t.indicators.map((i) => i.basis?.text))).toEqual(
      tables.flatMap((t) => t.indicators.map((i) => i.basis?.text)),
    );
    const before = new Set(source.flatMap((r) => r.diagnostics.flatMap((d) => keys(r, d))));
    expect(converted.diagnostics.flatMap((d) => keys(converted, d)).filter((k) => !before.has(k))).toEqual([]);
  });
});

test("compact → form → flat → form keeps both the 年度 and the 实施周期 values", async () => {
  const source = (await load("guangzhou-2024.xlsx")).flatMap((g) => lintGrid(g).tables);
  const form = convert(source, "form");
  const flat = convert(form.tables, "flat");
  const back = convert(flat.tables, "form");
  const pairs = (tables: TargetTable[]) =>
    tables.flatMap((t) => t.indicators.map((i) => `${i.name?.text} ${i.annualValue?.text ?? ""}`));
  const periods = source.flatMap((t) => t.indicators.map((i) => i.periodValue?.text ?? ""));
  const kept = (tables: TargetTable[], field: "description" | "remark") =>
    tables.flatMap((t) => t.indicators.map((i) => (field === "description" ? i.description?.text : undefined) ?? ""));
  expect(kept(form.tables, "description")).toEqual(periods.map((p) => (p ? `实施周期指标值：${p}` : "")));
  expect(kept(back.tables, "description")).toEqual(kept(form.tables, "description"));
  expect(back.tables.flatMap((t) => t.indicators.map(says))).toEqual(source.flatMap((t) => t.indicators.map(says)));
  expect(pairs(back.tables).length).toBe(168);
});

describe("a spend plan with 9月底 converted to the form layout keeps every point in its place", () => {
  const table = (periods: string, values: string) => `项目名称|道路维护|<|<|<|<|<
预算数（万元）|800|<|<|<|<|<
资金支出计划（%）|${periods}
^|${values}
绩效目标|完成日常养护。|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|<|<
产出指标|数量指标|道路养护面积|≥500万平方米|计划标准|<|<`;
  const plan = (t: TargetTable) => t.spendPlan?.points.map((p) => `${p.period} ${p.field.text}`);
  test.each([
    ["3月底|6月底|9月底|12月底|<|<", "20|45|70|100|<|<"],
    ["3月底|6月底|9月底|10月底|12月底|<", "20|45|70|80|100|<"],
  ])("%s", (periods, values) => {
    const source = lintGrid(gridOf(table(periods, values))).tables;
    const form = convert(source, "form");
    expect(form.tables.map(plan)).toEqual(source.map(plan));
    expect(plan(source[0])).toHaveLength(periods.split("月底").length - 1);
  });
});
