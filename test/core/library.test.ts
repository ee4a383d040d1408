import { lintGrid } from "../../src/core/lint/lint";
import {
  guessProjectType,
  LEVEL2_BY_LEVEL1,
  LIBRARY,
  libraryEntries,
  libraryEntryNamed,
  PROJECT_TYPES,
  type LibraryEntry,
} from "../../src/core/schema";
import { blankFlatTable, STARTER_INDICATORS } from "../../src/core/template";
import { blockGrid, fillBlock } from "../helpers/fill-template";
import { buildFormTable, DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";

/** A clean table (one indicator of each 一级) with the entry added, filled with its typical value. */
function tableWith(entry: LibraryEntry, value = entry.example) {
  const others = DEFAULT_INDICATORS.filter((row) => row[2] !== entry.name).map((row): IndicatorRow => [
    row[0] || "",
    row[1],
    row[2],
    row[3],
    row[4],
    row[5],
  ]);
  // The entry joins as its own group, 一级 written out.
  const rows: IndicatorRow[] = [...others, [entry.level1, entry.level2, entry.name, entry.name, value, entry.basis]];
  return buildFormTable({
    budget: 1000,
    fiscal: 1000,
    plan: [100, 400, 700, 1000],
    planLabel: "资金支出计划（万元）",
    indicators: rows,
    level1Style: "repeated",
  });
}

describe("the indicator library", () => {
  test("holds at least 150 entries over every project type, each with a source", () => {
    expect(LIBRARY.length).toBeGreaterThanOrEqual(150);
    for (const type of PROJECT_TYPES) expect(LIBRARY.some((e) => e.type === type)).toBe(true);
    for (const e of LIBRARY) {
      expect(e.source).toMatch(/^(seed:|corpus:|reference$|curated$)/);
      expect(LEVEL2_BY_LEVEL1[e.level1]).toContain(e.level2);
    }
  });

  test("no name twice within one project type", () => {
    for (const type of PROJECT_TYPES) {
      const names = LIBRARY.filter((e) => e.type === type).map((e) => e.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  test("the clean table the entries join has no finding by itself", () => {
    const { grid } = buildFormTable({
      budget: 1000,
      fiscal: 1000,
      plan: [100, 400, 700, 1000],
      planLabel: "资金支出计划（万元）",
      level1Style: "repeated",
    });
    expect(lintGrid(grid).diagnostics.map((d) => `${d.ruleId} ${d.cell}`)).toEqual([]);
  });

  test.each(LIBRARY.map((e) => [`${e.type} ${e.level2} ${e.name} ${e.example}`, e] as const))(
    "%s: filled with its typical value, passes every rule",
    (_, entry) => {
      const result = lintGrid(tableWith(entry).grid);
      expect(result.diagnostics.map((d) => `${d.ruleId} ${d.cell} ${d.message.en}`)).toEqual([]);
    },
  );

  test.each(LIBRARY.map((e) => [`${e.type} ${e.name}`, e] as const))(
    "%s: in a flat table (value, unit and 指标性质 in their columns), passes every rule",
    (_, entry) => {
      const kinds = [...STARTER_INDICATORS, [entry.level1, entry.level2] as const];
      const block = blankFlatTable({ indicators: kinds });
      const last = block.rows - 1;
      const filled = fillBlock(block, (row, level2) =>
        row === last ? entry : libraryEntries("培训", level2).find((e) => e.name !== entry.name)!,
      );
      const result = lintGrid(blockGrid(filled));
      expect(result.diagnostics.map((d) => `${d.ruleId} ${d.cell} ${d.message.en}`)).toEqual([]);
    },
  );

  test("an entry's skeleton is its typical value with the number blank, and is caught until typed", () => {
    const rate = LIBRARY.find((e) => e.name === "系统正常运行率")!;
    expect([rate.form, rate.example, rate.unit, rate.comparator]).toEqual(["≥__%", "≥95%", "%", "≥"]);
    const date = LIBRARY.find((e) => e.name === "采购完成时间")!;
    expect(date.form).toBe("≤__月__日");
    const counted = LIBRARY.find((e) => e.name === "购置车辆数量")!;
    expect([counted.form, counted.example]).toEqual(["__辆", "2辆"]);
    const rules = lintGrid(tableWith(rate, rate.form).grid).diagnostics.map((d) => d.ruleId);
    expect(rules).toContain("placeholder-unfilled");
  });

  test("entries for a type and 二级 come first from that type, then 通用", () => {
    const got = libraryEntries("培训", "服务对象满意度指标").map((e) => `${e.type}:${e.name}`);
    expect(got).toEqual(["培训:学员满意度", "培训:培训人员满意度", "通用:服务对象满意度"]);
    expect(libraryEntries(undefined, "时效指标").every((e) => e.level2 === "时效指标")).toBe(true);
    expect(libraryEntryNamed("故障响应时间")?.unit).toBe("小时");
  });

  test.each([
    ["工业和信息化培训经费", "培训"],
    ["信息化工作经费", "信息化建设与运维"],
    ["食盐储备经费", "储备"],
    ["新能源汽车推广应用财政补助", "补助/奖励"],
    ["镇际联网路升级改造工程一期", "工程建设"],
    ["综合工作经费", undefined],
    // Fourteenth session: the word written last tells what the project is.
    ["老城区企业搬迁改造奖励资金", "补助/奖励"],
    ["RCEP国际食品饮料数字博览会专项资金", "会议"],
    ["2023世界工业互联网产业大会专项资金", "会议"],
  ])("guesses %s as %s", (name, type) => {
    expect(guessProjectType(name)).toBe(type);
  });
});
