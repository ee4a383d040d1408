/** `jixiao-lint convert <in.xlsx> --to form|flat -o <out.xlsx> [--lang zh-CN|en-US]` → options, or a worded usage error. */
import type { ConvertTarget } from "../../core/convert";
import type { Locale } from "../../core/model/diagnostic";
import { normalizeLocale, t, type MessageId } from "../../i18n";

export interface ConvertOptions {
  input: string;
  output: string;
  to: ConvertTarget;
  locale: Locale;
}

export type ConvertCommand =
  | { kind: "convert"; options: ConvertOptions }
  | { kind: "help"; locale: Locale }
  | { kind: "usage-error"; message: string; locale: Locale };

const VALUE_OPTIONS: Record<string, "to" | "output" | "lang"> = {
  "--to": "to",
  "-t": "to",
  "--output": "output",
  "-o": "output",
  "--lang": "lang",
};

export function parseConvertArgs(argv: readonly string[], fallback: Locale): ConvertCommand {
  const values: Partial<Record<"to" | "output" | "lang", string>> = {};
  const files: string[] = [];
  let problem: { id: MessageId; data?: Record<string, string> } | undefined;
  for (let i = 0; i < argv.length && !problem; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { kind: "help", locale: fallback };
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    if (!arg.startsWith("-") || arg === "-") files.push(arg);
    else if (!VALUE_OPTIONS[option]) problem = { id: "unknownOption", data: { option } };
    else values[VALUE_OPTIONS[option]] = eq > 0 ? arg.slice(eq + 1) : argv[++i];
  }
  const locale = normalizeLocale(values.lang) ?? fallback;
  const to = values.to ?? "form";
  if (!problem && files.length === 0) problem = { id: "convertNoInput" };
  if (!problem && files.length > 1) problem = { id: "convertManyInputs" };
  if (!problem && to !== "form" && to !== "flat") problem = { id: "convertBadTarget", data: { value: to } };
  if (!problem && !values.output) problem = { id: "convertNoOutput" };
  if (problem) return { kind: "usage-error", message: t(locale, problem.id, problem.data), locale };
  return { kind: "convert", options: { input: files[0], output: values.output!, to: to as ConvertTarget, locale } };
}
