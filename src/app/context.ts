/**
 * What the controller's parts (fixes and undo, templates, export) need of
 * it: the host, the state, and the re-check and marking steps. Passed in
 * rather than inherited, so each part is a small module of plain functions.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { HostPort } from "../host/port";
import type { MarkKeeper } from "./mark-keeper";
import type { SheetChecks } from "./sheet-checks";
import type { ControllerState, Notice } from "./state";
import type { Store } from "./store";

export interface ControllerContext {
  readonly host: HostPort;
  state(): ControllerState;
  set(patch: Partial<ControllerState>): void;
  notify(intent: Notice["intent"], id: Notice["id"], data?: Notice["data"], anchor?: string): void;
  readGrid(sheet: string): Promise<Grid | undefined>;
  /** Re-reads and re-checks a sheet (in full when `structural`); false when it could not be read. */
  recheck(sheet: string, changed: CellRange, structural: boolean): Promise<boolean>;
  /** Brings a sheet's marks up to date if the pane marks it. */
  remark(sheet: string): Promise<void>;
}

export function controllerContext(
  host: HostPort,
  store: Store,
  checks: SheetChecks,
  marks: MarkKeeper,
): ControllerContext {
  return {
    host,
    state: store.get,
    set: (patch) => store.set(patch),
    notify: (intent, id, data, anchor) => store.notify(intent, id, data, anchor),
    readGrid: (sheet) => checks.readGrid(sheet),
    recheck: (sheet, changed, structural) => checks.recheck(sheet, changed, structural),
    remark: (sheet) => marks.remark(sheet),
  };
}
