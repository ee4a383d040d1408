import { lintTable } from "../../src/core/lint/lint-table";
import type { RuleModule } from "../../src/core/rules/rule";
import type { TargetTable } from "../../src/core/model/table";
import { form } from "../helpers/rule-tester";

const meta = (id: string): RuleModule["meta"] => ({
  id,
  severity: "warning",
  docs: { description: { zh: "测试", en: "test" }, bad: "", good: "" },
  messages: { known: { zh: "已知 {{n}}", en: "known {{n}}" } },
});

describe("lintTable", () => {
  it("throws when a rule reports a messageId it does not declare", () => {
    const rule: RuleModule = {
      meta: meta("typo-rule"),
      check: (context) => context.report({ at: { row: 0, col: 0 }, messageId: "knwon" }),
    };
    expect(() => lintTable(form(), {}, [rule])).toThrow(/typo-rule.*"knwon"/);
  });

  it("cuts a long quote in the message, keeping it whole in the data (a 40,000-character cell, fourteenth session)", () => {
    const long = "说明".repeat(20000);
    const rule: RuleModule = {
      meta: meta("quote-rule"),
      check: (context) => context.report({ at: { row: 0, col: 0 }, messageId: "known", data: { n: long } }),
    };
    const [d] = lintTable(form(), {}, [rule]);
    expect(d.message.zh).toBe(`已知 ${long.slice(0, 80)}…`);
    expect(d.data.n).toBe(long);
  });

  it("keeps one finding per rule, cell, message and data (a merged cell read on several rows)", () => {
    const rule: RuleModule = {
      meta: meta("repeat-rule"),
      check: (context) => {
        for (const n of [1, 1, 2]) context.report({ at: { row: 3, col: 2 }, messageId: "known", data: { n } });
      },
    };
    expect(lintTable(form(), {}, [rule]).map((d) => d.message.en)).toEqual(["Known 1", "Known 2"]);
  });

  it("keeps one finding per cell past the first few, where repeats are looked up by cell", () => {
    // 40 cells, each reported three times, interleaved: the repeats come after the rule's 16th finding.
    const cells = Array.from({ length: 40 }, (_, i) => ({ row: 10 + i, col: i % 7 }));
    const rule: RuleModule = {
      meta: meta("many-rule"),
      check: (context) => {
        for (let pass = 0; pass < 3; pass++)
          for (const at of cells) context.report({ at, messageId: "known", data: { n: at.row } });
        context.report({ at: cells[0], messageId: "known", data: { n: 999 } }); // other data: its own finding
      },
    };
    const other: RuleModule = {
      meta: meta("other-rule"),
      check: (context) => context.report({ at: cells[0], messageId: "known", data: { n: 10 } }),
    };
    const found = lintTable(form(), {}, [rule, other]);
    expect(found.filter((d) => d.ruleId === "many-rule")).toHaveLength(41);
    expect(found.filter((d) => d.ruleId === "other-rule")).toHaveLength(1);
  });

  it("derives what several rules ask of a table once per table", () => {
    const seen: TargetTable[] = [];
    const derive = (table: TargetTable) => {
      seen.push(table);
      return table.indicators.length;
    };
    const asking = (id: string): RuleModule => ({ meta: meta(id), check: (context) => void context.once(derive) });
    const table = form();
    lintTable(table, {}, [asking("a-rule"), asking("b-rule")]);
    expect(seen).toEqual([table]);
  });
});
