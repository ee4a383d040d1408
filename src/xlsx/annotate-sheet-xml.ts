/**
 * Gives marked cells their new format index in a worksheet's XML, adding the
 * `<c>` (and `<row>`) of a marked blank cell that the file does not hold.
 * One pass over the rows; rows without a mark are copied as they are.
 */
import { columnIndex, toA1 } from "../core/grid/address";

import type { Severity } from "../core/model/diagnostic";

/** Marked cells of one sheet: 0-based row → (0-based column → severity). */
export type StyleMarks = Map<number, Map<number, Severity>>;
/** The format index for a cell that had format `s` (0 when none) marked with `severity`. */
export type StyleFor = (s: number, severity: Severity) => number;

function withStyle(open: string, severity: Severity, styleFor: StyleFor): string {
  const old = /\ss\s*=\s*"(\d*)"/.exec(open);
  const s = styleFor(old ? Number(old[1] || 0) : 0, severity);
  if (old) return open.replace(/(\ss\s*=\s*)"[^"]*"/, `$1"${s}"`);
  return open.replace(/^<([\w:]+)/, `<$1 s="${s}"`);
}

function newCell(p: string, row: number, col: number, severity: Severity, styleFor: StyleFor): string {
  return `<${p}c r="${toA1(row, col)}" s="${styleFor(0, severity)}"/>`;
}

/** The cells of one row's body with marks applied. */
function markRow(body: string, p: string, row: number, marks: Map<number, Severity>, styleFor: StyleFor): string {
  const pending = [...marks.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  const cellRe = new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, "g");
  let last = 0;
  let col = -1;
  let k = 0;
  for (let m = cellRe.exec(body); m; m = cellRe.exec(body)) {
    const open = /^<[^>]*?(?=\/?>)/.exec(m[0])![0];
    const ref = /\sr\s*=\s*"([A-Za-z]+)/.exec(open)?.[1];
    col = ref ? columnIndex(ref) : col + 1;
    out.push(body.slice(last, m.index));
    while (k < pending.length && pending[k] < col)
      out.push(newCell(p, row, pending[k], marks.get(pending[k++])!, styleFor));
    if (k < pending.length && pending[k] === col)
      out.push(withStyle(open, marks.get(pending[k++])!, styleFor) + m[0].slice(open.length));
    else out.push(m[0]);
    last = m.index + m[0].length;
  }
  const rest = body.slice(last);
  const tailAt = rest.search(new RegExp(`<${p}extLst\\b`));
  const before = tailAt < 0 ? rest : rest.slice(0, tailAt);
  out.push(before);
  while (k < pending.length) out.push(newCell(p, row, pending[k], marks.get(pending[k++])!, styleFor));
  if (tailAt >= 0) out.push(rest.slice(tailAt));
  return out.join("");
}

function newRow(p: string, row: number, marks: Map<number, Severity>, styleFor: StyleFor): string {
  return `<${p}row r="${row + 1}">${markRow("", p, row, marks, styleFor)}</${p}row>`;
}

export function markSheetXml(xml: string, marks: StyleMarks, styleFor: StyleFor): string {
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  const rows = [...marks.keys()].sort((a, b) => a - b);
  const dataOpen = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!dataOpen) throw new Error("worksheet without sheetData");
  const bodyStart = dataOpen.index + dataOpen[0].length;
  const close = `</${p}sheetData>`;
  const bodyEnd = dataOpen[1] ? bodyStart : xml.indexOf(close, bodyStart);
  const body = xml.slice(bodyStart, bodyEnd);
  const out: string[] = [];
  const rowRe = new RegExp(`<${p}row\\b[^>]*?(/?)>`, "g");
  let last = 0;
  let row = -1;
  let k = 0;
  for (let m = rowRe.exec(body); m; m = rowRe.exec(body)) {
    const r = /\sr\s*=\s*"(\d+)"/.exec(m[0]);
    row = r ? Number(r[1]) - 1 : row + 1;
    const end = m[1] ? m.index + m[0].length : body.indexOf(`</${p}row>`, m.index) + `</${p}row>`.length;
    out.push(body.slice(last, m.index));
    while (k < rows.length && rows[k] < row) out.push(newRow(p, rows[k], marks.get(rows[k++])!, styleFor));
    if (k < rows.length && rows[k] === row) {
      const cells = marks.get(rows[k++])!;
      // `spans` is only a hint of the row's first and last column; a new cell may fall outside it.
      const open = (m[1] ? m[0].replace(/\/>$/, ">") : m[0]).replace(/\sspans\s*=\s*"[^"]*"/, "");
      const inner = m[1] ? "" : body.slice(m.index + m[0].length, end - `</${p}row>`.length);
      out.push(open + markRow(inner, p, row, cells, styleFor) + `</${p}row>`);
    } else out.push(body.slice(m.index, end));
    last = end;
    rowRe.lastIndex = end;
  }
  out.push(body.slice(last));
  while (k < rows.length) out.push(newRow(p, rows[k], marks.get(rows[k++])!, styleFor));
  const head = dataOpen[1] ? xml.slice(0, dataOpen.index) + `<${p}sheetData>` : xml.slice(0, bodyStart);
  const tail = dataOpen[1] ? close + xml.slice(bodyStart) : xml.slice(bodyEnd);
  return head + out.join("") + tail;
}
