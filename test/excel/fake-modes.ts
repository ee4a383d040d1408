/**
 * The fake Excel's fidelity modes: each plays one behaviour of real Excel
 * that Microsoft's documentation or the office-js tracker reports and that
 * code written against a tidy fake would get wrong (see docs/excel.md,
 * "Excel behaviours we rely on"). `FAKE_EXCEL_MODE=<name>` makes every
 * FakeExcel of a jest run behave so; `npm run test:excel-fidelity` runs the
 * adapter's and the controller's tests once per mode.
 */
import type { FakeOptions } from "./fake-workbook";

export interface FakeMode {
  /** What the mode plays, with its source. */
  what: string;
  options: Partial<FakeOptions>;
}

export const FAKE_MODES: Record<string, FakeMode> = {
  baseline: { what: "a tidy Excel: exact fills, every intersecting merged area whole", options: {} },
  "merges-top-left": {
    what: "getMergedAreasOrNullObject returns only areas whose top-left cell lies in the range (office-js #3611)",
    options: { mergeProbe: "top-left" },
  },
  "merges-clipped": {
    what: "getMergedAreasOrNullObject returns areas clipped to the range (older builds, office-js #1590)",
    options: { mergeProbe: "clipped" },
  },
  "visible-by-column": {
    what: 'getSpecialCells("Visible") cuts the visible cells column by column, one column each (undocumented cut)',
    options: { visibleAreas: "columns" },
  },
  "fill-null-pattern": {
    what: "getCellProperties gives pattern null for solid and for no fill, tintAndShade null for no fill (#4900, #6218)",
    options: { fillRead: "null-pattern" },
  },
  "group-undo-not-supported": {
    what: "a mergeUndoGroup run fails with UndoNotSupported (large writes, #6491)",
    options: { groupFailure: "undo-not-supported" },
  },
  "group-richapi": {
    what: "a mergeUndoGroup run fails with RichApi.Error on the web (#6711)",
    options: { groupFailure: "richapi" },
  },
  "group-internal": {
    what: "repeated mergeUndoGroup runs fail with an internal error (#6255)",
    options: { groupFailure: "internal-repeat" },
  },
  "undo-api-missing": {
    what: "ExcelApi 1.20 without ExcelUndoApiAll 1.0: writes clear the user's undo (office-js-docs-pr #5521)",
    options: { undoApi: false },
  },
  "events-runtime": {
    what: "runtime.enableEvents = false silences every event of the runtime, the user's edits included (Excel.Runtime docs)",
    options: { eventsScope: "runtime" },
  },
  "remote-events": {
    what: "a coauthor's edits arrive with source Remote; rows they insert already moved the cells (events docs)",
    options: { coauthor: true },
  },
  "cell-events": {
    what: "inserting or deleting cells (not whole rows) raises CellInserted / CellDeleted (DataChangeType)",
    options: { cellShifts: true },
  },
  "moves-without-event": {
    what: "sort and cut/paste move values, fills and notes with a RangeEdited event only (events docs)",
    options: { silentMoves: true },
  },
  "protected-sheet": {
    what: "a protected sheet refuses format and note writes (AccessDenied)",
    options: { protectedSheets: ["受保护"] },
  },
  "cell-edit": {
    what: "the user is typing in a cell: a batch without delayForCellEdit fails (RunOptions docs)",
    options: { cellEdit: true },
  },
};

/** The options of the mode named by FAKE_EXCEL_MODE (baseline when unset). */
export function modeOptions(): Partial<FakeOptions> {
  const name = process.env.FAKE_EXCEL_MODE ?? "baseline";
  const mode = FAKE_MODES[name];
  if (!mode) throw new Error(`unknown FAKE_EXCEL_MODE ${name}; known: ${Object.keys(FAKE_MODES).join(", ")}`);
  return mode.options;
}

export function currentMode(): string {
  return process.env.FAKE_EXCEL_MODE ?? "baseline";
}
