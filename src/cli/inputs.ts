/**
 * Command-line paths → files to check, and their bytes. Patterns are expanded
 * here too because Windows shells (cmd, PowerShell) pass `*.xlsx` through
 * unexpanded; only the last path segment may hold `*` or `?`.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fsReason } from "./fs-errors";
import type { MessageKey } from "./messages";

export interface Input {
  file: string;
  /** Set when the entry already failed (a pattern that matched nothing). */
  error?: MessageKey;
}

const WILDCARD = /[*?]/;

function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`, process.platform === "win32" ? "i" : "");
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function expandPattern(arg: string): Promise<Input[]> {
  const dir = path.dirname(arg);
  const re = patternToRegExp(path.basename(arg));
  let names: string[] = [];
  try {
    names = (await fs.readdir(dir)).filter((n) => re.test(n) && !n.startsWith("~$")).sort();
  } catch {
    // An unreadable or missing directory matches nothing.
  }
  if (names.length === 0) return [{ file: arg, error: "noMatch" }];
  const join = dir === "." && !arg.startsWith(".") ? (n: string) => n : (n: string) => path.join(dir, n);
  return names.map((n) => ({ file: join(n) }));
}

/** A literal path is kept as given even when it holds `*`: shells pass matched names literally. */
export async function expandInputs(args: readonly string[]): Promise<Input[]> {
  const out: Input[] = [];
  for (const arg of args) {
    if (!WILDCARD.test(path.basename(arg)) || (await exists(arg))) out.push({ file: arg });
    else for (const input of await expandPattern(arg)) out.push(input); // a folder may match 100,000 names: no spread
  }
  return out;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: MessageKey };

function errnoReason(error: unknown): MessageKey {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT" || code === "ENOTDIR") return "notFound";
  return fsReason(error);
}

export async function readInput(file: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { ok: false, reason: "isDirectory" };
    if (!stat.isFile()) return { ok: false, reason: "notFile" };
    return { ok: true, bytes: await fs.readFile(file) };
  } catch (error) {
    return { ok: false, reason: errnoReason(error) };
  }
}
