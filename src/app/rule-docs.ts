/**
 * Each rule's docs (what it finds, bad → good) for the pane's rule filter and
 * finding details. The rules come with the core's lazily loaded chunk
 * (core-api.ts), so the docs are known once the core has loaded — before any
 * finding exists to show them with.
 */
import type { RuleDocs, RuleModule } from "../core/rules/rule";

let byId: ReadonlyMap<string, RuleModule> | undefined;
let loading: Promise<void> | undefined;

/** Loads the rules' docs once (the same chunk as the linter in the pane's build). */
export function loadRuleDocs(): Promise<void> {
  loading ??= import(/* webpackChunkName: "core" */ "../core/rules").then((rules) => {
    byId = rules.RULES_BY_ID;
  });
  return loading;
}

/** The rule's docs; undefined for an unknown id, or before the core has loaded. */
export function ruleDocs(ruleId: string): RuleDocs | undefined {
  return byId?.get(ruleId)?.meta.docs;
}
