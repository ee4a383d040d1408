/**
 * A template block (src/core/template) as a worksheet part: values, merges, dropdowns and input prompts, each cell
 * with the format `styleOf` gives it (block-styles.ts). Written as XML text, so that the package it joins is
 * edited, not read and rewritten by a library (append-sheet.ts).
 */
import type { CellRange } from "../core/grid/grid";
import { placeRange, type TemplateBlock } from "../core/template/block";
import { rangeToA1, toA1 } from "../core/grid/address";
import { escapeXml, REL_NS, SPREADSHEET_NS, xmlText } from "./ooxml-parts";

/** What a cell is drawn with: a label (bold on a light fill), bold, a thin border. */
export interface CellLook {
  label: boolean;
  bold: boolean;
  border: boolean;
}

/**
 * A number typed as text in the block (`170`) is written as a number, as Excel would take it typed; not what a
 * number would change (`00123`, `30.50`, a 15-digit 项目编码 Excel would show as 3.702E+14).
 */
function isNumber(text: string): boolean {
  return /^-?(?:0|[1-9]\d{0,11})(?:\.\d*[1-9])?$/.test(text);
}

const LABEL = 1;
const BOLD = 2;
const BORDER = 4;

/**
 * How each cell of the block is drawn, as flags by row and column: one pass over the ranges, where asking every
 * range about every cell cost minutes on a block of 2,000 tables.
 */
function looks(block: TemplateBlock): Uint8Array {
  const flags = new Uint8Array(block.rows * block.cols);
  const mark = (ranges: readonly CellRange[], flag: number) => {
    for (const r of ranges)
      for (let row = r.top; row <= r.bottom; row++)
        for (let col = r.left; col <= r.right; col++) flags[row * block.cols + col] |= flag;
  };
  mark(block.labels, LABEL);
  mark(block.bold, BOLD);
  mark(block.borders, BORDER);
  return flags;
}

function cellXml(row: number, col: number, value: string | null, style: number): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === "") return style ? `<c r="${toA1(row, col)}"${s}/>` : "";
  if (isNumber(value)) return `<c r="${toA1(row, col)}"${s}><v>${Number(value)}</v></c>`;
  return `<c r="${toA1(row, col)}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

interface Validation {
  list?: { formula: string; alert: boolean };
  prompt?: { title: string; message: string };
}

/** A list and a prompt together per cell (a cell has one validation), keyed by row and column. */
function validations(block: TemplateBlock, top: number, left: number): Map<number, Validation> {
  const byCell = new Map<number, Validation>();
  const each = (r: CellRange, visit: (v: Validation) => void) => {
    const at = placeRange(r, top, left);
    for (let row = at.top; row <= at.bottom; row++)
      for (let col = at.left; col <= at.right; col++) {
        const key = row * CELLS_PER_ROW + col;
        const v = byCell.get(key) ?? {};
        visit(v);
        byCell.set(key, v);
      }
  };
  // Excel's list source is one comma-separated string in quotes, at most 255 characters.
  for (const list of block.lists)
    each(list.range, (v) => (v.list = { formula: `"${list.items.join(",")}"`, alert: list.alert !== "none" }));
  for (const p of block.prompts) each(p.range, (v) => (v.prompt = { title: p.title, message: p.message }));
  return byCell;
}

/** Columns stop at XFD (16,384): a cell's key is row × 16,384 + column. */
const CELLS_PER_ROW = 16384;

/**
 * The cells of each distinct validation, as ranges: runs down a column joined (`C5:C13`), so 2,000 tables make a
 * few validations over many ranges, not one per cell with its prompt repeated (126,000 of them, a 50 MB sheet).
 */
function grouped(byCell: Map<number, Validation>): { v: Validation; sqref: string }[] {
  const groups = new Map<string, { v: Validation; cells: number[] }>();
  for (const [cell, v] of byCell) {
    const key = JSON.stringify(v);
    const group = groups.get(key);
    if (group) group.cells.push(cell);
    else groups.set(key, { v, cells: [cell] });
  }
  return [...groups.values()].map(({ v, cells }) => ({ v, sqref: columnRuns(cells).join(" ") }));
}

function columnRuns(cells: number[]): string[] {
  const byColumn = cells
    .map((key) => ({ row: Math.floor(key / CELLS_PER_ROW), col: key % CELLS_PER_ROW }))
    .sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: string[] = [];
  for (let i = 0; i < byColumn.length;) {
    let j = i;
    while (
      j + 1 < byColumn.length &&
      byColumn[j + 1].col === byColumn[i].col &&
      byColumn[j + 1].row === byColumn[j].row + 1
    )
      j++;
    const { row, col } = byColumn[i];
    runs.push(rangeToA1({ top: row, left: col, bottom: byColumn[j].row, right: col }));
    i = j + 1;
  }
  return runs;
}

function validationXml(cell: string, v: Validation): string {
  const attrs = [v.list ? `type="list" allowBlank="1"` : `allowBlank="1"`];
  if (v.list?.alert)
    attrs.push(
      `showErrorMessage="1" errorStyle="warning" errorTitle="绩效目标表"`,
      `error="${escapeXml("不在常用列表中，请确认。/ Not in the usual list: please check.")}"`,
    );
  if (v.prompt)
    attrs.push(
      `showInputMessage="1" promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.message)}"`,
    );
  const formula = v.list ? `<formula1>${escapeXml(v.list.formula)}</formula1>` : "";
  return `<dataValidation ${attrs.join(" ")} sqref="${cell}">${formula}</dataValidation>`;
}

/** The worksheet part for `block` placed at (top, left); `styleOf` gives each drawn cell's format index. */
export function blockSheetXml(block: TemplateBlock, styleOf: (look: CellLook) => number, top = 0, left = 0): string {
  const rows: string[] = [];
  const flags = looks(block);
  for (let r = 0; r < block.rows; r++) {
    let cells = "";
    for (let c = 0; c < block.cols; c++) {
      const f = flags[r * block.cols + c];
      const style = f ? styleOf({ label: !!(f & LABEL), bold: !!(f & BOLD), border: !!(f & BORDER) }) : 0;
      cells += cellXml(top + r, left + c, block.values[r]?.[c] ?? null, style);
    }
    if (cells) rows.push(`<row r="${top + r + 1}">${cells}</row>`);
  }
  const merges = block.merges.map((m) => `<mergeCell ref="${rangeToA1(placeRange(m, top, left))}"/>`);
  const checks = grouped(validations(block, top, left)).map(({ v, sqref }) => validationXml(sqref, v));
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${REL_NS}"><sheetData>${rows.join("")}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>` : "") +
    (checks.length ? `<dataValidations count="${checks.length}">${checks.join("")}</dataValidations>` : "") +
    `</worksheet>`
  );
}
