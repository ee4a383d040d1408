/**
 * Function file for the ribbon's ExecuteFunction buttons (manifest
 * FunctionFile → commands.html). Office waits for `event.completed()`, so it
 * is called on every path, errors included. A function command has no UI:
 * its result (counts, or the error) is kept in the workbook's settings, and
 * the task pane shows it as a notice when it next opens.
 */
import { ExcelHost } from "../excel/excel-host";
import { runRibbonCheck } from "./check-sheet";

async function onCheckActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runRibbonCheck(new ExcelHost());
  } finally {
    event.completed();
  }
}

// At the top level, not inside Office.onReady: Office may run the command as soon as the file has loaded, and
// first clicks were lost when the handler was registered later (create-addin-commands docs; office-js #5176).
Office.actions.associate("checkActiveSheet", onCheckActiveSheet);
void Office.onReady();
