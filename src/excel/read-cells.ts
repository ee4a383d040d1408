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
import { NO_FILL, type FillState } from "./mark-record";
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
export async function markCommented(
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
      out.set(toA1(top + r, left + c), { fill: readFill(cell.format?.fill ?? {}) });
    }),
  );
}

/**
 * A fill as read back. Excel's answer is ambiguous (office-js #4900, #6218):
 * no fill and solid white both read colour #FFFFFF, and `pattern` has been
 * reported null for both. A null pattern is unknown, never "None": the cell
 * has no fill when the pattern says "None", or when pattern and
 * tintAndShade are both null (Microsoft: tintAndShade is null for no fill);
 * otherwise a null pattern is taken as solid.
 */
export function readFill(fill: Excel.CellPropertiesFill): FillState {
  const pattern = fill.pattern ?? (fill.tintAndShade == null ? "None" : "Solid");
  const state: FillState = { color: String(fill.color ?? "#FFFFFF").toUpperCase(), pattern: String(pattern) };
  if (state.pattern === "None") return { ...NO_FILL };
  if (fill.patternColor && state.pattern !== "Solid") state.patternColor = fill.patternColor;
  if (fill.tintAndShade) state.tintAndShade = fill.tintAndShade;
  return state;
}

/** A window this big costs ~150 KB with its notes: beyond it the mark write reads only its flagged cells (one more sync). */
const PREFETCH_CELLS = 1500;

export interface QueuedCells {
  collect(): Map<string, CellNow>;
  /** Threaded comments listed (their locations take one more sync, only when there are any). */
  comments?: Excel.CommentCollection;
}

/** A window's cells queued for reading with another sync (a window read's): their fills, and notes one by one. */
export function queueWindowCells(
  worksheet: Excel.Worksheet,
  window: { top: number; left: number; rows: number; cols: number },
  options: ReadOptions,
): QueuedCells | undefined {
  if (window.rows <= 0 || window.cols <= 0 || window.rows * window.cols > PREFETCH_CELLS) return undefined;
  const props = worksheet
    .getRangeByIndexes(window.top, window.left, window.rows, window.cols)
    .getCellProperties(FILL_PROPS);
  const notes: { address: string; note: Excel.Note }[] = [];
  if (options.notes)
    for (let r = 0; r < window.rows; r++)
      for (let c = 0; c < window.cols; c++) {
        const address = toA1(window.top + r, window.left + c);
        notes.push({ address, note: loadNote(worksheet, address) });
      }
  const comments = options.notes && options.comments ? worksheet.comments : undefined;
  comments?.load("items/id");
  return {
    comments,
    collect: () => {
      const out = new Map<string, CellNow>();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- collect() runs after the window read's sync (getCellProperties needs no load)
      storeFills(out, window.top, window.left, props.value);
      for (const { address, note } of notes) out.get(address)!.note = note.isNullObject ? null : String(note.content);
      return out;
    },
  };
}
