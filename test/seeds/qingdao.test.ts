/**
 * seeds/qingdao-2023.xlsx through the whole engine: the real defects of the
 * 2023 Qingdao document (spec §6 and more found by reading it) at their cells,
 * and correct indicators that must not be flagged.
 */
import type { Grid } from "../../src/core/grid/grid";
import { lintGrid, type LintResult } from "../../src/core/lint/lint";
import type { Severity } from "../../src/core/model/diagnostic";
import { finding, lint, loadGrids, Qingdao, type Finding, type IndicatorField } from "./seed-helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseFormText } = require("../../scripts/seeds/form-text");
import * as fs from "fs";
import * as path from "path";

/** Where a cell is, in the seed's words: an indicator's field, or a head label / the value right of it. */
type At =
  { t: number; name: string; field: IndicatorField } | { t: number; label: string } | { t: number; right: string };

type Positive = At & { rule: string; severity: Severity; fix?: string; suggestion?: string };

let q: Qingdao;
let grid: Grid;
let result: LintResult;
let findings: Finding[];

beforeAll(async () => {
  [grid] = await loadGrids("qingdao-2023.xlsx");
  q = new Qingdao(grid);
  ({ result, findings } = lint(grid));
});

function cellOf(at: At): string {
  if ("name" in at) return q.cell(at.t, at.name, at.field);
  if ("label" in at) return q.label(at.t, at.label);
  return q.value(at.t, at.right);
}

function title(at: At & { rule: string }): string {
  const where = "name" in at ? `${at.name} ${at.field}` : "label" in at ? at.label : at.right;
  return `Qingdao ${at.t} ${where}: ${at.rule}`;
}

const POSITIVES: Positive[] = [
  // spec §6
  { t: 3, name: "实物储备企业数量", field: "value", rule: "unit-mismatch", severity: "error" },
  { t: 5, name: "第三方机构审核结果验收通过率", field: "value", rule: "unit-mismatch", severity: "error" },
  { t: 6, name: "新能源汽车财政补助标准", field: "value", rule: "operator-direction", severity: "error" },
  { t: 6, name: "2016新能源汽车补贴发放及时性", field: "name", rule: "stale-year", severity: "warning" },
  { t: 8, name: "达成合作意向率", field: "value", rule: "percent-trivial", severity: "warning", suggestion: "100%" }, // not certain: the officer may mean a lower bound
  { t: 21, name: "会议培训", field: "basis", rule: "basis-type", severity: "warning", fix: "历史标准" },
  { t: 21, name: "受益企业满意度", field: "basis", rule: "basis-type", severity: "warning", fix: "历史标准" },
  { t: 11, name: "需求企业数量", field: "basis", rule: "basis-type", severity: "warning" },
  { t: 1, name: "资金使用合规性", field: "value", rule: "unit-nonstandard", severity: "warning", fix: "≥99%" },
  {
    t: 1,
    name: "社会公众满意度",
    field: "description",
    rule: "text-artifact",
    severity: "info",
    fix: "社会公众满意度",
  },
  // found reading the seed
  { t: 20, name: "重大安全事故发生率", field: "value", rule: "unit-mismatch", severity: "error" }, // a rate as `0个`
  {
    t: 1,
    name: "企业搬迁改造及化工业转型升级工作经费",
    field: "value",
    rule: "unit-nonstandard",
    severity: "warning",
    fix: "≤170万元",
  },
  { t: 4, name: "无线电宣传工作经费", field: "value", rule: "unit-nonstandard", severity: "warning", fix: "≤18万元" },
  { t: 2, name: "储备食盐质量合格率", field: "value", rule: "unit-nonstandard", severity: "warning", fix: "100%" },
  { t: 14, name: "建设项目成本控制", field: "value", rule: "unit-nonstandard", severity: "warning" }, // `≦10百分比`
  { t: 17, name: "企业补贴金额", field: "value", rule: "unit-nonstandard", severity: "warning", fix: "≤10万元/家" },
  {
    t: 20,
    name: "监测能力提升以更好的为社会服务",
    field: "value",
    rule: "unit-nonstandard",
    severity: "warning",
    fix: "18GHz",
  },
  { t: 16, name: "“化工险”项目资金拨付时间", field: "value", rule: "value-unparseable", severity: "warning" }, // `≤12.05月|日`
  { t: 2, name: "指标1：企业满意度", field: "value", rule: "satisfaction-threshold", severity: "warning" }, // 100%
  { t: 3, name: "指标1：企业满意度", field: "value", rule: "satisfaction-threshold", severity: "warning" },
  { t: 8, name: "达成合作意向率", field: "basis", rule: "basis-type", severity: "warning" }, // 依据2022年情况测算
  { t: 10, name: "工赋青岛示范支持资金", field: "basis", rule: "basis-type", severity: "warning" },
  { t: 10, name: "视频文案审核率", field: "basis", rule: "basis-type", severity: "warning" }, // 有关部门批准
  { t: 13, name: "减免软件企业所得税数额", field: "basis", rule: "basis-type", severity: "warning" }, // 根据…《…》执行
  { t: 14, name: "建设项目数量", field: "basis", rule: "basis-type", severity: "warning" }, // bare 国无办函[2022]40号
  {
    t: 18,
    name: "购买智能网联汽车道路测试与示范应用第三方机构服务费用",
    field: "basis",
    rule: "basis-type",
    severity: "warning",
  }, // bare 《…》（…）
  { t: 2, name: "指标1：预算控制", field: "name", rule: "text-artifact", severity: "info" },
  { t: 5, name: "指标1：全市两化融合指数", field: "name", rule: "text-artifact", severity: "info" },
  // unmatched `）` inside the text: the first `）` most likely came too early, so a suggestion, not a certain fix
  {
    t: 12,
    name: "拨付资金额度",
    field: "basis",
    rule: "text-artifact",
    severity: "info",
    suggestion: "计划标准（青政发〔2008〕44号、青湾企发〔2009〕11号）",
  },
  { t: 11, name: "服务对象满意度", field: "basis", rule: "text-artifact", severity: "info" }, // tab + scoring note
  { t: 1, right: "绩效目标", rule: "text-artifact", severity: "info" }, // 目标内容1： prefixes
  { t: 3, right: "绩效目标", rule: "text-artifact", severity: "info" }, // stray `"` and tabs
  { t: 8, right: "绩效目标", rule: "text-artifact", severity: "info" }, // tab runs inside the goal
  // every table labels the plan （%） and fills it with amounts ending at 预算数
  ...Array.from({ length: 21 }, (_, i): Positive => ({
    t: i + 1,
    label: "资金支出计划",
    rule: "spend-plan-label",
    severity: "info",
  })),
];

