/**
 * The annotated copy, made by editing the original package: marked cells get a
 * fill by their worst severity (a copy of their own format plus the fill) and a
 * note listing the findings. Every other part — macros, validation, conditional
 * formats, defined names, charts, pictures, other notes — is carried over as it
 * was, which no spreadsheet library's read-then-write round trip guarantees.
 */
import { unzipSync, zipSync, type Zippable } from "fflate";
import type { Diagnostic, Locale, Severity } from "../core/model/diagnostic";
import { diagnosticsToMarks } from "../i18n";
import { MarkStyles } from "./annotate-styles";
import { markSheetXml, type StyleMarks } from "./annotate-sheet-xml";
import { NOTE_MARKER } from "../host/constants";
import { mergeComments, mergeVml, type NoteMark } from "./annotate-notes";
import {
  addContentType,
  addRel,
  readRels,
  REL_TYPE,
  relIdAttr,
  freshPart,
  addStylesPart,
  stylesPart,
  setText,
  text,
  workbookSheets,
  type Parts,
} from "./ooxml-parts";

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** Elements that follow legacyDrawing in a worksheet (schema order). */
const AFTER_LEGACY = [
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

interface CellGroup {
  row: number;
  col: number;
  severity: Severity;
  text: string;
}

/** Findings → per sheet, per cell: worst severity and the note text, as the add-in marks them (src/i18n/marks.ts). */
function groupBySheet(diagnostics: readonly Diagnostic[], locale: Locale): Map<string, CellGroup[]> {
  const bySheet = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = bySheet.get(d.sheet);
    if (list) list.push(d);
    else bySheet.set(d.sheet, [d]);
  }
  const out = new Map<string, CellGroup[]>();
  for (const [sheet, list] of bySheet) {
    const marks = diagnosticsToMarks(list, locale);
    out.set(
      sheet,
      marks.map(({ row, col, severity, note }) => ({ row, col, severity, text: `${NOTE_MARKER}\n${note}` })),
    );
  }
  return out;
}

function styleMarks(groups: readonly CellGroup[]): StyleMarks {
  const marks: StyleMarks = new Map();
  for (const g of groups) {
    let row = marks.get(g.row);
    if (!row) marks.set(g.row, (row = new Map()));
    row.set(g.col, g.severity);
  }
  return marks;
}

function insertLegacyDrawing(xml: string, relId: string): string {
  const root = /<(\w+:)?worksheet\b[^>]*>/.exec(xml)!;
  const p = root[1] ?? "";
  const element = `<${p}legacyDrawing ${relIdAttr(root[0], relId)}/>`;
  let at = -1;
  for (const name of AFTER_LEGACY) {
    const i = xml.search(new RegExp(`<${p}${name}\\b`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf(`</${p}worksheet>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

function annotateNotes(parts: Parts, sheetPart: string, xml: string, notes: NoteMark[]): string {
  const rels = readRels(parts, sheetPart);
  let comments = rels.find((r) => r.type === REL_TYPE.comments)?.target;
  if (!comments) {
    comments = freshPart(parts, "xl/comments", "xml");
    addRel(parts, sheetPart, REL_TYPE.comments, comments);
    addContentType(parts, comments, COMMENTS_TYPE);
  }
  setText(parts, comments, mergeComments(text(parts, comments), notes));
  const legacyId = /<(?:\w+:)?legacyDrawing\b[^>]*?\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(xml)?.[1];
  let vml = legacyId ? rels.find((r) => r.id === legacyId)?.target : undefined;
  if (!vml) {
    vml = freshPart(parts, "xl/drawings/vmlDrawing", "vml");
    const id = addRel(parts, sheetPart, REL_TYPE.vml, vml);
    addContentType(parts, vml, VML_TYPE, true);
    xml = insertLegacyDrawing(xml, id);
  }
  setText(parts, vml, mergeVml(text(parts, vml), notes));
  return xml;
}

/** Bytes of the original package → bytes of the annotated copy. Throws on a package it cannot edit. */
export function annotatePackage(bytes: Uint8Array, diagnostics: readonly Diagnostic[], locale: Locale): Uint8Array {
  const parts: Parts = unzipSync(bytes);
  const { workbook, sheets } = workbookSheets(parts);
  let stylesName = stylesPart(parts, workbook);
  const styles = new MarkStyles(stylesName ? text(parts, stylesName) : undefined);
  for (const [sheetName, groups] of groupBySheet(diagnostics, locale)) {
    const sheet = sheets.find((s) => s.name === sheetName);
    const original = sheet && text(parts, sheet.part);
    if (!sheet || original === undefined) continue;
    let xml = markSheetXml(original, styleMarks(groups), (s, severity) => styles.index(s, severity));
    xml = annotateNotes(parts, sheet.part, xml, groups);
    setText(parts, sheet.part, xml);
  }
  stylesName ??= addStylesPart(parts, workbook);
  const styled = styles.result();
  if (styled !== text(parts, stylesName)) setText(parts, stylesName, styled);
  return zipSync(parts as Zippable, { level: 6 });
}
