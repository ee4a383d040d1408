/**
 * Where annotated copies go: `<dir>/<input's name>`. Two inputs with the same
 * name (a/表.xlsx, b/表.xlsx) get `表 (2).xlsx` rather than one overwriting the
 * other. A copy that would land on any input is not written (checked before
 * any file is read, so an input is never replaced before its own check), and
 * the worker never writes over an existing file.
 */
import { promises as fs, realpathSync } from "node:fs";
import * as path from "node:path";
import type { Locale } from "../core/model/diagnostic";
import { fsReason } from "./fs-errors";
import { t } from "./messages";

const FOLD = process.platform === "win32" || process.platform === "darwin";

function real(file: string): string {
  let resolved: string;
  try {
    resolved = realpathSync(file);
  } catch {
    // Not there (yet): resolve its directory, which may be a link.
    try {
      resolved = path.join(realpathSync(path.dirname(file)), path.basename(file));
    } catch {
      resolved = path.resolve(file);
    }
  }
  return FOLD ? resolved.toLowerCase() : resolved;
}

/**
 * mkdir -p, one level at a time: Node's own `recursive: true` spins forever where a parent exists but a
 * child cannot be made in it (`--annotate /proc/x`).
 */
async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      await fs.stat(at);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || path.dirname(at) === at) throw error;
      missing.unshift(at);
      at = path.dirname(at);
    }
  }
  for (const level of missing) await fs.mkdir(level);
}

/** Creates the directory up front so that a bad --annotate fails before any checking. */
export async function prepareAnnotateDir(dir: string, locale: Locale): Promise<string | undefined> {
  try {
    await makeDirs(dir);
    const stat = await fs.stat(dir);
    return stat.isDirectory() ? undefined : t("annotateDir", locale, { dir, reason: t("notDirectory", locale) });
  } catch (error) {
    return t("annotateDir", locale, { dir, reason: t(fsReason(error), locale) });
  }
}

export interface CopyTarget {
  target: string;
  /** The target is one of the inputs: nothing may be written there. */
  isInput: boolean;
}

/** One target per input, in input order. */
export function planTargets(dir: string, files: readonly string[]): CopyTarget[] {
  const inputs = new Set(files.map(real));
  const used = new Set<string>();
  return files.map((file) => {
    const ext = path.extname(file);
    const stem = path.basename(file, ext);
    let name = stem + ext;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`;
    used.add(name.toLowerCase());
    const target = path.join(dir, name);
    return { target, isInput: inputs.has(real(target)) };
  });
}
