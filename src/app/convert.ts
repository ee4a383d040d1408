/**
 * 转换为标准表 in the pane: the active sheet's tables, as read (any layout),
 * written as form (or flat) tables on a new sheet, which is then shown and
 * checked. The sheet converted is never written.
 */
import type { ConvertTarget } from "../core/convert";
import type { ControllerContext } from "./context";

const WHOLE = { top: 0, left: 0, bottom: 0, right: 0 };

export async function convertSheet(ctx: ControllerContext, to: ConvertTarget): Promise<void> {
  if (!ctx.host.addSheet) return;
  const sheet = await ctx.host.activeSheet();
  if (sheet !== ctx.state().activeSheet) ctx.set({ activeSheet: sheet, currentId: undefined });
  if (!(await ctx.recheck(sheet, WHOLE, true))) return;
  const tables = ctx.state().sheets[sheet]?.result.tables ?? [];
  if (!tables.length) {
    ctx.notify("warning", "convertNothing");
    return;
  }
  const { convertTables, freeSheetName } = await import(/* webpackChunkName: "core" */ "../core/convert");
  const name = freeSheetName(await ctx.host.sheetNames(), to);
  await ctx.host.addSheet(name, convertTables(tables, to));
  ctx.set({ activeSheet: name, currentId: undefined });
  await ctx.recheck(name, WHOLE, true);
  const indicators = tables.reduce((n, t) => n + t.indicators.length, 0);
  ctx.notify("success", "converted", { tables: tables.length, indicators, sheet: name });
}
