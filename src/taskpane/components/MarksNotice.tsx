/** With live marking off, the marks on the cells lag the list after an edit: say so, rather than let them disagree silently. */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

export function MarksNotice({ state }: { state: ControllerState }) {
  const tr = useT();
  const sheet = state.activeSheet;
  if (state.liveMarking || sheet === undefined || !state.staleMarks.includes(sheet)) return null;
  return (
    <MessageBar intent="info" data-marks-stale="">
      <MessageBarBody>{tr("marksFromLastCheck")}</MessageBarBody>
    </MessageBar>
  );
}
