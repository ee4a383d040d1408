/**
 * Walking the list: selecting a finding selects its cell in the sheet; 上一个
 * and 下一个 step through the list as the pane orders it.
 */
import { errorText } from "./action-queue";
import type { ControllerContext } from "./context";
import { orderedFindings, stepFrom } from "./findings";

export async function selectFinding(ctx: ControllerContext, findingId: string): Promise<void> {
  const finding = orderedFindings(ctx.state()).find((f) => f.id === findingId);
  if (!finding) return;
  ctx.set({ currentId: findingId });
  const { sheet, row, col } = finding.diagnostic;
  try {
    await ctx.host.selectCell(sheet, row, col);
  } catch (e) {
    ctx.notify("error", "actionFailed", { error: errorText(e) });
  }
}

export function stepFinding(ctx: ControllerContext, delta: 1 | -1): Promise<void> {
  const id = stepFrom(ctx.state(), delta);
  return id === undefined ? Promise.resolve() : selectFinding(ctx, id);
}
