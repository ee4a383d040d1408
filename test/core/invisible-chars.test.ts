/**
 * Characters nobody sees (U+200B zero-width space, U+00AD soft hyphen, U+2060 word joiner …) pasted with a cell's
 * text from a web page or Word: text-artifact reports them and its fix removes them; every other rule reads the cell
 * as if they were not there, and fixes still expect the cell's text as written (corpus syntax: `|` between cells,
 * `<` merged left, `^` merged up).
 */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { lintGrid } from "../../src/core/lint/lint";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { tableYear } from "../../src/core/model/table-year";
import { visibleText } from "../../src/core/text/normalize";
import { gridOf, loadCorpus } from "../corpus/corpus";
import { buildCompactTables, DEFAULT_ITEMS, type CompactItem } from "../helpers/compact-table";

const ZWSP = "\u200b";

/** The grid with `edit` applied to every text cell. */
function edited(grid: Grid, edit: (text: string) => string): Grid {
  const values = grid.values.map((row) => row.map((v): CellValue => (typeof v === "string" ? edit(v) : v)));
  return { ...grid, values };
}

/** A finding as `A1 rule severity message → fix`: what an officer sees of it. */
function shown(d: Diagnostic): string {
  const fixes = [d.fix, ...(d.suggestions ?? [])].map((f) => f?.replacement ?? "-").join(" / ");
  return `${d.cell} ${d.ruleId} ${d.severity} ${d.message.zh} → ${fixes}`;
}

function findings(grid: Grid): Diagnostic[] {
  return lintGrid(grid).diagnostics;
}

/** Every finding but text-artifact's. */
function others(grid: Grid): string[] {
  return findings(grid)
    .filter((d) => d.ruleId !== "text-artifact")
    .map(shown);
}

/** Every fix's `expected` is the text its cell holds as written. */
function expectFixesOnWrittenText(grid: Grid): void {
  for (const d of findings(grid)) {
    for (const fix of [d.fix, ...(d.suggestions ?? [])]) {
      if (!fix) continue;
      const written = grid.values[fix.row - grid.top]?.[fix.col - grid.left];
      expect(fix.expected).toBe(written === null || written === undefined ? "" : String(written));
    }
  }
}

const ROAD = (z: string) => `2024年度项目支出绩效目标表${z}|<|<|<
项目名称|道路养护${z}|<|<
主管部门|某县交通局|<|<
预算数|100${z}|<|<
其中：财政资金|100${z}|<|<
其他资金|-${z}|<|<
年度目标|完成道路养护10公里${z}|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|养护里程|>=10公里${z}
^|^|指标2${z}|
^|质量指标|验收合格率|290%${z}
^|^|……${z}|
^|^|……${z}|
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%
成本指标|经济成本指标|养护成本|≤50万元`;

describe("a zero-width space after a cell's text", () => {
  const clean = gridOf(ROAD(""));
  const pasted = gridOf(ROAD(ZWSP));
  const all = findings(pasted).map((d) => `${d.cell} ${d.ruleId}`);

  test("the template's placeholder rows (`指标2`, `……`) stay placeholders: no value-missing, no duplicate", () => {
    expect(all).not.toContain("D10 value-missing");
    expect(all).not.toContain("D12 value-missing");
    expect(all).not.toContain("D13 value-missing");
    expect(all).not.toContain("C13 indicator-duplicate");
    expect(all).toContain("C10 indicator-incomplete");
  });

  test("a blank part written `-` is no amount to weigh: no budget-sum-mismatch", () => {
    expect(all.filter((f) => f.endsWith("budget-sum-mismatch"))).toEqual([]);
  });

  test("`290%` is still a percent out of range, its message quoting what the officer sees", () => {
    const finding = findings(pasted).find((d) => d.cell === "D11" && d.ruleId === "percent-out-of-range");
    expect(finding?.message.zh).toContain("“290%”");
  });

  test("a fix expects the cell as written and writes it without the character", () => {
    const nonstandard = findings(pasted).find((d) => d.cell === "D9" && d.ruleId === "unit-nonstandard");
    expect(nonstandard?.fix).toMatchObject({ expected: `>=10公里${ZWSP}`, replacement: "≥10公里" });
    expectFixesOnWrittenText(pasted);
  });

  test("text-artifact still reports the character, with its fix", () => {
    const artifact = findings(pasted).find((d) => d.cell === "D11" && d.ruleId === "text-artifact");
    expect(artifact?.fix).toMatchObject({ expected: `290%${ZWSP}`, replacement: "290%" });
  });

  test("the other findings are the clean twin's", () => {
    expect(others(pasted)).toEqual(others(clean));
  });

  test("the head fields read as written without it: name, amounts, title", () => {
    const [table] = lintGrid(pasted).tables;
    expect(table.name?.text).toBe("道路养护");
    expect(table.budget?.text).toBe("100");
    expect(table.other?.text).toBe("-");
    expect(table.title?.text).toBe("2024年度项目支出绩效目标表");
  });
});

describe("the table's year, with a zero-width space after the title or the year line", () => {
  const rows = `项目名称|道路养护|<|<
主管部门|某县交通局|<|<
年度目标|完成道路养护10公里|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|养护里程|≥10公里
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%`;

  test.each([
    ["the title", (z: string) => `2019年度项目支出绩效目标表${z}|<|<|<\n${rows}`],
    ["the year line", (z: string) => `项目支出绩效目标表|<|<|<\n(2019年度)${z}|<|<|<\n${rows}`],
  ])("%s still gives 2019 (no 成本指标 asked of a 2019 table)", (_, table) => {
    const pasted = gridOf(table(ZWSP));
    expect(tableYear(lintGrid(pasted).tables[0])).toBe(2019);
    expect(others(pasted)).toEqual(others(gridOf(table(""))));
    expect(others(pasted).filter((f) => f.includes("level1-missing"))).toEqual([]);
  });
});

