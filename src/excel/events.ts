/**
 * Edit events for every sheet of the workbook (`worksheets.onChanged`,
 * ExcelApi 1.9). The add-in's own writes are dropped here: they carry
 * `triggerSource === "ThisLocalAddin"` (1.14), and on older builds we switch
 * events off around them (write-marks.ts). Debouncing is the pane's job.
 *
 * Rows or columns inserted or deleted move the marks record with them, but
 * only for our user's own edits: a coauthor's arrive with `source: "Remote"`
 * and their pane (the settings are shared) may already have moved it; moving
 * it twice would misplace every entry. Cells inserted or deleted
 * (`CellInserted` / `CellDeleted`) move part of the sheet in a direction the
 * event does not give: the sheet is re-read whole and the record is left to
 * the safety net of write-marks (our colours, our note texts).
 */
import { LAST_COL } from "../host/constants";
import type { EditEvent } from "../host/port";
import { parseAnyRange } from "./areas";
import type { ExcelEnv } from "./env";
import type { Shift } from "./record-shift";
import { sheetNameOf } from "./sheet-events";

const SHIFTS: Record<string, { axis: Shift["axis"]; sign: 1 | -1 }> = {
  RowInserted: { axis: "row", sign: 1 },
  RowDeleted: { axis: "row", sign: -1 },
  ColumnInserted: { axis: "col", sign: 1 },
  ColumnDeleted: { axis: "col", sign: -1 },
};

/** Changes that move cells: the pane must re-read the whole sheet. */
const STRUCTURAL = new Set([...Object.keys(SHIFTS), "CellInserted", "CellDeleted"]);

/** Rows or columns moved on the sheet `worksheetId`: the marks record must move with them. */
export interface SheetShift {
  worksheetId: string;
  shift: Shift;
}

export type EditHandler = (event: EditEvent, moved?: SheetShift) => void;

/** Turns an Office change event into ours; undefined for our own writes and unreadable addresses. */
export function toEditEvent(event: Excel.WorksheetChangedEventArgs, sheet: string): EditEvent | undefined {
  if (event.triggerSource === "ThisLocalAddin") return undefined;
  const range = parseAnyRange(event.address ?? "");
  if (!range) return undefined;
  const structural = STRUCTURAL.has(String(event.changeType));
  // Inserted/deleted rows move everything beside them too: hand the pane whole rows.
  if (structural && !String(event.changeType).startsWith("Column"))
    return { sheet, range: { ...range, left: 0, right: LAST_COL }, structural };
  return { sheet, range, structural };
}

/** How a structural event moved cells: `3:5` deleted is 3 rows gone from row index 2 on. */
export function toShift(event: Excel.WorksheetChangedEventArgs): Shift | undefined {
  const kind = SHIFTS[String(event.changeType)];
  const ours = event.triggerSource === "ThisLocalAddin";
  const remote = String(event.source) === "Remote";
  const range = kind && !ours && !remote ? parseAnyRange(event.address ?? "") : undefined;
  if (!kind || !range) return undefined;
  const [at, size] =
    kind.axis === "row" ? [range.top, range.bottom - range.top + 1] : [range.left, range.right - range.left + 1];
  return { axis: kind.axis, at, count: kind.sign * size };
}

export async function subscribeEdits(env: ExcelEnv, handler: EditHandler): Promise<() => Promise<void>> {
  const names = new Map<string, string>();
  // Without onNameChanged (before 1.17) a cached name may be stale after a rename: look it up every time.
  const followsRenames = env.supports("1.17");
  const results: OfficeExtension.EventHandlerResult<unknown>[] = [];
  const onChanged = async (event: Excel.WorksheetChangedEventArgs) => {
    try {
      const cached = followsRenames ? names.get(event.worksheetId) : undefined;
      const sheet = cached ?? (await sheetNameOf(env, event.worksheetId));
      if (sheet !== undefined) names.set(event.worksheetId, sheet);
      const edit = sheet === undefined ? undefined : toEditEvent(event, sheet);
      const shift = toShift(event);
      if (edit) handler(edit, shift && { worksheetId: event.worksheetId, shift });
    } catch (error) {
      // A failing handler must not surface in Excel; the pane's manual check still works.
      console.error("jixiao-lint: edit event dropped", error);
    }
  };
  await env.run({ delayForCellEdit: true }, async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/id,items/name");
    results.push(sheets.onChanged.add(onChanged));
    // Renames keep the id; onNameChanged (1.17) keeps the cache right. Older builds look the name up per event.
    if (followsRenames) results.push(sheets.onNameChanged.add(async (e) => void names.set(e.worksheetId, e.nameAfter)));
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
