/**
 * Edit events for every sheet of the workbook (`worksheets.onChanged`,
 * ExcelApi 1.9). The add-in's own writes are dropped here: they carry
 * `triggerSource === "ThisLocalAddin"` (1.14), and on older builds we switch
 * events off around them (write-marks.ts). Debouncing is the pane's job.
 */
import type { EditEvent } from "../host/port";
import { parseAnyRange } from "./areas";
import type { ExcelEnv } from "./env";

const LAST_COL = 16383;
const STRUCTURAL = new Set(["RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted"]);

export type EditHandler = (event: EditEvent) => void;

/** Turns an Office change event into ours; undefined for our own writes and unreadable addresses. */
export function toEditEvent(event: Excel.WorksheetChangedEventArgs, sheet: string): EditEvent | undefined {
  if (event.triggerSource === "ThisLocalAddin") return undefined;
  const range = parseAnyRange(event.address ?? "");
  if (!range) return undefined;
  const structural = STRUCTURAL.has(String(event.changeType));
  // Inserted/deleted rows move everything beside them too: hand the pane whole rows.
  if (structural && String(event.changeType).startsWith("Row")) return { sheet, range: { ...range, left: 0, right: LAST_COL }, structural };
  return { sheet, range, structural };
}

export async function subscribeEdits(env: ExcelEnv, handler: EditHandler): Promise<() => Promise<void>> {
  const names = new Map<string, string>();
  const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
  const onChanged = async (event: Excel.WorksheetChangedEventArgs) => {
    try {
      const sheet = names.get(event.worksheetId) ?? (await lookupName(env, event.worksheetId, names));
      const edit = sheet === undefined ? undefined : toEditEvent(event, sheet);
      if (edit) handler(edit);
    } catch (error) {
      // A failing handler must not surface in Excel; the pane's manual check still works.
      console.error("jixiao-lint: edit event dropped", error);
    }
  };
  await env.run({ delayForCellEdit: true }, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    results.push(sheets.onChanged.add(onChanged));
    // Renames keep the id; follow them where the event exists (1.17), else the next lookup refreshes.
    if (env.supports("1.17")) results.push(sheets.onNameChanged.add(async (e) => void names.set(e.worksheetId, e.nameAfter)));
    await context.sync();
    for (const ws of sheets.items) names.set(ws.id, ws.name);
  });
  return async () => {
    for (const result of results) {
      await env.runIn(result.context as Excel.RequestContext, async (context) => {
        result.remove();
        await context.sync();
      });
    }
  };
}

async function lookupName(env: ExcelEnv, id: string, names: Map<string, string>): Promise<string | undefined> {
  return env.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(id);
    ws.load("name");
    await context.sync();
    if (ws.isNullObject) return undefined;
    names.set(id, ws.name);
    return ws.name;
  });
}