describe("an amount written as text with a zero-width space, beside a part no head word names", () => {
  // `政府性基金 | 40`: the funds hold a part the head words do not name, so 60 short of 100 is no finding.
  const table = (z: string) => `项目名称|道路养护|<|<
预算数|100|<|<
其中：财政资金|60|<|<
政府性基金|40${z}|<|<
年度目标|完成道路养护10公里|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|养护里程|≥10公里
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%
成本指标|经济成本指标|养护成本|≤50万元`;

  test("is still that part's amount: no budget-sum-mismatch, as in the clean twin", () => {
    const pasted = gridOf(table(ZWSP));
    expect(others(pasted)).toEqual(others(gridOf(table(""))));
    expect(others(pasted).filter((f) => f.includes("budget-sum-mismatch"))).toEqual([]);
  });
});

describe("a zero-width space before the indicator header's words", () => {
  const table = (z: string) => `项目名称|道路养护|<|<
年度目标|完成道路养护10公里|<|<
${z}一级指标|${z}二级指标|${z}三级指标|${z}指标值
产出指标|数量指标|养护里程|≥10公里
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%
成本指标|经济成本指标|养护成本|≤50万元`;

  test("the header is found and the table read as its clean twin", () => {
    const pasted = lintGrid(gridOf(table(ZWSP)));
    expect(pasted.tables).toHaveLength(1);
    expect(pasted.tables[0].indicators).toHaveLength(4);
    expect(others(gridOf(table(ZWSP)))).toEqual(others(gridOf(table(""))));
  });
});

describe("a soft hyphen inside a label column's caption (`绩­效指标`, from Word)", () => {
  const table = (z: string) => `项目名称|道路养护|<|<|<
年度目标|完成道路养护10公里|<|<|<
一级指标|<|二级指标|三级指标|指标值
绩${z}效指标|产出指标|数量指标|养护里程|≥10公里
^|^|^|养护桥梁|≥3座
^|^|^|新建护栏|≥2公里
^|^|质量指标|验收合格率|100%
^|^|^|路面优良率|≥90%
^|^|时效指标|完成时间|2024年11月底前
^|效益指标|社会效益指标|通行条件|有效改善
^|满意度指标|服务对象满意度指标|群众满意度|≥90%
^|成本指标|经济成本指标|养护成本|≤50万元`;

  test("is still the caption: the classes are read from the column beside it", () => {
    const pasted = gridOf(table("\u00ad"));
    expect(lintGrid(pasted).tables[0].indicators[0].level1?.text).toBe("产出指标");
    expect(others(pasted)).toEqual(others(gridOf(table(""))));
  });
});

describe("a zero-width space inside a compact list's packed cell", () => {
  const project = (z: string) => {
    const items = DEFAULT_ITEMS.map((item) => [...item]) as CompactItem[];
    items[0][4] = `运维业务系统数量${z}`;
    items[1][6] = `≥95%${z}`;
    return buildCompactTables({ projects: [{ name: "无线电监测", goal: "保障无线电安全", items }] }).grid;
  };

  test("text-artifact finds it in its item and rewrites that item only; the rest reads as the clean twin", () => {
    const pasted = project(ZWSP);
    const artifacts = findings(pasted).filter((d) => d.ruleId === "text-artifact");
    expect(artifacts.map((d) => d.message.zh)).toEqual([
      expect.stringContaining("应为“≥95%”"),
      expect.stringContaining("应为“运维业务系统数量”"),
    ]);
    const written = String(pasted.values[2][2]);
    expect(artifacts[1].fix).toMatchObject({ expected: written, replacement: written.replace(`数量${ZWSP}`, "数量") });
    expect(others(pasted)).toEqual(others(project("")));
  });
});

describe("the corpus with an invisible character in every text cell", () => {
  const { grids } = loadCorpus();
  const cases: [string, (text: string) => string][] = [
    ["U+200B after", (t) => t + ZWSP],
    ["U+200B before", (t) => ZWSP + t],
    ["U+00AD inside", (t) => (t.length > 1 ? t[0] + "\u00ad" + t.slice(1) : t)],
    ["U+2060 after", (t) => t + "\u2060"],
  ];

  test.each(cases)("%s: the clean tables' findings, plus text-artifact's", (_, edit) => {
    for (const [key, grid] of grids) {
      const pasted = edited(grid, edit);
      const plain = findings(grid).map(shown);
      const read = findings(pasted);
      const extra = read.map(shown).filter((f) => !plain.includes(f));
      expect({ key, others: others(pasted) }).toEqual({ key, others: others(grid) });
      expect({ key, extra: extra.filter((f) => !f.includes(" text-artifact ")) }).toEqual({ key, extra: [] });
      expectFixesOnWrittenText(pasted);
    }
  });
});

describe("visibleText", () => {
  test("drops what nobody sees", () => {
    expect(visibleText(`290%${ZWSP}`)).toBe("290%");
    expect(visibleText("经济\u00ad成本\u2060指标\ufeff")).toBe("经济成本指标");
  });

  test("keeps the joiners of a script written with them (Uyghur)", () => {
    const uyghur = "ئىككىنچى\u200cدەرىجىلىك";
    expect(visibleText(uyghur)).toBe(uyghur);
  });
});