describe("Qingdao 2023: real defects are found at their cells", () => {
  test.each(POSITIVES.map((p) => [title(p), p] as const))("%s", (_, p) => {
    expect(findings).toEqual(expect.arrayContaining([finding({ where: title(p), ...p, cell: cellOf(p) })]));
  });
});

/** Rules whose findings on this sheet are exactly these (nothing else is a defect of that kind). */
const EXACT: { rule: string; at: At[] }[] = [
  {
    rule: "unit-mismatch",
    at: [
      { t: 3, name: "实物储备企业数量", field: "value" },
      { t: 5, name: "第三方机构审核结果验收通过率", field: "value" },
      { t: 20, name: "重大安全事故发生率", field: "value" },
    ],
  },
  { rule: "operator-direction", at: [{ t: 6, name: "新能源汽车财政补助标准", field: "value" }] },
  { rule: "percent-trivial", at: [{ t: 8, name: "达成合作意向率", field: "value" }] },
  { rule: "stale-year", at: [{ t: 6, name: "2016新能源汽车补贴发放及时性", field: "name" }] },
  { rule: "value-unparseable", at: [{ t: 16, name: "“化工险”项目资金拨付时间", field: "value" }] },
];

describe("Qingdao 2023: text-artifact's fixes write the intended text", () => {
  const artifactAt = (cell: string) => result.diagnostics.find((d) => d.ruleId === "text-artifact" && d.cell === cell);
  const below = (cell: string) => cell.replace(/\d+$/, (r) => String(Number(r) + 1));

  test("Qingdao 1 资金用途 ends in three tabs: reported, the tabs go", () => {
    const d = artifactAt(below(q.label(1, "预算数")));
    expect(d?.fix?.replacement).toBe("用于企业搬迁改造及化工业转型升级工作");
  });

  test('Qingdao 3 goal: the last line holding only `"` goes with the tabs; every kind is named', () => {
    const d = artifactAt(q.value(3, "绩效目标"));
    expect(d?.fix?.replacement).toMatch(/适时轮换。$/);
    expect(d?.message.zh).toMatch(/编号前缀“目标内容1”.*制表符.*引号/);
  });

  test.each([6, 8])("Qingdao %i goal: a tab run before a line break leaves no space", (t) => {
    const d = artifactAt(q.value(t, "绩效目标"));
    expect(d?.fix?.replacement).toMatch(/\n\n7\./);
    expect(d?.fix?.replacement).not.toMatch(/[ \t]\n/);
  });

  test("Qingdao 12 basis `…44号）、…11号）`: no certain fix, the moved bracket suggested first", () => {
    const d = artifactAt(q.cell(12, "拨付资金额度", "basis"));
    expect(d?.fix).toBeUndefined();
    expect(d?.suggestions?.[0].replacement).toBe("计划标准（青政发〔2008〕44号、青湾企发〔2009〕11号）");
  });
});

