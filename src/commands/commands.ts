/**
 * Function file for the ribbon's ExecuteFunction buttons (manifest
 * FunctionFile → commands.html). Office waits for `event.completed()`, so it
 * is called on every path, errors included.
 */
import { ExcelHost } from "../excel/excel-host";
import { checkActiveSheet } from "./check-sheet";

async function onCheckActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await checkActiveSheet(new ExcelHost());
  } catch (error) {
    // No UI here: the pane's 检查 button shows the same check with its messages.
    console.error("jixiao-lint: 检查本表 failed / Check sheet failed", error);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkActiveSheet", onCheckActiveSheet);
});
