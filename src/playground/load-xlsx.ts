/**
 * Opens an .xlsx in the browser (exceljs's browser build, loaded on demand so it
 * never weighs on the task pane) into the playground's workbook model.
 */
import type { Workbook, Worksheet } from "exceljs";
import { workbookToGrids } from "../xlsx/read-workbook";
import { key, type PlaygroundSheet } from "./workbook-model";

function noteText(note: unknown): string | undefined {
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] } | undefined)?.texts;
  return texts ? texts.map((t) => t.text).join("") : undefined;
}

function fillColor(fill: unknown): string | undefined {
  const f = fill as { type?: string; fgColor?: { argb?: string } } | undefined;
  const argb = f?.type === "pattern" ? f.fgColor?.argb : undefined;
  return argb && argb.length === 8 ? `#${argb.slice(2).toUpperCase()}` : undefined;
}

function looksOf(sheet: Worksheet, target: PlaygroundSheet): void {
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const fill = fillColor(cell.fill);
      if (fill) target.fills.set(key(r - 1, c - 1), fill);
      const note = noteText(cell.note);
      if (note) target.notes.set(key(r - 1, c - 1), note);
    });
  });
}

export async function loadXlsx(data: ArrayBuffer): Promise<PlaygroundSheet[]> {
  const module = (await import("exceljs")) as unknown as {
    default?: { Workbook: new () => Workbook };
    Workbook?: new () => Workbook;
  };
  const WorkbookClass = module.Workbook ?? module.default?.Workbook;
  if (!WorkbookClass) throw new Error("无法加载 exceljs / exceljs failed to load");
  const workbook = new WorkbookClass();
  try {
    await workbook.xlsx.load(data);
  } catch (error) {
    throw new Error(`不是有效的 .xlsx 文件 / not a valid .xlsx file (${(error as Error).message})`);
  }
  const grids = workbookToGrids(workbook);
  return grids.map((grid, i) => {
    const sheet: PlaygroundSheet = {
      name: grid.sheet,
      values: grid.values,
      merges: grid.merges,
      fills: new Map(),
      notes: new Map(),
    };
    looksOf(workbook.worksheets[i], sheet);
    return sheet;
  });
}
