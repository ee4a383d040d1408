/**
 * The command line → what to do. Hand-written rather than util.parseArgs so
 * that every usage error is worded from our message table, in the user's language.
 */
import type { Locale, SeveritySetting } from "../core/model/diagnostic";
import { isSeveritySetting } from "../core/lint/config";
import type { RuleModule } from "../core/rules/rule";
import { t } from "../i18n";
import { normalizeLocale } from "../i18n";

export type Format = "text" | "json";

export interface CheckOptions {
  files: string[];
  format: Format;
  annotate?: string;
  rules: Record<string, SeveritySetting>;
  locale: Locale;
  /** Worker threads; the number of cores when absent. */
  jobs?: number;
  /** Cells holding a value allowed per sheet. */
  maxCells?: number;
  /** Seconds one file may take before it is stopped. */
  timeout?: number;
  /** Heap (MiB) one file's worker may use. */
  maxMemory?: number;
}

export type Command =
  | { kind: "help"; locale: Locale }
  | { kind: "version" }
  | { kind: "check"; options: CheckOptions }
  | { kind: "usage-error"; message: string; locale: Locale };

type ValueOption = "format" | "annotate" | "rule" | "lang" | "jobs" | "maxCells" | "timeout" | "maxMemory";

const VALUE_OPTIONS: Record<string, ValueOption> = {
  "--format": "format",
  "-f": "format",
  "--annotate": "annotate",
  "-o": "annotate",
  "--rule": "rule",
  "-r": "rule",
  "--lang": "lang",
  "--jobs": "jobs",
  "-j": "jobs",
  "--max-cells": "maxCells",
  "--timeout": "timeout",
  "--max-memory": "maxMemory",
};
const FLAGS: Record<string, "help" | "version"> = {
  "--help": "help",
  "-h": "help",
  "--version": "version",
  "-v": "version",
};

class UsageError extends Error {}

interface Raw {
  positionals: string[];
  values: { option: string; name: ValueOption; value: string }[];
  flags: Set<"help" | "version">;
}

function split(argv: readonly string[], locale: Locale): Raw {
  const raw: Raw = { positionals: [], values: [], flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      for (const rest of argv.slice(i + 1)) raw.positionals.push(rest);
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      raw.positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS[option] && eq < 0) {
      raw.flags.add(FLAGS[option]);
      continue;
    }
    const name = VALUE_OPTIONS[option];
    if (!name) throw new UsageError(t(locale, "unknownOption", { option }));
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "") throw new UsageError(t(locale, "missingValue", { option }));
    raw.values.push({ option, name, value });
  }
  return raw;
}

/**
 * The rule registry, loaded only when `--rule` names one: it is the whole core, and loading it on the main
 * thread before the worker threads start delayed every check by about 20 ms.
 */
function rulesById(): ReadonlyMap<string, RuleModule> {
  return (require("../core/rules") as typeof import("../core/rules")).RULES_BY_ID;
}

function parseRules(specs: string[], locale: Locale): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const part of specs
    .flatMap((s) => s.split(","))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf("=");
    if (eq <= 0) throw new UsageError(t(locale, "badRuleSyntax", { value: part }));
    const id = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    const known = rulesById();
    if (!known.has(id)) throw new UsageError(t(locale, "unknownRule", { id, valid: [...known.keys()].join(", ") }));
    if (!isSeveritySetting(value)) throw new UsageError(t(locale, "badSeverity", { id, value }));
    rules[id] = value;
  }
  return rules;
}

function lastValue(raw: Raw, name: ValueOption): string | undefined {
  const all = raw.values.filter((v) => v.name === name);
  return all.length ? all[all.length - 1].value : undefined;
}

function positive(raw: Raw, name: ValueOption, locale: Locale): number | undefined {
  const all = raw.values.filter((v) => v.name === name);
  const last = all[all.length - 1];
  if (!last) return undefined;
  if (!/^\d+$/.test(last.value) || Number(last.value) < 1) {
    throw new UsageError(t(locale, "badNumber", { option: last.option, value: last.value }));
  }
  return Number(last.value);
}

function toCheck(raw: Raw, locale: Locale): CheckOptions {
  const [command, ...files] = raw.positionals;
  if (command === undefined) throw new UsageError(t(locale, "noCommand"));
  if (command !== "check") throw new UsageError(t(locale, "unknownCommand", { command }));
  const format = lastValue(raw, "format") ?? "text";
  if (format !== "text" && format !== "json") throw new UsageError(t(locale, "badFormat", { value: format }));
  const rules = parseRules(
    raw.values.filter((v) => v.name === "rule").map((v) => v.value),
    locale,
  );
  if (files.length === 0) throw new UsageError(t(locale, "noFiles"));
  const limits = {
    jobs: positive(raw, "jobs", locale),
    maxCells: positive(raw, "maxCells", locale),
    timeout: positive(raw, "timeout", locale),
    maxMemory: positive(raw, "maxMemory", locale),
  };
  return { files, format, annotate: lastValue(raw, "annotate"), rules, locale, ...limits };
}

/** The language comes first: every later message depends on it. */
function pickLocale(argv: readonly string[], fallback: Locale): { locale: Locale; bad?: string } {
  let chosen: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === "--lang") chosen = argv[i + 1];
    else if (arg.startsWith("--lang=")) chosen = arg.slice("--lang=".length);
  });
  if (chosen === undefined) return { locale: fallback };
  const locale = normalizeLocale(chosen);
  return locale ? { locale } : { locale: fallback, bad: chosen };
}

export function parseCommandLine(argv: readonly string[], fallback: Locale): Command {
  const { locale, bad } = pickLocale(argv, fallback);
  try {
    if (bad !== undefined) throw new UsageError(t(locale, "badLang", { value: bad }));
    const raw = split(argv, locale);
    if (raw.flags.has("help")) return { kind: "help", locale };
    if (raw.flags.has("version")) return { kind: "version" };
    return { kind: "check", options: toCheck(raw, locale) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: "usage-error", message: error.message, locale };
    throw error;
  }
}
