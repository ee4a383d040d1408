/**
 * Like ESLint's checkRuleFiles: every rule has its code, its tests and its doc page
 * side by side, ids and severities match the spec's catalog, and the docs have the required parts.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/core/rules";
import catalog from "./spec-catalog.json";

const root = join(__dirname, "..", "..");

interface CatalogEntry {
  id: string;
  /** Every severity the spec gives the rule's findings; the rule's default is one of them. */
  severities: string[];
  fixable?: boolean;
}

const spec = new Map((catalog.rules as CatalogEntry[]).map((r) => [r.id, r]));

describe("rule files", () => {
  const ids = RULES.map((r) => r.meta.id);

  it("the registry holds exactly the spec's rule ids", () => {
    expect([...ids].sort()).toEqual([...spec.keys()].sort());
  });

  it("each rule's default severity is one the spec gives it, and the only one when the spec gives one", () => {
    for (const { meta } of RULES) {
      const severities: string[] = spec.get(meta.id)?.severities ?? [];
      expect({ id: meta.id, severity: meta.severity, ok: severities.includes(meta.severity) }).toEqual({
        id: meta.id,
        severity: meta.severity,
        ok: true,
      });
    }
  });

  it("a rule the spec calls fixable declares it", () => {
    const fixable = RULES.filter((r) => spec.get(r.meta.id)?.fixable).map((r) => [r.meta.id, r.meta.fixable]);
    expect(fixable).toEqual(fixable.map(([id]) => [id, true]));
    expect(fixable.length).toBeGreaterThan(0);
  });

  it("the rule index page links every rule", () => {
    const index = readFileSync(join(root, "docs", "rules", "README.md"), "utf8");
    for (const id of ids) expect(index).toContain(`[${id}](${id}.md)`);
  });

  it("the registry is sorted by id", () => {
    expect(ids).toEqual([...ids].sort());
  });

  describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    it("has its source file named by its id", () => {
      expect(existsSync(join(root, "src", "core", "rules", `${id}.ts`))).toBe(true);
    });

    it("has a test file that runs it", () => {
      const path = join(root, "test", "rules", `${id}.test.ts`);
      expect(existsSync(path)).toBe(true);
      expect(readFileSync(path, "utf8")).toMatch(/runRule\(/);
    });

    it("has a doc page with the required sections", () => {
      const path = join(root, "docs", "rules", `${id}.md`);
      expect(existsSync(path)).toBe(true);
      const doc = readFileSync(path, "utf8");
      expect(doc).toMatch(new RegExp(`^# ${id}\\b`, "m"));
      for (const heading of ["## Rule Details", "## Options", "## When Not To Use It"]) expect(doc).toContain(heading);
      expect(doc).toMatch(/::: incorrect/);
      expect(doc).toMatch(/::: correct/);
    });

    it("declares docs and messages in both languages", () => {
      expect(rule.meta.docs.description.zh).not.toBe("");
      expect(rule.meta.docs.description.en).not.toBe("");
      expect(rule.meta.docs.bad).not.toBe("");
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      for (const m of Object.values(rule.meta.messages)) {
        expect(m.zh).not.toBe("");
        expect(m.en).not.toBe("");
      }
    });
  });
});

describe("rule names", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RULE_NAMES } = require("../../src/core/rules/names") as typeof import("../../src/core/rules/names");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RULES } = require("../../src/core/rules") as typeof import("../../src/core/rules");
  test("every rule has a short Chinese and English name, and no name is taken twice", () => {
    expect(Object.keys(RULE_NAMES).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    const zh = Object.values(RULE_NAMES).map((n) => n.zh);
    expect(new Set(zh).size).toBe(zh.length);
    for (const n of Object.values(RULE_NAMES)) expect(n.zh.length).toBeLessThanOrEqual(14);
  });
});
