/** A seed workbook opened in the playground host with a started controller: the pane's actions on real tables. */
import * as path from "path";
import { Workbook } from "exceljs";
import { LintController, type ControllerOptions } from "../../src/app/controller";
import { PlaygroundHost } from "../../src/playground/playground-host";
import { PlaygroundWorkbook, type PlaygroundSheet } from "../../src/playground/workbook-model";
import { workbookToGrids } from "../../src/xlsx/read-workbook";

export async function openSeed(file: string, options: ControllerOptions = {}) {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "..", "..", "seeds", file));
  const sheets: PlaygroundSheet[] = workbookToGrids(wb).map((g) => ({
    name: g.sheet,
    values: g.values,
    merges: g.merges,
    fills: new Map(),
    notes: new Map(),
  }));
  const workbook = new PlaygroundWorkbook(sheets);
  const host = new PlaygroundHost(workbook);
  const controller = new LintController(host, { yieldToUi: async () => undefined, ...options });
  await controller.init();
  return { workbook, host, controller, sheet: sheets[0] };
}
