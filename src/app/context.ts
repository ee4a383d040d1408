/**
 * What the controller's parts (fixes and undo, templates, export) need of
 * it: the host, the state, and the re-check and marking steps. Passed in
 * rather than inherited, so each part is a small module of plain functions.
 */
import type { CellRange, Grid } from "../core/grid/grid";
import type { HostPort } from "../host/port";
import type { ControllerState, Notice } from "./state";

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
