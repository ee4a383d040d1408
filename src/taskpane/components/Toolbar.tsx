/** The pane's actions: check, clear marks, undo fixes, insert a template, export and convert. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular, DocumentSearch20Regular, Eraser20Regular } from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";
import { OutputMenu } from "./OutputMenu";
import { TemplateMenu } from "./TemplateMenu";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  controller: LintController;
  state: ControllerState;
}

export function Toolbar({ controller, state }: ToolbarProps) {
  const tr = useT();
  const styles = useStyles();
  return (
    <div role="group" aria-label={tr("actions")} className={styles.bar}>
      <Button
        appearance="primary"
        icon={<DocumentSearch20Regular />}
        disabled={state.busy}
        onClick={() => void controller.checkSheet()}
      >
        {tr("checkSheet")}
      </Button>
      <Button disabled={state.busy} onClick={() => void controller.checkWorkbook()}>
        {tr("checkWorkbook")}
      </Button>
      <Button icon={<Eraser20Regular />} onClick={() => void controller.clearMarks()}>
        {tr("clearMarks")}
      </Button>
      <Button icon={<ArrowUndo20Regular />} disabled={!state.undo.length} onClick={() => void controller.undo()}>
        {tr("undo", { n: state.undo.length })}
      </Button>
      <TemplateMenu controller={controller} state={state} />
      <OutputMenu controller={controller} state={state} />
    </div>
  );
}
