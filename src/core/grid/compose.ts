/** Puts several grids of one sheet together (tests, benchmarks, playground samples). */
import type { CellValue, Grid } from "./grid";

/** Overlays grids, later ones winning where both hold a value; the result starts at A1. */
export function combineGrids(sheet: string, grids: readonly Grid[]): Grid {
  const values: CellValue[][] = [];
  const merges = [];
  for (const g of grids) {
    g.values.forEach((line, i) => {
      const row = g.top + i;
      while (values.length <= row) values.push([]);
      const target = values[row];
      line.forEach((v, j) => {
        const col = g.left + j;
        while (target.length <= col) target.push(null);
        if (v !== null && v !== undefined) target[col] = v;
      });
    });
    merges.push(...g.merges.map((m) => ({ ...m })));
  }
  return { sheet, top: 0, left: 0, values, merges };
}
