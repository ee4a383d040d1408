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
/** Rows read in the first sync to estimate bytes per row. */
export const SAMPLE_ROWS = 32;
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
  // 1.5: the sample is the table's head; bodies hold longer texts.
  return Math.ceil(Math.max(measured, floor) * 1.5) + MERGE_BYTES_PER_ROW;
}

/** The plan: one batch on desktop, ⌈bytes / budget⌉ batches on the web. */
export function planRead(
  used: UsedShape,
  rowBytes: number,
  options: PlanOptions,
  budget = RESPONSE_BUDGET,
): ReadBatch[] {
  if (used.rows <= 0 || used.cols <= 0) return [];
  const byCells = Math.max(1, Math.floor(MAX_BLOCK_CELLS / used.cols));
  const byBytes = options.payloadLimited ? Math.max(1, Math.floor(budget / Math.max(1, rowBytes))) : Infinity;
  const blockRows = Math.min(byCells, byBytes);
  const blocks: Block[] = [];
  for (let top = 0; top < used.rows; top += blockRows) {
    blocks.push({ top, rows: Math.min(blockRows, used.rows - top), left: 0, cols: used.cols });
  }
  // A block's probes reach one row into the block above, as its own probes overlap (mergeBlocks).
  const probesOf = (b: Block) => mergeBlocks(b.top > 0 ? { ...b, top: b.top - 1, rows: b.rows + 1 } : b);
  const batchOf = (block: Block): ReadBatch => ({ values: [block], merges: options.merges ? probesOf(block) : [] });
  if (options.payloadLimited) return blocks.map(batchOf);
  return [{ values: blocks, merges: options.merges ? blocks.flatMap(probesOf) : [] }];
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

/** Splits a batch in two (for a retry after the host refused its size); undefined when it can't shrink. */
export function halveBatch(batch: ReadBatch): [ReadBatch, ReadBatch] | undefined {
  const [block] = batch.values;
  if (batch.values.length !== 1 || block.rows < 2) return undefined;
  const upper = Math.ceil(block.rows / 2);
  const a: Block = { ...block, rows: upper };
  const b: Block = { ...block, top: block.top + upper, rows: block.rows - upper };
  const inside = (x: Block) => (m: Block) => m.top >= x.top && m.top < x.top + x.rows;
  return [
    { values: [a], merges: batch.merges.filter(inside(a)) },
    { values: [b], merges: batch.merges.filter(inside(b)) },
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
