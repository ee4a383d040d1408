/**
 * The project's own builder for the corpus of real tables (test/corpus/tables.txt,
 * public data copied from the shared corpus): grids as a host would hand them
 * (merged areas' values in their top-left cell only, bare numbers as numbers),
 * tables stacked per workbook sheet with two blank rows between them and every
 * third one shifted a column right, and the reviewers' labels resolved to cells.
 * The syntax is described at the top of tables.txt.
 */
import * as fs from "fs";
import * as path from "path";
import type { CellRange, CellValue, Grid } from "../../src/core/grid/grid";
import type { Severity } from "../../src/core/model/diagnostic";

export interface CorpusLabel {
  kind: "L" | "M" | "N";
  rules: string[];
  severity?: Severity;
  tag?: string;
  loc: string;
  why: string;
  /** Absolute cells (0-based) the label names; empty for table labels. */
  cells: { row: number; col: number }[];
  /** Absolute rows of those cells. */
  rows: number[];
  /** A table label (`table`, `table:rules`): anywhere in the table. */
  table: boolean;
}

export interface CorpusTable {
  id: string;
  meta: Record<string, string>;
  /** `group/sheet`: the grid the table stands on. */
  sheetKey: string;
  /** Absolute position and size on its sheet. */
  top: number;
  left: number;
  height: number;
  width: number;
  /** The indicator header row (absolute), as the label locators read it. */
  headerRow: number;
  labels: CorpusLabel[];
}

export interface Corpus {
  tables: CorpusTable[];
  grids: Map<string, Grid>;
}

interface RawTable {
  id: string;
  meta: Record<string, string>;
  rows: string[][];
  items: { kind: "L" | "M" | "N"; rules: string[]; severity?: Severity; tag?: string; loc: string; why: string }[];
}

const unescape = (s: string) => s.replace(/\\n/g, "\n");

function parseText(text: string): RawTable[] {
  const tables: RawTable[] = [];
  let t: RawTable | undefined;
  let mode: "meta" | "grid" | "after" | "labels" = "meta";
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line.startsWith("### ")) {
      t = { id: line.slice(4).trim(), meta: {}, rows: [], items: [] };
      tables.push(t);
      mode = "meta";
      continue;
    }
    if (!t || (mode !== "grid" && line.startsWith("#"))) continue;
    if (line === "grid:" || line === "labels:") {
      mode = line === "grid:" ? "grid" : "labels";
      continue;
    }
    if (mode === "meta") {
      const m = /^([a-z]+):\s*(.*)$/.exec(line);
      if (m) t.meta[m[1]] = m[2];
    } else if (mode === "grid") {
      if (!line.trim()) mode = "after";
      else t.rows.push(line.split("|").map(unescape));
    } else if (mode === "labels" && line.trim()) t.items.push(parseItem(t.id, line));
  }
  return tables;
}

function parseItem(id: string, line: string): RawTable["items"][number] {
  const hash = line.indexOf(" # ");
  const body = hash >= 0 ? line.slice(0, hash) : line;
  const why = hash >= 0 ? line.slice(hash + 3) : "";
  let m = /^L (\S+) (error|warning|info) @(.+?)(?: \[([\w-]+)\])?$/.exec(body);
  if (m) return { kind: "L", rules: m[1].split(","), severity: m[2] as Severity, loc: m[3], tag: m[4], why };
  m = /^([MN]) @(.+)$/.exec(body);
  if (m) return { kind: m[1] as "M" | "N", rules: [], loc: m[2].trim(), why };
  throw new Error(`${id}: bad label line: ${line}`);
}

/** Cells of a table's grid: text, and for each cell the top-left cell of the merged area covering it. */
interface Shape {
  width: number;
  height: number;
  text: string[][];
  owner: [number, number][][];
  merges: CellRange[];
}

