/**
 * seeds/qingdao-2023.xlsx: the 21 tables of qingdao-2023-form.txt in the form
 * layout, stacked on one sheet (columns A–G), merges reconstructed. The row
 * shape is that of test/helpers/form-table.ts; docs/seeds.md lists where the
 * seed differs from it.
 */
"use strict";

const { parseFormText } = require("./form-text");
const { newWorkbook, put, merge } = require("./workbook");

const SHEET = "绩效目标表";
const GAP = 2;
const WIDTHS = [14, 22, 12, 26, 10, 14, 24];
/** Seed rows (0-based, after the title) and columns whose amounts Excel holds as numbers. */
const AMOUNTS = { 2: [2, 4, 6], 5: [1, 3, 4, 5] };
const HEADER_ROW = 7;
const AMOUNT = /^\d+(\.\d+)?$/;

function isBlank(text) {
  return text.trim() === "";
}

/** A cell's text → what an officer's workbook holds: blank, a number (amounts), or the exact text. */
function cellValue(text, k, j) {
  if (isBlank(text)) return { value: null };
  if ((AMOUNTS[k] || []).includes(j) && AMOUNT.test(text.trim())) return { value: Number(text), numFmt: "0.00" };
  return { value: text };
}

function writeTable(ws, table, start) {
  put(ws, start, 1, table.title, { border: false, bold: true, center: true });
  table.rows.forEach((cells, k) => {
    cells.forEach((text, j) => {
      const { value, numFmt } = cellValue(text, k, j);
      put(ws, start + 1 + k, j + 1, value, { numFmt, bold: k === HEADER_ROW });
    });
  });
  mergeTable(ws, table, start);
  return start + 1 + table.rows.length;
}

/** The merges of the original form; `R(k)` is the Excel row of seed row k. */
function mergeTable(ws, table, start) {
  const R = (k) => start + 1 + k;
  merge(ws, start, 1, start, 7); // title across the width
  merge(ws, R(0), 1, R(0), 6); // unit, left of 单位：万元
  merge(ws, R(1), 2, R(1), 3); // 项目编码 value
  merge(ws, R(1), 5, R(1), 7); // 项目名称 value
  merge(ws, R(2), 1, R(3), 1); // 预算规模及资金用途
  merge(ws, R(3), 2, R(3), 7); // purpose
  merge(ws, R(4), 1, R(5), 1); // 资金支出计划（%）
  for (const k of [4, 5]) {
    merge(ws, R(k), 2, R(k), 3); // 3月底
    merge(ws, R(k), 6, R(k), 7); // 12月底
  }
  merge(ws, R(6), 2, R(6), 7); // goal
  for (let k = HEADER_ROW; k < table.rows.length; k++) merge(ws, R(k), 4, R(k), 5); // description D:E
  mergeLevel1(ws, table, R);
}

/** 一级指标 written once then left blank: merged vertically over its group, as in the original. */
function mergeLevel1(ws, table, R) {
  const rows = table.rows;
  let first = HEADER_ROW + 1;
  for (let k = first + 1; k <= rows.length; k++) {
    if (k === rows.length || !isBlank(rows[k][0])) {
      if (k - 1 > first) merge(ws, R(first), 1, R(k - 1), 1);
      first = k;
    }
  }
}

function buildQingdao(seedText) {
  const tables = parseFormText(seedText);
  const wb = newWorkbook();
  const ws = wb.addWorksheet(SHEET);
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  let row = 1;
  for (const table of tables) row = writeTable(ws, table, row) + GAP;
  return wb;
}

module.exports = { buildQingdao, SHEET };
