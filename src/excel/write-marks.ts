/**
 * Applies a MarkPlan to a sheet: reads the flagged cells' fills and notes and
 * the record, then the cells to restore, then writes everything in one batch
 * with the add-in's events switched off. A fixed number of syncs for any
 * number of marks up to CELLS_PER_SYNC; beyond that, one more per chunk.
 */
import type { CellPos } from "../core/grid/grid";
import { parseA1, toA1 } from "../core/grid/address";
import type { Mark } from "../host/port";
import { chunkAddresses, toRectangles } from "./areas";
import type { ExcelEnv } from "./env";
import { utf8Bytes } from "./read-plan";
import { emptyRecord, MARK_COLORS, marksKey, parseRecord, type FillState, type SheetRecord } from "./mark-record";
import { mergeMarks, planMarks, type CellNow, type MarkPlan } from "./plan-marks";

/** Proxies per request stay far below the 5 MB request limit (a proxy costs ~100–200 bytes). */
export const CELLS_PER_SYNC = 5000;

const FILL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
};

export interface MarkOptions {
  notes: boolean;
  /** Drop the sheet's record afterwards (clearing marks). */
  forget?: boolean;
  /** Sheet name → id, remembered between calls to save a sync. */
  ids?: Map<string, string>;
}

export async function writeMarksIn(env: ExcelEnv, context: Excel.RequestContext, sheet: string, marks: readonly Mark[], options: MarkOptions): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.load("id");
  const wanted = mergeMarks(marks);
  const flagged = [...wanted.values()].map(({ row, col }) => ({ row, col }));
  // The record's key needs the sheet's id: with a remembered id it rides on the first sync.
  const guess = options.ids?.get(sheet);
  let item = guess === undefined ? undefined : loadSetting(context, marksKey(guess));
  const now = await readCells(context, worksheet, flagged, options.notes);
  options.ids?.set(sheet, worksheet.id);
  if (guess !== worksheet.id) {
    item = loadSetting(context, marksKey(worksheet.id));
    await context.sync();
  }
  const found = !item!.isNullObject;
  const record = found ? parseRecord(item!.value, sheet) : emptyRecord(sheet);
  const gone = Object.keys(record.cells).filter((a) => !wanted.has(a));
  const goneCells = gone.map(parseA1).filter((p): p is CellPos => p !== undefined);
  const hasOurNotes = gone.some((a) => record.cells[a].note === "ours");
  if (goneCells.length) for (const [address, cell] of await readCells(context, worksheet, goneCells, options.notes && hasOurNotes)) now.set(address, cell);
  const plan = planMarks(record, marks, now, options.notes);
  const forget = options.forget === true && found;
  if (plan.changed || forget) await applyPlan(env, context, worksheet, plan, forget ? undefined : { ...plan.record, sheet });
}

function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

/** Removes every mark of the sheet and forgets its record. */
export function clearMarksIn(env: ExcelEnv, context: Excel.RequestContext, sheet: string, options: MarkOptions): Promise<void> {
  return writeMarksIn(env, context, sheet, [], { ...options, forget: true });
}

/** Fills via getCellProperties on few rectangles (not per-cell loads); notes per cell (the API has no bulk read). */
async function readCells(context: Excel.RequestContext, worksheet: Excel.Worksheet, cells: CellPos[], notes: boolean): Promise<Map<string, CellNow>> {
  const out = new Map<string, CellNow>();
  // At least one sync even with no cells: the caller's queued loads ride on it.
  for (let i = 0; i === 0 || i < cells.length; i += CELLS_PER_SYNC) {
    const chunk = cells.slice(i, i + CELLS_PER_SYNC);
    const fills = toRectangles(chunk).map((r) => ({
      r,
      props: worksheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).getCellProperties(FILL_PROPS),
    }));
    const noteReads = notes ? chunk.map((c) => ({ address: toA1(c.row, c.col), note: loadNote(worksheet, toA1(c.row, c.col)) })) : [];
    await context.sync();
    for (const { r, props } of fills) storeFills(out, r.top, r.left, props.value);
    for (const { address, note } of noteReads) out.get(address)!.note = note.isNullObject ? null : String(note.content);
  }
  return out;
}

function loadNote(worksheet: Excel.Worksheet, address: string): Excel.Note {
  const note = worksheet.notes.getItemOrNullObject(address);
  note.load("content");
  return note;
}

