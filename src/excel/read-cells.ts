/**
 * The current fill and note of the cells a mark write touches: fills via
 * getCellProperties on few rectangles (not per-cell loads), notes one by one
 * (the notes API has no bulk read), and threaded comments (ExcelApi 1.10),
 * which count as the user's note: `notes.add` fails on a cell that has one,
 * and a failing operation would stop the whole batch.
 */
import type { CellPos } from "../core/grid/grid";
import { toA1 } from "../core/grid/address";
import { toRectangles } from "./areas";
import type { FillState } from "./mark-record";
import type { CellNow } from "./plan-marks";

/** Proxies per request stay far below the 5 MB request limit (a proxy costs ~100–200 bytes). */
export const CELLS_PER_SYNC = 5000;

const FILL_PROPS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true } },
};

export interface ReadOptions {
  notes: boolean;
  /** Threaded comments can be read (ExcelApi 1.10). */
  comments: boolean;
}

export async function readCells(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  cells: CellPos[],
  options: ReadOptions,
): Promise<Map<string, CellNow>> {
  const out = new Map<string, CellNow>();
  // Comments are listed once per sheet, on the first sync (it also carries the caller's queued loads).
  const comments = options.notes && options.comments && cells.length ? worksheet.comments : undefined;
  comments?.load("items/id");
  for (let i = 0; i === 0 || i < cells.length; i += CELLS_PER_SYNC) {
    const chunk = cells.slice(i, i + CELLS_PER_SYNC);
    const fills = toRectangles(chunk).map((r) => ({
      r,
      props: worksheet
        .getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1)
        .getCellProperties(FILL_PROPS),
    }));
    const noteReads = options.notes
      ? chunk.map((c) => ({ address: toA1(c.row, c.col), note: loadNote(worksheet, toA1(c.row, c.col)) }))
      : [];
    await context.sync();
    for (const { r, props } of fills) storeFills(out, r.top, r.left, props.value);
    for (const { address, note } of noteReads) out.get(address)!.note = note.isNullObject ? null : String(note.content);
  }
  if (comments?.items.length) await markCommented(context, comments, out);
  return out;
}

/** A cell with a threaded comment reads as holding the user's note (the comment's text). */
async function markCommented(
  context: Excel.RequestContext,
  comments: Excel.CommentCollection,
  out: Map<string, CellNow>,
): Promise<void> {
  for (let i = 0; i < comments.items.length; i += CELLS_PER_SYNC) {
    const reads = comments.items.slice(i, i + CELLS_PER_SYNC).map((comment) => {
      const location = comment.getLocation();
      location.load("address");
      comment.load("content");
      return { comment, location };
    });
    await context.sync();
    for (const { comment, location } of reads) {
      const address = location.address.slice(location.address.lastIndexOf("!") + 1).replace(/\$/g, "");
      const cell = out.get(address);
      if (cell && !cell.note)
        Object.assign(cell, { note: String(comment.content ?? "") || "(comment)", comment: true });
    }
  }
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
      if (fill.patternColor && state.pattern !== "None" && state.pattern !== "Solid")
        state.patternColor = fill.patternColor;
      if (fill.tintAndShade) state.tintAndShade = fill.tintAndShade;
      out.set(toA1(top + r, left + c), { fill: state });
    }),
  );
}
