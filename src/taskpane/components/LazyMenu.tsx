/**
 * A toolbar button that opens a menu, the menu mounted on first use: Fluent's
 * Menu starts a focus manager (tabster) for the whole page when it mounts, and
 * the pane's plain Tab order is left alone until a menu is wanted.
 */
import * as React from "react";
import { Menu, MenuButton, MenuList, MenuPopover, MenuTrigger, Tooltip } from "@fluentui/react-components";

export interface LazyMenuProps {
  label: string;
  icon: React.ReactElement;
  disabled?: boolean;
  /** A tooltip describing the menu, if any. */
  hint?: string;
  /** The menu's items (MenuItem, or a Menu nested in a MenuTrigger). */
  children: React.ReactNode;
}

function Items({ children }: { children: React.ReactNode }) {
  const list = React.useRef<HTMLDivElement>(null);
  // The first open comes from a click that mounted the menu, not through its trigger: move focus in as the trigger would.
  React.useEffect(() => list.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);
  return <MenuList ref={list}>{children}</MenuList>;
}

export function LazyMenu({ label, icon, disabled, hint, children }: LazyMenuProps) {
  const [armed, setArmed] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const button = (
    <MenuButton icon={icon} disabled={disabled} onClick={armed ? undefined : () => (setArmed(true), setOpen(true))}>
      {label}
    </MenuButton>
  );
  const trigger = hint ? (
    <Tooltip content={hint} relationship="description">
      {button}
    </Tooltip>
  ) : (
    button
  );
  if (!armed) return trigger;
  return (
    // autoSize: a menu taller than the room below its button scrolls inside the pane instead of running off it.
    <Menu open={open} onOpenChange={(_, data) => setOpen(data.open)} positioning={{ autoSize: true }}>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <Items>{children}</Items>
      </MenuPopover>
    </Menu>
  );
}
