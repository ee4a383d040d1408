/**
 * 重置标记记录: the way out when the record cannot be trusted (written by a
 * newer add-in, or damaged beyond use). Without a record we cannot know what
 * a marked cell looked like before, so this takes back only what is surely
 * ours: a solid fill in exactly one of our mark colours, with no tint, goes
 * (the cell gets no fill); every other fill and every note stays. Then the
 * sheet's record keys are deleted. Reads the fills in chunks under the web's
 * payload limit; writes nothing on a protected sheet.
 */
import type { CellPos } from "../core/grid/grid";
import { MARK_FILL } from "../host/mark-colors";
import { chunkAddresses, toRectangles } from "./areas";
import type { ExcelEnv } from "./env";
import { marksKey } from "./mark-record";
import { loadProtection, refuseProtected } from "./protection";
import { readFill } from "./read-cells";
import { withEventsOff } from "./write-marks";

/** Cells per fill read: a cell's fill costs ~70 bytes in the response, far under 5 MB a chunk. */
const CELLS_PER_READ = 40_000;
const OUR_COLOURS = new Set(Object.values(MARK_FILL));

export async function resetMarksIn(env: ExcelEnv, context: Excel.RequestContext, sheet: string): Promise<number> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.load("id");
  const protection = loadProtection(ws);
  // Formats count here: a marked cell may hold no value.
  const used = ws.getUsedRangeOrNullObject(false);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const settings = context.workbook.settings;
  settings.load("items/key");
  await context.sync();
  refuseProtected(protection, sheet);
  const ours = used.isNullObject ? [] : await ourCells(env, context, ws, used);
  const key = marksKey(ws.id);
  await withEventsOff(env, context, async () => {
    for (const address of chunkAddresses(toRectangles(ours))) ws.getRanges(address).format.fill.clear();
    for (const item of settings.items)
      if (item.key === key || item.key.startsWith(`${key}.`)) settings.getItem(item.key).delete();
  });
  return ours.length;
}

async function ourCells(
  env: ExcelEnv,
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  used: Excel.Range,
): Promise<CellPos[]> {
  const out: CellPos[] = [];
  const rowsPerRead = Math.max(1, Math.floor(CELLS_PER_READ / Math.max(1, used.columnCount)));
  for (let r = 0; r < used.rowCount; r += rowsPerRead) {
    const rows = Math.min(rowsPerRead, used.rowCount - r);
    const top = used.rowIndex + r;
    const props = ws
      .getRangeByIndexes(top, used.columnIndex, rows, used.columnCount)
      .getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
    await context.sync();
    props.value.forEach((line, i) =>
      line.forEach((cell, c) => {
        const fill = readFill(cell.format?.fill ?? {});
        if (fill.pattern === "Solid" && !fill.tintAndShade && OUR_COLOURS.has(fill.color))
          out.push({ row: top + i, col: used.columnIndex + c });
      }),
    );
    await env.yieldToHost();
  }
  return out;
}
