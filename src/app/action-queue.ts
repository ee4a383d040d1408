/**
 * Runs the controller's actions one at a time, so a live re-check never
 * interleaves with a fix. A failing action is handed to `onError` and the
 * queue goes on: one failure never blocks the pane.
 */
export class ActionQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  run(action: () => Promise<void>): Promise<void> {
    const guarded = async () => {
      try {
        await action();
      } catch (e) {
        this.onError(e);
      }
    };
    this.tail = this.tail.then(guarded);
    return this.tail;
  }

  /** Resolves when every queued action has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
