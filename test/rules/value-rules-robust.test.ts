/**
 * The value rules on tables the model allows but officers rarely make: missing
 * fields, blank texts, odd numbers, no indicators. A rule must report clearly
 * or stay silent, never throw.
 */
import type { Field, Indicator, TargetTable } from "../../src/core/model/table";
import { lintTable } from "../../src/core/lint/lint-table";
import { RULES_BY_ID } from "../../src/core/rules";
import { compact, flat, form } from "../helpers/rule-tester";

const VALUE_RULES = [
  "value-unparseable",
  "unit-nonstandard",
  "unit-missing",
  "unit-mismatch",
  "unit-inconsistent",
  "qualitative-with-sign",
  "operator-direction",
  "percent-out-of-range",
  "percent-trivial",
  "satisfaction-threshold",
  "qualitative-quantity",
  "timeliness-vague",
  "cost-over-budget",
].map((id) => RULES_BY_ID.get(id)!);

const field = (text: string, raw: Field["raw"] = text): Field => ({ text, raw, row: 20, col: 5 });

const ODD_VALUES: Field[] = [
  field(""),
  field("   "),
  field("NaN", Number.NaN),
  field("Infinity", Number.POSITIVE_INFINITY),
  field("1e308"),
  field("TRUE", true),
  field("#DIV/0!", { error: "#DIV/0!" }),
  field("≥"),
  field("%"),
  field("万元|"),
  field("|"),
  field("≥-0%"),
  field("99999999999999999999亿元"),
  field("≤0.00001元"),
  field("——提升——"),
  field("1-2-3"),
  { text: "≥5%", raw: "x", row: 20, col: 5, cellText: "≥5%", span: { start: 9, end: 2 } },
];

/** Every combination the model allows of a missing or odd name, level and value. */
function oddIndicators(): Indicator[] {
  const levels: [string | undefined, string | undefined][] = [
    [undefined, undefined],
    ["成本指标", "经济成本指标"],
    ["满意度指标", undefined],
    ["产出指标", "时效指标"],
    ["", ""],
  ];
  const out: Indicator[] = [];
  for (const value of ODD_VALUES) {
    for (const [l1, l2] of levels) {
      for (const name of [undefined, "", "满意度", "数量", "成本费用率"]) {
        out.push({
          index: out.length,
          row: 20,
          level1: l1 === undefined ? undefined : field(l1),
          level2: l2 === undefined ? undefined : field(l2),
          name: name === undefined ? undefined : field(name),
          value,
          periodValue: value,
          annualValue: field(""),
          unitColumn: field("%|"),
          comparatorColumn: field("＞＝"),
        });
      }
    }
  }
  return out;
}

function withOdd(table: TargetTable, budget?: Field): TargetTable {
  return { ...table, budget, indicators: oddIndicators() };
}

describe("value rules on odd tables", () => {
  const tables: [string, TargetTable][] = [
    ["form, no indicators", { ...form(), indicators: [] }],
    ["form, odd indicators, budget NaN", withOdd(form(), field("NaN", Number.NaN))],
    ["form, odd indicators, no budget", withOdd(form())],
    ["form, odd indicators, budget 0", withOdd(form(), field("0", 0))],
    ["compact, odd indicators", withOdd(compact())],
    ["flat, odd indicators, budget in words", withOdd(flat(), field("二十八万"))],
  ];

  it.each(tables)("%s: no rule throws, every finding has a message", (_, table) => {
    const found = lintTable(table, {}, VALUE_RULES);
    for (const d of found) {
      expect(d.message.zh).not.toMatch(/\{\{|^$/);
      expect(d.message.en).not.toMatch(/\{\{|^$/);
    }
  });

  it("odd values do draw findings (the check above is not vacuous)", () => {
    // A budget of 1 under costs of more (a budget of 0 caps nothing: nineteenth session).
    const found = lintTable(withOdd(form(), field("1", 1)), {}, VALUE_RULES);
    expect(found.some((d) => d.ruleId === "value-unparseable")).toBe(true);
    expect(found.some((d) => d.ruleId === "cost-over-budget")).toBe(true);
  });
});
