/**
 * The host's events the controller follows: edits (live checking) and sheet
 * activation (the pane shows the sheet in view). Without edit events the pane
 * still works: 检查本表 re-checks by hand, so a failure is a warning, not an end.
 */
import type { EditEvent, HostPort } from "../host/port";
import { errorText } from "./action-queue";

export interface Listening {
  stop(): Promise<void>;
  /** Why the events could not be followed. */
  error?: string;
}

export async function listenTo(
  host: HostPort,
  onEdit: (event: EditEvent) => void,
  onSheet: (sheet: string) => void,
): Promise<Listening> {
  let unsubscribe: () => Promise<void>;
  try {
    unsubscribe = await host.onEdit(onEdit);
  } catch (e) {
    return { stop: async () => undefined, error: errorText(e) };
  }
  try {
    const unsheet = await host.onSheetActivated?.(onSheet);
    return {
      stop: async () => {
        await unsubscribe();
        await unsheet?.();
      },
    };
  } catch (e) {
    // Live checking still works without following the tabs: keep it, and let stop() reach it.
    return { stop: unsubscribe, error: errorText(e) };
  }
}
