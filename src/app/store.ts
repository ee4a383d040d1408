/**
 * The controller's state and its subscribers, shaped for React's
 * useSyncExternalStore: every change makes a new state object.
 */
import type { ControllerState, Notice } from "./state";

export class Store {
  private readonly listeners = new Set<() => void>();

  constructor(private state: ControllerState) {}

  get = (): ControllerState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(patch: Partial<ControllerState>): void {
    const sheetChanged = patch.activeSheet !== undefined && patch.activeSheet !== this.state.activeSheet;
    // A notice told where its button was clicked (a fix and its 撤销) belongs to that sheet's list: another sheet's
    // pane does not show it (fourteenth session: 已修复 82 处 [撤销] followed the officer to a sheet fixed nowhere).
    const dropped = sheetChanged && !("notice" in patch) && this.state.notice?.anchor !== undefined;
    this.state = { ...this.state, ...patch, ...(dropped ? { notice: undefined } : {}) };
    for (const listener of this.listeners) listener();
  }

  notify(intent: Notice["intent"], id: Notice["id"], data?: Notice["data"], anchor?: string): void {
    this.set({ notice: { intent, id, data, anchor } });
  }

  close(): void {
    this.listeners.clear();
  }
}
