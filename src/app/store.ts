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
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  notify(intent: Notice["intent"], id: Notice["id"], data?: Notice["data"], anchor?: string): void {
    this.set({ notice: { intent, id, data, anchor } });
  }

  close(): void {
    this.listeners.clear();
  }
}
