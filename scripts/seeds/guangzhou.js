/**
 * seeds/guangzhou-2024.xlsx: guangzhou-2024-compact.txt as published, one text
 * line a sheet row (row n+1 holds line n, blank lines included, so the page
 * breaks stay where the header row repeats). Columns A–C; every cell is text.
 */
"use strict";

const { newWorkbook, put, merge } = require("./workbook");

const SHEET = "项目支出绩效目标表";
const WIDTHS = [36, 60, 110];

function buildGuangzhou(seedText) {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(SHEET);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  seedText.split("\n").forEach((line, i) => writeLine(ws, i + 1, line));
  return wb;
}

function writeLine(ws, row, line) {
  if (line.trim() === "") return;
  const cells = line.split("\t");
  if (cells.length === 1) {
    // Title and 部门名称 lines stand above the list, across its width.
    put(ws, row, 1, line, { border: false, bold: true, center: row < 4 });
    merge(ws, row, 1, row, 3);
    return;
  }
  if (cells.length !== 3) throw new Error(`line ${row}: ${cells.length} cells, expected 3`);
  const header = cells[0].startsWith("项目名称");
  cells.forEach((text, j) => put(ws, row, j + 1, text.trim() === "" ? null : text, { bold: header }));
}

module.exports = { buildGuangzhou, SHEET };
