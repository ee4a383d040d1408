/** One controller per pane; React re-renders on each state change it publishes. */
import * as React from "react";
import { LintController, type ControllerOptions } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import type { HostPort } from "../../host/port";

export function useController(host: HostPort, options?: ControllerOptions): [LintController, ControllerState] {
  const [controller] = React.useState(() => new LintController(host, options));
  React.useEffect(() => {
    void controller.init();
    return () => void controller.dispose();
  }, [controller]);
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  return [controller, state];
}