function shape(t: RawTable): Shape {
  const width = Math.max(...t.rows.map((r) => r.length));
  const text = t.rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
  const height = text.length;
  const owner: ([number, number] | undefined)[][] = text.map((r) => r.map(() => undefined));
  const merges: CellRange[] = [];
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++) {
      const v = text[r][c];
      if (v === "<" || v === "^" || owner[r][c]) continue;
      let w = 1;
      while (c + w < width && text[r][c + w] === "<" && !owner[r][c + w]) w++;
      let h = 1;
      const below = (k: number) => text[r + h][c + k] === "^" && !owner[r + h][c + k];
      while (r + h < height && Array.from({ length: w }, (_, k) => k).every(below)) h++;
      for (let i = 0; i < h; i++) for (let k = 0; k < w; k++) owner[r + i][c + k] = [r, c];
      if (w > 1 || h > 1) merges.push({ top: r, left: c, bottom: r + h - 1, right: c + w - 1 });
    }
  // A stray merge marker is an empty cell of its own.
  for (let r = 0; r < height; r++)
    for (let c = 0; c < width; c++)
      if (!owner[r][c]) {
        owner[r][c] = [r, c];
        text[r][c] = "";
      }
  return { width, height, text, owner: owner as [number, number][][], merges };
}

/** Bare numbers are numeric cells; everything else is text. */
function valueOf(s: string): CellValue {
  if (s === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(s) && !/^-?0\d/.test(s) && s.length < 12) return Number(s);
  return s;
}

function headerRowOf(t: RawTable, s: Shape): number {
  const key = unescape(t.meta.hdr || "一级指标");
  const row = s.text.findIndex((r) => r.includes(key));
  if (row < 0) throw new Error(`${t.id}: no header row with ${key}`);
  return row;
}

