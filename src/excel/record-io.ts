/**
 * Loading and saving a sheet's marks record (workbook settings, key by sheet
 * id), and moving it when rows or columns move.
 */
import { emptyRecord, marksKey, parseRecord, type SheetRecord } from "./mark-record";
import { shiftRecord, type Shift } from "./record-shift";

export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

export interface LoadedRecord {
  record: SheetRecord;
  /** A record existed (clearing must then drop it). */
  found: boolean;
}

/**
 * The record's key needs the sheet's id. With a remembered id (`ids`, name →
 * id) its load rides on the caller's next sync (`syncWith`); otherwise the id
 * comes with that sync and the record takes one more.
 */
export async function loadRecord(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: string,
  ids: Map<string, string> | undefined,
  syncWith: () => Promise<void>,
): Promise<LoadedRecord> {
  worksheet.load("id");
  const guess = ids?.get(sheet);
  let item = guess === undefined ? undefined : loadSetting(context, marksKey(guess));
  await syncWith();
  ids?.set(sheet, worksheet.id);
  if (guess !== worksheet.id) {
    item = loadSetting(context, marksKey(worksheet.id));
    await context.sync();
  }
  const found = !item!.isNullObject;
  return { record: found ? parseRecord(item!.value, sheet) : emptyRecord(sheet), found };
}

/** Moves the record of the sheet `worksheetId` after rows/columns moved (two syncs; none written when there is no record). */
export async function shiftMarksIn(context: Excel.RequestContext, worksheetId: string, shift: Shift): Promise<void> {
  const item = loadSetting(context, marksKey(worksheetId));
  await context.sync();
  if (item.isNullObject) return;
  context.workbook.settings.add(marksKey(worksheetId), JSON.stringify(shiftRecord(parseRecord(item.value, ""), shift)));
  await context.sync();
}
