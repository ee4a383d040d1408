/**
 * Writes a template block (src/core/template) into an exceljs worksheet: the
 * same values, merges, label formats, borders, dropdowns and input prompts the
 * add-in writes through Office.js, so a converted or templated sheet looks
 * alike from the CLI and from Excel.
 */
import type { Worksheet } from "exceljs";
import type { CellRange } from "../core/grid/grid";
import { LABEL_FILL, placeRange, type TemplateBlock } from "../core/template/block";

const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();
const THIN = { style: "thin" as const };

function eachCell(r: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) visit(row + 1, col + 1);
}

/** A number typed as text in the block (`170`) is written as a number, as Excel would take it typed. */
function cellValue(text: string): string | number {
  return /^-?\d+(\.\d+)?$/.test(text) && text.length < 16 ? Number(text) : text;
}

export function writeBlock(ws: Worksheet, block: TemplateBlock, top = 0, left = 0): void {
  const at = (r: CellRange) => placeRange(r, top, left);
  block.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && v !== "") ws.getCell(top + r + 1, left + c + 1).value = cellValue(v);
    }),
  );
  for (const m of block.merges) {
    const r = at(m);
    ws.mergeCells(r.top + 1, r.left + 1, r.bottom + 1, r.right + 1);
  }
  for (const l of block.labels) {
    eachCell(at(l), (row, col) => {
      const cell = ws.getCell(row, col);
      cell.font = { bold: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(LABEL_FILL) } };
    });
  }
  for (const b of block.bold) eachCell(at(b), (row, col) => (ws.getCell(row, col).font = { bold: true }));
  for (const b of block.borders) {
    eachCell(at(b), (row, col) => (ws.getCell(row, col).border = { top: THIN, left: THIN, bottom: THIN, right: THIN }));
  }
  for (const list of block.lists) {
    // Excel's list source is one comma-separated string in quotes, at most 255 characters.
    const formula = `"${list.items.join(",")}"`;
    eachCell(at(list.range), (row, col) => {
      ws.getCell(row, col).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: list.alert !== "none",
        errorStyle: "warning",
        errorTitle: "绩效目标表",
        error: "不在常用列表中，请确认。/ Not in the usual list: please check.",
      };
    });
  }
  for (const p of block.prompts) {
    eachCell(at(p.range), (row, col) => {
      const cell = ws.getCell(row, col);
      const rule = cell.dataValidation ?? { type: "any" as const };
      cell.dataValidation = { ...rule, showInputMessage: true, promptTitle: p.title, prompt: p.message };
    });
  }
}
