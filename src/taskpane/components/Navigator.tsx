/** 上一个 / 下一个: walk the visible findings, selecting each cell in turn. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronUp20Regular } from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import { orderedFindings } from "../../app/findings";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  // Sticky at the pane's top: walking the list scrolls it, and the buttons must stay under the pointer.
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

export function Navigator({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const styles = useStyles();
  const order = orderedFindings(state);
  const index = order.findIndex((f) => f.id === state.currentId);
  return (
    <div className={styles.bar}>
      <Button icon={<ChevronUp20Regular />} disabled={!order.length} onClick={() => void controller.previous()}>
        {tr("previous")}
      </Button>
      <Button icon={<ChevronDown20Regular />} disabled={!order.length} onClick={() => void controller.next()}>
        {tr("next")}
      </Button>
      {index >= 0 && <Text aria-live="polite">{tr("position", { index: index + 1, total: order.length })}</Text>}
    </div>
  );
}
