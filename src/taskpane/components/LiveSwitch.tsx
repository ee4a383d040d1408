/** The live-marking switch; on older Excel it says why it starts off. */
import * as React from "react";
import { MessageBar, MessageBarBody, Switch } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

export function LiveSwitch({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const losesUndo = state.capabilities?.writesKeepUndo === false;
  return (
    <div>
      <Switch
        label={tr("liveMarking")}
        checked={state.liveMarking}
        onChange={(_, data) => void controller.setLiveMarking(data.checked)}
      />
      {losesUndo && (
        <MessageBar intent="warning">
          <MessageBarBody>{tr("liveOffReason")}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
