/**
 * A tiny stand-in linter with hand-made diagnostics, so the controller and
 * pane tests do not depend on the rules being written in parallel. It flags:
 *   - `XX` anywhere in a cell: error placeholder-unfilled, fix XX → 10;
 *   - `百分号`: warning unit-nonstandard, fix → %;
 *   - `历史指标`: warning basis-type, suggestion → 历史标准;
 *   - `=` at the start: info text-artifact (no fix).
 * Rows 0–19 belong to table 项目甲, later rows to 项目乙; a sheet has a table
 * when a cell holds 项目名称.
 */
import { toA1 } from "../../src/core/grid/address";
import { cellText, type CellRange, type Grid } from "../../src/core/grid/grid";
import type { LintResult } from "../../src/core/lint/lint";
import type { Diagnostic, Fix, Severity } from "../../src/core/model/diagnostic";
import type { CoreApi } from "../../src/app/core-api";

export function makeDiagnostic(over: Partial<Diagnostic> & { row: number; col: number }): Diagnostic {
  const sheet = over.sheet ?? "Sheet1";
  const table = over.row < 20 ? "甲" : "乙";
  return {
    ruleId: "placeholder-unfilled",
    severity: "error",
    sheet,
    cell: toA1(over.row, over.col),
    messageId: "m",
    data: {},
    message: { zh: "消息", en: "message" },
    tableId: `${sheet}!${table}`,
    tableName: `项目${table}`,
    ...over,
  };
}

function fixOf(sheet: string, row: number, col: number, text: string, replacement: string, title: string): Fix {
  return { sheet, row, col, cell: toA1(row, col), expected: text, replacement, title: { zh: title, en: title } };
}

function check(sheet: string, row: number, col: number, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = { sheet, row, col };
  if (text.includes("XX")) {
    const fix = fixOf(sheet, row, col, text, text.replace(/XX/g, "10"), "改为 10");
    out.push(makeDiagnostic({ ...at, message: { zh: `占位符未填：${text}`, en: `Placeholder: ${text}` }, fix }));
  }
  if (text.includes("百分号")) {
    const fix = fixOf(sheet, row, col, text, text.replace("百分号", "%"), "改为 %");
    const message = { zh: "单位“百分号”应写作 %", en: "Write % for 百分号" };
    out.push(makeDiagnostic({ ...at, ruleId: "unit-nonstandard", severity: "warning", message, fix }));
  }
  if (text.includes("历史指标")) {
    const suggestion = fixOf(sheet, row, col, text, "历史标准", "改为“历史标准”");
    const message = { zh: "依据未写明标准类型", en: "The basis names no standard" };
    out.push(makeDiagnostic({ ...at, ruleId: "basis-type", severity: "warning", message, suggestions: [suggestion] }));
  }
  if (text.startsWith("=")) {
    const message = { zh: "=多余的等号", en: "=stray equals sign" };
    out.push(makeDiagnostic({ ...at, ruleId: "text-artifact", severity: "info" as Severity, message }));
  }
  return out;
}

export function fakeLint(grid: Grid): LintResult {
  const diagnostics: Diagnostic[] = [];
  grid.values.forEach((line, r) =>
    line.forEach((v, c) => diagnostics.push(...check(grid.sheet, r + grid.top, c + grid.left, cellText(v)))),
  );
  // A sheet "has a table" when some cell carries the 项目名称 label.
  const hasTable = grid.values.some((line) => line.some((v) => cellText(v).includes("项目名称")));
  return { sheet: grid.sheet, tables: hasTable ? [{} as never] : [], diagnostics };
}

export interface FakeCore extends CoreApi {
  rechecks: CellRange[];
  fullLints: number;
}

export function fakeCore(): FakeCore {
  const core: FakeCore = {
    rechecks: [],
    fullLints: 0,
    lintGrid: (grid) => {
      core.fullLints++;
      return fakeLint(grid);
    },
    recheck: (grid, _previous, changed) => {
      core.rechecks.push(changed);
      return fakeLint(grid);
    },
    // Each finding depends on its own cell only: the edited rows are the whole window.
    recheckRows: (_previous, changed) => ({ top: changed.top, bottom: changed.bottom }),
    recheckPart: (part, previous, changed, rows) => {
      core.rechecks.push(changed);
      const outside = previous.diagnostics.filter((d) => d.row < rows.top || d.row > rows.bottom);
      const inside = fakeLint(part).diagnostics;
      const diagnostics = [...outside, ...inside].sort((a, b) => a.row - b.row || a.col - b.col);
      const hasTable = previous.tables.length > 0 || fakeLint(part).tables.length > 0;
      return { sheet: part.sheet, tables: hasTable ? [{} as never] : [], diagnostics };
    },
  };
  return core;
}

/** A sheet as rows of strings (null = blank). */
export function sheetGrid(sheet: string, rows: (string | null)[][]): Grid {
  return { sheet, top: 0, left: 0, values: rows.map((r) => [...r]), merges: [] };
}
