/**
 * `npm run validate` (office-addin-manifest → @microsoft/app-manifest) must load: it used to crash with
 * `Cannot find module 'fs-extra'` before any network use. Run in plain Node, as npm runs it
 * (Jest maps office-addin-manifest to a stub).
 */
import { spawnSync } from "child_process";
import { join } from "path";

it("office-addin-manifest and its validator load in Node", () => {
  const script = 'require("office-addin-manifest"); require("@microsoft/app-manifest"); console.log("loaded")';
  const run = spawnSync(process.execPath, ["-e", script], { cwd: join(__dirname, "..", ".."), encoding: "utf8" });
  expect(run.stderr).not.toMatch(/Cannot find module/);
  expect(run.stdout.trim()).toBe("loaded");
});
