/**
 * 插入模板: a blank table or an indicator row of a chosen kind. Nothing is
 * written until an item is clicked, and the host never overwrites a cell
 * (an occupied target comes back as a notice saying where).
 */
import * as React from "react";
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
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
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuItem icon={<TableInsertRow20Regular />}>{tr("templateRows")}</MenuItem>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {INDICATOR_KINDS.map(([level1, level2]) => (
              <MenuItem
                key={level2}
                onClick={() => void controller.insertTemplate({ kind: "indicator", level1, level2 })}
              >
                {tr("templateKind", { level1, level2 })}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
    </LazyMenu>
  );
}
