/**
 * With live marking off, the marks on the cells lag the list after an edit; after 清除标记 there are none until a check
 * by hand: say so, rather than let the cells and the list disagree silently.
 */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

export function MarksNotice({ state }: { state: ControllerState }) {
  const tr = useT();
  const sheet = state.activeSheet;
  if (sheet === undefined || !(sheet in state.sheets)) return null;
  // Cleared by the user: no marks come back until a check by hand, live marking or not.
  if (state.clearedMarks.includes(sheet))
    return (
      <MessageBar intent="info" data-marks-cleared="">
        <MessageBarBody>{tr("marksCleared")}</MessageBarBody>
      </MessageBar>
    );
  if (state.liveMarking || !state.staleMarks.includes(sheet)) return null;
  return (
    <MessageBar intent="info" data-marks-stale="">
      <MessageBarBody>{tr("marksFromLastCheck")}</MessageBarBody>
    </MessageBar>
  );
}
