/**
 * How to read a used range without breaking Excel's limits: row blocks sized
 * by estimated bytes (5 MB per request/response on the web) and cells (5
 * million per read), merged-area probes of at most 512 areas each, grouped
 * into as few syncs as the payload limit allows.
 */

/** Under the 5 MB web limit, with room for the estimate being off. */
export const RESPONSE_BUDGET = 4_000_000;
/** Far under the 5,000,000-cell read limit, where Excel may silently return null. */
export const MAX_BLOCK_CELLS = 1_000_000;
/** `getMergedAreasOrNullObject` fails above 512 areas. */
export const MERGE_LIMIT = 512;
/**
 * Rows of the used range read in the first sync, with its shape: kept as
 * values, and the sample that estimates bytes per row for the rest. ~120 form
 * tables: a small sheet is read whole in that sync, and 1,000 tables on the
 * web fit in one more batch.
 */
export const HEAD_ROWS = 2048;
/** A sample this long spans whole tables, heads and bodies alike: its average is the sheet's, no factor on it. */
const WHOLE_TABLES_SAMPLE = 1024;
/** Smallest believable cost of a cell in a response: `"",` in values, `"Empty",` in valueTypes, `"General",` in numberFormat. */
const MIN_CELL_BYTES = 22;
/** A merged area's address (`Sheet1!AB12:AC13, `) in the response, assuming at most one per row. */
const MERGE_BYTES_PER_ROW = 40;

export interface UsedShape {
  rows: number;
  cols: number;
}

/** Rows and columns relative to the used range's top-left cell. */
export interface Block {
  top: number;
  rows: number;
  left: number;
  cols: number;
}

/** What one `context.sync()` loads. */
export interface ReadBatch {
  values: Block[];
  merges: Block[];
}

export interface PlanOptions {
  payloadLimited: boolean;
  merges: boolean;
}

/** Bytes a row will cost in the response, from a sample's cost (or the floor). */
export function estimateRowBytes(cols: number, sampleBytes: number, sampleRows: number): number {
  const measured = sampleRows > 0 ? sampleBytes / sampleRows : 0;
  const floor = cols * MIN_CELL_BYTES;
  // 1.5 on a short sample: it is a table's head, and bodies hold longer texts. A long one needs no factor:
  // what is left to cover an odd part below it is the budget's margin under 5 MB, and a refused batch is halved.
  const factor = sampleRows >= WHOLE_TABLES_SAMPLE ? 1 : 1.5;
  return Math.ceil(Math.max(measured, floor) * factor) + MERGE_BYTES_PER_ROW;
}

/**
 * The plan: one batch on desktop, ⌈bytes / budget⌉ batches on the web. The
 * rows above `from` were read already (the head, read-grid.ts): no value
 * block for them, but the first batch probes their merged areas too.
 */
export function planRead(
  used: UsedShape,
  rowBytes: number,
  options: PlanOptions,
  budget = RESPONSE_BUDGET,
  from = 0,
): ReadBatch[] {
  if (used.rows <= 0 || used.cols <= 0) return [];
  // The first batch also carries the merged areas of the rows read before.
  const headMerges = options.merges ? from * MERGE_BYTES_PER_ROW : 0;
  const first = blockRowsOf(used, rowBytes, options, budget - headMerges);
  const rest = blockRowsOf(used, rowBytes, options, budget);
  const blocks: Block[] = [];
  for (let top = from; top < used.rows;) {
    const rows = Math.min(blocks.length ? rest : first, used.rows - top);
    blocks.push({ top, rows, left: 0, cols: used.cols });
    top += rows;
  }
  // A block's probes reach one row into the block above, as its own probes overlap (mergeBlocks); the first
  // block's reach up to the used range's top, over the rows read before.
  const probesOf = (b: Block, i: number) =>
    mergeBlocks(i === 0 ? { ...b, top: 0, rows: b.top + b.rows } : { ...b, top: b.top - 1, rows: b.rows + 1 });
  if (!blocks.length) {
    // Every row was read before: only the merged areas are left.
    return options.merges
      ? [{ values: [], merges: mergeBlocks({ top: 0, rows: used.rows, left: 0, cols: used.cols }) }]
      : [];
  }
  const probes = (b: Block, i: number) => (options.merges ? probesOf(b, i) : []);
  if (options.payloadLimited) return blocks.map((block, i) => ({ values: [block], merges: probes(block, i) }));
  return [{ values: blocks, merges: blocks.flatMap(probes) }];
}

/** Rows per value block: ≤ 1,000,000 cells, and on the web within the byte budget. */
function blockRowsOf(used: UsedShape, rowBytes: number, options: PlanOptions, budget: number): number {
  const byCells = Math.max(1, Math.floor(MAX_BLOCK_CELLS / used.cols));
  const byBytes = options.payloadLimited ? Math.max(1, Math.floor(budget / Math.max(1, rowBytes))) : Infinity;
  return Math.min(byCells, byBytes);
}

/**
 * Splits a block so that no probe can meet more than 512 merged areas: in an
 * r×c block, areas inside it cover ≥ 2 cells each (≤ r·c/2) and areas crossing
 * its edges touch a border cell each (≤ 2r + 2c).
 *
 * Neighbouring probes share one row (or column). Excel answers a probe with
 * the areas whose top-left cell lies in it (office-js #3611), older builds
 * with areas clipped to it (#1590): an area across a probe edge then comes
 * back in pieces, and pieces of one area overlap in the shared row while
 * two distinct areas never overlap — so read-grid.ts joins overlapping
 * pieces, and never joins two areas that merely touch.
 */
export function mergeBlocks(block: Block): Block[] {
  const cols = Math.min(block.cols, 100);
  // One row and one column of overlap with the probe before: see the doc comment.
  const rows = Math.max(1, Math.floor((MERGE_LIMIT - 2 * (cols + 1)) / ((cols + 1) / 2 + 2)) - 1);
  const out: Block[] = [];
  for (let top = block.top; top < block.top + block.rows; top += rows) {
    for (let left = block.left; left < block.left + block.cols; left += cols) {
      const up = top > block.top ? 1 : 0;
      const back = left > block.left ? 1 : 0;
      out.push({
        top: top - up,
        rows: Math.min(rows, block.top + block.rows - top) + up,
        left: left - back,
        cols: Math.min(cols, block.left + block.cols - left) + back,
      });
    }
  }
  return out;
}

/**
 * Splits a batch in two (for a retry after the host refused its size); undefined when it can't shrink.
 * Every probe stays in one half: those starting above the lower half's first row go with the upper
 * half (the first probes reach above the block, into the rows read before).
 */
export function halveBatch(batch: ReadBatch): [ReadBatch, ReadBatch] | undefined {
  const [block] = batch.values;
  if (!block && batch.merges.length >= 2) {
    const half = Math.ceil(batch.merges.length / 2);
    return [
      { values: [], merges: batch.merges.slice(0, half) },
      { values: [], merges: batch.merges.slice(half) },
    ];
  }
  if (batch.values.length !== 1 || block.rows < 2) return undefined;
  const upper = Math.ceil(block.rows / 2);
  const a: Block = { ...block, rows: upper };
  const b: Block = { ...block, top: block.top + upper, rows: block.rows - upper };
  return [
    { values: [a], merges: batch.merges.filter((m) => m.top < b.top) },
    { values: [b], merges: batch.merges.filter((m) => m.top >= b.top) },
  ];
}

/** UTF-8 length of a JSON-ish text: what travels over the wire. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}
