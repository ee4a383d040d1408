/**
 * 插入模板: a blank table or an indicator row of a chosen kind. Nothing is
 * written until an item is clicked, and the host never overwrites a cell
 * (an occupied target comes back as a notice saying where).
 */
import * as React from "react";
import { MenuDivider, MenuGroup, MenuGroupHeader, MenuItem } from "@fluentui/react-components";
import { TableInsertRow20Regular, TableSimple20Regular } from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { INDICATOR_KINDS } from "../../core/template/indicator-row";
import { useT } from "../i18n/context";
import { LazyMenu } from "./LazyMenu";

export interface TemplateMenuProps {
  controller: LintController;
  state: ControllerState;
}

export function TemplateMenu({ controller, state }: TemplateMenuProps) {
  const tr = useT();
  return (
    <LazyMenu
      label={tr("insertTemplate")}
      icon={<TableSimple20Regular />}
      disabled={state.busy}
      hint={tr("templateHint")}
    >
      <MenuItem icon={<TableSimple20Regular />} onClick={() => void controller.insertTemplate({ kind: "table" })}>
        {tr("templateTable")}
      </MenuItem>
      <MenuItem
        icon={<TableSimple20Regular />}
        onClick={() => void controller.insertTemplate({ kind: "table", layout: "flat" })}
      >
        {tr("templateFlatTable")}
      </MenuItem>
      {/*
       * The kinds sit in this menu under a heading, not in a submenu: in a pane ~350 px wide a submenu has no room
       * beside its parent, and Fluent flipped it above the top edge, out of reach of the first kinds.
       */}
      <MenuDivider />
      <MenuGroup>
        <MenuGroupHeader>{tr("templateRows")}</MenuGroupHeader>
        {INDICATOR_KINDS.map(([level1, level2]) => (
          <MenuItem
            key={level2}
            icon={<TableInsertRow20Regular />}
            onClick={() => void controller.insertTemplate({ kind: "indicator", level1, level2 })}
          >
            {tr("templateKind", { level1, level2 })}
          </MenuItem>
        ))}
      </MenuGroup>
    </LazyMenu>
  );
}
