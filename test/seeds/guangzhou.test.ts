/**
 * seeds/guangzhou-2024.xlsx (compact layout) through the whole engine. A compact
 * finding points at the packed 绩效指标 cell of its project (a table-level one
 * may point at the project's name), so expectations name the project.
 */
import * as fs from "fs";
import * as path from "path";
import { toA1 } from "../../src/core/grid/address";
import { textAt, type Grid } from "../../src/core/grid/grid";
import type { LintResult } from "../../src/core/lint/lint";
import type { Severity } from "../../src/core/model/diagnostic";
import { lint, loadGrids, SEEDS_DIR, type Finding } from "./seed-helpers";

let grid: Grid;
let result: LintResult;
let findings: Finding[];

beforeAll(async () => {
  [grid] = await loadGrids("guangzhou-2024.xlsx");
  ({ result, findings } = lint(grid));
});

/** Row of the `nth` project named `name` in column A (three projects are called 购置经费). */
function projectRow(name: string, nth = 0): number {
  const hits: number[] = [];
  for (let r = grid.top; r < grid.top + grid.values.length; r++)
    if (textAt(grid, r, grid.left).trim() === name) hits.push(r);
  if (hits.length <= nth) throw new Error(`project ${name} #${nth} not found`);
  return hits[nth];
}

/** The packed 绩效指标 cell of a project, its column found by the header label. */
function indicatorsCell(name: string, nth = 0): string {
  const row = projectRow(name, nth);
  for (let r = grid.top; r < row; r++) {
    for (let c = grid.left; c < grid.left + 3; c++) if (textAt(grid, r, c).trim() === "绩效指标") return toA1(row, c);
  }
  throw new Error("no 绩效指标 header");
}

/** Either the name cell or the 绩效指标 cell of a project: where a table-level finding may point. */
function projectCells(name: string, nth = 0): RegExp {
  const row = projectRow(name, nth) + 1;
  return new RegExp(`^[A-C]${row}$`);
}

interface Positive {
  project: string;
  nth?: number;
  rule: string;
  severity: Severity;
  /** A text the fix's new cell text must contain. */
  fixContains?: string;
  tableLevel?: boolean;
  /** The 三级指标 the message must name, when the project has several candidates. */
  item?: string;
  why: string;
}

const POSITIVES: Positive[] = [
  // spec §6
  {
    project: "综合工作经费",
    item: "举办调研、走访等行业交流活动场次",
    rule: "unit-inconsistent",
    severity: "warning",
    why: "活动场次 ≥10家 vs ≥10场",
  },
  {
    project: "资金项目流程管理及工业和信息化项目资金评审工作经费",
    item: "完成评审任务数",
    rule: "unit-mismatch",
    severity: "error",
    why: "完成评审任务数 85 / >90%",
  },
  // One finding for the table names both (decisions.md: one defect, one finding); 产出 makes it an error.
  {
    project: "其他运行经费",
    rule: "level1-missing",
    severity: "error",
    tableLevel: true,
    why: "no 产出指标 and no 效益指标",
  },
  // found reading the seed
  {
    project: "资金项目流程管理及工业和信息化项目资金评审工作经费",
    rule: "unit-missing",
    severity: "warning",
    why: "85 with no unit",
  },
  {
    project: "广州市工信经济运行监测和分析系统建设项目",
    item: "年度业务量",
    rule: "unit-missing",
    severity: "warning",
    why: "年度业务量 20000 / 10000",
  },
  { project: "购置经费", nth: 2, rule: "unit-missing", severity: "warning", why: "购置其他小型客车 1 / 1" },
  { project: "经济运行分析工作经费", rule: "unit-missing", severity: "warning", why: "问卷发放量 ≥35" },
  {
    project: "支持发展第10.5代TFT-LCD显示器件生产项目",
    rule: "unit-nonstandard",
    severity: "warning",
    fixContains: "实施周期指标值:520亿元",
    why: "累计完成投资 520亿",
  },
  {
    project: "支持发展第8.5代OLED显示器件生产项目",
    rule: "unit-nonstandard",
    severity: "warning",
    fixContains: "≥100亿元",
    why: "项目完成年产值 ≥100亿",
  },
  {
    project: "派驻纪检监察组工作经费",
    item: "纪检监察开展次数",
    rule: "qualitative-quantity",
    severity: "warning",
    why: "纪检监察开展次数: 年度计划数",
  },
  {
    project: "因公出国（境）工作经费",
    rule: "level1-missing",
    severity: "warning",
    tableLevel: true,
    why: "no 效益 or 满意度",
  },
];

