/**
 * Keyboard focus that an action took out of the page (its 修复, 忽略 or 全部修复 button left the list with the
 * finding) comes back into the pane instead of falling to <body>: to the outcome told where it was clicked (its
 * 撤销), else to the finding that now stands where the lost one stood.
 */
import * as React from "react";

const ENTRY = "li";
const MAIN = "[data-finding-main]";
const NOTICE_BUTTON = "[data-inline-notice] button";

export function useKeepFocus(root: React.RefObject<HTMLElement | null>): void {
  const lost = React.useRef<{ element: HTMLElement; index: number } | undefined>(undefined);
  React.useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    const onFocus = (event: FocusEvent) => {
      const target = event.target as HTMLElement;
      const entry = target.closest(ENTRY);
      const entries = [...element.querySelectorAll(ENTRY)];
      lost.current = { element: target, index: entry ? entries.indexOf(entry) : -1 };
    };
    element.addEventListener("focusin", onFocus);
    return () => element.removeEventListener("focusin", onFocus);
  }, [root]);
  React.useEffect(() => {
    const last = lost.current;
    const active = document.activeElement;
    if (!last || last.element.isConnected || (active && active !== document.body)) return;
    const element = root.current;
    const mains = element ? [...element.querySelectorAll<HTMLElement>(MAIN)] : [];
    const next =
      element?.querySelector<HTMLElement>(NOTICE_BUTTON) ?? mains[Math.min(Math.max(last.index, 0), mains.length - 1)];
    next?.focus();
  });
}
