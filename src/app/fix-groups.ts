/**
 * Findings that share one rule and each carry a certain fix, grouped for
 * 全部修复: `“百分号”写法不规范 ×23 — 全部修复`. Pure views of the state.
 */
import type { Fix } from "../core/model/diagnostic";
import { activeFindings, allFindings } from "./findings";
import type { ControllerState, Finding } from "./state";

export type FixScope = "sheet" | "workbook";

export interface FixGroup {
  ruleId: string;
  findings: Finding[];
}

/** The findings with a certain fix, of the active sheet or of every checked sheet, not ignored. */
export function fixableFindings(state: ControllerState, scope: FixScope, ruleId?: string): Finding[] {
  const findings = scope === "sheet" ? activeFindings(state) : allFindings(state);
  return findings.filter((f) => f.diagnostic.fix && (!ruleId || f.diagnostic.ruleId === ruleId));
}

/** Rules with at least `min` fixable findings, most findings first (ties by rule id). */
export function fixGroups(findings: readonly Finding[], min = 2): FixGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.diagnostic.fix) continue;
    const list = groups.get(f.diagnostic.ruleId);
    if (list) list.push(f);
    else groups.set(f.diagnostic.ruleId, [f]);
  }
  return [...groups]
    .filter(([, list]) => list.length >= min)
    .map(([ruleId, list]) => ({ ruleId, findings: list }))
    .sort((a, b) => b.findings.length - a.findings.length || a.ruleId.localeCompare(b.ruleId));
}

export function fixesOf(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => (f.diagnostic.fix ? [f.diagnostic.fix] : []));
}

/** How many cells the findings' fixes write: several fixes on one cell (a packed compact cell) are one write. */
export function fixCellCount(findings: readonly Finding[]): number {
  return new Set(fixesOf(findings).map((f) => `${f.sheet}!${f.cell}`)).size;
}