describe("Guangzhou 2024: real defects are found", () => {
  test.each(POSITIVES.map((p) => [`${p.project}${p.nth ? ` #${p.nth + 1}` : ""}: ${p.rule} (${p.why})`, p] as const))(
    "%s",
    (_, p) => {
      const cell = p.tableLevel
        ? expect.stringMatching(projectCells(p.project, p.nth))
        : indicatorsCell(p.project, p.nth);
      const want: Record<string, unknown> = { rule: p.rule, cell, severity: p.severity };
      if (p.item) want.message = expect.stringContaining(p.item);
      if (p.fixContains) want.fix = expect.stringContaining(p.fixContains);
      expect(findings).toEqual(expect.arrayContaining([expect.objectContaining(want)]));
    },
  );
});

/** `item`: the 三级指标 the finding would name; compact findings of one project share its cell. */
const NEGATIVES: { project: string; nth?: number; item?: string; rule: string; why: string }[] = [
  {
    project: "综合工作经费",
    rule: "unit-mismatch",
    why: "家 and 场 are both counts: unit-inconsistent, not a mismatch",
  },
  { project: "信息化工作经费", rule: "unit-mismatch", why: "占GDP比重 ≥13% is a share" },
  {
    project: "中小企业发展专题",
    rule: "level2-mismatch",
    why: "14-成本指标 under 1-产出指标 is the compact code list",
  },
  {
    project: "支持发展第10.5代TFT-LCD显示器件生产项目",
    item: "落户以来累计创造就业岗位",
    rule: "unit-missing",
    why: "3500 takes （个） from its name",
  },
  {
    project: "支持发展第10.5代TFT-LCD显示器件生产项目",
    item: "支持发展平板显示产业项目数量",
    rule: "unit-missing",
    why: "1个",
  },
  {
    project: "市工信局无线电监测站2023-2024年信息化运行维护项目",
    rule: "operator-direction",
    why: "投诉次数 少于3次: fewer complaints is better",
  },
  { project: "工业工作经费", rule: "stale-year", why: "2023 in a 2024 list is not older than the year minus one" },
];

describe("Guangzhou 2024: correct indicators are not flagged", () => {
  test.each(NEGATIVES.map((n) => [`${n.project}: no ${n.rule} (${n.why})`, n] as const))("%s", (_, n) => {
    const cells = projectCells(n.project, n.nth);
    const about = (f: Finding) => !n.item || f.message.includes(n.item);
    expect(findings.filter((f) => f.rule === n.rule && cells.test(f.cell) && about(f))).toEqual([]);
  });

  test.each(["code-label-mismatch", "basis-missing", "budget-sum-mismatch", "spend-plan-label", "project-code-format"])(
    "%s: nothing anywhere (codes agree with labels; the layout has no basis, budget, plan or code)",
    (rule) => {
      expect(findings.filter((f) => f.rule === rule)).toEqual([]);
    },
  );
});

describe("Guangzhou 2024: the sheet parses into the seed's 34 projects", () => {
  const lines = fs.readFileSync(path.join(SEEDS_DIR, "guangzhou-2024-compact.txt"), "utf8").split("\n");
  const projects = lines.map((l) => l.split("\t")).filter((c) => c.length === 3 && c[2].startsWith("1、"));

  test("34 compact tables with the seed's names and indicator counts", () => {
    const tables = [...result.tables].sort((a, b) => a.anchor.row - b.anchor.row);
    expect(tables.map((t) => ({ layout: t.layout, name: t.name?.text, indicators: t.indicators.length }))).toEqual(
      projects.map((c) => ({
        layout: "compact",
        name: c[0],
        indicators: (c[2].match(/(?:^|。)\d+、[123]-/g) ?? []).length,
      })),
    );
  });

  test("an indicator keeps its period and annual values as slices of the packed cell", () => {
    const t = result.tables.find((x) => x.name?.text === "综合工作经费");
    const second = t?.indicators[1];
    expect(second?.name?.text).toBe("举办调研、走访等行业交流活动场次");
    expect(second?.periodValue?.text).toBe("≥10家");
    expect(second?.annualValue?.text).toBe("≥10场");
    expect(second?.periodValue && toA1(second.periodValue.row, second.periodValue.col)).toBe(
      indicatorsCell("综合工作经费"),
    );
  });
});
