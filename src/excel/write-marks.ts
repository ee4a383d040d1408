/**
 * Applies a MarkPlan to a sheet: reads the flagged cells' fills and notes and
 * the record, then the cells to restore, then writes everything in one batch
 * with the add-in's events switched off. A fixed number of syncs for any
 * number of marks up to CELLS_PER_SYNC; beyond that, one more per chunk.
 */
import type { CellPos } from "../core/grid/grid";
import { parseA1, toA1 } from "../core/grid/address";
import type { RowSpan } from "../core/lint/lint";
import { MARK_FILL } from "../host/mark-colors";
import type { Mark } from "../host/port";
import { chunkAddresses, toRectangles } from "./areas";
import type { ExcelEnv } from "./env";
import { utf8Bytes } from "./read-plan";
import type { FillState, SheetRecord } from "./mark-record";
import { mergeMarks, planMarks, type CellNow, type MarkPlan } from "./plan-marks";
import {
  CELLS_PER_SYNC,
  markCommented,
  queueWindowCells,
  readCells,
  type QueuedCells,
  type ReadOptions,
} from "./read-cells";
import {
  blockOf,
  blocksOfRows,
  finishLoad,
  loadRecord,
  queueRead,
  saveRecord,
  type LoadedRecord,
  type PendingRecord,
  type StoredRecord,
} from "./record-io";
import { loadProtection, refuseProtected } from "./protection";

export { CELLS_PER_SYNC };

export interface MarkOptions {
  notes: boolean;
  /** Drop the sheet's record afterwards (clearing marks). */
  forget?: boolean;
  /** Sheet name → id, remembered between calls to save a sync. */
  ids?: Map<string, string>;
  /** Reconcile only cells in these rows; the others' marks and record entries stay as they are. */
  rows?: RowSpan;
  /** What this write reads, already read with the window's values (queueMarkReads): the write is then one sync. */
  prefetch?: MarkPrefetch;
}

/** A mark write's reads, queued on a window read's sync (read-grid.ts `alongside`). */
export interface MarkPrefetch {
  rows: RowSpan;
  record: PendingRecord;
  protection: Excel.WorksheetProtection;
  cells: QueuedCells;
}

export function queueMarkReads(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  worksheetId: string,
  window: { top: number; left: number; rows: number; cols: number },
  rows: RowSpan,
  read: ReadOptions,
): MarkPrefetch | undefined {
  const cells = queueWindowCells(worksheet, window, read);
  if (!cells) return undefined;
  const blocks = blocksOfRows({ top: window.top, bottom: window.top + Math.max(0, window.rows - 1) });
  return { rows, record: queueRead(context, worksheetId, blocks), protection: loadProtection(worksheet), cells };
}

/** The prefetched reads, completed: the record, the window's cells, and any flagged cell outside the window. */
async function usePrefetch(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: string,
  pf: MarkPrefetch,
  flagged: CellPos[],
  read: ReadOptions,
): Promise<{ loaded: LoadedRecord; now: Map<string, CellNow> }> {
  refuseProtected(pf.protection, sheet);
  const loaded = await finishLoad(context, pf.record, sheet, pf.rows);
  const now = pf.cells.collect();
  if (pf.cells.comments?.items.length) await markCommented(context, pf.cells.comments, now);
  const unread = flagged.filter((c) => !now.has(toA1(c.row, c.col)));
  if (unread.length)
    for (const [a, c] of await readCells(context, worksheet, unread, { ...read, comments: false })) now.set(a, c);
  return { loaded, now };
}

export async function writeMarksIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  sheet: string,
  marks: readonly Mark[],
  options: MarkOptions,
): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const inRows = (row: number) => !options.rows || (row >= options.rows.top && row <= options.rows.bottom);
  const shown = options.rows ? marks.filter((m) => inRows(m.row)) : marks;
  const wanted = mergeMarks(shown);
  const flagged = [...wanted.values()].map(({ row, col }) => ({ row, col }));
  const read: ReadOptions = { notes: options.notes, comments: env.supports("1.10") };
  let now = new Map<string, CellNow>();
  let loaded: LoadedRecord;
  if (options.prefetch)
    ({ loaded, now } = await usePrefetch(context, worksheet, sheet, options.prefetch, flagged, read));
  else {
    const protection = loadProtection(worksheet);
    // The window's blocks (or, for the whole sheet, those of the marks) come with the first read; any other listed block after it.
    loaded = await loadRecord(
      context,
      worksheet,
      sheet,
      options.ids,
      async () => void (now = await readCells(context, worksheet, flagged, read)),
      { rows: options.rows, hint: options.rows ? undefined : new Set(shown.map((m) => blockOf(m.row))) },
    );
    refuseProtected(protection, sheet);
  }
  const { record: whole, found, stored } = loaded;
  const { record, outside } = splitRecord(whole, inRows);
  const gone = Object.keys(record.cells).filter((a) => !wanted.has(a));
  const goneCells = gone
    .filter((a) => !now.has(a))
    .map(parseA1)
    .filter((p): p is CellPos => p !== undefined);
  const hasOurNotes = gone.some((a) => record.cells[a].note === "ours" || record.cells[a].userNote !== undefined);
  if (goneCells.length)
    for (const [address, cell] of await readCells(context, worksheet, goneCells, {
      ...read,
      notes: options.notes && hasOurNotes,
    }))
      now.set(address, cell);
  const plan = planMarks(record, shown, now, options.notes);
  const forget = options.forget === true && found;
  if (plan.changed || forget)
    await applyPlan(
      env,
      context,
      worksheet,
      plan,
      stored,
      whole,
      forget ? undefined : { ...plan.record, sheet, cells: { ...outside, ...plan.record.cells } },
    );
}