function storeFills(out: Map<string, CellNow>, top: number, left: number, props: Excel.CellProperties[][]): void {
  props.forEach((row, r) =>
    row.forEach((cell, c) => {
      const fill = cell.format?.fill ?? {};
      const state: FillState = { color: String(fill.color ?? "#FFFFFF"), pattern: String(fill.pattern ?? "None") };
      if (fill.patternColor && state.pattern !== "None" && state.pattern !== "Solid") state.patternColor = fill.patternColor;
      if (fill.tintAndShade) state.tintAndShade = fill.tintAndShade;
      out.set(toA1(top + r, left + c), { fill: state });
    }),
  );
}

/** One batch of writes with our events off; the record is saved in the same request (or dropped when undefined). */
async function applyPlan(env: ExcelEnv, context: Excel.RequestContext, worksheet: Excel.Worksheet, plan: MarkPlan, record: SheetRecord | undefined): Promise<void> {
  await withEventsOff(env, context, async () => {
    queueRestores(worksheet, plan);
    queuePaint(worksheet, plan);
    await queueNotes(context, worksheet, plan);
    const key = marksKey(worksheet.id);
    if (record) context.workbook.settings.add(key, JSON.stringify(record));
    else context.workbook.settings.getItem(key).delete();
    await context.sync();
  });
}

/**
 * `enableEvents = false` (ExcelApi 1.8) keeps our writes from reaching any
 * handler of this add-in; `triggerSource` in the handler is the second guard.
 * The setting is per add-in runtime and on by default, and we never leave it
 * off, so it goes back to true without a read first.
 */
export async function withEventsOff(env: ExcelEnv, context: Excel.RequestContext, writes: () => Promise<void>): Promise<void> {
  if (!env.supports("1.8")) return writes();
  context.runtime.enableEvents = false;
  try {
    await writes();
  } finally {
    context.runtime.enableEvents = true;
    await context.sync();
  }
}

function queueRestores(worksheet: Excel.Worksheet, plan: MarkPlan): void {
  for (const { fill, cells } of plan.restore) {
    for (const address of chunkAddresses(toRectangles(cells))) setFill(worksheet.getRanges(address).format.fill, fill);
  }
}

function setFill(target: Excel.RangeFill, fill: FillState): void {
  if (fill.pattern === "None") {
    target.clear();
    return;
  }
  target.color = fill.color;
  if (fill.pattern !== "Solid") target.pattern = fill.pattern as Excel.FillPattern;
  if (fill.patternColor) target.patternColor = fill.patternColor;
  if (fill.tintAndShade) target.tintAndShade = fill.tintAndShade;
}

function queuePaint(worksheet: Excel.Worksheet, plan: MarkPlan): void {
  for (const [severity, cells] of plan.paint) {
    for (const address of chunkAddresses(toRectangles(cells))) worksheet.getRanges(address).format.fill.color = MARK_COLORS[severity];
  }
}

/** Notes are single-cell only (ExcelApi 1.18), so they go one by one; a request ends at CELLS_PER_SYNC notes or ~2 MB of text. */
async function queueNotes(context: Excel.RequestContext, worksheet: Excel.Worksheet, plan: MarkPlan): Promise<void> {
  const ops: { bytes: number; queue: () => void }[] = [
    ...plan.deleteNotes.map((a) => ({ bytes: NOTE_OP_BYTES, queue: () => worksheet.notes.getItem(a).delete() })),
    ...plan.setNotes.map((n) => ({ bytes: NOTE_OP_BYTES + utf8Bytes(n.text), queue: () => void (worksheet.notes.getItem(n.address).content = n.text) })),
    ...plan.addNotes.map((n) => ({ bytes: NOTE_OP_BYTES + utf8Bytes(n.text), queue: () => void worksheet.notes.add(worksheet.getRange(n.address), n.text) })),
  ];
  let count = 0;
  let bytes = 0;
  for (const op of ops) {
    if (count >= CELLS_PER_SYNC || bytes + op.bytes > NOTE_REQUEST_BUDGET) {
      await context.sync();
      count = 0;
      bytes = 0;
    }
    op.queue();
    count++;
    bytes += op.bytes;
  }
}

/** A note operation's own weight in the request (object paths, method name, address). */
const NOTE_OP_BYTES = 300;
const NOTE_REQUEST_BUDGET = 2_000_000;
