/**
 * A fresh clone with nothing beside it must pass every test: no file of the repository may reach
 * for the domain material that sits next to the checkout on the developers' machines
 * (vendor what a test needs: schemas/, test/rules/spec-catalog.json).
 */
import { readdirSync, readFileSync } from "fs";
import { join, relative } from "path";

const root = join(__dirname, "..", "..");
const SKIP = new Set([".git", "node_modules", "dist", "lib", "coverage", "test-output", "corpus-out"]);
/** Code and data that run or are read at test time (a doc may name where the spec lives). */
const CODE = /\.(ts|tsx|js|mjs|cjs|json|html|yml|yaml|xml|sh)$|^run$/;
/** The sibling folder as a relative path (either slash), or joined from the parts `..` and `shared`. */
const SIBLING = new RegExp(["\\.\\.[/\\\\]shared\\b", `["']\\.\\.["'],\\s*["']shared["']`].join("|"));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

describe("the repository is self-contained", () => {
  it("no code or data file reads the shared folder beside the checkout", () => {
    const offenders = files(root)
      .filter((path) => SIBLING.test(readFileSync(path, "utf8")))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });

  it("the check sees such a path", () => {
    const dots = "..";
    expect(SIBLING.test(`join(root, "${dots}", "shared", "spec")`)).toBe(true);
    expect(SIBLING.test(`xmllint --schema ${dots}/shared/schemas/x.xsd`)).toBe(true);
    expect(SIBLING.test("shared with the Excel adapter")).toBe(false);
  });
});
