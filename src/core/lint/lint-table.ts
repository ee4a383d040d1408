/**
 * Runs the rules on one parsed table and turns their reports into diagnostics.
 * Everything a host needs (cell, message in both languages, fix as data) is
 * resolved here, so presenters never look back into rules.
 */
import { toA1 } from "../grid/address";
import { cellText } from "../grid/grid";
import type { Diagnostic, Fix, LocalizedText, Severity } from "../model/diagnostic";
import { tableName, type Field, type TargetTable } from "../model/table";
import { RULES, RULES_BY_ID } from "../rules";
import type { FixSpec, ReportDescriptor, RuleContext, RuleModule } from "../rules/rule";
import type { LintConfig } from "./config";
import { compileMessage, quotedData } from "./format-message";

type Options = Readonly<Record<string, number | string | boolean>>;
type Data = Record<string, string | number>;

const NO_DATA: Data = Object.freeze({}) as Data;

function isField(at: ReportDescriptor["at"]): at is Field {
  return "text" in at;
}

type Format = (data: Data) => LocalizedText;

interface PreparedRule {
  readonly rule: RuleModule;
  readonly setting: Severity | undefined;
  readonly options: Options;
  /** The rule's messages, each compiled on first use (once per check of a grid, not per report). */
  readonly formats: Map<string, Format>;
}

/**
 * A message of the rule's table, filled, its quotes of cell texts cut (the finding's data keeps them whole); a
 * messageId the rule does not declare is a defect of the rule.
 */
function message(prepared: PreparedRule, messageId: string, data: Data): LocalizedText {
  let format = prepared.formats.get(messageId);
  if (!format) {
    const { rule } = prepared;
    const template = Object.prototype.hasOwnProperty.call(rule.meta.messages, messageId)
      ? rule.meta.messages[messageId]
      : undefined;
    if (!template) throw new Error(`rule ${rule.meta.id} reported an unknown messageId "${messageId}"`);
    format = compileMessage(template);
    prepared.formats.set(messageId, format);
  }
  return format(quotedData(data));
}

/** The whole cell text a fix expects, and the whole text it writes. */
function toFix(prepared: PreparedRule, table: TargetTable, at: ReportDescriptor["at"], spec: FixSpec): Fix | undefined {
  if (!isField(at)) return undefined;
  // The whole cell as the host holds it (untrimmed), so a host can compare before writing.
  const expected = at.cellText ?? cellText(at.raw);
  let replacement = spec.text;
  if (at.cellText !== undefined && at.span) {
    replacement = at.cellText.slice(0, at.span.start) + spec.text + at.cellText.slice(at.span.end);
  }
  if (replacement === expected) return undefined;
  const title = message(prepared, spec.messageId, spec.data ?? NO_DATA);
  return { sheet: table.sheet, row: at.row, col: at.col, cell: toA1(at.row, at.col), expected, replacement, title };
}

function toDiagnostic(prepared: PreparedRule, table: TargetTable, d: ReportDescriptor, severity: Severity): Diagnostic {
  const data = d.data ?? NO_DATA;
  const { rule } = prepared;
  const diagnostic: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    sheet: table.sheet,
    row: d.at.row,
    col: d.at.col,
    cell: toA1(d.at.row, d.at.col),
    messageId: d.messageId,
    data,
    message: message(prepared, d.messageId, data),
    tableId: table.id,
    tableName: tableName(table),
  };
  const fix = d.fix && toFix(prepared, table, d.at, d.fix);
  if (fix) diagnostic.fix = fix;
  if (d.suggestions?.length) {
    const suggestions: Fix[] = [];
    for (const s of d.suggestions) {
      const f = toFix(prepared, table, d.at, s);
      if (f) suggestions.push(f);
    }
    if (suggestions.length) diagnostic.suggestions = suggestions;
  }
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

function prepare(config: LintConfig, rules: readonly RuleModule[]): PreparedRule[] {
  const list: PreparedRule[] = [];
  for (const rule of rules) {
    const setting = config.rules?.[rule.meta.id];
    if (setting === "off") continue;
    const own = config.options?.[rule.meta.id];
    // Most rules have no options and most configs set none: one shared empty object, nothing copied per check.
    const options = own || rule.meta.defaultOptions ? Object.freeze({ ...rule.meta.defaultOptions, ...own }) : NO_DATA;
    list.push({ rule, setting, options, formats: new Map() });
  }
  return list;
}

function sameData(a: Data, b: Data): boolean {
  if (a === b) return true;
  let count = 0;
  for (const key in a) {
    if (a[key] !== b[key]) return false;
    count++;
  }
  // Every key of a matched in b; b holds no other key when it has as many.
  for (const key in b) if (!(key in a) || --count < 0) return false;
  return count === 0;
}

/**
 * The one context of a table, handed to each rule in turn (the current rule
 * and its options change between checks): a check allocates no context of its
 * own, and what several rules derive from the table (`once`) is worked out once.
 */
class TableContext implements RuleContext {
  readonly out: Diagnostic[] = [];
  options: Options = NO_DATA;
  private current!: PreparedRule;
  /** Where the current rule's findings start in `out`. */
  private first = 0;
  private derived: Map<unknown, unknown> | undefined;
  /** The current rule's findings by cell, once it has made many in this table, and how far into `out` it reaches. */
  private byCell: Map<number, Diagnostic[]> | undefined;
  private indexed = 0;
  /** Where in its compact cell each finding on a slice stands (its span's start). */
  private spanOf: Map<Diagnostic, number> | undefined;

