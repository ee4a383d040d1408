/** Progress, the last action's outcome, and the sheet's state (no table, no findings) as MessageBars. */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import { activeFindings } from "../../app/findings";
import { isResultSheet } from "../../app/csv";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

export function ProgressNotice({ state }: { state: ControllerState }) {
  const tr = useT();
  const { progress } = state;
  if (!progress) return null;
  return (
    <Field label={tr("progress", { sheet: progress.sheet, done: progress.done, total: progress.total })}>
      <ProgressBar value={progress.done} max={progress.total} />
    </Field>
  );
}

export function ActionNotice({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const { notice } = state;
  // An anchored notice is shown where its button was clicked (InlineNotice).
  if (!notice || notice.anchor) return null;
  return (
    <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>{tr(notice.id, notice.data)}</MessageBarBody>
      <MessageBarActions>
        {notice.id === "recordUntrusted" && (
          <Button size="small" onClick={() => void controller.resetMarkRecord()}>
            {tr("resetMarkRecord")}
          </Button>
        )}
        <Button size="small" onClick={() => controller.dismissNotice()}>
          {tr("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** What the checked sheet holds when there is no list to show. */
export function SheetNotice({ state }: { state: ControllerState }) {
  const tr = useT();
  const sheet = state.activeSheet === undefined ? undefined : state.sheets[state.activeSheet];
  if (!sheet) {
    if (!state.ready || state.busy) return null;
    return (
      <MessageBar intent="info">
        <MessageBarBody>{tr("notChecked")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!sheet.result.tables.length && isResultSheet(sheet.grid)) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{tr("resultSheet")}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!sheet.result.tables.length) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{tr("noTable")}</MessageBarTitle>
          {tr("noTableBody")}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (activeFindings(state).length) return null;
  return (
    <MessageBar intent="success">
      <MessageBarBody>{tr("noFindings")}</MessageBarBody>
    </MessageBar>
  );
}
