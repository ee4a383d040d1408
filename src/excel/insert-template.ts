/**
 * Writes a template block (src/core/template) into a worksheet: values, merges,
 * list dropdowns, label formats and borders. "at" first reads the target
 * rectangle and writes nothing unless every cell there is empty and unmerged;
 * "insertRows" first inserts whole rows, so nothing can be in the way, and
 * moves the sheet's marks record with the rows in the same batch.
 * Syncs: "at" 3 (read, writes, events back on), "insertRows" 3 (4 the first
 * time: the sheet's id; one more when marks are recorded from the insert's row
 * on: their row blocks, read after the index), whatever the block.
 */
import { rangesOverlap, type CellPos, type CellRange } from "../core/grid/grid";
import { blockArea, LABEL_FILL, placeRange, type TemplateBlock, type TemplateList } from "../core/template/block";
import type { InsertMode, InsertResult } from "../host/port";
import { parseAreas } from "./areas";
import type { ExcelEnv } from "./env";
import { loadRecord, queueShift } from "./record-io";
import { asCellInput } from "../host/cell-input";
import { withEventsOff } from "./write-marks";
import { queuePrompt } from "./template-prompts";
import { RecordVersionError } from "./mark-record";
import { loadProtection, refuseProtected } from "./protection";

const OUTER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function rangeOf(ws: Excel.Worksheet, r: CellRange): Excel.Range {
  return ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

/** The first cell (row by row) holding a value or a formula, in absolute coordinates. */
export function firstFilled(values: unknown[][], formulas: unknown[][], area: CellRange): CellPos | undefined {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const formula = formulas[r]?.[c];
      const filled = (values[r][c] !== "" && values[r][c] !== null) || (typeof formula === "string" && formula !== "");
      if (filled) return { row: area.top + r, col: area.left + c };
    }
  }
  return undefined;
}

/** What blocks an "at" insert: a filled cell, else a merged area (merging over it would fail or lose it). */
async function obstacle(
  env: ExcelEnv,
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  area: CellRange,
): Promise<CellPos | undefined> {
  const target = rangeOf(ws, area);
  target.load("values,formulas");
  // Merged areas are readable from 1.13; before that a merge over empty cells goes unseen.
  // Excel reports only areas whose top-left cell lies in the probe (office-js #3611): probe from above and left
  // of the target, so that an area starting there and reaching into it is seen too.
  const probe = {
    top: Math.max(0, area.top - MERGE_REACH.rows),
    left: Math.max(0, area.left - MERGE_REACH.cols),
    bottom: area.bottom,
    right: area.right,
  };
  const merged = env.supports("1.13") ? rangeOf(ws, probe).getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  await context.sync();
  const cell = firstFilled(target.values, target.formulas, area);
  if (cell || !merged || merged.isNullObject) return cell;
  const first = parseAreas(merged.address).find((m) => rangesOverlap(m, area));
  return first ? { row: first.top, col: first.left } : undefined;
}

/** How far above and left of an insert's target a merged area reaching into it may start. */
const MERGE_REACH = { rows: 64, cols: 16 };

function queueList(env: ExcelEnv, range: Excel.Range, list: TemplateList): void {
  if (!env.supports("1.8")) return;
  const validation = range.dataValidation;
  // A cell takes one rule; the target is empty, so any rule there is a leftover format.
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: list.items.join(",") } };
  validation.errorAlert = {
    showAlert: list.alert !== "none",
    style: "Warning",
    title: "绩效目标表",
    message: "不在常用列表中，请确认。/ Not in the usual list: please check.",
  };
}

function queueBorders(range: Excel.Range, r: CellRange): void {
  const edges: string[] = [...OUTER_EDGES];
  // Inside edges exist only where the range has more than one row or column.
  if (r.right > r.left) edges.push("InsideVertical");
  if (r.bottom > r.top) edges.push("InsideHorizontal");
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge as Excel.BorderIndex);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

/** Queues every write of the block at (row, col): values first, so merging keeps the top-left text. */
export function queueBlock(env: ExcelEnv, ws: Excel.Worksheet, block: TemplateBlock, at: CellPos): void {
  const area = blockArea(block, at.row, at.col);
  rangeOf(ws, area).values = block.values.map((line) => line.map((v) => (v === null ? "" : asCellInput(v))));
  const place = (r: CellRange) => rangeOf(ws, placeRange(r, at.row, at.col));
  for (const m of block.merges) place(m).merge(false);
  for (const l of block.labels) {
    const range = place(l);
    range.format.font.bold = true;
    range.format.fill.color = LABEL_FILL;
  }
  for (const b of block.bold) place(b).format.font.bold = true;
  for (const b of block.borders) queueBorders(place(b), b);
  for (const list of block.lists) queueList(env, place(list.range), list);
  for (const prompt of block.prompts) queuePrompt(env, place(prompt.range), prompt);
}

export async function insertTemplateIn(
  env: ExcelEnv,
  context: Excel.RequestContext,
  sheet: string,
  at: CellPos,
  block: TemplateBlock,
  mode: InsertMode,
  ids?: Map<string, string>,
): Promise<InsertResult> {
  const ws = context.workbook.worksheets.getItem(sheet);
  const range = blockArea(block, at.row, at.col);
  const protection = loadProtection(ws);
  if (mode === "at") {
    const cell = await obstacle(env, context, ws, range);
    refuseProtected(protection, sheet);
    if (cell) return { status: "occupied", range, cell };
  }
  // The record's blocks from the insert's row on (the ones the rows move).
  const marks =
    mode === "insertRows"
      ? await loadRecord(context, ws, sheet, ids, () => context.sync(), {
          rows: { top: at.row, bottom: Number.POSITIVE_INFINITY },
        }).catch((error: unknown) => {
          // A newer add-in's record is left exactly as it is (it cannot be moved without being understood).
          if (error instanceof RecordVersionError) return undefined;
          throw error;
        })
      : undefined;
  if (mode === "insertRows") refuseProtected(protection, sheet);
  await withEventsOff(env, context, async () => {
    if (mode === "insertRows") {
      // Whole rows, so the table's other columns and everything beside it move down together.
      ws.getRange(`${at.row + 1}:${at.row + block.rows}`).insert("Down");
      // Right after the insert: should a later write of the block fail, the record still matches the moved marks.
      if (marks?.found) queueShift(context, marks, { axis: "row", at: at.row, count: block.rows });
    }
    queueBlock(env, ws, block, at);
  });
  return { status: "inserted", range };
}
