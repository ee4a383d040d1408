/**
 * 插入模板: a template goes where planInsert puts it (the selected cell; an
 * indicator row under the selected row of a table), only on the user's
 * click. The host refuses a non-empty target and we say where; otherwise the
 * sheet is checked again in full, since rows may have moved (our undo entries move with them).
 */
import { rangeToA1, toA1 } from "../core/grid/address";
import type { TemplateChoice } from "../core/template/place";
import { t } from "../i18n";
import type { Locale } from "../core/model/diagnostic";
import type { ControllerContext } from "./context";
import { shiftSheetUndo } from "./fixes";

export async function insertTemplate(ctx: ControllerContext, choice: TemplateChoice): Promise<void> {
  const sheet = await ctx.host.activeSheet();
  if (sheet !== ctx.state().activeSheet) ctx.set({ activeSheet: sheet, currentId: undefined });
  const grid = await ctx.readGrid(sheet);
  if (!grid) return;
  const selection = await ctx.host.selectedCell().catch(() => undefined);
  const here = selection?.sheet === sheet ? { row: selection.row, col: selection.col } : undefined;
  // Placing reads the sheet's tables: the core's locate and parse, loaded with the linter's chunk.
  const { planInsert } = await import(/* webpackChunkName: "core" */ "../core/template/place");
  const plan = planInsert(choice, grid, here);
  const result = await ctx.host.insertTemplate(sheet, plan.at, plan.block, plan.mode);
  const { locale } = ctx.state();
  const what = templateName(locale, choice);
  const range = rangeToA1(result.range);
  if (result.status === "occupied") {
    ctx.notify("warning", "templateOccupied", { what, range, cell: toA1(result.cell.row, result.cell.col) });
    return;
  }
  if (plan.mode === "insertRows") shiftSheetUndo(ctx, sheet, plan.at.row, plan.block.rows);
  if (await ctx.recheck(sheet, result.range, true)) await ctx.remark(sheet);
  if (choice.kind === "library" && plan.select) {
    // The value skeleton selected: the officer types the number straight away.
    await ctx.host.selectCell(sheet, plan.select.row, plan.select.col).catch(() => undefined);
    ctx.notify("success", "libraryInserted", { name: choice.entry.name, range });
    return;
  }
  const blank = choice.kind === "indicator" ? firstBlank(plan.block.values[0] ?? []) : undefined;
  // The new row's first blank (its 三级指标) selected, as 推荐指标 selects its skeleton: the selection had stayed
  // on the row above, and typing went there.
  if (blank !== undefined) await ctx.host.selectCell(sheet, plan.at.row, plan.at.col + blank).catch(() => undefined);
  ctx.notify("success", plan.mode === "insertRows" ? "templateRowsInserted" : "templateInserted", { what, range });
}

function templateName(locale: Locale, choice: TemplateChoice): string {
  if (choice.kind === "table")
    return t(locale, choice.layout === "flat" ? "templateFlatTableName" : "templateTableName");
  if (choice.kind === "library") return t(locale, "libraryRowName", { name: choice.entry.name });
  return t(locale, "templateRowName", { level1: choice.level1, level2: choice.level2 });
}

/** The first blank cell after the row's first filled one (its 一级 may be blank, left to a merge above). */
function firstBlank(values: readonly (string | null)[]): number | undefined {
  const filled = values.findIndex((v) => v !== null && v !== "");
  const blank = values.findIndex((v, i) => i > filled && (v === null || v === ""));
  return filled < 0 || blank < 0 ? undefined : blank;
}
