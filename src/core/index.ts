/** The core's public surface: what the CLI, the add-in and the tests import. */
export * from "./grid/grid";
export * from "./grid/address";
export * from "./model/table";
export * from "./model/diagnostic";
export type { RuleModule, RuleMeta, RuleContext, ReportDescriptor, FixSpec } from "./rules/rule";
export { RULES, RULES_BY_ID } from "./rules";
export type { LintConfig } from "./lint/config";
export { isSeveritySetting } from "./lint/config";
export { lintTable } from "./lint/lint-table";
export { lintGrid, type LintResult } from "./lint/lint";
export { locateTables, type TableLocation } from "./locate/locate";
export { parseTable } from "./parse/parse";
export { recheck, recheckPart, recheckRows, OPEN_END, type RowSpan } from "./lint/lint";
export { combineGrids } from "./grid/compose";
