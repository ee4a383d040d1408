/**
 * `jixiao-lint`: parse the command line, check each file in turn, report, and
 * give the exit status (0 clean of errors, 1 error findings, 2 unreadable
 * input or bad usage — 2 wins over 1, since an unread file may hide errors).
 */
import { parseCommandLine, type CheckOptions } from "./args";
import { colorEnabled, makeColors } from "./format/color";
import { envLocale } from "./locale";
import type { Reporter } from "./report";
import { t } from "./messages";
import { usage } from "./usage";
import { packageVersion } from "./version";

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

const PROGRAM = "jixiao-lint";

/** Formatters and the checker load only for `check`: --help and --version stay instant. */
async function reporterFor(options: CheckOptions, io: CliIO): Promise<Reporter> {
  if (options.format === "json") return (await import("./format/json")).jsonReporter(io.stdout, options.locale);
  const { stylishReporter } = await import("./format/stylish");
  return stylishReporter(io.stdout, options.locale, makeColors(colorEnabled(io.env, io.stdoutIsTTY)));
}

function complain(io: CliIO, message: string): void {
  const colors = makeColors(colorEnabled(io.env, io.stderrIsTTY));
  io.stderr(`${PROGRAM}: ${colors.red(message)}\n`);
}

async function runCheck(options: CheckOptions, io: CliIO): Promise<number> {
  const { runCheck: run } = await import("./run-check");
  return run(options, {
    reporter: await reporterFor(options, io),
    complain: (message) => complain(io, message),
    stderr: io.stderr,
    stderrIsTTY: io.stderrIsTTY,
  });
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
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
