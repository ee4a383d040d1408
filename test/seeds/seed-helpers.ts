/**
 * Loading the sample workbooks and naming their cells by what they hold, so that
 * the expectation tables read like the seeds ("Qingdao 3, 实物储备企业数量, 指标值")
 * and survive layout tweaks of the builder.
 */
import * as path from "path";
import { Workbook } from "exceljs";
import { toA1 } from "../../src/core/grid/address";
import { textAt, type Grid } from "../../src/core/grid/grid";
import { lintGrid, type LintResult } from "../../src/core/lint/lint";
import type { Severity } from "../../src/core/model/diagnostic";
import { workbookToGrids } from "../../src/xlsx/read-workbook";

export const SEEDS_DIR = path.join(__dirname, "..", "..", "seeds");

export async function loadGrids(file: string): Promise<Grid[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(SEEDS_DIR, file));
  return workbookToGrids(wb);
}

/** What an expectation compares: rule, cell, severity, and the fix's new text when there is one. */
export interface Finding {
  rule: string;
  cell: string;
  severity: Severity;
  fix?: string;
  suggestions: string[];
  /** The Chinese message: compact findings share one cell, the message says which indicator. */
  message: string;
}

export function findingsOf(result: LintResult): Finding[] {
  return result.diagnostics.map((d) => ({
    rule: d.ruleId,
    cell: d.cell,
    severity: d.severity,
    ...(d.fix ? { fix: d.fix.replacement } : {}),
    suggestions: (d.suggestions ?? []).map((s) => s.replacement),
    message: d.message.zh,
  }));
}

export function lint(grid: Grid): { result: LintResult; findings: Finding[] } {
  const result = lintGrid(grid);
  return { result, findings: findingsOf(result) };
}

/** Spaces and line breaks do not count when matching a name: seeds write ` 指标1：…` and `安全环保督导\n车辆…`. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

export interface Span {
  start: number;
  end: number;
}

export type IndicatorField = "level1" | "level2" | "name" | "description" | "value" | "basis";

/** Every row of `grid` as [row, texts], in order. */
function rows(grid: Grid, from = grid.top, to = grid.top + grid.values.length): number[] {
  const out: number[] = [];
  for (let r = Math.max(from, grid.top); r < Math.min(to, grid.top + grid.values.length); r++) out.push(r);
  return out;
}

function width(grid: Grid): number {
  return Math.max(0, ...grid.values.map((r) => r.length));
}

/** Columns of the header row (`一级指标 …`) by label, within rows [from, to). */
function headerColumns(grid: Grid, from: number, to: number): { row: number; cols: Map<string, number> } {
  for (const r of rows(grid, from, to)) {
    const cols = new Map<string, number>();
    for (let c = grid.left; c < grid.left + width(grid); c++) {
      const t = squeeze(textAt(grid, r, c)).replace(/^\*/, "");
      if (t && !cols.has(t)) cols.set(t, c);
    }
    if (cols.has("一级指标") && cols.has("三级指标")) return { row: r, cols };
  }
  throw new Error(`no 一级指标 header between rows ${from + 1} and ${to}`);
}

/** A row whose cell in `col` matches `name`: exactly (spaces ignored) first, else the only one containing it. */
function findRow(grid: Grid, col: number, from: number, to: number, name: string): number {
  const want = squeeze(name);
  const candidates = rows(grid, from, to);
  const exact = candidates.filter((r) => squeeze(textAt(grid, r, col)) === want);
  if (exact.length === 1) return exact[0];
  const partial = candidates.filter((r) => squeeze(textAt(grid, r, col)).includes(want));
  if (exact.length === 0 && partial.length === 1) return partial[0];
  throw new Error(`${exact.length || partial.length} rows match "${name}" between rows ${from + 1} and ${to}`);
}

function labelAt(grid: Grid, span: Span, label: string): { row: number; col: number } {
  const want = squeeze(label);
  for (const r of rows(grid, span.start, span.end)) {
    for (let c = grid.left; c < grid.left + width(grid); c++) {
      if (squeeze(textAt(grid, r, c)).startsWith(want)) return { row: r, col: c };
    }
  }
  throw new Error(`label ${label} not found`);
}

const FIELD_LABELS: Record<IndicatorField, string[]> = {
  level1: ["一级指标"],
  level2: ["二级指标"],
  name: ["三级指标"],
  description: ["绩效指标描述", "指标解释"],
  value: ["指标值"],
  basis: ["指标值确定依据"],
};

