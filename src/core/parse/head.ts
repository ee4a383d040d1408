/**
 * The head block of the form and flat layouts: label cells with their value to
 * the right (after the label's merge), the spend plan's periods with their
 * value below, the unit line and the title.
 */
import type { CellRange, Grid } from "../grid/grid";
import { mergeIndex, rightEdge } from "../grid/merges";
import type { Field, MoneyUnit, SpendPeriod, SpendPlan, TargetTable } from "../model/table";
import { isTitle, labelOf, unitLine, type Label, type LabelKey } from "../text/labels";
import { isBlankValue, rowCells } from "../locate/rows";
import { fieldAt } from "./field";

interface Hit {
  row: number;
  col: number;
  label: Label;
}

export type Head = Pick<
  TargetTable,
  "title" | "unit" | "moneyUnit" | "code" | "name" | "budget" | "fiscal" | "other" | "purpose" | "goal" | "spendPlan"
>;

const PERIODS: [LabelKey, SpendPeriod][] = [
  ["period3", "3月底"],
  ["period6", "6月底"],
  ["period10", "10月底"],
  ["period12", "12月底"],
];

const VALUE_RIGHT: [LabelKey, "code" | "name" | "budget" | "fiscal" | "other" | "goal"][] = [
  ["code", "code"],
  ["name", "name"],
  ["budget", "budget"],
  ["fiscal", "fiscal"],
  ["other", "other"],
  ["goal", "goal"],
];

interface Scan {
  hits: Map<LabelKey, Hit>;
  unitLine?: { row: number; col: number; unit: MoneyUnit | "unknown" };
}

/** Every label in rows [top, bottom) of the band; the first of each kind wins. */
function scanHead(grid: Grid, range: CellRange, headerRow: number): Scan {
  const scan: Scan = { hits: new Map() };
  for (let r = range.top; r < headerRow; r++) {
    const line = rowCells(grid, r);
    if (!line) continue;
    for (let c = Math.max(range.left, grid.left); c <= range.right && c - grid.left < line.length; c++) {
      const v = line[c - grid.left];
      if (typeof v !== "string") continue;
      const label = labelOf(v);
      if (label) {
        if (!scan.hits.has(label.key)) scan.hits.set(label.key, { row: r, col: c, label });
        continue;
      }
      const unit = scan.unitLine ? undefined : unitLine(v);
      if (unit) scan.unitLine = { row: r, col: c, unit };
    }
  }
  return scan;
}

function valueRight(grid: Grid, hit: Hit): Field {
  return fieldAt(grid, hit.row, rightEdge(grid, hit.row, hit.col) + 1);
}

/**
 * `预算规模及资金用途` spans two rows with `预算数` to its right; the purpose
 * text sits in its last row. Written alone, its value is to its right.
 */
function purposeField(grid: Grid, hit: Hit): Field {
  const right = rightEdge(grid, hit.row, hit.col) + 1;
  const beside = rowCells(grid, hit.row)?.[right - grid.left];
  if (typeof beside !== "string" || !labelOf(beside)) return fieldAt(grid, hit.row, right);
  const merge = mergeIndex(grid).at(hit.row, hit.col);
  const row = merge && merge.bottom > hit.row ? merge.bottom : hit.row + 1;
  return fieldAt(grid, row, right);
}

function spendPlan(grid: Grid, hits: Map<LabelKey, Hit>): SpendPlan | undefined {
  const label = hits.get("spendPlan");
  if (!label) return undefined;
  const points: SpendPlan["points"] = [];
  for (const [key, period] of PERIODS) {
    const hit = hits.get(key);
    if (hit) points.push({ period, field: fieldAt(grid, hit.row + 1, hit.col) });
  }
  return { label: fieldAt(grid, label.row, label.col), points };
}

function moneyUnitOf(scan: Scan): MoneyUnit {
  const fromLine = scan.unitLine?.unit;
  if (fromLine && fromLine !== "unknown") return fromLine;
  return scan.hits.get("budget")?.label.moneyUnit ?? "万元";
}

/** The unit: a `实施单位`-like label's value, else the name on the unit line's row. */
function unitField(grid: Grid, range: CellRange, scan: Scan): Field | undefined {
  const labelled = scan.hits.get("unitName") ?? scan.hits.get("dept");
  if (labelled) return valueRight(grid, labelled);
  const line = scan.unitLine;
  if (!line) return undefined;
  const cells = rowCells(grid, line.row) ?? [];
  for (let c = range.left; c <= range.right; c++) {
    if (c !== line.col && !isBlankValue(cells[c - grid.left])) return fieldAt(grid, line.row, c);
  }
  return undefined;
}

function titleField(grid: Grid, range: CellRange): Field | undefined {
  const cells = rowCells(grid, range.top) ?? [];
  for (let c = range.left; c <= range.right; c++) {
    const v = cells[c - grid.left];
    if (isBlankValue(v)) continue;
    return typeof v === "string" && isTitle(v) ? fieldAt(grid, range.top, c) : undefined;
  }
  return undefined;
}

export function parseHead(grid: Grid, range: CellRange, headerRow: number): Head {
  const scan = scanHead(grid, range, headerRow);
  const head: Head = { moneyUnit: moneyUnitOf(scan) };
  const title = titleField(grid, range);
  if (title) head.title = title;
  const unit = unitField(grid, range, scan);
  if (unit) head.unit = unit;
  for (const [key, field] of VALUE_RIGHT) {
    const hit = scan.hits.get(key);
    if (hit) head[field] = valueRight(grid, hit);
  }
  const purpose = scan.hits.get("purpose");
  if (purpose) head.purpose = purposeField(grid, purpose);
  const plan = spendPlan(grid, scan.hits);
  if (plan) head.spendPlan = plan;
  return head;
}
