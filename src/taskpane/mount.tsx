/** Mounts the pane on any host: Excel (index.tsx) or the lead's browser playground. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ControllerOptions } from "../app/controller";
import type { HostPort } from "../host/port";
import { App } from "./components/App";

/** Renders the pane into `container`; returns a function that unmounts it. */
export function mountTaskPane(container: HTMLElement, host: HostPort, options?: ControllerOptions): () => void {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} options={options} />
    </FluentProvider>,
  );
  return () => root.unmount();
}
