/**
 * The severity buttons (`错误 4` `警告 113` `提示 44`) filter to what they name.
 * From "all shown", a click shows only that severity; clicking another adds
 * it; clicking a shown one removes it, and removing the last shows all again
 * (the list is never emptied by the filter alone).
 */
import type { Severity } from "../core/model/diagnostic";
import { ALL_SEVERITIES } from "./state";

export function nextSeverities(shown: readonly Severity[], clicked: Severity): Severity[] {
  if (shown.length === ALL_SEVERITIES.length) return [clicked];
  const next = shown.includes(clicked) ? shown.filter((s) => s !== clicked) : [...shown, clicked];
  return next.length ? ALL_SEVERITIES.filter((s) => next.includes(s)) : [...ALL_SEVERITIES];
}

/** A button looks pressed when the list is narrowed to include its severity (never when all are shown). */
export function severityPressed(shown: readonly Severity[], severity: Severity): boolean {
  return shown.length < ALL_SEVERITIES.length && shown.includes(severity);
}
