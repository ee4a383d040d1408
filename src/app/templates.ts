/**
 * 插入模板: a template goes where planInsert puts it (the selected cell; an
 * indicator row under the selected row of a table), only on the user's
 * click. The host refuses a non-empty target and we say where; otherwise the
 * sheet is checked again in full, since rows may have moved.
 */
import { rangeToA1, toA1 } from "../core/grid/address";
import { planInsert, type TemplateChoice } from "../core/template/place";
import { t } from "../i18n";
import type { ControllerContext } from "./context";
import { dropSheetUndo } from "./fixes";

export async function insertTemplate(ctx: ControllerContext, choice: TemplateChoice): Promise<void> {
  const sheet = await ctx.host.activeSheet();
  if (sheet !== ctx.state().activeSheet) ctx.set({ activeSheet: sheet, currentId: undefined });
  const grid = await ctx.readGrid(sheet);
  if (!grid) return;
  const selection = await ctx.host.selectedCell().catch(() => undefined);
  const here = selection?.sheet === sheet ? { row: selection.row, col: selection.col } : undefined;
  const plan = planInsert(choice, grid, here);
  const result = await ctx.host.insertTemplate(sheet, plan.at, plan.block, plan.mode);
  const { locale } = ctx.state();
  const what =
    choice.kind === "table"
      ? t(locale, "templateTableName")
      : t(locale, "templateRowName", { level1: choice.level1, level2: choice.level2 });
  const range = rangeToA1(result.range);
  if (result.status === "occupied") {
    ctx.notify("warning", "templateOccupied", { what, range, cell: toA1(result.cell.row, result.cell.col) });
    return;
  }
  if (plan.mode === "insertRows") dropSheetUndo(ctx, sheet);
  if (await ctx.recheck(sheet, result.range, true)) await ctx.remark(sheet);
  ctx.notify("success", plan.mode === "insertRows" ? "templateRowsInserted" : "templateInserted", { what, range });
}