describe("Qingdao 2023: value messages say what is written", () => {
  const at = (rule: string, cell: string) => result.diagnostics.find((d) => d.ruleId === rule && d.cell === cell);

  test("Qingdao 9 `≥80万` 线上观众浏览数: 万 is a magnitude; 万次 and 万人次 suggested", () => {
    const d = at("unit-missing", q.cell(9, "线上观众浏览数", "value"));
    expect(d?.message.zh).toContain("数量级");
    expect(d?.suggestions?.map((s) => s.replacement)).toEqual(["≥80万次", "≥80万人次"]);
  });

  test("Qingdao 10 `根据2021年2022年项目公开招标结果`: not called an estimate", () => {
    const d = at("basis-type", q.cell(10, "工赋青岛示范支持资金", "basis"));
    expect(d?.message.zh).not.toContain("测算");
  });
});

describe("Qingdao 2023: no other findings of the precise rules", () => {
  test.each(EXACT.map((e) => [e.rule, e] as const))("%s", (_, e) => {
    const got = findings.filter((f) => f.rule === e.rule).map((f) => f.cell);
    expect([...new Set(got)].sort()).toEqual(e.at.map(cellOf).sort());
  });
});

/** Rules that must find nothing anywhere on the sheet: the seed has no such defect. */
const NOWHERE = [
  "level1-missing", // every table has 成本, 产出, 效益 and 满意度
  "level1-unknown",
  "level2-mismatch",
  "code-label-mismatch",
  "budget-sum-mismatch", // 财政资金 = 预算数, 其他资金 blank
  "field-missing",
  "basis-missing",
  "value-missing",
  "indicator-incomplete",
  "project-code-format", // every code is 8 digits, P, 11 digits, a check character
  "cost-over-budget", // every cost stays within 预算数; 9 sums 36 + 56 = 92 exactly; 6 and 17 are per-unit
  "percent-out-of-range",
  "placeholder-unfilled",
];

