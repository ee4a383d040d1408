/**
 * `jixiao-lint convert`: read every table of the input, write a copy of the
 * workbook with the tables converted on a new sheet. The input is never
 * written, and an existing output is never overwritten.
 */
import { promises as fs, realpathSync } from "node:fs";
import * as path from "node:path";
import { convertTables, freeSheetName } from "../../core/convert";
import { lintGrid } from "../../core/lint/lint";
import { readXlsx } from "../../xlsx/read-xlsx";
import { appendBlockSheet } from "../../xlsx/append-sheet";
import { fsReason } from "../fs-errors";
import { readInput } from "../inputs";
import { t, type MessageId } from "../../i18n";
import { parseConvertArgs, type ConvertOptions } from "./args";

export interface ConvertIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** One line of complaint (the caller adds the program name and colour). */
  complain: (message: string) => void;
}

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Why the output cannot be written, found before any work: it exists, or the
 * file system refuses even to look (a part of the path is a file, no access).
 * Only "not there" lets the conversion go on.
 */
async function blocked(file: string): Promise<MessageId | undefined> {
  try {
    await fs.stat(file);
    return "exists";
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? undefined : fsReason(error);
  }
}

/** A write refused, said in a sentence: an errno code never reaches the user. */
function cannotWrite(io: ConvertIO, options: ConvertOptions, reason: MessageId): number {
  const { output: file, locale } = options;
  if (reason === "exists") return fail(io, t(locale, "convertOutputExists", { file }));
  // A file being written cannot be missing: what is missing is the folder it goes in.
  const said = reason === "notFound" ? "folderNotFound" : reason;
  return fail(io, t(locale, "convertCannotWrite", { file, reason: t(locale, said) }));
}

async function convert(options: ConvertOptions, io: ConvertIO): Promise<number> {
  const { input, output, to, locale } = options;
  if (real(input) === real(output)) return fail(io, t(locale, "convertOutputIsInput", { file: output }));
  const refused = await blocked(output);
  if (refused) return cannotWrite(io, options, refused);
  const read = readInput(input);
  if (!read.ok) return fail(io, t(locale, "cannotRead", { file: input, reason: t(locale, read.reason) }));
  // Tables are read as `check` reads them (SheetJS, bounded); the copy is the original package with one more sheet.
  const loaded = readXlsx(read.bytes);
  if (!loaded.ok)
    return fail(io, t(locale, "cannotRead", { file: input, reason: t(locale, loaded.reason, { detail: "" }) }));
  const tables = loaded.grids.flatMap((grid) => lintGrid(grid).tables);
  if (tables.length === 0) return fail(io, t(locale, "convertNoTables", { file: input }));
  let copy: { bytes: Uint8Array; sheet: string; macros: boolean };
  try {
    copy = appendBlockSheet(read.bytes, (taken) => freeSheetName(taken, to), convertTables(tables, to));
  } catch {
    return fail(io, t(locale, "cannotRead", { file: input, reason: t(locale, "corrupt", { detail: "" }) }));
  }
  const { sheet } = copy;
  const ext = copy.macros ? ".xlsm" : ".xlsx";
  if (path.extname(output).toLowerCase() !== ext) return fail(io, t(locale, "convertExtension", { ext }));
  try {
    // "wx": should the file appear meanwhile, it is still not overwritten.
    await fs.writeFile(output, copy.bytes, { flag: "wx" });
  } catch (error) {
    return cannotWrite(io, options, fsReason(error));
  }
  const indicators = tables.reduce((n, table) => n + table.indicators.length, 0);
  io.stdout(
    t(locale, "convertDone", {
      tables: tables.length,
      indicators,
      layout: t(locale, to === "form" ? "convertLayoutForm" : "convertLayoutFlat"),
      file: output,
      sheet,
    }),
  );
  return 0;
}

function fail(io: ConvertIO, message: string): number {
  io.complain(message);
  return 2;
}

export async function runConvert(
  argv: readonly string[],
  io: ConvertIO,
  fallback: ConvertOptions["locale"],
): Promise<number> {
  const command = parseConvertArgs(argv, fallback);
  if (command.kind === "help") {
    io.stdout(t(command.locale, "convertUsage"));
    return 0;
  }
  if (command.kind === "usage-error") {
    io.complain(command.message);
    io.stderr(t(command.locale, "convertUsage"));
    return 2;
  }
  return convert(command.options, io);
}
