/** The Excel entry point, in the Office task-pane template's shape. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ExcelHost } from "../excel/excel-host";
import { App } from "./components/App";

const root = createRoot(document.getElementById("container")!);

/* Render application after Office initializes: the host reads Office.context. */
Office.onReady(() => {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App host={new ExcelHost()} />
    </FluentProvider>,
  );
});
