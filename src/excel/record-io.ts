/**
 * Loading and saving a sheet's marks record (workbook settings, keyed by sheet
 * id), and moving it when rows or columns move.
 *
 * The record is split into row blocks of BLOCK_ROWS rows, one settings value
 * each (`jixiao-lint.marks.<id>.<block>`), listed by a small index under
 * `jixiao-lint.marks.<id>` (`{ v: 2, sheet, blocks }`), so an edit reads and
 * writes only the blocks of its rows. A value of the old single-key format
 * (`{ v: 1, cells }` under the index key) is read whole and split on the next
 * write. A damaged index or block reads as empty.
 */
import { parseA1 } from "../core/grid/address";
import type { RowSpan } from "../core/lint/lint";
import {
  emptyRecord,
  marksKey,
  parseRecord,
  RecordVersionError,
  unknownVersion,
  type SheetRecord,
} from "./mark-record";
import { shiftRecord, type Shift } from "./record-shift";

export const BLOCK_ROWS = 256;
/** Versions this add-in reads: the index (2; 1 is the old single-key record) and a block (1). */
const INDEX_VERSIONS = [1, 2];
const BLOCK_VERSIONS = [1];

export function blockOf(row: number): number {
  return Math.floor(row / BLOCK_ROWS);
}

export function blockKey(worksheetId: string, block: number): string {
  return `${marksKey(worksheetId)}.${block}`;
}

/** Whether a settings key (after the marks prefix) names a block rather than a sheet's index. */
export function isBlockKey(rest: string): boolean {
  return /\.\d+$/.test(rest);
}

export function loadSetting(context: Excel.RequestContext, key: string): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load("value");
  return item;
}

/** What is stored for one sheet, as far as it was read; saveRecord keeps it up to date. */
export interface StoredRecord {
  id: string;
  sheet: string;
  /** Blocks listed in the index. */
  index: Set<number>;
  /** The index key exists (in either format). */
  indexFound: boolean;
  /** The index key must be rewritten: it holds a record of the old single-key format, or is damaged. */
  legacy: boolean;
  /** The blocks read, each with its stored text (undefined: no such key). */
  blocks: Map<number, string | undefined>;
}

export interface LoadedRecord {
  /** The cells of the blocks read (every cell, when the rows asked for were all). */
  record: SheetRecord;
  /** A record existed (clearing must then drop it). */
  found: boolean;
  stored: StoredRecord;
}

/** Which blocks to read: those of `rows` (all rows when absent); `hint` blocks are read with the index, the others after it. */
export interface RecordWant {
  rows?: RowSpan;
  hint?: Iterable<number>;
}

const MAX_SPECULATIVE = 64;

export function blocksOfRows(rows: RowSpan | undefined): number[] {
  if (!rows || !Number.isFinite(rows.bottom) || blockOf(rows.bottom) - blockOf(rows.top) >= MAX_SPECULATIVE) return [];
  const out: number[] = [];
  for (let b = blockOf(rows.top); b <= blockOf(rows.bottom); b++) out.push(b);
  return out;
}

export interface PendingRecord {
  id: string;
  index: Excel.Setting;
  blocks: Map<number, Excel.Setting>;
}

export function queueRead(context: Excel.RequestContext, id: string, blocks: Iterable<number>): PendingRecord {
  const index = loadSetting(context, marksKey(id));
  return { id, index, blocks: queueBlocks(context, id, blocks) };
}

function queueBlocks(context: Excel.RequestContext, id: string, blocks: Iterable<number>): Map<number, Excel.Setting> {
  const out = new Map<number, Excel.Setting>();
  for (const b of blocks) if (!out.has(b)) out.set(b, loadSetting(context, blockKey(id, b)));
  return out;
}

const valueText = (item: Excel.Setting): string | undefined =>
  item.isNullObject ? undefined : typeof item.value === "string" ? item.value : JSON.stringify(item.value);

