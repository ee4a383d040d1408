/** The controller's state: a new object on every change, so React can subscribe cheaply. */
import type { Grid } from "../core/grid/grid";
import type { LintResult } from "../core/lint/lint";
import type { Diagnostic, Fix, Locale, Severity } from "../core/model/diagnostic";
import type { HostCapabilities } from "../host/port";
import type { MessageData, MessageId } from "../i18n";

/** One diagnostic as the pane lists it. */
export interface Finding {
  /** Unique within the sheet and stable across re-checks while nothing about it changes. */
  id: string;
  /** The ignore key (see keys.ts). */
  key: string;
  diagnostic: Diagnostic;
}

export interface SheetState {
  result: LintResult;
  grid: Grid;
  findings: Finding[];
}

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  id: MessageId;
  data?: MessageData;
  /**
   * Where the pane shows it: the finding or fix group whose button was clicked
   * (a fix deep in the list is confirmed there, not at the top); absent: at the top.
   */
  anchor?: string;
}

export interface Progress {
  done: number;
  total: number;
  sheet: string;
}

export interface Filters {
  /** Severities shown; all three by default. */
  severities: Severity[];
  /** Rule shown, or undefined for every rule. */
  ruleId?: string;
}

export interface UndoEntry {
  /** The fix that was applied (undo writes `expected` back if the cell still holds `replacement`). */
  fix: Fix;
  /** 全部修复: every fix written in that one step (`fix` is the first); undone together. */
  batch?: readonly Fix[];
  /** Where the fix was clicked, so that its undo is told there too. */
  anchor?: string;
}

export interface ControllerState {
  locale: Locale;
  ready: boolean;
  activeSheet?: string;
  sheets: Readonly<Record<string, SheetState>>;
  ignored: readonly string[];
  filters: Filters;
  currentId?: string;
  capabilities?: HostCapabilities;
  liveMarking: boolean;
  busy: boolean;
  progress?: Progress;
  notice?: Notice;
  undo: readonly UndoEntry[];
  /**
   * Sheets whose marks are older than their list: edited and re-checked with
   * live marking off. The pane says the marks are from the last check.
   */
  staleMarks: readonly string[];
  /**
   * Sheets whose marks the user cleared: live marking leaves them unmarked until a check by hand, and the pane says
   * so (the switch alone suggested edits would mark them).
   */
  clearedMarks: readonly string[];
}

export const ALL_SEVERITIES: Severity[] = ["error", "warning", "info"];

export function initialState(locale: Locale): ControllerState {
  return {
    locale,
    ready: false,
    sheets: {},
    ignored: [],
    filters: { severities: [...ALL_SEVERITIES] },
    liveMarking: false,
    busy: false,
    undo: [],
    staleMarks: [],
    clearedMarks: [],
  };
}
