/**
 * A rule = metadata + a check (ESLint's shape). The check reads one table and
 * reports findings through the context; it never touches a host.
 */
import type { Field, Layout, TargetTable } from "../model/table";
import type { LocalizedText, Severity } from "../model/diagnostic";

export interface RuleDocs {
  /** One line: what the rule finds. */
  description: LocalizedText;
  /** A bad value or cell, and the good one (also in the rule's doc page). */
  bad: string;
  good: string;
}

export interface RuleMeta {
  /** Kebab-case id, exactly as in the spec's rule catalog. */
  id: string;
  /** Severity when the user sets none; a report may name another (spec: `项目编码: warning`). */
  severity: Severity;
  /** Layouts the rule applies to; all when absent. */
  layouts?: Layout[];
  /** Whether some reports carry a certain fix. */
  fixable?: boolean;
  /** Whether some reports carry suggestions (fixes that need judgement). */
  hasSuggestions?: boolean;
  docs: RuleDocs;
  /** messageId → text with `{{name}}` placeholders filled from the report's data. */
  messages: Record<string, LocalizedText>;
  /**
   * Rules whose finding on the same cell explains this one's (unit-nonstandard
   * yields to unit-mismatch): where both report, only theirs is kept. A rule
   * turned off reports nothing, so then this one's finding stands.
   */
  yieldsTo?: string[];
  /** Settings of the rule and their defaults (e.g. the satisfaction floor). */
  defaultOptions?: Record<string, number | string | boolean>;
}

/** A fix as a rule states it: the new text of the field it reports on. */
export interface FixSpec {
  /** The field's new text (compact layout: only this field's part of the cell). */
  text: string;
  /** A message id from `meta.messages` that titles the fix; `data` fills it. */
  messageId: string;
  data?: Record<string, string | number>;
}

export interface ReportDescriptor {
  /** The field (or bare cell) to change. */
  at: Field | { row: number; col: number };
  messageId: string;
  data?: Record<string, string | number>;
  /** Overrides meta.severity for this report (before the user's configuration). */
  severity?: Severity;
  fix?: FixSpec;
  suggestions?: FixSpec[];
}

export interface RuleContext {
  readonly table: TargetTable;
  readonly options: Readonly<Record<string, number | string | boolean>>;
  report(descriptor: ReportDescriptor): void;
}

export interface RuleModule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
