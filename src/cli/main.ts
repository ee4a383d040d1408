/**
 * `jixiao-lint`: parse the command line, check each file in turn, report, and
 * give the exit status (0 clean of errors, 1 error findings, 2 unreadable
 * input or bad usage — 2 wins over 1, since an unread file may hide errors).
 */
import { parseCommandLine, type CheckOptions } from "./args";
import { AnnotateWriter, prepareAnnotateDir } from "./annotate-output";
import { checkFile, failed, type CheckContext } from "./check-file";
import { colorEnabled, makeColors } from "./format/color";
import { jsonReporter } from "./format/json";
import { stylishReporter } from "./format/stylish";
import { expandInputs } from "./inputs";
import { envLocale } from "./locale";
import { addToTotals, emptyTotals, type Reporter } from "./report";
import { t } from "./messages";
import { usage } from "./usage";
import { packageVersion } from "./version";
import { runConvert } from "./convert/run";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

const PROGRAM = "jixiao-lint";

function reporterFor(options: CheckOptions, io: CliIO): Reporter {
  if (options.format === "json") return jsonReporter(io.stdout, options.locale);
  return stylishReporter(io.stdout, options.locale, makeColors(colorEnabled(io.env, io.stdoutIsTTY)));
}

function complain(io: CliIO, message: string): void {
  const colors = makeColors(colorEnabled(io.env, io.stderrIsTTY));
  io.stderr(`${PROGRAM}: ${colors.red(message)}\n`);
}

async function runCheck(options: CheckOptions, io: CliIO): Promise<number> {
  const { locale } = options;
  const context: CheckContext = { config: { rules: options.rules }, locale };
  if (options.annotate) {
    const problem = await prepareAnnotateDir(options.annotate, locale);
    if (problem) {
      complain(io, problem);
      return 2;
    }
    context.annotate = new AnnotateWriter(options.annotate, locale).write;
  }
  const reporter = reporterFor(options, io);
  const totals = emptyTotals();
  for (const input of await expandInputs(options.files)) {
    const report = input.error ? failed(input.file, input.error, locale) : await checkFile(input.file, context);
    if (report.error) complain(io, report.error.message);
    if (report.annotateError) complain(io, report.annotateError);
    reporter.file(report);
    addToTotals(totals, report);
  }
  reporter.end(totals);
  if (totals.unreadable || totals.unwritten) return 2;
  return totals.errors ? 1 : 0;
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === "convert") {
    return runConvert(argv.slice(1), { ...io, complain: (m) => complain(io, m) }, envLocale(io.env));
  }
  const command = parseCommandLine(argv, envLocale(io.env));
  switch (command.kind) {
    case "help":
      io.stdout(usage(command.locale));
      return 0;
    case "version":
      io.stdout(`${packageVersion()}\n`);
      return 0;
    case "usage-error":
      complain(io, command.message);
      // With nothing to check, the whole usage helps; after a typo, one line pointing to it is kinder.
      io.stderr(
        argv.filter((a) => a !== "check").length === 0
          ? `\n${usage(command.locale)}`
          : `${t("seeHelp", command.locale)}\n`,
      );
      return 2;
    case "check":
      return runCheck(command.options, io);
  }
}
