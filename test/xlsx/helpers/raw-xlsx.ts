/**
 * Writes .xlsx packages straight from XML text, the way other programs do, so
 * that tests and the bench can build any workbook — huge, odd or hostile —
 * without committing binaries and without exceljs's own limits (its merge
 * import is quadratic). Only what a test asks for is written.
 */
import { strToU8, zipSync, type Zippable } from "fflate";

export type RawValue = string | number | boolean | null | undefined | { error: string };

export interface RawSheet {
  name: string;
  /** The sheet's visibility in workbook.xml (`hidden`: a template's lookup lists; `veryHidden`). */
  state?: "hidden" | "veryHidden";
  /** Row-major values from A1; strings go to the shared-string table unless `inlineStrings`. */
  rows?: RawValue[][];
  /** Extra rows' XML appended inside <sheetData> (hand-made cells). */
  rawRows?: string;
  merges?: string[];
  /** `<cols>…</cols>`, before the sheet's data (column widths, hidden columns). */
  cols?: string;
  /** `<dimension ref>`; omitted when absent. */
  dimension?: string;
  /** XML placed after </sheetData> and the merges (conditional formats, validation…), in schema order. */
  after?: string;
  /** A comments part for this sheet (full XML); linked through the sheet's rels, with a VML part if `vml`. */
  comments?: string;
  vml?: string;
  /** Where the parts go (openpyxl: `xl/comments/comment1.xml`, `xl/drawings/commentsDrawing1.vml`). */
  commentsPath?: string;
  vmlPath?: string;
}

export interface RawBook {
  sheets: RawSheet[];
  inlineStrings?: boolean;
  /** Raw xl/sharedStrings.xml overriding the generated one. */
  sharedStringsXml?: string;
  stylesXml?: string;
  /** `<definedNames>` XML inside workbook.xml. */
  definedNames?: string;
  /** Writes a macro-enabled package (.xlsm) with this vbaProject.bin. */
  vbaProject?: Uint8Array;
  /** Any other parts, by path. */
  extraParts?: Record<string, string | Uint8Array>;
}

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("");
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${NS}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, value: RawValue, strings: Strings | null): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object") return `<c r="${ref}" t="e"><v>${escapeXml(value.error)}</v></c>`;
  if (!strings) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
  return `<c r="${ref}" t="s"><v>${strings.id(value)}</v></c>`;
}

function sheetDataXml(sheet: RawSheet, strings: Strings | null): string {
  const parts: string[] = [];
  (sheet.rows ?? []).forEach((line, r) => {
    if (!line) return;
    const cells = line.map((v, c) => cellXml(colName(c) + (r + 1), v, strings)).join("");
    if (cells) parts.push(`<row r="${r + 1}">${cells}</row>`);
  });
  return parts.join("") + (sheet.rawRows ?? "");
}

function sheetXml(sheet: RawSheet, strings: Strings | null, index: number): string {
  const dim = sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : "";
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  const legacy = sheet.vml ? `<legacyDrawing r:id="rIdVml${index}"/>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
    `${dim}${sheet.cols ?? ""}<sheetData>${sheetDataXml(sheet, strings)}</sheetData>${merges}${sheet.after ?? ""}${legacy}</worksheet>`
  );
}

function rels(items: [id: string, type: string, target: string][]): string {
  const body = items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${body.join("")}</Relationships>`;
}

const DEFAULT_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
  `</styleSheet>`;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The package's bytes. Styles: xf 1 is `0%`, xf 2 is `0.0%` (for percent cells written as `s="1"`). */
export function buildXlsx(book: RawBook): Uint8Array {
  const strings = book.inlineStrings ? null : new Strings();
  const files: Record<string, string | Uint8Array> = {};
  const overrides: string[] = [];
  const macro = !!book.vbaProject;
  const workbookType = macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : `${CT}.sheet.main+xml`;
  overrides.push(`<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>`);
  const wbRels: [string, string, string][] = [];
  book.sheets.forEach((sheet, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, strings, n);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    wbRels.push([`rId${n}`, `${REL}/worksheet`, `worksheets/sheet${n}.xml`]);
    const sheetRels: [string, string, string][] = [];
    if (sheet.comments) {
      const part = sheet.commentsPath ?? `xl/comments${n}.xml`;
      files[part] = sheet.comments;
      overrides.push(`<Override PartName="/${part}" ContentType="${CT}.comments+xml"/>`);
      // openpyxl writes absolute targets; Excel relative ones (exceljs reads only those).
      sheetRels.push([`rIdCm${n}`, `${REL}/comments`, sheet.commentsPath ? `/${part}` : `../comments${n}.xml`]);
    }
    if (sheet.vml) {
      const part = sheet.vmlPath ?? `xl/drawings/vmlDrawing${n}.vml`;
      files[part] = sheet.vml;
      sheetRels.push([
        `rIdVml${n}`,
        `${REL}/vmlDrawing`,
        sheet.vmlPath ? `/${part}` : `../drawings/vmlDrawing${n}.vml`,
      ]);
    }
    if (sheetRels.length) files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = rels(sheetRels);
  });
  const sheetsXml = book.sheets
    .map((s, i) => {
      const state = s.state ? ` state="${s.state}"` : "";
      return `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`;
    })
    .join("");
  files["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${NS}" xmlns:r="${REL_NS}">` +
    `<sheets>${sheetsXml}</sheets>${book.definedNames ?? ""}</workbook>`;
  files["xl/styles.xml"] = book.stylesXml ?? DEFAULT_STYLES;
  overrides.push(`<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`);
  const k = book.sheets.length;
  wbRels.push([`rId${k + 1}`, `${REL}/styles`, "styles.xml"]);
  if (strings || book.sharedStringsXml) {
    files["xl/sharedStrings.xml"] = book.sharedStringsXml ?? strings!.xml();
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>`);
    wbRels.push([`rId${k + 2}`, `${REL}/sharedStrings`, "sharedStrings.xml"]);
  }
  if (macro) {
    files["xl/vbaProject.bin"] = book.vbaProject!;
    wbRels.push([`rId${k + 3}`, "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]);
  }
  files["xl/_rels/workbook.xml.rels"] = rels(wbRels);
  files["_rels/.rels"] = rels([["rId1", `${REL}/officeDocument`, "xl/workbook.xml"]]);
  const defaults =
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
    (macro ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "");
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `${defaults}${overrides.join("")}</Types>`;
  Object.assign(files, book.extraParts ?? {});
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = typeof data === "string" ? strToU8(data) : data;
  return zipSync(zippable, { level: 6 });
}

/** A grid of values and merges (0-based ranges) → one sheet. */
export function gridSheet(
  name: string,
  grid: { values: RawValue[][]; merges: { top: number; left: number; bottom: number; right: number }[] },
): RawSheet {
  const a1 = (r: number, c: number) => colName(c) + (r + 1);
  return {
    name,
    rows: grid.values,
    merges: grid.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`),
  };
}
