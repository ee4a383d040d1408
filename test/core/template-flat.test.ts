import { toA1 } from "../../src/core/grid/address";
import { lintGrid } from "../../src/core/lint/lint";
import { blankFlatTable, blankFormTable, FLAT_HEADER, STARTER_INDICATORS } from "../../src/core/template";
import { blockGrid, fillBlock } from "../helpers/fill-template";

// Blank starter rows are read as empty template rows (spec §7): at most level1-missing for them.
const FILL_IN = new Set(["field-missing", "indicator-incomplete", "value-missing", "basis-missing", "level1-missing"]);

describe("blankFlatTable", () => {
  test("is the budget systems' export: head block, the flat header, one row per starter kind", () => {
    const block = blankFlatTable();
    expect(block.cols).toBe(10);
    expect(block.values[5]).toEqual(FLAT_HEADER);
    expect(block.values.slice(6).map((l) => [l[0], l[1]])).toEqual(STARTER_INDICATORS.map(([a, b]) => [a, b]));
    for (const line of block.values.slice(6)) expect(line.slice(2)).toEqual(Array(8).fill(null));
  });

  test("every controlled cell of a row has a dropdown, and the cells to type have prompts", () => {
    const block = blankFlatTable();
    const listAt = (col: number) => block.lists.find((l) => l.range.top === 6 && l.range.left === col)?.items;
    expect(listAt(0)).toContain("产出指标");
    expect(listAt(1)).toEqual(["数量指标", "质量指标", "时效指标"]);
    expect(listAt(4)).toContain("%");
    expect(listAt(5)).toEqual(["≥", "≤", "＝", "＞", "＜", "定性"]);
    expect(listAt(6)).toContain("预算支出标准");
    const prompted = block.prompts
      .filter((p) => p.range.top === 6)
      .map((p) => p.range.left)
      .sort((a, b) => a - b);
    expect(prompted).toEqual([2, 3, 4, 5, 6, 7, 8]);
    for (const p of block.prompts) {
      expect(p.title.length).toBeLessThanOrEqual(32);
      expect(p.message.length).toBeLessThanOrEqual(255);
    }
  });

  test.each([
    [0, 0],
    [4, 3],
  ])("placed at row %i col %i, it reads as one flat table whose findings only ask to fill in", (top, left) => {
    const result = lintGrid(blockGrid(blankFlatTable(), top, left));
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0].layout).toBe("flat");
    expect([...new Set(result.diagnostics.map((d) => d.ruleId))].filter((id) => !FILL_IN.has(id))).toEqual([]);
    const at = (id: string) =>
      result.diagnostics.filter((d) => d.ruleId === id).map((d) => toA1(d.row - top, d.col - left));
    expect(at("field-missing")).toEqual(expect.arrayContaining(["B2", "B4", "B5"]));
  });
});

describe("a filled template of each layout", () => {
  test.each([
    ["form", blankFormTable()],
    ["flat", blankFlatTable()],
  ])("%s: no finding", (layout, block) => {
    const result = lintGrid(blockGrid(fillBlock(block)));
    expect(result.tables.map((t) => t.layout)).toEqual([layout]);
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.cell} ${d.message.en}`)).toEqual([]);
  });
});
