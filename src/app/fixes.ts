/**
 * 修复 and the pane's own 撤销: a fix writes only if the cell still holds what
 * was checked; undo writes the old text back only if the cell still holds
 * what the fix wrote. An entry leaves the stack only once its undo has been
 * answered (written, or refused as stale): a host failure keeps it.
 */
import { toA1 } from "../core/grid/address";
import type { Fix } from "../core/model/diagnostic";
import type { ControllerContext } from "./context";
import type { UndoEntry } from "./state";
import { recheckTouched, undoBatch } from "./fix-all";
import { reverseFix } from "./fix-compose";

export async function applyFix(ctx: ControllerContext, fix: Fix, limit: number, anchor?: string): Promise<void> {
  const outcome = await ctx.host.applyFix(fix);
  if (outcome === "stale") ctx.notify("warning", "fixStale", { cell: fix.cell }, anchor);
  else {
    ctx.set({ undo: [...ctx.state().undo, { fix, anchor }].slice(-limit) });
    ctx.notify("success", "fixApplied", { cell: fix.cell }, anchor);
  }
  await recheckTouched(ctx, [fix]);
}

export async function undoLast(ctx: ControllerContext): Promise<void> {
  const entry = ctx.state().undo.at(-1);
  if (!entry) return;
  if (entry.batch) return undoBatch(ctx, entry);
  const { fix } = entry;
  const outcome = await ctx.host.applyFix(reverseFix(fix));
  // Answered either way: a stale undo can never succeed later, so it goes too.
  ctx.set({ undo: ctx.state().undo.filter((u) => u !== entry) });
  if (outcome === "stale") ctx.notify("warning", "undoStale", { cell: fix.cell }, entry.anchor);
  else ctx.notify("success", "undone", { cell: fix.cell }, entry.anchor);
  await recheckTouched(ctx, [fix]);
}

/** Moved rows would send an undo to the wrong cell: a sheet's entries go when its rows move. */
export function dropSheetUndo(ctx: ControllerContext, sheet: string): void {
  const undo: readonly UndoEntry[] = ctx.state().undo;
  if (undo.some((u) => u.fix.sheet === sheet)) ctx.set({ undo: undo.filter((u) => u.fix.sheet !== sheet) });
}

/**
 * We inserted `count` rows at `at` (an indicator row): the rows moved are known, so each entry of the sheet
 * follows its cell down and 撤销修复 keeps working (the user's edits, whose direction is unknown, still drop them).
 */
export function shiftSheetUndo(ctx: ControllerContext, sheet: string, at: number, count: number): void {
  const move = (f: Fix): Fix =>
    f.sheet === sheet && f.row >= at ? { ...f, row: f.row + count, cell: toA1(f.row + count, f.col) } : f;
  const undo = ctx.state().undo.map((u) => ({ ...u, fix: move(u.fix), batch: u.batch?.map(move) }));
  ctx.set({ undo });
}
