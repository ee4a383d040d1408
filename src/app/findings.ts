/** Views of the state the pane shows: pure functions, tested without React. */
import { textAt, type Grid } from "../core/grid/grid";
import type { Diagnostic, Severity } from "../core/model/diagnostic";
import { findingKey } from "./keys";
import type { ControllerState, Finding } from "./state";

export function toFindings(diagnostics: readonly Diagnostic[], grid: Grid): Finding[] {
  const seen = new Map<string, number>();
  return diagnostics.map((diagnostic) => {
    const key = findingKey(diagnostic, textAt(grid, diagnostic.row, diagnostic.col));
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { id: `${key}\u001e${n}`, key, diagnostic };
  });
}

/** The active sheet's findings that are not ignored (before the filters). */
export function activeFindings(state: ControllerState): Finding[] {
  const sheet = state.activeSheet === undefined ? undefined : state.sheets[state.activeSheet];
  if (!sheet) return [];
  const ignored = new Set(state.ignored);
  return sheet.findings.filter((f) => !ignored.has(f.key));
}

/**
 * The active findings of the rule filtered on: what the severity buttons count, so that with a rule chosen
 * `错误 2` means the two errors listed (counting the whole sheet there had disagreed with the list).
 */
export function ruleFindings(state: ControllerState): Finding[] {
  const { ruleId } = state.filters;
  return activeFindings(state).filter((f) => !ruleId || f.diagnostic.ruleId === ruleId);
}

export function visibleFindings(state: ControllerState): Finding[] {
  const { severities } = state.filters;
  return ruleFindings(state).filter((f) => severities.includes(f.diagnostic.severity));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.diagnostic.severity]++;
  return counts;
}

/** Rule ids present among the findings, sorted, for the rule filter. */
export function rulesPresent(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.diagnostic.ruleId))].sort();
}

export interface TableGroup {
  tableId: string;
  tableName: string;
  findings: Finding[];
}

/** Groups by table in the order tables first appear (the core sorts by position). */
export function groupByTable(findings: readonly Finding[]): TableGroup[] {
  const groups = new Map<string, TableGroup>();
  for (const f of findings) {
    const { tableId, tableName } = f.diagnostic;
    let group = groups.get(tableId);
    if (!group) groups.set(tableId, (group = { tableId, tableName, findings: [] }));
    group.findings.push(f);
  }
  return [...groups.values()];
}

/** Every non-ignored finding of every checked sheet, for export. */
export function allFindings(state: ControllerState): Finding[] {
  const ignored = new Set(state.ignored);
  return Object.values(state.sheets)
    .flatMap((s) => s.findings)
    .filter((f) => !ignored.has(f.key));
}

/** The visible findings in the order the list shows them (grouped by table): what 上一个/下一个 walk. */
export function orderedFindings(state: ControllerState): Finding[] {
  return groupByTable(visibleFindings(state)).flatMap((g) => g.findings);
}

/** Non-ignored findings per checked sheet, in the order sheets were checked: for the sheet picker. */
export function sheetCounts(state: ControllerState): { sheet: string; count: number }[] {
  const ignored = new Set(state.ignored);
  return Object.entries(state.sheets).map(([sheet, s]) => ({
    sheet,
    count: s.findings.filter((f) => !ignored.has(f.key)).length,
  }));
}

/** The finding 上一个 (-1) or 下一个 (1) goes to from the current one, wrapping around; the ends when none is current. */
export function stepFrom(state: ControllerState, delta: 1 | -1): string | undefined {
  const order = orderedFindings(state);
  if (!order.length) return undefined;
  const at = order.findIndex((f) => f.id === state.currentId);
  const index = at < 0 ? (delta > 0 ? 0 : order.length - 1) : (at + delta + order.length) % order.length;
  return order[index].id;
}
