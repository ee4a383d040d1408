/**
 * Runs the rules on one parsed table and turns their reports into diagnostics.
 * Everything a host needs (cell, message in both languages, fix as data) is
 * resolved here, so presenters never look back into rules.
 */
import { toA1 } from "../grid/address";
import { cellText } from "../grid/grid";
import type { Diagnostic, Fix, Severity } from "../model/diagnostic";
import { tableName, type Field, type TargetTable } from "../model/table";
import { RULES } from "../rules";
import type { FixSpec, ReportDescriptor, RuleModule } from "../rules/rule";
import type { LintConfig } from "./config";
import { formatMessage } from "./format-message";

function isField(at: ReportDescriptor["at"]): at is Field {
  return "text" in at;
}

/** The whole cell text a fix expects, and the whole text it writes. */
function toFix(rule: RuleModule, table: TargetTable, at: ReportDescriptor["at"], spec: FixSpec): Fix | undefined {
  if (!isField(at)) return undefined;
  // The whole cell as the host holds it (untrimmed), so a host can compare before writing.
  const expected = at.cellText ?? cellText(at.raw);
  let replacement = spec.text;
  if (at.cellText !== undefined && at.span) {
    replacement = at.cellText.slice(0, at.span.start) + spec.text + at.cellText.slice(at.span.end);
  }
  if (replacement === expected) return undefined;
  const template = rule.meta.messages[spec.messageId];
  const title = template ? formatMessage(template, spec.data ?? {}) : { zh: spec.text, en: spec.text };
  return { sheet: table.sheet, row: at.row, col: at.col, cell: toA1(at.row, at.col), expected, replacement, title };
}

function toDiagnostic(rule: RuleModule, table: TargetTable, d: ReportDescriptor, severity: Severity): Diagnostic {
  const data = d.data ?? {};
  const template = rule.meta.messages[d.messageId] ?? { zh: d.messageId, en: d.messageId };
  const diagnostic: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    sheet: table.sheet,
    row: d.at.row,
    col: d.at.col,
    cell: toA1(d.at.row, d.at.col),
    messageId: d.messageId,
    data,
    message: formatMessage(template, data),
    tableId: table.id,
    tableName: tableName(table),
  };
  const fix = d.fix && toFix(rule, table, d.at, d.fix);
  if (fix) diagnostic.fix = fix;
  const suggestions = (d.suggestions ?? []).map((s) => toFix(rule, table, d.at, s)).filter((f): f is Fix => !!f);
  if (suggestions.length) diagnostic.suggestions = suggestions;
  return diagnostic;
}

/** Plain code-unit order (not localeCompare): deterministic everywhere and much cheaper on big sheets. */
function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    order(a.sheet, b.sheet) ||
    a.row - b.row ||
    a.col - b.col ||
    order(a.ruleId, b.ruleId) ||
    order(a.message.zh, b.message.zh)
  );
}

interface PreparedRule {
  rule: RuleModule;
  setting: Severity | undefined;
  options: Readonly<Record<string, number | string | boolean>>;
}

/** Severities and options resolved once per configuration, not once per table and rule. */
const prepared = new WeakMap<LintConfig, WeakMap<readonly RuleModule[], PreparedRule[]>>();

function prepare(config: LintConfig, rules: readonly RuleModule[]): PreparedRule[] {
  let byRules = prepared.get(config);
  if (!byRules) prepared.set(config, (byRules = new WeakMap()));
  let list = byRules.get(rules);
  if (!list) {
    list = [];
    for (const rule of rules) {
      const setting = config.rules?.[rule.meta.id];
      if (setting === "off") continue;
      list.push({
        rule,
        setting,
        options: Object.freeze({ ...rule.meta.defaultOptions, ...config.options?.[rule.meta.id] }),
      });
    }
    byRules.set(rules, list);
  }
  return list;
}

/**
 * Rules that yield to others on the same cell (meta.yieldsTo): where both
 * report, the cause is the other rule's finding. Only findings made count, so
 * a rule the user turned off yields to nothing.
 */
function yieldTo(out: Diagnostic[]): Diagnostic[] {
  const yielding = out.filter((d) => RULE_BY_ID.get(d.ruleId)?.meta.yieldsTo?.length);
  if (yielding.length === 0) return out;
  const at = new Set(out.map((d) => `${d.ruleId}@${d.sheet}!${d.cell}`));
  return out.filter((d) => {
    const over = RULE_BY_ID.get(d.ruleId)?.meta.yieldsTo;
    return !over || !over.some((id) => at.has(`${id}@${d.sheet}!${d.cell}`));
  });
}

const RULE_BY_ID: ReadonlyMap<string, RuleModule> = new Map(RULES.map((r) => [r.meta.id, r]));

/** Runs `rules` (all by default) on one table, honouring the user's severities and options. */
export function lintTable(
  table: TargetTable,
  config: LintConfig = {},
  rules: readonly RuleModule[] = RULES,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { rule, setting, options } of prepare(config, rules)) {
    if (rule.meta.layouts && !rule.meta.layouts.includes(table.layout)) continue;
    // A merged cell stands for several rows: one finding per rule, cell and message.
    const seen = new Set<string>();
    rule.check({
      table,
      options,
      report: (d) => {
        const key = `${d.at.row}:${d.at.col}:${d.messageId}:${JSON.stringify(d.data ?? {})}`;
        if (seen.has(key)) return;
        seen.add(key);
        out.push(toDiagnostic(rule, table, d, setting ?? d.severity ?? rule.meta.severity));
      },
    });
  }
  return yieldTo(out).sort(compareDiagnostics);
}
