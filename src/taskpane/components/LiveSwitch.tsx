/** The live-marking switch; on older Excel it says why it starts off. */
import * as React from "react";
import { MessageBar, MessageBarBody, Switch, makeStyles } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  // With its warning the switch takes the row it shares with 推荐指标: the warning wraps in the pane's width (the pane
  // review: on one line it ran 950 px wide).
  withWarning: { flexBasis: "100%", minWidth: 0 },
});

export function LiveSwitch({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const styles = useStyles();
  const losesUndo = state.capabilities?.writesKeepUndo === false;
  return (
    <div className={losesUndo ? styles.withWarning : undefined}>
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
