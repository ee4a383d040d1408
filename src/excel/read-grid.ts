/**
 * Reads a sheet's used cells (values only) and merged areas: one sync to size
 * the used range and read its first rows (the head: values kept, and the
 * sample for the estimate), then the planned batches (read-plan.ts).
 * Number formats come with the values: a typed `100%` is held as 1 with `0%`,
 * a typed date as a serial, and the rules must see what the officer typed.
 */
import { rangesOverlap, unionRange, type CellRange, type CellValue, type Grid } from "../core/grid/grid";
import { displayValue } from "../core/grid/number-format";
import type { RowSpan } from "../core/lint/lint";
import { parseAreas } from "./areas";
import type { ExcelEnv } from "./env";
import {
  asShown,
  flagsOf,
  hiddenLines,
  hidesNothing,
  needsVisibleCells,
  queueVisibleCells,
  visibleAreas,
} from "./read-hidden";
import {
  estimateRowBytes,
  halveBatch,
  HEAD_ROWS,
  planRead,
  RESPONSE_BUDGET,
  utf8Bytes,
  type Block,
  type ReadBatch,
} from "./read-plan";

export interface Origin {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface Pending {
  block: Block;
  range: Excel.Range;
}

/**
 * `rows` reads only those rows of the used range (a re-check's window): the
 * same two syncs, without the head (the window is small, so the floor
 * estimate only makes web chunks smaller), and only the merged areas meeting
 * those rows.
 */
export interface GridReadOptions {
  /** Sheet name → id: the id rides along and is remembered (the mark write after the read needs it). */
  ids?: Map<string, string>;
  /** Sheet name → its used range when last read: a window read then takes one sync (see readWindowFast). */
  shapes?: Map<string, Origin>;
  /**
   * Queues more loads on a window read's only sync (the mark write's reads, write-marks.ts), given the window;
   * what it returns is called once that sync succeeded (a refused sync loaded nothing).
   */
  alongside?: (worksheet: Excel.Worksheet, window: Origin) => () => void;
}

export async function readGrid(
  env: ExcelEnv,
  context: Excel.RequestContext,
  sheet: string,
  rows?: RowSpan,
  options: GridReadOptions = {},
): Promise<Grid> {
  const { ids, shapes } = options;
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const used = worksheet.getUsedRange(true);
  const shape = () => {
    // Whether it hides rows or columns rides along too (read-hidden.ts): nothing more to load when it hides none.
    used.load("rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden");
    // The id rides along, so that the mark write after this read finds its record in its first sync.
    if (ids) worksheet.load("id");
  };
  shape();
  const known = rows ? shapes?.get(sheet) : undefined;
  if (rows && known) {
    const fast = await readWindowFast(env, context, { sheet, worksheet, used, shape }, known, rows, options);
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- loaded by shape() and synced inside readWindowFast
    if (ids) ids.set(sheet, worksheet.id);
    shapes?.set(sheet, shapeOf(used));
    if (fast) return fast;
  }
  let head: Excel.Range | undefined;
  if (rows) {
    if (!known) await context.sync();
  } else {
    // The used range's first rows, clipped to it (a short sheet sends no blank rows).
    head = used.getIntersection(used.getRow(0).getResizedRange(HEAD_ROWS - 1, 0));
    head.load(CELL_PROPS);
    head = await syncHead(context, head, shape);
  }
  if (ids) ids.set(sheet, worksheet.id);
  shapes?.set(sheet, shapeOf(used));
  const origin = rows ? windowOf(used, rows) : shapeOf(used);
  const values: CellValue[][] = new Array(Math.max(0, origin.rows));
  const sample = head ? storeHead(head, origin, values) : { rows: 0, bytes: 0 };
  const rowBytes = estimateRowBytes(origin.cols, sample.bytes, sample.rows);
  const host = { payloadLimited: env.payloadLimited(), merges: env.supports("1.13") };
  const plan = planRead(origin, rowBytes, host, RESPONSE_BUDGET, sample.rows);
  const merges = new Map<string, CellRange>();
  // Which rows and columns show, when some are hidden and some not: on the first batch's sync (one of its own when
  // there is none, or when that sync was refused and halved, which took it along).
  const flags = flagsOf(used);
  let visible = needsVisibleCells(flags) && plan.length ? queueVisibleCells(used) : undefined;
  let carried = false;
  for (const [i, batch] of plan.entries()) {
    const onSynced = i === 0 ? () => void (carried = true) : undefined;
    await readBatch(env, context, worksheet, origin, batch, values, merges, 0, onSynced);
  }
  if (needsVisibleCells(flags) && !carried) {
    visible = queueVisibleCells(used);
    await context.sync();
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const grid = { sheet, top: origin.top, left: origin.left, values, merges: joinPieces([...merges.values()]) };
  return shownBy(used, grid, visible);
}

/** The grid as the sheet shows it (read-hidden.ts), from the used range's flags and, where mixed, its visible cells. */
function shownBy(used: Excel.Range, grid: Grid, visible: Excel.RangeAreas | undefined): Grid {
  const flags = flagsOf(used);
  if (hidesNothing(flags)) return grid;
  const hidden = hiddenLines(shapeOf(used), flags, visible && visibleAreas(visible));
  return asShown(grid, hidden.rows, hidden.cols);
}

const shapeOf = (used: Excel.Range): Origin => ({
  top: used.rowIndex,
  left: used.columnIndex,
  rows: used.rowCount,
  cols: used.columnCount,
});

/** The sheet read: its name, its proxies, and the load of the used range's shape (again after a refused sync). */
interface SheetReads {
  sheet: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  shape: () => void;
}

/**
 * A value edit's window in one sync: planned on the used range as last read
 * (an edit rarely moves its edges), loaded together with the used range's
 * shape and what `alongside` queues. Undefined when the shape changed, the
 * plan needs more than one batch, or the payload was refused: then the
 * caller reads as usual (the shape, and the id, are loaded by then).
 */
async function readWindowFast(
  env: ExcelEnv,
  context: Excel.RequestContext,
  { sheet, worksheet, used, shape }: SheetReads,
  known: Origin,
  rows: RowSpan,
  options: GridReadOptions,
): Promise<Grid | undefined> {
  const origin = windowOf(
    { rowIndex: known.top, columnIndex: known.left, rowCount: known.rows, columnCount: known.cols },
    rows,
  );
  const plan = planRead(origin, estimateRowBytes(origin.cols, 0, 0), {
    payloadLimited: env.payloadLimited(),
    merges: env.supports("1.13"),
  });
  if (plan.length > 1) {
    await context.sync(); // the shape, for the caller's usual read
    return undefined;
  }
  const queued = plan.length ? queueBatch(context, worksheet, origin, plan[0]) : undefined;
  const loaded = options.alongside?.(worksheet, origin);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    // The refused request took the shape, the id and the alongside reads with it: load the first two again.
    shape();
    await context.sync();
    return undefined;
  }
  loaded?.();
  const now = shapeOf(used);
  if (now.top !== known.top || now.left !== known.left || now.rows !== known.rows || now.cols !== known.cols)
    return undefined;
  const values: CellValue[][] = new Array(Math.max(0, origin.rows));
  const merges = new Map<string, CellRange>();
  if (queued) storeBatch(queued, values, merges);
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  const grid = { sheet, top: origin.top, left: origin.left, values, merges: joinPieces([...merges.values()]) };
  // Rows or columns hidden (the pane reads a window only of a sheet that hid none when last read: they were hidden
  // since): the window says so, and the re-check reads the whole sheet. One sync more where they are mixed, this once.
  let visible: Excel.RangeAreas | undefined;
  if (needsVisibleCells(flagsOf(used))) {
    visible = queueVisibleCells(used);
    await context.sync();
  }
  return shownBy(used, grid, visible);
}

/** The used range's part within `rows` (no rows when they miss it: `top` then stays where asked). */
function windowOf(
  used: Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">,
  rows: RowSpan,
): Origin {
  const top = Math.max(used.rowIndex, rows.top);
  const bottom = Math.min(used.rowIndex + used.rowCount - 1, rows.bottom);
  return bottom < top
    ? { top: rows.top, left: used.columnIndex, rows: 0, cols: used.columnCount }
    : { top, left: used.columnIndex, rows: bottom - top + 1, cols: used.columnCount };
}

/**
 * The head only saves a sync: refused (too wide for 5 MB) or past the sheet's
 * last row (a used range ending near row 1,048,576), the sheet is read from
 * its top by the plan. The shape is loaded again: the failed request took it.
 */
async function syncHead(
  context: Excel.RequestContext,
  head: Excel.Range,
  shape: () => void,
): Promise<Excel.Range | undefined> {
  try {
    await context.sync();
    return head;
  } catch (error) {
    if (!isPayloadError(error) && (error as { code?: string } | null)?.code !== "InvalidArgument") throw error;
    shape();
    await context.sync();
    return undefined;
  }
}

/** Keeps the head's rows as values (as far as the used range goes); its bytes per row are the estimate's sample. */
function storeHead(head: Excel.Range, origin: Origin, values: CellValue[][]): { rows: number; bytes: number } {
  // Above 5,000,000 cells Excel gives null rather than failing (a sheet thousands of columns wide).
  if (!Array.isArray(head.values) || !Array.isArray(head.valueTypes)) return { rows: 0, bytes: 0 };
  const rows = Math.min(head.values.length, origin.rows);
  storeBlock({ block: { top: 0, rows, left: 0, cols: origin.cols }, range: head }, values);
  const json = (rows2d: unknown) =>
    utf8Bytes(JSON.stringify((rows2d as unknown[][] | undefined)?.slice(0, rows) ?? []));
  return { rows, bytes: json(head.values) + json(head.valueTypes) + json(head.numberFormat) };
}

interface QueuedBatch {
  valueReads: Pending[];
  mergeReads: Excel.RangeAreas[];
}

function queueBatch(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  origin: Origin,
  batch: ReadBatch,
): QueuedBatch {
  const blockRange = (b: Block) =>
    worksheet.getRangeByIndexes(origin.top + b.top, origin.left + b.left, b.rows, b.cols);
  const valueReads: Pending[] = batch.values.map((block) => ({ block, range: blockRange(block) }));
  valueReads.forEach((p) => p.range.load(CELL_PROPS));
  const mergeReads = batch.merges.map((block) => blockRange(block).getMergedAreasOrNullObject());
  mergeReads.forEach((areas) => areas.load("address"));
  return { valueReads, mergeReads };
}

function storeBatch(queued: QueuedBatch, values: CellValue[][], merges: Map<string, CellRange>): void {
  for (const p of queued.valueReads) storeBlock(p, values);
  for (const areas of queued.mergeReads) if (!areas.isNullObject) addMerges(areas.address, merges);
}

async function readBatch(
  env: ExcelEnv,
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  origin: Origin,
  batch: ReadBatch,
  values: CellValue[][],
  merges: Map<string, CellRange>,
  depth: number,
  /** Called once this batch's own sync succeeded (what was queued before it was loaded with it). */
  onSynced?: () => void,
): Promise<void> {
  const queued = queueBatch(context, worksheet, origin, batch);
  try {
    await context.sync();
  } catch (error) {
    const halves = isPayloadError(error) && depth < 6 ? halveBatch(batch) : undefined;
    if (!halves) throw error;
    for (const half of halves) await readBatch(env, context, worksheet, origin, half, values, merges, depth + 1);
    return;
  }
  onSynced?.();
  storeBatch(queued, values, merges);
  await env.yieldToHost();
}

/** What every cell read loads: the value, its type, and its number format (percent and date cells). */
export const CELL_PROPS = "values,valueTypes,numberFormat";

function storeBlock({ block, range }: Pending, values: CellValue[][]): void {
  const types = range.valueTypes;
  const formats = range.numberFormat;
  range.values.slice(0, block.rows).forEach((row, r) => {
    values[block.top + r] = row.map((v, c) => toCellValue(v, types[r][c], formats?.[r]?.[c]));
  });
}

/**
 * Office.js gives error cells as their text plus valueTypes "Error"; the core
 * wants `{error}`. A number under a percent or date format becomes the text
 * the officer typed (`100%`, `2024年1月5日`).
 */
export function toCellValue(value: unknown, type: Excel.RangeValueType | string, numberFormat?: unknown): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") return typeof numberFormat === "string" ? displayValue(value, numberFormat) : value;
  if (typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** Areas arrive as `Sheet1!A1:B2, Sheet1!C3:C4`; probes overlap at their edges, so the same area may come twice. */
function addMerges(address: string, merges: Map<string, CellRange>): void {
  for (const range of parseAreas(address))
    merges.set(`${range.top},${range.left},${range.bottom},${range.right}`, range);
}

/**
 * Areas as one: pieces of an area clipped by overlapping probes (older
 * builds) share cells, and distinct merged areas never do, so overlapping
 * rectangles are joined into their bounding box until none overlap.
 */
function joinPieces(areas: CellRange[]): CellRange[] {
  const sorted = [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  let joined = true;
  while (joined) {
    joined = false;
    for (let i = 0; i < sorted.length && !joined; i++)
      for (let j = i + 1; j < sorted.length && sorted[j].top <= sorted[i].bottom; j++) {
        if (!rangesOverlap(sorted[i], sorted[j])) continue;
        sorted[i] = unionRange(sorted[i], sorted[j]);
        sorted.splice(j, 1);
        joined = true;
        break;
      }
  }
  return sorted;
}

export function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? "";
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
