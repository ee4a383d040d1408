/**
 * What every seed workbook shares: fixed document dates and a zip written with
 * fixed timestamps, so that `npm run seeds` gives the same bytes on every run
 * (exceljs stamps docProps with "now" and JSZip stamps every entry with "now").
 */
"use strict";

const fs = require("fs");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "jixiao-lint seeds";
  wb.lastModifiedBy = "jixiao-lint seeds";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Re-zips exceljs's output with every entry dated FIXED_DATE, keeping the entry order. */
async function deterministicBuffer(wb) {
  const raw = await wb.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}

async function writeWorkbook(wb, path) {
  fs.writeFileSync(path, await deterministicBuffer(wb));
}

const THIN = { style: "thin" };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes a value with the look of a table cell; blanks get only the border. */
function put(ws, row, col, value, opts = {}) {
  const cell = ws.getCell(row, col);
  if (value !== null && value !== undefined) cell.value = value;
  if (opts.numFmt) cell.numFmt = opts.numFmt;
  if (opts.border !== false) cell.border = BORDER;
  cell.alignment = { vertical: "middle", horizontal: opts.center ? "center" : "left", wrapText: true };
  if (opts.bold) cell.font = { bold: true };
  return cell;
}

/** Merges a 1-based rectangle; refuses to hide a value under the merge (the seed must agree). */
function merge(ws, top, left, bottom, right) {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if ((r !== top || c !== left) && ws.getCell(r, c).value !== null) {
        throw new Error(`merge ${ws.getCell(top, left).address}: ${ws.getCell(r, c).address} is not blank`);
      }
    }
  }
  ws.mergeCells(top, left, bottom, right);
}

module.exports = { FIXED_DATE, newWorkbook, writeWorkbook, deterministicBuffer, put, merge, BORDER };
