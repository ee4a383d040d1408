/**
 * The user switched sheet tabs (`worksheets.onActivated`, ExcelApi 1.7): the
 * pane follows, so it never shows one sheet's findings beside another sheet.
 */
import type { ExcelEnv } from "./env";

export async function subscribeActivated(
  env: ExcelEnv,
  handler: (sheet: string) => void,
): Promise<() => Promise<void>> {
  if (!env.supports("1.7")) return async () => undefined;
  const onActivated = async (event: Excel.WorksheetActivatedEventArgs) => {
    try {
      const name = await sheetNameOf(env, event.worksheetId);
      if (name !== undefined) handler(name);
    } catch (error) {
      // A failing handler must not surface in Excel; 检查本表 still follows the active sheet.
      console.error("jixiao-lint: sheet activation dropped", error);
    }
  };
  let result: OfficeExtension.EventHandlerResult<Excel.WorksheetActivatedEventArgs> | undefined;
  await env.run({ delayForCellEdit: true }, async (context) => {
    result = context.workbook.worksheets.onActivated.add(onActivated);
    await context.sync();
  });
  return async () => {
    if (!result) return;
    const added = result;
    await env.runIn(added.context as Excel.RequestContext, async (context) => {
      added.remove();
      await context.sync();
    });
  };
}

/** A sheet's name now, found by its id (events give ids, and a rename keeps them); undefined once it is deleted. */
export function sheetNameOf(env: ExcelEnv, worksheetId: string): Promise<string | undefined> {
  return env.run({ delayForCellEdit: true }, async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject(worksheetId);
    ws.load("name");
    await context.sync();
    return ws.isNullObject ? undefined : ws.name;
  });
}
