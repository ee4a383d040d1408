/**
 * Overlapping rules (spec: one defect, one finding): a rule that yields to
 * another (meta.yieldsTo) keeps quiet where that one reports on the same cell,
 * and speaks again when the user turns that one off.
 */
import { lintTable } from "../../src/core/lint/lint-table";
import { RULES } from "../../src/core/rules";
import { form } from "../helpers/rule-tester";
import type { IndicatorRow } from "../helpers/form-table";

const countInPercent: IndicatorRow = [
  "产出指标",
  "数量指标",
  "实物储备企业数量",
  "实物储备企业数量",
  "≥70百分号",
  "计划标准",
];
const table = () => form({ indicators: [countInPercent] });
const at = (ids: string[]) => (d: { ruleId: string; cell: string }) => ids.includes(d.ruleId) && d.cell === "F10";

describe("rule precedence", () => {
  test("every yieldsTo names a rule of the registry", () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const r of RULES) for (const id of r.meta.yieldsTo ?? []) expect(ids).toContain(id);
  });

  test("unit-nonstandard yields to unit-mismatch on the same cell", () => {
    const found = lintTable(table()).filter(at(["unit-mismatch", "unit-nonstandard"]));
    expect(found.map((d) => d.ruleId)).toEqual(["unit-mismatch"]);
  });

  test.each<[string, string, string, string[]]>([
    // One cause, one finding (second hunt): each of these echoed another finding on the same cell.
    ["时效指标", "工程完工时间", "X月X日前", ["placeholder-unfilled"]],
    ["时效指标", "开工时间", "20XX年底前", ["placeholder-unfilled"]],
    ["数量指标", "户均改造成本", "≤__万元/户", ["placeholder-unfilled"]],
    ["质量指标", "验收合格率", "≥120百分号", ["percent-out-of-range"]],
    ["质量指标", "工程质量", "≧提升", ["qualitative-with-sign"]],
    // Thirteenth session: a cell of an invisible character alone is empty, not a text to clean.
    ["数量指标", "专项整治次数", "\u200b", ["value-missing"]],
  ])("%s %s %s: only the cause is reported", (level2, name, value, want) => {
    const row: IndicatorRow = ["产出指标", level2, name, name, value, "计划标准"];
    const found = lintTable(form({ indicators: [row] })).filter((d) => d.cell === "F10");
    expect(found.map((d) => d.ruleId)).toEqual(want);
  });

  test("with unit-mismatch turned off, unit-nonstandard's finding stands", () => {
    const found = lintTable(table(), { rules: { "unit-mismatch": "off" } }).filter(
      at(["unit-mismatch", "unit-nonstandard"]),
    );
    expect(found.map((d) => [d.ruleId, d.fix?.replacement])).toEqual([["unit-nonstandard", "≥70%"]]);
  });
});
