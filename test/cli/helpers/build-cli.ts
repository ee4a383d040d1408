/**
 * Builds lib/ (tsconfig.cli.json) when any source is newer than the built CLI,
 * then runs `node bin/jixiao-lint.js` as a user would. A lock directory keeps
 * two jest workers from compiling at once.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
const BIN = path.join(ROOT, "bin", "jixiao-lint.js");
const MAIN = path.join(ROOT, "lib", "cli", "main.js");
const LOCK = path.join(os.tmpdir(), `jixiao-lint-build-${Buffer.from(ROOT).toString("hex").slice(-16)}`);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const m = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

function isStale(): boolean {
  if (!fs.existsSync(MAIN)) return true;
  const built = fs.statSync(MAIN).mtimeMs;
  return ["core", "i18n", "host", "cli", "xlsx"].some((d) => newestMtime(path.join(ROOT, "src", d)) > built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock(fn: () => void): void {
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) fs.rmSync(LOCK, { recursive: true, force: true }); // a crashed builder's lock
      sleep(200);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Others' in-progress files may not type-check; tsc still emits, so its exit status is ignored. */
export function ensureBuilt(): void {
  if (!isStale()) return;
  withLock(() => {
    if (!isStale()) return;
    try {
      execFileSync(
        process.execPath,
        [path.join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
        {
          cwd: ROOT,
          stdio: "pipe",
        },
      );
    } catch {
      // emitted anyway; checked below
    }
    // tsc leaves an unchanged output's mtime alone: touch it so the next check sees a fresh build.
    const now = new Date();
    fs.utimesSync(MAIN, now, now);
  });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the binary with a clean colour environment (jest sets FORCE_COLOR for its workers). */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.JIXIAO_LINT_LANG;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: "utf8" });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
