/**
 * The ribbon's 检查本表 runs without the pane and has no UI: its last result
 * waits in the workbook (RibbonCheck) and the pane shows it once, on opening.
 */
import type { RibbonCheck } from "../host/port";
import type { Notice } from "./state";

export function ribbonNotice(check: RibbonCheck): Notice {
  if (check.error !== undefined) return { intent: "error", id: "actionFailed", data: { error: check.error } };
  const counts = check.counts ?? { error: 0, warning: 0, info: 0 };
  const count = counts.error + counts.warning + counts.info;
  // One sheet checked: the pane's message for a workbook check says it in so many words.
  return { intent: count ? "warning" : "success", id: "workbookDone", data: { n: 1, count, sheet: check.sheet, ...counts } };
}