/**
 * The record's cells in the rows being reconciled, and the others, which are
 * saved back exactly as they were (their marks are not looked at).
 */
function splitRecord(
  record: SheetRecord,
  inRows: (row: number) => boolean,
): { record: SheetRecord; outside: SheetRecord["cells"] } {
  const inside: SheetRecord["cells"] = {};
  const outside: SheetRecord["cells"] = {};
  for (const [address, cell] of Object.entries(record.cells)) {
    const pos = parseA1(address);
    if (!pos || inRows(pos.row)) inside[address] = cell;
    else outside[address] = cell;
  }
  return { record: { ...record, cells: inside }, outside };
}

/** Removes every mark of the sheet and forgets its record. */
export function clearMarksIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  sheet: string,
  options: MarkOptions,
): Promise<void> {
  return writeMarksIn(env, context, sheet, [], { ...options, forget: true });
}

/**
 * One batch of writes with our events off. Office.js stops at the first
 * failing operation and keeps what ran before it, so the record goes first:
 * every newly marked cell's original fill is saved before its fill changes,
 * and cells about to be restored stay in it until the restore has run. The
 * final record (or its removal, when clearing) comes last.
 */
async function applyPlan(
  env: ExcelEnv,
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  plan: MarkPlan,
  stored: StoredRecord,
  before: SheetRecord,
  after: SheetRecord | undefined,
): Promise<void> {
  await withEventsOff(env, context, async () => {
    // Only the blocks read are written (a row window's), and of those only the ones that change.
    const guard = after ? { ...before.cells, ...after.cells } : undefined;
    if (guard) saveRecord(context, stored, guard);
    queueRestores(worksheet, plan);
    queuePaint(worksheet, plan);
    await queueNotes(context, worksheet, plan);
    if (!after) saveRecord(context, stored, {});
    else if (Object.keys(guard!).length !== Object.keys(after.cells).length) saveRecord(context, stored, after.cells);
  });
}

/**
 * Runs `writes` (which queue operations; their last sync is ours) so that our
 * own writes never come back to us as edits. From ExcelApi 1.14 events carry
 * `triggerSource`, and events.ts drops "ThisLocalAddin": the runtime's events
 * stay on, because `enableEvents = false` silences the whole runtime — a
 * user's edit made while we write would be lost to us (Excel.Runtime docs).
 * On 1.8–1.13 events go off and on again inside the same final sync.
 */
export async function withEventsOff(
  env: ExcelEnv,
  context: Excel.RequestContext,
  writes: () => Promise<void>,
): Promise<void> {
  const silence = env.supports("1.8") && !env.supports("1.14");
  if (silence) context.runtime.enableEvents = false;
  try {
    await writes();
    if (silence) context.runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    // A failed batch stops where it failed: events may still be off for this runtime.
    if (silence) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
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
    for (const address of chunkAddresses(toRectangles(cells)))
      worksheet.getRanges(address).format.fill.color = MARK_FILL[severity];
  }
}

/** Notes are single-cell only (ExcelApi 1.18), so they go one by one; a request ends at CELLS_PER_SYNC notes or ~2 MB of text. */
async function queueNotes(context: Excel.RequestContext, worksheet: Excel.Worksheet, plan: MarkPlan): Promise<void> {
  const ops: { bytes: number; queue: () => void }[] = [
    ...plan.deleteNotes.map((a) => ({ bytes: NOTE_OP_BYTES, queue: () => worksheet.notes.getItem(a).delete() })),
    ...plan.setNotes.map((n) => ({
      bytes: NOTE_OP_BYTES + utf8Bytes(n.text),
      queue: () => void (worksheet.notes.getItem(n.address).content = n.text),
    })),
    ...plan.addNotes.map((n) => ({
      bytes: NOTE_OP_BYTES + utf8Bytes(n.text),
      queue: () => void worksheet.notes.add(worksheet.getRange(n.address), n.text),
    })),
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
