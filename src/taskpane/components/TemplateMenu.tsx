/**
 * 插入模板: a blank table or an indicator row of a chosen kind. Nothing is
 * written until an item is clicked, and the host never overwrites a cell
 * (an occupied target comes back as a notice saying where).
 */
import * as React from "react";
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Tooltip } from "@fluentui/react-components";
import { TableInsertRow20Regular, TableSimple20Regular } from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import type { ControllerState } from "../../app/state";
import { INDICATOR_KINDS } from "../../core/template/indicator-row";
import { useT } from "../i18n/context";

export interface TemplateMenuProps {
  controller: LintController;
  state: ControllerState;
}

function Items({ controller }: { controller: LintController }) {
  const tr = useT();
  const list = React.useRef<HTMLDivElement>(null);
  // The first open comes from a click that mounted the menu, not through its trigger: move focus in as the trigger would.
  React.useEffect(() => list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);
  return (
    <MenuList ref={list}>
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
    </MenuList>
  );
}

export function TemplateMenu({ controller, state }: TemplateMenuProps) {
  const tr = useT();
  // Fluent's Menu starts a focus manager (tabster) for the whole page when it mounts;
  // mounting it on first use leaves the pane's plain Tab order alone until a menu is wanted.
  const [armed, setArmed] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const button = (
    <MenuButton
      icon={<TableSimple20Regular />}
      disabled={state.busy}
      onClick={armed ? undefined : () => (setArmed(true), setOpen(true))}
    >
      {tr("insertTemplate")}
    </MenuButton>
  );
  const hinted = (
    <Tooltip content={tr("templateHint")} relationship="description">
      {button}
    </Tooltip>
  );
  if (!armed) return hinted;
  return (
    <Menu open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <MenuTrigger disableButtonEnhancement>{hinted}</MenuTrigger>
      <MenuPopover>
        <Items controller={controller} />
      </MenuPopover>
    </Menu>
  );
}
