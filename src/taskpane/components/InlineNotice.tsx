/**
 * The outcome of an action told where it was clicked: a fix deep in the list
 * is confirmed beside that finding (with 撤销), not thousands of pixels above.
 * Scrolled into view when it appears.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import type { ControllerState, Notice } from "../../app/state";
import { useT } from "../i18n/context";

/** Notices after which 撤销 makes sense: a fix just written. */
const UNDOABLE: readonly Notice["id"][] = ["fixApplied", "fixAllApplied", "fixAllPartly"];

export function InlineNotice({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const ref = React.useRef<HTMLDivElement>(null);
  const { notice } = state;
  // A block body: an effect must return nothing (an optional chain's value would be taken for a cleanup).
  React.useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);
  if (!notice) return null;
  const canUndo = UNDOABLE.includes(notice.id) && state.undo.at(-1)?.anchor === notice.anchor;
  return (
    <div ref={ref} data-inline-notice="">
      <MessageBar intent={notice.intent} politeness={notice.intent === "error" ? "assertive" : "polite"}>
        <MessageBarBody>{tr(notice.id, notice.data)}</MessageBarBody>
        <MessageBarActions>
          {canUndo && (
            <Button size="small" appearance="primary" onClick={() => void controller.undo()}>
              {tr("undoHere")}
            </Button>
          )}
          <Button size="small" onClick={() => controller.dismissNotice()}>
            {tr("dismiss")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