  constructor(readonly table: TargetTable) {}

  run(prepared: PreparedRule): void {
    this.current = prepared;
    this.options = prepared.options;
    this.first = this.out.length;
    this.byCell = undefined;
    prepared.rule.check(this);
  }

  once<T>(derive: (table: TargetTable) => T): T {
    this.derived ??= new Map();
    if (this.derived.has(derive)) return this.derived.get(derive) as T;
    const value = derive(this.table);
    this.derived.set(derive, value);
    return value;
  }

  report(d: ReportDescriptor): void {
    const { rule, setting } = this.current;
    // A merged cell stands for several rows: one finding per rule, cell, message and data.
    const span = spanStart(d);
    if (span !== undefined ? this.madeAtSpan(d, span, d.data ?? NO_DATA) : this.madeAlready(d, d.data ?? NO_DATA))
      return;
    const made = toDiagnostic(this.current, this.table, d, setting ?? d.severity ?? rule.meta.severity);
    this.out.push(made);
    if (span !== undefined) (this.spanOf ??= new Map()).set(made, span);
  }

  /**
   * Whether the current rule already made this finding. While it has made few in this table, a scan of them
   * (cheaper than an index); past `SCAN_LIMIT`, a look in its findings by cell — a table of thousands of rows
   * must not cost a scan of all its findings per finding.
   */
  private madeAlready(d: ReportDescriptor, data: Data): boolean {
    const same = (o: Diagnostic) =>
      o.row === d.at.row && o.col === d.at.col && o.messageId === d.messageId && sameData(o.data, data);
    if (this.out.length - this.first <= SCAN_LIMIT) {
      for (let i = this.first; i < this.out.length; i++) if (same(this.out[i])) return true;
      return false;
    }
    const byCell = (this.byCell ??= new Map());
    for (let i = Math.max(this.indexed, this.first); i < this.out.length; i++) {
      const o = this.out[i];
      const list = byCell.get(cellKey(o.row, o.col));
      if (list) list.push(o);
      else byCell.set(cellKey(o.row, o.col), [o]);
    }
    this.indexed = this.out.length;
    return byCell.get(cellKey(d.at.row, d.at.col))?.some(same) ?? false;
  }

  /**
   * Whether the current rule already reported this message and data on this slice of a compact cell. A compact
   * cell's slices (`实施周期指标值:≥95%）；年度指标值:≥95%）`) are fields of their own, each fixed in its span: the same
   * finding on two of them is two findings (merges, which madeAlready guards against, are no slices).
   */
  private madeAtSpan(d: ReportDescriptor, start: number, data: Data): boolean {
    for (let i = this.first; i < this.out.length; i++) {
      const o = this.out[i];
      if (o.row !== d.at.row || o.col !== d.at.col || o.messageId !== d.messageId || !sameData(o.data, data)) continue;
      if (this.spanOf?.get(o) === start) return true;
    }
    return false;
  }
}

const SCAN_LIMIT = 16;

function spanStart(d: ReportDescriptor): number | undefined {
  return "span" in d.at ? d.at.span?.start : undefined;
}

/** A number for a cell (columns stop at XFD, 16,384): no key string per finding. */
function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

/**
 * Rules that yield to others on the same cell (meta.yieldsTo): where both
 * report, the cause is the other rule's finding. Only findings made count, so
 * a rule the user turned off yields to nothing.
 */
function yieldTo(out: Diagnostic[]): Diagnostic[] {
  if (!mayYield(out)) return out;
  // The rules found on each cell, gathered once: a test per finding, not a scan of the table's findings.
  const rulesAt = new Map<number, string[]>();
  for (const o of out) {
    const key = cellKey(o.row, o.col);
    const list = rulesAt.get(key);
    if (list) list.push(o.ruleId);
    else rulesAt.set(key, [o.ruleId]);
  }
  const yields = (d: Diagnostic) => {
    const over = RULES_BY_ID.get(d.ruleId)?.meta.yieldsTo;
    return !!over && rulesAt.get(cellKey(d.row, d.col))!.some((id) => over.includes(id));
  };
  const kept = out.filter((d) => !yields(d));
  return kept.length === out.length ? out : kept;
}

/** Whether some finding's rule yields to a rule that also reported in the table (else no cell need be looked at). */
function mayYield(out: readonly Diagnostic[]): boolean {
  // Most tables have no finding of a yielding rule: no set built for them.
  if (!out.some((d) => RULES_BY_ID.get(d.ruleId)?.meta.yieldsTo)) return false;
  const reported = new Set(out.map((d) => d.ruleId));
  for (const id of reported) if (RULES_BY_ID.get(id)?.meta.yieldsTo?.some((over) => reported.has(over))) return true;
  return false;
}

/** A checker of tables with the user's severities and options resolved once, not once per table and rule. */
export function createTableLinter(
  config: LintConfig = {},
  rules: readonly RuleModule[] = RULES,
): (table: TargetTable) => Diagnostic[] {
  const prepared = prepare(config, rules);
  return (table) => {
    const context = new TableContext(table);
    for (const p of prepared) {
      const layouts = p.rule.meta.layouts;
      if (!layouts || layouts.includes(table.layout)) context.run(p);
    }
    return yieldTo(context.out).sort(compareDiagnostics);
  };
}

/** Runs `rules` (all by default) on one table, honouring the user's severities and options. */
export function lintTable(
  table: TargetTable,
  config: LintConfig = {},
  rules: readonly RuleModule[] = RULES,
): Diagnostic[] {
  return createTableLinter(config, rules)(table);
}
