/** 导出 CSV and the 检查结果 sheet: every non-ignored finding of every checked sheet. */
import { t } from "../i18n";
import type { ControllerContext } from "./context";
import { findingRows, toCsv } from "./csv";
import { allFindings } from "./findings";
import type { ControllerState } from "./state";

/** CSV text with a BOM; cells Excel would run as formulas are defused. */
export function exportCsv(state: ControllerState): string {
  return toCsv(
    findingRows(
      allFindings(state).map((f) => f.diagnostic),
      state.locale,
    ),
  );
}

/**
 * The host writes the rows as text (a leading `=` stays text there), into our sheet only, and only while it
 * holds nothing of the officer's; else beside it (`检查结果 (2)`): the notice names the sheet written.
 */
export async function exportSheet(ctx: ControllerContext): Promise<void> {
  const state = ctx.state();
  const rows = findingRows(
    allFindings(state).map((f) => f.diagnostic),
    state.locale,
  );
  const name = await ctx.host.writeSheet(t(state.locale, "resultSheetName"), rows);
  ctx.notify("success", "exported", { name });
}
