/**
 * Merged areas as a file declares them → the ones the core may see: clipped to
 * a margin around the cells that hold data (a merge of J1:XFD1048576 would
 * otherwise be indexed row by row; a label merged a column or two past the last
 * value keeps its true shape), and without overlaps, which Excel repairs on open by dropping the
 * later area. Linear: each merge is checked against the few kept merges in the
 * tiles it covers, never against every earlier merge (exceljs issue #2689).
 */
import type { CellRange, CellValue } from "../core/grid/grid";

const TILE_ROWS = 64;
const TILE_COLS = 16;
/** A merge covering more tiles than this is "large": kept in a short list checked one by one. */
const LARGE_TILES = 1024;
const MAX_LARGE = 64;

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

class Tiles {
  private readonly byTile = new Map<number, CellRange[]>();
  readonly large: CellRange[] = [];
  readonly all: CellRange[] = [];

  /** The keys of the tiles `m` covers (a plain list: a generator cost more than the look-ups it feeds). */
  private keys(m: CellRange): number[] {
    const keys: number[] = [];
    for (let tr = Math.floor(m.top / TILE_ROWS); tr <= Math.floor(m.bottom / TILE_ROWS); tr++) {
      for (let tc = Math.floor(m.left / TILE_COLS); tc <= Math.floor(m.right / TILE_COLS); tc++)
        keys.push(tr * 1100 + tc);
    }
    return keys;
  }

  private tileCount(m: CellRange): number {
    const rows = Math.floor(m.bottom / TILE_ROWS) - Math.floor(m.top / TILE_ROWS) + 1;
    const cols = Math.floor(m.right / TILE_COLS) - Math.floor(m.left / TILE_COLS) + 1;
    return rows * cols;
  }

  /** Keeps `m` unless it overlaps a kept merge; says whether it was kept. */
  add(m: CellRange): boolean {
    if (this.large.some((k) => overlaps(k, m))) return false;
    if (this.tileCount(m) > LARGE_TILES) {
      if (this.large.length >= MAX_LARGE || this.all.some((k) => overlaps(k, m))) return false;
      this.large.push(m);
      this.all.push(m);
      return true;
    }
    const keys = this.keys(m);
    for (const key of keys) if (this.byTile.get(key)?.some((k) => overlaps(k, m))) return false;
    for (const key of keys) {
      const list = this.byTile.get(key);
      if (list) list.push(m);
      else this.byTile.set(key, [m]);
    }
    this.all.push(m);
    return true;
  }
}

/** How far past the last value a merge may reach before it is cut. */
export const MARGIN_ROWS = 256;
export const MARGIN_COLS = 64;

/**
 * `lastRow`/`lastCol`: the last row and column holding a value (-1 when the sheet is blank).
 * Undefined when the kept merges together cross more than `maxRowSpans` rows (the core indexes merges by row).
 */
export function usableMerges(
  merges: readonly CellRange[],
  lastRow: number,
  lastCol: number,
  maxRowSpans: number,
): CellRange[] | undefined {
  const tiles = new Tiles();
  const maxRow = lastRow + MARGIN_ROWS;
  const maxCol = lastCol + MARGIN_COLS;
  let spans = 0;
  for (const m of merges) {
    if (m.top > lastRow || m.left > lastCol) continue; // its top-left cell is blank and nothing follows it
    const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) };
    if (clipped.bottom === clipped.top && clipped.right === clipped.left) continue; // one cell: no merge left
    if (tiles.add(clipped)) spans += clipped.bottom - clipped.top + 1;
    if (spans > maxRowSpans) return undefined;
  }
  return tiles.all;
}

/** A merged area's value lives in its top-left cell only, as Office.js gives it: both hosts hand the core one grid. */
export function blankCovered(values: CellValue[][], merges: readonly CellRange[]): void {
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      const line = values[r];
      if (!line || line.length <= m.left) continue;
      for (let c = m.left, end = Math.min(m.right, line.length - 1); c <= end; c++) {
        if (r !== m.top || c !== m.left) line[c] = null;
      }
    }
  }
}
