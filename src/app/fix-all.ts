/**
 * 全部修复 and its undo. The fixes of the chosen findings are composed (one
 * per cell) and applied in one host batch — one step of our undo stack, and
 * one Excel undo step on ExcelApi 1.20+. A cell changed since it was checked
 * is left alone and counted; undo writes back only cells that still hold what
 * we wrote. The outcome is told next to the button clicked (`anchor`).
 */
import { unionRange, type CellRange } from "../core/grid/grid";
import type { Fix } from "../core/model/diagnostic";
import type { FixResult } from "../host/port";
import type { ControllerContext } from "./context";
import { composeFixes, reverseFix } from "./fix-compose";
import { fixesOf } from "./fix-groups";
import type { Finding, UndoEntry } from "./state";

async function applyBatch(ctx: ControllerContext, fixes: readonly Fix[]): Promise<FixResult[]> {
  if (ctx.host.applyFixes) return ctx.host.applyFixes(fixes);
  const results: FixResult[] = [];
  for (const fix of fixes) results.push(await ctx.host.applyFix(fix));
  return results;
}

/** Each sheet the fixes touched, re-checked over the rows they span, then re-marked. */
export async function recheckTouched(ctx: ControllerContext, fixes: readonly Fix[]): Promise<void> {
  const spans = new Map<string, CellRange>();
  for (const f of fixes) {
    const cell = { top: f.row, left: f.col, bottom: f.row, right: f.col };
    const r = spans.get(f.sheet);
    spans.set(f.sheet, r ? unionRange(r, cell) : cell);
  }
  for (const [sheet, range] of spans) if (await ctx.recheck(sheet, range, false)) await ctx.remark(sheet);
}

export async function fixAll(
  ctx: ControllerContext,
  findings: readonly Finding[],
  limit: number,
  anchor?: string,
): Promise<void> {
  const fixes = composeFixes(fixesOf(findings));
  if (!fixes.length) return;
  const results = await applyBatch(ctx, fixes);
  const applied = fixes.filter((_, i) => results[i] === "applied");
  const stale = fixes.length - applied.length;
  if (applied.length) {
    const entry: UndoEntry = { fix: applied[0], batch: applied, anchor };
    ctx.set({ undo: [...ctx.state().undo, entry].slice(-limit) });
  }
  if (!applied.length) ctx.notify("warning", "fixAllStale", { n: stale }, anchor);
  else ctx.notify("success", stale ? "fixAllPartly" : "fixAllApplied", { n: applied.length, stale }, anchor);
  await recheckTouched(ctx, applied);
}

/** Takes a 全部修复 back in one batch; cells changed since are left and counted. */
export async function undoBatch(ctx: ControllerContext, entry: UndoEntry): Promise<void> {
  const back = (entry.batch ?? [entry.fix]).map(reverseFix);
  const results = await applyBatch(ctx, back);
  ctx.set({ undo: ctx.state().undo.filter((u) => u !== entry) });
  const undone = results.filter((r) => r === "applied").length;
  const stale = results.length - undone;
  ctx.notify(undone ? "success" : "warning", stale ? "undoAllPartly" : "undoneAll", { n: undone, stale }, entry.anchor);
  await recheckTouched(ctx, back);
}
