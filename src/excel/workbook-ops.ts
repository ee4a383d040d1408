/** Small reads and writes: fixes, selection, ignored findings, the 检查结果 sheet. */
import { cellText } from "../core/grid/grid";
import type { Fix } from "../core/model/diagnostic";
import { asCellInput, fixInput, ownSheetName } from "../host/cell-input";
import { IGNORED_KEY, OWN_SHEETS_KEY, RIBBON_CHECK_KEY } from "../host/constants";
import { OWN_PRINTS_KEY, readPrints, sheetPrint, untouched } from "../host/own-sheet";
import type { FixResult, RibbonCheck } from "../host/port";
import type { ExcelEnv } from "./env";
import { RESPONSE_BUDGET, utf8Bytes } from "./read-plan";
import { CELL_PROPS, toCellValue } from "./read-grid";
import { withEventsOff } from "./write-marks";
import { loadProtection, refuseProtected } from "./protection";

export { IGNORED_KEY, OWN_SHEETS_KEY };

/** Read, compare, write: two syncs. A formula cell or a changed value makes the fix stale. */
export async function applyFixIn(env: ExcelEnv, context: Excel.RequestContext, fix: Fix): Promise<FixResult> {
  const ws = context.workbook.worksheets.getItem(fix.sheet);
  const cell = ws.getCell(fix.row, fix.col);
  cell.load(`${CELL_PROPS},formulas`);
  const protection = loadProtection(ws);
  try {
    await context.sync();
  } catch (error) {
    // The sheet was deleted or renamed since the check: the fix no longer points anywhere.
    if ((error as { code?: string } | null)?.code === "ItemNotFound") return "stale";
    throw error;
  }
  refuseProtected(protection, fix.sheet);
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above through CELL_PROPS, a constant the rule cannot read
  const formula = cell.formulas[0][0];
  if (typeof formula === "string" && formula.startsWith("=")) return "stale";
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded above through CELL_PROPS, a constant the rule cannot read
  const held = toCellValue(cell.values[0][0], cell.valueTypes[0][0], cell.numberFormat[0][0]);
  if (cellText(held) !== fix.expected) return "stale";
  await withEventsOff(env, context, async () => {
    cell.values = [[fixInput(fix.replacement, typeof held === "number")]];
  });
  return "applied";
}

export async function loadIgnoredIn(context: Excel.RequestContext): Promise<string[]> {
  const list = await readJsonSetting(context, IGNORED_KEY);
  return Array.isArray(list) ? list.filter((k): k is string => typeof k === "string") : [];
}

export async function saveIgnoredIn(context: Excel.RequestContext, keys: readonly string[]): Promise<void> {
  context.workbook.settings.add(IGNORED_KEY, JSON.stringify([...new Set(keys)]));
  await context.sync();
}

export async function saveRibbonCheckIn(context: Excel.RequestContext, check: RibbonCheck): Promise<void> {
  context.workbook.settings.add(RIBBON_CHECK_KEY, JSON.stringify(check));
  await context.sync();
}

/** Reads and forgets the ribbon's last result (the pane shows it once). */
export async function takeRibbonCheckIn(context: Excel.RequestContext): Promise<RibbonCheck | undefined> {
  const check = await readJsonSetting(context, RIBBON_CHECK_KEY);
  if (check === undefined) return undefined;
  context.workbook.settings.getItem(RIBBON_CHECK_KEY).delete();
  await context.sync();
  return check && typeof check === "object" && typeof (check as RibbonCheck).sheet === "string"
    ? (check as RibbonCheck)
    : undefined;
}

async function readJsonSetting(context: Excel.RequestContext, key: string): Promise<unknown> {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  await context.sync();
  if (item.isNullObject) return undefined;
  try {
    return typeof item.value === "string" ? JSON.parse(item.value) : item.value;
  } catch {
    return undefined; // a damaged setting reads as absent; the next save repairs it
  }
}

/** Excel's sheet-name rules: ≤ 31 chars, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, 31);
  return clean || "检查结果";
}

/**
 * Writes `rows` to our sheet `name` and says which sheet it wrote. A sheet of
 * that name that we did not create is the user's, and so is ours once they
 * wrote in it (own-sheet.ts): we pick `name (2)` instead. Ours is cleared, not
 * deleted, because Worksheet.delete is not undoable (it would break the undo group).
 */
export async function writeSheetIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  name: string,
  rows: (string | number)[][],
): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  const own = await readJsonSetting(context, OWN_SHEETS_KEY); // this sync also loads `sheets`
  const ownIds = new Set(Array.isArray(own) ? own : []);
  const prints = readPrints(await readJsonSetting(context, OWN_PRINTS_KEY));
  const rewritable = await untouchedSheets(
    context,
    sheets.items.filter((ws) => ownIds.has(ws.id)),
    prints,
  );
  const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
  const wanted = ownSheetName(safeSheetName(name), [...byName.keys()], (n) => rewritable.has(byName.get(n)?.id ?? ""));
  const existing = byName.get(wanted);
  const target = existing ?? sheets.add(wanted);
  existing?.getRange().clear();
  target.load("id,name");
  await withEventsOff(env, context, async () => {
    await writeRows(env, context, target, rows);
    target.activate();
  });
  context.workbook.settings.add(
    OWN_SHEETS_KEY,
    JSON.stringify([...ownIds, target.id].filter((v, i, a) => a.indexOf(v) === i)),
  );
  context.workbook.settings.add(OWN_PRINTS_KEY, JSON.stringify({ ...prints, [target.id]: sheetPrint(rows) }));
  await context.sync();
  return target.name;
}

/** The ids of our sheets that still hold only what we wrote (values from A1), in one sync. */
async function untouchedSheets(
  context: Excel.RequestContext,
  own: Excel.Worksheet[],
  prints: Record<string, string>,
): Promise<Set<string>> {
  const used = own.map((ws) => {
    const range = ws.getUsedRangeOrNullObject(true);
    range.load("values,rowIndex,columnIndex");
    return range;
  });
  if (own.length) await context.sync();
  const ids = own.map((ws) => ws.id);
  return new Set(
    ids.filter((id, i) => {
      const r = used[i];
      if (r.isNullObject) return true;
      // Content that starts below or right of A1 is not what we wrote there.
      const fromA1 = r.rowIndex === 0 && r.columnIndex === 0 ? r.values : [["?"]];
      return untouched(fromA1, prints[id]);
    }),
  );
}

/** Rectangular rows written in slices that keep each request under the web's payload budget. */
async function writeRows(
  env: ExcelEnv,
  context: Excel.RequestContext,
  target: Excel.Worksheet,
  rows: (string | number)[][],
): Promise<void> {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const grid = rows.map((r) =>
    Array.from({ length: width }, (_, i) => (typeof r[i] === "string" ? asCellInput(r[i] as string) : (r[i] ?? ""))),
  );
  let start = 0;
  while (start < grid.length) {
    let bytes = 0;
    let end = start;
    while (end < grid.length && (end === start || !env.payloadLimited() || bytes < RESPONSE_BUDGET))
      bytes += utf8Bytes(JSON.stringify(grid[end++]));
    target.getRangeByIndexes(start, 0, end - start, width).values = grid.slice(start, end);
    await context.sync();
    start = end;
  }
}
