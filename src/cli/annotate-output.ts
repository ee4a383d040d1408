/**
 * Where annotated copies go: `<dir>/<input's name>`. Two inputs with the same
 * name (a/表.xlsx, b/表.xlsx) get `表 (2).xlsx` rather than one overwriting the
 * other; a copy that would land on its own input is refused: inputs are never written.
 */
import { promises as fs, realpathSync } from "node:fs";
import * as path from "node:path";
import type { Workbook } from "exceljs";
import type { Locale } from "../core/model/diagnostic";
import { t } from "../i18n";

function real(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function detail(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? (error instanceof Error ? error.message : String(error));
}

/** Creates the directory up front so that a bad --annotate fails before any checking. */
export async function prepareAnnotateDir(dir: string, locale: Locale): Promise<string | undefined> {
  try {
    await fs.mkdir(dir, { recursive: true });
    const stat = await fs.stat(dir);
    return stat.isDirectory() ? undefined : t(locale, "annotateDir", { dir, detail: "ENOTDIR" });
  } catch (error) {
    return t(locale, "annotateDir", { dir, detail: detail(error) });
  }
}

export class AnnotateWriter {
  private readonly used = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly locale: Locale,
  ) {}

  private target(file: string): string {
    const ext = path.extname(file);
    const stem = path.basename(file, ext);
    let name = stem + ext;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${stem} (${n})${ext}`;
    this.used.add(name.toLowerCase());
    return path.join(this.dir, name);
  }

  /** Writes the copy; returns a worded problem, or undefined on success. */
  readonly write = async (file: string, workbook: Workbook): Promise<string | undefined> => {
    const target = this.target(file);
    if (real(target) === real(file)) return t(this.locale, "annotateIsInput", { file });
    try {
      const buffer = await workbook.xlsx.writeBuffer();
      // In Node exceljs gives a Buffer (typed as its own interface).
      await fs.writeFile(target, buffer as unknown as Uint8Array);
      return undefined;
    } catch (error) {
      return t(this.locale, "annotateWrite", { file, target, detail: detail(error) });
    }
  };
}
