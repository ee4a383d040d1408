/**
 * Test workbooks: grids (as test/helpers builds them) → real .xlsx files via
 * exceljs, plus byte-level fakes for the files the CLI must refuse.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Workbook, type CellValue as XlsxValue } from "exceljs";
import type { Grid } from "../../../src/core/grid/grid";
import { rangeToA1 } from "../../../src/core/grid/address";

/** Grids → one workbook, a sheet per grid; `cells` overrides raw exceljs values (formulas, errors). */
export function gridsToWorkbook(grids: Grid[], cells: Record<string, XlsxValue> = {}): Workbook {
  const workbook = new Workbook();
  for (const grid of grids) {
    const sheet = workbook.getWorksheet(grid.sheet) ?? workbook.addWorksheet(grid.sheet);
    grid.values.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value !== null) sheet.getCell(grid.top + r + 1, grid.left + c + 1).value = value as XlsxValue;
      }),
    );
    for (const m of grid.merges) sheet.mergeCells(rangeToA1(m));
  }
  for (const [address, value] of Object.entries(cells)) {
    const [sheet, cell] = address.split("!");
    workbook.getWorksheet(sheet)!.getCell(cell).value = value;
  }
  return workbook;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-cli-"));
}

export async function writeWorkbook(file: string, workbook: Workbook): Promise<string> {
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function readWorkbook(file: string): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function utf16le(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The start of a CFB container whose directory names `streams` (enough for sniffing). */
export function fakeCfb(streams: string[]): Buffer {
  return Buffer.concat([CFB_MAGIC, Buffer.alloc(504), ...streams.map(utf16le), Buffer.alloc(256)]);
}