describe("Qingdao 2023: rules with nothing to find stay silent", () => {
  test.each(NOWHERE)("%s", (rule) => {
    expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});

/** Correct indicators that a careless rule would flag. */
const NEGATIVES: { at: At; rule: string; why: string }[] = [
  {
    at: { t: 2, name: "指标2：储备食盐含碘量", field: "value" },
    rule: "value-unparseable",
    why: "`18-33毫克/公斤` is a range",
  },
  {
    at: { t: 9, name: "线上观众浏览数", field: "value" },
    rule: "unit-nonstandard",
    why: "`≥80万` counts viewers, not money",
  },
  {
    at: { t: 3, name: "实物储备企业数量", field: "value" },
    rule: "unit-nonstandard",
    why: "`≥70百分号` is unit-mismatch's error: no certain fix to `≥70%`",
  },
  {
    at: { t: 10, name: "宣传推广时间", field: "value" },
    rule: "unit-mismatch",
    why: "`≥8个月` is a duration, not a count",
  },
  {
    at: { t: 18, name: "智能网联汽车道路测试与示范应用主体主体审核周期", field: "value" },
    rule: "unit-mismatch",
    why: "`≤2个月`",
  },
  {
    at: { t: 1, name: "资金使用合规性", field: "value" },
    rule: "unit-mismatch",
    why: "`≥99百分号` is a percent, only misspelt",
  },
  { at: { t: 9, name: "达成合作意向率", field: "value" }, rule: "percent-trivial", why: "`100%` has no comparator" },
  {
    at: { t: 8, name: "2023世界工业互联网产业大会筹办费用", field: "name" },
    rule: "stale-year",
    why: "2023 in a 2023 table",
  },
  {
    at: { t: 12, name: "拨付资金额度", field: "basis" },
    rule: "stale-year",
    why: "years in a basis's document number are not stale",
  },
  { at: { t: 2, name: "企业满意度", field: "value" }, rule: "operator-direction", why: "satisfaction without ≤" },
];

describe("Qingdao 2023: correct indicators are not flagged", () => {
  test.each(NEGATIVES.map((n) => [`${title({ ...n.at, rule: n.rule })} (${n.why})`, n] as const))("%s", (_, n) => {
    const cell = cellOf(n.at);
    expect(findings.filter((f) => f.rule === n.rule && f.cell === cell)).toEqual([]);
  });

  test("Qingdao 2 repeats `指标1：` prefixes but no 三级指标: no indicator-duplicate", () => {
    expect(findings.filter((f) => f.rule === "indicator-duplicate" && q.contains(q.table(2), f.cell))).toEqual([]);
  });

  test.each([2, 12])("Qingdao %i: a spend plan with blank or equal points is not invalid", (t) => {
    // 2: blank, 82, 82, 120; 12: blank, 3.5, blank, 3.5 — a blank point means nothing planned by then, not 0
    expect(findings.filter((f) => f.rule === "spend-plan-invalid" && q.contains(q.table(t), f.cell))).toEqual([]);
  });

  test("Qingdao 7 is a clean table: no error or warning", () => {
    const inTable = findings.filter((f) => q.contains(q.table(7), f.cell) && f.severity !== "info");
    expect(inTable).toEqual([]);
  });
});

describe("Qingdao 2023: the sheet parses into the seed's 21 tables", () => {
  const seed = parseFormText(
    fs.readFileSync(path.join(__dirname, "..", "..", "seeds", "qingdao-2023-form.txt"), "utf8"),
  ) as {
    title: string;
    rows: string[][];
  }[];

  test("21 form tables, in order, with the seed's names, codes, budgets and indicator counts", () => {
    const tables = [...result.tables].sort((a, b) => a.anchor.row - b.anchor.row);
    const got = tables.map((t) => ({
      layout: t.layout,
      name: t.name?.text,
      code: t.code?.text,
      budget: Number(t.budget?.text),
      indicators: t.indicators.length,
      plan: t.spendPlan?.points.length,
    }));
    const want = seed.map((s) => ({
      layout: "form",
      name: s.rows[1][4].trim(),
      code: s.rows[1][1].trim(),
      budget: Number(s.rows[2][2]),
      indicators: s.rows.length - 8,
      plan: 4,
    }));
    expect(got).toEqual(want);
  });

  test("一级指标 merged over its group is inherited by every row of the group", () => {
    const t1 = result.tables.find((t) => t.name?.text.startsWith("企业搬迁改造"));
    expect(t1?.indicators.map((i) => i.level1?.text)).toEqual([
      "成本指标",
      ...Array(5).fill("产出指标"),
      ...Array(4).fill("效益指标"),
      "满意度指标",
    ]);
  });
});

describe("a cleaned copy of Qingdao table 1 raises no error", () => {
  /** Table 1's rows only, with its defects corrected the way an officer would. */
  function cleanedTable1(): Grid {
    const span = q.table(1);
    const values = grid.values
      .slice(span.start - grid.top, span.end - grid.top)
      .map((row) => row.map((v) => (typeof v === "string" ? clean(v) : v)));
    const merges = grid.merges.filter((m) => m.top >= span.start && m.bottom < span.end);
    return { sheet: grid.sheet, top: span.start, left: grid.left, values, merges };
  }

  function clean(text: string): string {
    return text
      .replace(/百分号/g, "%")
      .replace(/^≤170万$/, "≤170万元")
      .replace(/】$/, "")
      .replace(/\t+/g, "")
      .replace(/^\d\.目标内容\d：/gm, "");
  }

  test("no error-severity finding, and the table is really parsed", () => {
    const cleaned = lintGrid(cleanedTable1());
    expect(cleaned.tables).toHaveLength(1);
    expect(cleaned.tables[0].indicators).toHaveLength(11);
    expect(cleaned.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  test("the uncleaned table still has its warnings (the cleaning is what removed them)", () => {
    const raw = findings.filter((f) => q.contains(q.table(1), f.cell) && f.rule === "unit-nonstandard");
    expect(raw.length).toBeGreaterThanOrEqual(4);
    const cleaned = findingsOfGrid(cleanedTable1()).filter((f) => f.rule === "unit-nonstandard");
    expect(cleaned).toEqual([]);
  });

  function findingsOfGrid(g: Grid): Finding[] {
    return lint(g).findings;
  }
});
