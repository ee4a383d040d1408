/**
 * A grid as it crosses from a reader thread to a lint thread: JSON with the
 * merges as one flat list of numbers (top, left, bottom, right, …). Written as
 * objects, a stack of form tables' merges were half of its JSON, and writing,
 * encoding, decoding and parsing that JSON a tenth of a lint thread's work.
 */
import type { CellRange, Grid } from "../core/grid/grid";

interface WireGrid extends Omit<Grid, "merges"> {
  merges: number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 bytes, a buffer of the grid's own (see read-worker.ts). */
export function gridToWire(grid: Grid): Uint8Array {
  const merges: number[] = new Array(grid.merges.length * 4);
  grid.merges.forEach((m, i) => {
    merges[i * 4] = m.top;
    merges[i * 4 + 1] = m.left;
    merges[i * 4 + 2] = m.bottom;
    merges[i * 4 + 3] = m.right;
  });
  const wire: WireGrid = { ...grid, merges };
  return encoder.encode(JSON.stringify(wire));
}

export function gridFromWire(bytes: Uint8Array): Grid {
  const wire = JSON.parse(decoder.decode(bytes)) as WireGrid;
  const merges: CellRange[] = new Array(wire.merges.length / 4);
  for (let i = 0; i < merges.length; i++) {
    const at = i * 4;
    merges[i] = {
      top: wire.merges[at],
      left: wire.merges[at + 1],
      bottom: wire.merges[at + 2],
      right: wire.merges[at + 3],
    };
  }
  return { ...wire, merges };
}