/** Label locators (the syntax at the top of tables.txt), in the table's own coordinates. */
function locate(
  t: RawTable,
  s: Shape,
  hdr: number,
  loc: string,
): { cells: [number, number][]; rows: number[]; table: boolean } {
  const l = unescape(loc);
  const isOwn = (r: number, c: number) => s.owner[r][c][0] === r && s.owner[r][c][1] === c;
  const findCol = (header: string, nth: number): number => {
    for (const r of [hdr, hdr + 1, hdr - 1]) {
      if (r < 0 || r >= s.height) continue;
      const cols = s.text[r].map((v, c) => (v === header && isOwn(r, c) ? c : -1)).filter((c) => c >= 0);
      if (cols.length >= nth) return cols[nth - 1];
    }
    throw new Error(`${t.id}: no column ${header}`);
  };
  const findRow = (key: string): number => {
    const order = [
      ...Array.from({ length: s.height - hdr - 1 }, (_, i) => hdr + 1 + i),
      ...Array.from({ length: hdr + 1 }, (_, i) => i),
    ];
    const r = order.find((row) => s.text[row].includes(key));
    if (r === undefined) throw new Error(`${t.id}: no row with ${key}`);
    return r;
  };
  let m: RegExpExecArray | null;
  if (l === "table" || /^table:/.test(l)) return { cells: [], rows: [], table: true };
  if ((m = /^col:(.+)$/s.exec(l))) {
    const c = findCol(m[1], 1);
    const rows = Array.from({ length: s.height - hdr - 1 }, (_, i) => hdr + 1 + i).filter((r) => isOwn(r, c));
    return { cells: rows.map((r) => [r, c]), rows, table: false };
  }
  if ((m = /^row:(.+)\/([^/#]+?)(?:#(\d+))?$/s.exec(l))) {
    const r = findRow(m[1]);
    return { cells: [s.owner[r][findCol(m[2], Number(m[3] || 1))]], rows: [r], table: false };
  }
  if ((m = /^right:(.+)$/s.exec(l))) {
    for (let r = 0; r < s.height; r++) {
      const c = s.text[r].indexOf(m[1]);
      if (c < 0) continue;
      const [ar, ac] = s.owner[r][c];
      let k = c + 1;
      while (k < s.width && s.owner[r][k][0] === ar && s.owner[r][k][1] === ac) k++;
      return { cells: [s.owner[r][k]], rows: [r], table: false };
    }
  }
  if ((m = /^cell:(.+)$/s.exec(l))) {
    for (let r = 0; r < s.height; r++) {
      const c = s.text[r].indexOf(m[1]);
      if (c >= 0) return { cells: [s.owner[r][c]], rows: [r], table: false };
    }
  }
  if ((m = /^rows:(.+)$/s.exec(l))) {
    const rows = m[1].split(";").map(findRow);
    const cells: [number, number][] = [];
    for (const r of rows) for (let c = 0; c < s.width; c++) if (isOwn(r, c)) cells.push([r, c]);
    return { cells, rows, table: false };
  }
  if ((m = /^at:(\d+),(\d+)$/.exec(l))) {
    const r = Number(m[1]) - 1;
    return { cells: [s.owner[r][Number(m[2]) - 1]], rows: [r], table: false };
  }
  throw new Error(`${t.id}: bad locator ${loc}`);
}

let loaded: Corpus | undefined;

/** The corpus as grids with resolved labels (built once per test file). */
export function loadCorpus(): Corpus {
  if (loaded) return loaded;
  const text = fs.readFileSync(path.join(__dirname, "tables.txt"), "utf8");
  const raws = parseText(text);
  const cursor = new Map<string, { next: number; count: number }>();
  const sheets = new Map<string, { rows: CellValue[][]; merges: CellRange[]; name: string }>();
  const tables: CorpusTable[] = [];
  for (const t of raws) {
    const s = shape(t);
    const sheetKey = `${t.meta.group}/${t.meta.sheet || "Sheet1"}`;
    const cur = cursor.get(sheetKey) ?? { next: 0, count: 0 };
    const top = cur.next;
    const left = cur.count % 3 === 1 ? 1 : 0;
    cursor.set(sheetKey, { next: top + s.height + 2, count: cur.count + 1 });
    const sheet = sheets.get(sheetKey) ?? { rows: [], merges: [], name: t.meta.sheet || "Sheet1" };
    sheets.set(sheetKey, sheet);
    for (let r = 0; r < s.height; r++) {
      const row: CellValue[] = Array<CellValue>(left + s.width).fill(null);
      for (let c = 0; c < s.width; c++) {
        const [or, oc] = s.owner[r][c];
        if (or === r && oc === c) row[left + c] = valueOf(s.text[r][c]);
      }
      sheet.rows[top + r] = row;
    }
    for (const m of s.merges)
      sheet.merges.push({ top: m.top + top, left: m.left + left, bottom: m.bottom + top, right: m.right + left });
    const hdr = headerRowOf(t, s);
    const labels = t.items.map((it): CorpusLabel => {
      const at = locate(t, s, hdr, it.loc);
      return {
        ...it,
        cells: at.cells.map(([r, c]) => ({ row: r + top, col: c + left })),
        rows: at.rows.map((r) => r + top),
        table: at.table,
        rules: it.kind === "N" && /^table:/.test(it.loc) ? it.loc.slice(6).split("~")[0].split(",") : it.rules,
      };
    });
    tables.push({
      id: t.id,
      meta: t.meta,
      sheetKey,
      top,
      left,
      height: s.height,
      width: s.width,
      headerRow: hdr + top,
      labels,
    });
  }
  const grids = new Map<string, Grid>();
  for (const [key, sheet] of sheets) {
    const values = Array.from({ length: sheet.rows.length }, (_, r) => sheet.rows[r] ?? []);
    grids.set(key, { sheet: sheet.name, top: 0, left: 0, values, merges: sheet.merges });
  }
  loaded = { tables, grids };
  return loaded;
}

/**
 * A grid from the corpus syntax (`a|b|<` one row per line, `<`/`^` merged
 * cells), at the sheet's top-left: for small tables written in the tests.
 */
export function gridOf(text: string, sheet = "S"): Grid {
  const raw: RawTable = {
    id: sheet,
    meta: {},
    rows: text
      .trim()
      .split("\n")
      .map((l) => l.trim().split("|").map(unescape)),
    items: [],
  };
  const s = shape(raw);
  const values = s.text.map((r, i) =>
    r.map((v, c) => (s.owner[i][c][0] === i && s.owner[i][c][1] === c ? valueOf(v) : null)),
  );
  return { sheet, top: 0, left: 0, values, merges: s.merges };
}
