/**
 * The workbooks the binary is run on, written once per test file into a temp
 * dir: form-layout tables from test/helpers/form-table.ts, plus every kind of
 * file the CLI must refuse.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildFormTable, DEFAULT_INDICATORS, type IndicatorRow } from "../../helpers/form-table";
import { fakeCfb, gridsToWorkbook, tempDir, writeWorkbook } from "./workbooks";

export interface Fixtures {
  dir: string;
  clean: string;
  defects: string;
  refError: string;
  noTables: string;
  bad: Record<"missing" | "directory" | "xls" | "csv" | "corrupt" | "encrypted" | "empty", string>;
}

function indicators(edit: (rows: IndicatorRow[]) => void): IndicatorRow[] {
  const rows = DEFAULT_INDICATORS.map((r) => [...r] as IndicatorRow);
  edit(rows);
  return rows;
}

/**
 * defects.xlsx, sheet 表1 (the form table at A1):
 *   G11 blank 指标值确定依据 → basis-missing (error)
 *   F12 a formula whose cached result is `≥99百分号` → unit-nonstandard (warning, fix `≥99%`)
 *   G11 also carries a note the user wrote, which the annotated copy must keep
 * sheet 表2: a second table whose F13 holds `≥XX月` → placeholder-unfilled (error)
 */
async function writeDefects(file: string): Promise<void> {
  const first = buildFormTable({ sheet: "表1", indicators: indicators((r) => (r[1][5] = "")) });
  const second = buildFormTable({
    sheet: "表2",
    name: "化工产业转型升级",
    indicators: indicators((r) => (r[3][4] = "≥XX月")),
  });
  const workbook = gridsToWorkbook([first.grid, second.grid], {
    "表1!F12": { formula: 'CONCATENATE("≥99","百分号")', result: "≥99百分号" },
  });
  workbook.getWorksheet("表1")!.getCell("G11").note = "单位自填：依据待补";
  await writeWorkbook(file, workbook);
}

export async function makeFixtures(): Promise<Fixtures> {
  const dir = tempDir();
  const at = (name: string) => path.join(dir, name);
  await writeWorkbook(at("clean.xlsx"), gridsToWorkbook([buildFormTable({ sheet: "表1" }).grid]));
  await writeDefects(at("defects.xlsx"));
  await writeWorkbook(
    at("ref-error.xlsx"),
    gridsToWorkbook([buildFormTable({ sheet: "表1" }).grid], { "表1!C4": { error: "#REF!" } }),
  );
  await writeWorkbook(
    at("no-tables.xlsx"),
    gridsToWorkbook([{ sheet: "说明", top: 0, left: 0, values: [["本工作簿只有说明文字"]], merges: [] }]),
  );

  const bad = path.join(dir, "bad");
  fs.mkdirSync(path.join(bad, "a-folder.xlsx"), { recursive: true });
  fs.writeFileSync(path.join(bad, "old.xls"), fakeCfb(["Root Entry", "Workbook", "SummaryInformation"]));
  fs.writeFileSync(path.join(bad, "export.csv"), "项目名称,预算数\n企业搬迁改造工作经费,170\n");
  const whole = fs.readFileSync(at("clean.xlsx"));
  fs.writeFileSync(path.join(bad, "corrupt.xlsx"), whole.subarray(0, whole.length >> 1));
  fs.writeFileSync(path.join(bad, "locked.xlsx"), fakeCfb(["Root Entry", "EncryptionInfo", "EncryptedPackage"]));
  fs.writeFileSync(path.join(bad, "empty.xlsx"), Buffer.alloc(0));
  return {
    dir,
    clean: at("clean.xlsx"),
    defects: at("defects.xlsx"),
    refError: at("ref-error.xlsx"),
    noTables: at("no-tables.xlsx"),
    bad: {
      missing: path.join(bad, "missing.xlsx"),
      directory: path.join(bad, "a-folder.xlsx"),
      xls: path.join(bad, "old.xls"),
      csv: path.join(bad, "export.csv"),
      corrupt: path.join(bad, "corrupt.xlsx"),
      encrypted: path.join(bad, "locked.xlsx"),
      empty: path.join(bad, "empty.xlsx"),
    },
  };
}
