/**
 * ESLint-RuleTester-style tables for one rule: `valid` cases must raise nothing,
 * `invalid` cases must raise exactly the listed findings, in cell order, each
 * with its messageId, its certain fix (or `null`) and its suggestions (or `[]`):
 * nothing a rule produces goes unasserted. A messageId the rule does not declare
 * throws when it is reported (lint-table.ts).
 */
import type { Severity } from "../../src/core/model/diagnostic";
import type { TargetTable } from "../../src/core/model/table";
import { lintTable } from "../../src/core/lint/lint-table";
import type { RuleModule } from "../../src/core/rules/rule";
import { buildFormTable, type FormSpec } from "./form-table";
import { buildCompactTables, type CompactSpec } from "./compact-table";
import { buildFlatTable, type FlatSpec } from "./flat-table";
import { locateTables } from "../../src/core/locate/locate";
import { parseTable } from "../../src/core/parse/parse";
import { gridOf } from "../corpus/corpus";

export interface ValidCase {
  name: string;
  table: TargetTable;
  options?: Record<string, number | string | boolean>;
}

export interface ExpectedFinding {
  cell: string;
  severity: Severity;
  messageId: string;
  /** The whole new cell text of the certain fix; null when there is none. */
  fix: string | null;
  /** The whole new cell texts of the suggestions, in order; [] when there are none. */
  suggestions: string[];
  /** Message data the finding must carry (only the keys given). */
  data?: Record<string, string | number>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function runRule(rule: RuleModule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const lint = (c: ValidCase) =>
    lintTable(c.table, { options: c.options ? { [rule.meta.id]: c.options } : undefined }, [rule]);

  describe(rule.meta.id, () => {
    it("has cases of both kinds", () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe("valid", () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))("%s", (_, c) => {
        expect(lint(c).map((d) => `${d.cell} ${d.message.zh}`)).toEqual([]);
      });
    });

    describe("invalid", () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))("%s", (_, c) => {
        const found = lint(c);
        expect(found.map((d) => d.cell)).toEqual(c.errors.map((e) => e.cell));
        found.forEach((d, i) => {
          const want = c.errors[i];
          expect(d.ruleId).toBe(rule.meta.id);
          expect(d.severity).toBe(want.severity);
          expect(d.messageId).toBe(want.messageId);
          expect(d.message.zh).not.toMatch(/\{\{|^$/);
          expect(d.message.en).not.toMatch(/\{\{|^$/);
          expect(d.fix?.replacement ?? null).toBe(want.fix);
          expect((d.suggestions ?? []).map((s) => s.replacement)).toEqual(want.suggestions);
          if (want.data) expect(d.data).toMatchObject(want.data);
        });
      });
    });
  });
}

/** The model of a form-layout table (see form-table.ts for the cell positions). */
export const form = (spec: FormSpec = {}): TargetTable => buildFormTable(spec).table;
/** The model of the first project of a compact list. */
export const compact = (spec: CompactSpec = {}): TargetTable => buildCompactTables(spec).tables[0];
/** The model of a flat-layout table. */
export const flat = (spec: FlatSpec = {}): TargetTable => buildFlatTable(spec).table;

/**
 * The model of the first table written in the corpus syntax (`|` between cells, `<` merged left, `^` merged
 * up): for layouts the builders do not make (stacked or side-by-side long-term and annual sets).
 */
export function written(text: string): TargetTable {
  const grid = gridOf(text);
  const [location] = locateTables(grid);
  if (!location) throw new Error("no table in the text");
  return parseTable(grid, location);
}
