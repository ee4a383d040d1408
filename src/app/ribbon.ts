/**
 * The ribbon's 检查本表 runs without the pane and has no UI: its last result
 * waits in the workbook (RibbonCheck) and the pane shows it once, on opening.
 */
import type { RibbonCheck } from "../host/port";
import type { Notice } from "./state";

export function ribbonNotice(check: RibbonCheck): Notice {
  if (check.error !== undefined)
    return { intent: "error", id: "ribbonFailed", data: { error: check.error, sheet: check.sheet } };
  const counts = check.counts ?? { error: 0, warning: 0, info: 0 };
  const count = counts.error + counts.warning + counts.info;
  return { intent: count ? "warning" : "success", id: "ribbonDone", data: { count, sheet: check.sheet, ...counts } };
}
