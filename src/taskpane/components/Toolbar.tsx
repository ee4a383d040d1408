/** The pane's actions: check, clear marks, undo fixes, export, insert a template. */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ArrowSwap20Regular,
  ArrowUndo20Regular,
  DocumentSearch20Regular,
  Eraser20Regular,
  TableAdd20Regular,
} from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";
import { downloadText } from "../download";
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
  const exportCsv = () => downloadText(tr("csvFileName"), controller.exportCsv());
  const checked = Object.keys(state.sheets).length > 0;
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
      <Button icon={<ArrowDownload20Regular />} disabled={!checked} onClick={exportCsv}>
        {tr("exportCsv")}
      </Button>
      <Button icon={<TableAdd20Regular />} disabled={!checked} onClick={() => void controller.exportSheet()}>
        {tr("exportSheet")}
      </Button>
      <TemplateMenu controller={controller} state={state} />
      <Button icon={<ArrowSwap20Regular />} disabled={state.busy} onClick={() => void controller.convert("form")}>
        {tr("convertForm")}
      </Button>
    </div>
  );
}
