/**
 * Like ESLint's checkRuleFiles: every rule has its code, its tests and its doc page
 * side by side, ids match the spec's catalog, and the docs have the required parts.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/core/rules";

const root = join(__dirname, "..", "..");
const specPath = join(root, "..", "shared", "spec", "target-table.md");

function specIds(): string[] {
  const text = readFileSync(specPath, "utf8");
  const section = text.slice(text.indexOf("## 5. Rules"), text.indexOf("## 6."));
  return [...section.matchAll(/^\| ([a-z0-9]+-[a-z0-9-]+) \|/gm)].map((m) => m[1]).sort();
}

describe("rule files", () => {
  const ids = RULES.map((r) => r.meta.id);

  (existsSync(specPath) ? it : it.skip)("the registry holds exactly the spec's rule ids", () => {
    expect([...ids].sort()).toEqual(specIds());
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