function parseJson(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The record's keys need the sheet's id. With a remembered id (`ids`, name →
 * id) the index and the blocks of `want.rows` (or `want.hint`) ride on the
 * caller's next sync (`syncWith`); otherwise the id comes with that sync and
 * they take one more. Blocks the index lists that were not read that way
 * (a whole-sheet read: clearing, moving rows) take one more sync.
 */
export async function loadRecord(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: string,
  ids: Map<string, string> | undefined,
  syncWith: () => Promise<void>,
  want: RecordWant = {},
): Promise<LoadedRecord> {
  worksheet.load("id");
  const first = [...blocksOfRows(want.rows), ...(want.hint ?? [])];
  const guess = ids?.get(sheet);
  let pending: PendingRecord | undefined = guess === undefined ? undefined : queueRead(context, guess, first);
  await syncWith();
  ids?.set(sheet, worksheet.id);
  if (guess !== worksheet.id) {
    pending = queueRead(context, worksheet.id, first);
    await context.sync();
  }
  return finishLoad(context, pending!, sheet, want.rows);
}

export async function finishLoad(
  context: Excel.RequestContext,
  pending: PendingRecord,
  sheet: string,
  rows: RowSpan | undefined,
): Promise<LoadedRecord> {
  const stored: StoredRecord = {
    id: pending.id,
    sheet,
    index: new Set(),
    indexFound: !pending.index.isNullObject,
    legacy: false,
    blocks: new Map(),
  };
  const indexValue = stored.indexFound ? parseJson(valueText(pending.index)) : undefined;
  // A newer add-in's record is neither read nor overwritten: its original fills would be lost.
  const newer = unknownVersion(indexValue, INDEX_VERSIONS);
  if (newer !== undefined) throw new RecordVersionError(sheet || stored.sheet, newer);
  const named = (indexValue as { sheet?: unknown } | undefined)?.sheet;
  if (!sheet && typeof named === "string") stored.sheet = named;
  const cells: SheetRecord["cells"] = {};
  if ((indexValue as { v?: unknown } | undefined)?.v === 1) {
    // The old format: the whole record under the index key. Every block counts as read (and as not yet stored).
    stored.legacy = true;
    const record = parseRecord(indexValue, sheet);
    Object.assign(cells, record.cells);
    for (const address of Object.keys(record.cells)) {
      const pos = parseA1(address);
      if (pos) stored.blocks.set(blockOf(pos.row), undefined);
    }
    return { record: { ...emptyRecord(sheet), cells }, found: true, stored };
  }
  const listed = (indexValue as { v?: unknown; blocks?: unknown } | undefined)?.blocks;
  if (Array.isArray(listed)) {
    for (const b of listed) if (Number.isInteger(b) && b >= 0) stored.index.add(b);
  } else if (stored.indexFound) {
    // A damaged index: the sheet's blocks are found by their keys (one more sync, this once), and the index is rewritten.
    const settings = context.workbook.settings;
    settings.load("items/key");
    await context.sync();
    const own = `${marksKey(pending.id)}.`;
    for (const { key } of settings.items) {
      const b = key.startsWith(own) ? Number(key.slice(own.length)) : NaN;
      if (Number.isInteger(b) && b >= 0) stored.index.add(b);
    }
    stored.legacy = true;
  }
  const inRows = (b: number) => !rows || (b >= blockOf(rows.top) && b <= blockOf(rows.bottom));
  const missing = [...stored.index].filter((b) => inRows(b) && !pending.blocks.has(b));
  const items = [...pending.blocks].filter(([b]) => inRows(b) || stored.index.has(b));
  if (missing.length) {
    items.push(...queueBlocks(context, pending.id, missing));
    await context.sync();
  }
  for (const [b, item] of items) {
    const text = valueText(item);
    const blockNewer = unknownVersion(parseJson(text), BLOCK_VERSIONS);
    if (blockNewer !== undefined) throw new RecordVersionError(sheet || stored.sheet, blockNewer);
    stored.blocks.set(b, text);
    Object.assign(cells, parseRecord(parseJson(text) ?? null, sheet).cells);
  }
  const found = stored.indexFound || items.some(([, item]) => !item.isNullObject);
  return { record: { ...emptyRecord(sheet), cells }, found, stored };
}

/**
 * Queues the writes that make the read blocks hold exactly `cells` (cells of
 * blocks not read must not be in it): changed blocks written, emptied ones
 * deleted, the index rewritten when its list changes (or it was of the old
 * format). Blocks not read are left as they are. Updates `stored`.
 */
export function saveRecord(context: Excel.RequestContext, stored: StoredRecord, cells: SheetRecord["cells"]): void {
  const settings = context.workbook.settings;
  const byBlock = new Map<number, SheetRecord["cells"]>();
  for (const [address, cell] of Object.entries(cells)) {
    const pos = parseA1(address);
    if (!pos) continue;
    const b = blockOf(pos.row);
    if (!byBlock.has(b)) byBlock.set(b, {});
    byBlock.get(b)![address] = cell;
  }
  const index = new Set([...stored.index].filter((b) => !stored.blocks.has(b)));
  for (const b of new Set([...stored.blocks.keys(), ...byBlock.keys()])) {
    const blockCells = byBlock.get(b);
    const before = stored.blocks.get(b);
    if (blockCells) {
      const text = JSON.stringify({ v: 1, sheet: stored.sheet, cells: blockCells } satisfies SheetRecord);
      if (text !== before) settings.add(blockKey(stored.id, b), text);
      stored.blocks.set(b, text);
      index.add(b);
    } else {
      if (before !== undefined) settings.getItem(blockKey(stored.id, b)).delete();
      stored.blocks.set(b, undefined);
    }
  }
  const same = !stored.legacy && index.size === stored.index.size && [...index].every((b) => stored.index.has(b));
  if (index.size === 0) {
    if (stored.indexFound) settings.getItem(marksKey(stored.id)).delete();
    stored.indexFound = false;
  } else if (!same || !stored.indexFound) {
    settings.add(
      marksKey(stored.id),
      JSON.stringify({ v: 2, sheet: stored.sheet, blocks: [...index].sort((a, b) => a - b) }),
    );
    stored.indexFound = true;
  }
  stored.index = index;
  stored.legacy = false;
}

/**
 * Moves the record of the sheet `worksheetId` after rows/columns moved: the
 * index, then the blocks the move reaches (a row move: those from its row on),
 * then the writes. Nothing written when there is no record.
 */
export async function shiftMarksIn(context: Excel.RequestContext, worksheetId: string, shift: Shift): Promise<void> {
  const pending = queueRead(context, worksheetId, []);
  await context.sync();
  const rows = shift.axis === "row" ? { top: shift.at, bottom: Number.POSITIVE_INFINITY } : undefined;
  const loaded = await finishLoad(context, pending, "", rows);
  if (!loaded.found) return;
  queueShift(context, loaded, shift);
  await context.sync();
}

/** Queues the writes that move a loaded record (read from the shift's row on, or whole) by `shift`. */
export function queueShift(context: Excel.RequestContext, loaded: LoadedRecord, shift: Shift): void {
  const sheet = loaded.stored.sheet;
  saveRecord(context, loaded.stored, shiftRecord({ ...loaded.record, sheet }, shift).cells);
}
