import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "validate-manifest.js");
const original = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function validate(xml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  const run = spawnSync("node", [SCRIPT, file], { cwd: ROOT, encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  return { status: run.status, output: run.stdout + run.stderr };
}

function edited(from: string, to: string): string {
  expect(original).toContain(from);
  return original.replace(from, to);
}

describe("scripts/validate-manifest.js", () => {
  test("the real manifest passes", () => {
    const run = spawnSync("node", [SCRIPT], { cwd: ROOT, encoding: "utf8" });
    expect(run.stdout + run.stderr).toContain("valid");
    expect(run.status).toBe(0);
  });

  test("a resid used but not defined fails", () => {
    const { status, output } = validate(edited('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
    expect(status).toBe(1);
    expect(output).toContain('resid "Group.Missing" is used but not defined in <Resources>');
  });

  test("an http URL fails", () => {
    const { status, output } = validate(
      edited(
        'DefaultValue="https://localhost:3000/commands.html"',
        'DefaultValue="http://localhost:3000/commands.html"',
      ),
    );
    expect(status).toBe(1);
    expect(output).toContain("URL must use https: http://localhost:3000/commands.html");
  });

  test("an icon missing from assets/ fails", () => {
    const { status, output } = validate(edited("assets/icon-80.png", "assets/icon-81.png"));
    expect(status).toBe(1);
    expect(output).toContain("icon file missing: https://localhost:3000/assets/icon-81.png");
  });

  test("a resid longer than 32 characters fails", () => {
    const long = "CheckSheet.Tooltip.ThatIsFarTooLong";
    const { status, output } = validate(original.split('"CheckSheet.Tooltip"').join(`"${long}"`));
    expect(status).toBe(1);
    expect(output).toContain(`resid "${long}" is ${long.length} characters`);
  });

  test("an XSD violation (no <Id>) fails with xmllint's message", () => {
    const { status, output } = validate(original.replace(/<Id>[^<]*<\/Id>/, ""));
    expect(status).toBe(1);
    expect(output).toMatch(
      /XSD: line \d+: .*Element .*Version.*This element is not expected\. Expected is \( \{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Id \)/,
    );
  });

  test("a short string over 125 characters fails", () => {
    const { status, output } = validate(edited('DefaultValue="检查本表"', `DefaultValue="${"长".repeat(126)}"`));
    expect(status).toBe(1);
    expect(output).toContain("short string longer than 125 characters");
  });
});
