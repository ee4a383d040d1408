/**
 * 导出与转换: what an officer does with a checked sheet now and then (the findings
 * as CSV or as a 检查结果 sheet, a list converted to standard tables), kept in
 * one menu so that the toolbar stays short in a narrow pane (three rows in Chinese, four in English at 380 px).
 */
import * as React from "react";
import { MenuItem } from "@fluentui/react-components";
import {
  ArrowDownload20Regular,
  ArrowExportLtr20Regular,
  ArrowSwap20Regular,
  TableAdd20Regular,
} from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";
import { downloadText } from "../download";
import { LazyMenu } from "./LazyMenu";

export interface OutputMenuProps {
  controller: LintController;
  state: ControllerState;
}

export function OutputMenu({ controller, state }: OutputMenuProps) {
  const tr = useT();
  const exportCsv = () => {
    downloadText(tr("csvFileName"), controller.exportCsv());
    controller.csvSaved(tr("csvFileName"));
  };
  const checked = Object.keys(state.sheets).length > 0;
  return (
    <LazyMenu label={tr("outputMenu")} icon={<ArrowExportLtr20Regular />}>
      <MenuItem icon={<ArrowDownload20Regular />} disabled={!checked} onClick={exportCsv}>
        {tr("exportCsv")}
      </MenuItem>
      <MenuItem icon={<TableAdd20Regular />} disabled={!checked} onClick={() => void controller.exportSheet()}>
        {tr("exportSheet")}
      </MenuItem>
      <MenuItem icon={<ArrowSwap20Regular />} disabled={state.busy} onClick={() => void controller.convert("form")}>
        {tr("convertForm")}
      </MenuItem>
    </LazyMenu>
  );
}
