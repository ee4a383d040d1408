/**
 * A copy of a workbook with one more sheet holding a template block (the converted tables), made by editing the
 * original package as annotate-package.ts does: every sheet, note, threaded comment, chart, validation and date of
 * the original is carried over byte for byte. (exceljs's read-then-write round trip had turned ISO dates into years,
 * dropped notes on empty cells and threaded comments, and took minutes on a sheet of 2,000 stacked tables.)
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import type { TemplateBlock } from "../core/template/block";
import { blockSheetXml } from "./block-sheet-xml";
import { BlockStyles } from "./block-styles";
import {
  addContentType,
  addRel,
  addStylesPart,
  escapeXml,
  freshPart,
  REL_TYPE,
  relIdAttr,
  setText,
  stylesPart,
  text,
  workbookSheets,
  type Parts,
} from "./ooxml-parts";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The workbook part with a `<sheet>` for the new part, last in the tab order, its id one above the highest. */
function withSheetEntry(xml: string, name: string, relId: string): string {
  const root = /<(\w+:)?workbook\b[^>]*>/.exec(xml);
  if (!root) throw new Error("workbook part without a workbook element");
  const p = root[1] ?? "";
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\ssheetId\s*=\s*["'](\d+)["']/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  const entry = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relIdAttr(root[0], relId)}/>`;
  const close = `</${p}sheets>`;
  if (!xml.includes(close)) throw new Error("workbook part without a sheet list");
  return xml.replace(close, entry + close);
}

/**
 * Bytes of the original package → bytes of the copy with `block` on a new sheet; `nameFor` picks the sheet's name
 * from the names taken. Throws on a package it cannot edit.
 */
export function appendBlockSheet(
  bytes: Uint8Array,
  nameFor: (taken: string[]) => string,
  block: TemplateBlock,
): { bytes: Uint8Array; sheet: string; macros: boolean } {
  const parts: Parts = unzipSync(bytes);
  const { workbook, sheets } = workbookSheets(parts);
  const sheet = nameFor(sheets.map((s) => s.name));
  const stylesName = stylesPart(parts, workbook) ?? addStylesPart(parts, workbook);
  const styles = new BlockStyles(text(parts, stylesName));
  const part = freshPart(parts, "xl/worksheets/sheet", "xml");
  setText(
    parts,
    part,
    blockSheetXml(block, (look) => styles.index(look)),
  );
  setText(parts, stylesName, styles.result());
  const relId = addRel(parts, workbook, REL_TYPE.worksheet, part);
  addContentType(parts, part, WORKSHEET_TYPE);
  setText(parts, workbook, withSheetEntry(text(parts, workbook) ?? "", sheet, relId));
  // A macro-enabled workbook's copy keeps its macros, and so its kind: it must be saved as .xlsm.
  const macros = isMacroEnabled(text(parts, "[Content_Types].xml") ?? "", workbook);
  return { bytes: zipSync(parts as Zippable, { level: 6 }), sheet, macros };
}

/**
 * Whether the workbook part itself is declared macro-enabled (`<Override PartName="/xl/workbook.xml"
 * ContentType="…sheet.macroEnabled.main+xml"/>`). A default for an extension no part uses does not count: SheetJS
 * declares `.bin` as a binary workbook's type in every .xlsx it writes (nineteenth session's review: convert had
 * asked for .xlsm on such files).
 */
function isMacroEnabled(types: string, workbook: string): boolean {
  // Part names compare without case (OPC), quoted either way.
  const name = (workbook.startsWith("/") ? workbook : `/${workbook}`).toLowerCase();
  for (const m of types.matchAll(/<Override\b[^>]*>/g)) {
    const part = /PartName=["']([^"']*)["']/.exec(m[0])?.[1];
    if (part?.toLowerCase() === name) return /macroEnabled/i.test(m[0]);
  }
  return false;
}