/** Locates cells of one table on a sheet that holds several, each starting at a title row. */
export class SheetTables {
  constructor(
    readonly grid: Grid,
    private readonly titleCol = grid.left,
  ) {}

  /** Rows whose title cell ends with 绩效目标表: where each table starts. */
  titleRows(): number[] {
    return rows(this.grid).filter((r) => /绩效目标表$/.test(textAt(this.grid, r, this.titleCol).trim()));
  }

  /** Rows [start, end) of the i-th table (0-based): from its title to the next title or the sheet's end. */
  span(i: number): Span {
    const titles = this.titleRows();
    if (i >= titles.length) throw new Error(`table ${i} not found (${titles.length} titles)`);
    return { start: titles[i], end: titles[i + 1] ?? this.grid.top + this.grid.values.length };
  }

  /** A1 of `field` in the indicator row named `name`, columns found by the header's labels. */
  indicatorCell(span: Span, name: string, field: IndicatorField): string {
    const header = headerColumns(this.grid, span.start, span.end);
    const nameCol = header.cols.get("三级指标")!;
    const row = findRow(this.grid, nameCol, header.row + 1, span.end, name);
    const col = FIELD_LABELS[field].map((l) => header.cols.get(l)).find((c) => c !== undefined);
    if (col === undefined) throw new Error(`no ${field} column`);
    return toA1(row, col);
  }

  /** A1 of a header column's cell (e.g. 计量单位, 运算符号) in the indicator row named `name`. */
  columnCell(span: Span, name: string, label: string): string {
    const header = headerColumns(this.grid, span.start, span.end);
    const row = findRow(this.grid, header.cols.get("三级指标")!, header.row + 1, span.end, name);
    const col = header.cols.get(squeeze(label).replace(/^\*/, ""));
    if (col === undefined) throw new Error(`no column ${label}`);
    return toA1(row, col);
  }

  /** A1 of the first label cell in the table whose text starts with `label` (spaces ignored). */
  labelCell(span: Span, label: string): string {
    const at = labelAt(this.grid, span, label);
    return toA1(at.row, at.col);
  }

  /** A1 of the first non-blank cell right of a label in the same row (a value behind a merge sits at its top-left). */
  valueRightOf(span: Span, label: string): string {
    const at = labelAt(this.grid, span, label);
    for (let c = at.col + 1; c < this.grid.left + width(this.grid); c++) {
      if (textAt(this.grid, at.row, c).trim() !== "") return toA1(at.row, c);
    }
    throw new Error(`no value right of ${label}`);
  }

  /** Whether a cell lies in a span's rows, for "nothing of this rule in this table" checks. */
  contains(span: Span, cell: string): boolean {
    const row = Number(/\d+$/.exec(cell)![0]) - 1;
    return row >= span.start && row < span.end;
  }
}

/** Qingdao: tables titled `n.…绩效目标表` stacked on one sheet. */
export class Qingdao extends SheetTables {
  table(n: number): Span {
    const i = this.titleRows().findIndex((r) => textAt(this.grid, r, this.grid.left).startsWith(`${n}.`));
    if (i < 0) throw new Error(`Qingdao table ${n} not found`);
    return this.span(i);
  }
  cell(n: number, name: string, field: IndicatorField): string {
    return this.indicatorCell(this.table(n), name, field);
  }
  label(n: number, label: string): string {
    return this.labelCell(this.table(n), label);
  }
  value(n: number, label: string): string {
    return this.valueRightOf(this.table(n), label);
  }
}

/** An expectation row: `where` says in words what `cell` is, for the test's title. */
export interface Expect {
  where: string;
  rule: string;
  cell: string;
  severity?: Severity;
  fix?: string;
  /** A replacement one of the finding's suggestions must offer (a fix that needs the user's judgement). */
  suggestion?: string;
}

/** The matcher for one positive expectation: a finding of that rule at that cell (and severity, fix when given). */
export function finding(e: Expect): unknown {
  return expect.objectContaining({
    rule: e.rule,
    cell: e.cell,
    ...(e.severity ? { severity: e.severity } : {}),
    ...(e.fix !== undefined ? { fix: e.fix } : {}),
    ...(e.suggestion !== undefined ? { suggestions: expect.arrayContaining([e.suggestion]) } : {}),
  });
}
