/**
 * The package's plumbing, read and edited as text: relationships, content
 * types, the workbook's sheet list. Parts we do not change keep their bytes.
 */
import { strFromU8, strToU8 } from "fflate";

export type Parts = Record<string, Uint8Array>;

export const REL_TYPE = {
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vml: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
};
/** The namespaces of a worksheet's and a styles part's elements, and of their relationship ids. */
export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const REL_NS_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export function text(parts: Parts, name: string): string | undefined {
  const bytes = parts[name];
  return bytes ? strFromU8(bytes) : undefined;
}

export function setText(parts: Parts, name: string, xml: string): void {
  parts[name] = strToU8(xml);
}

export function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text content: escaped, and control characters (which cannot stand in XML) as OOXML's `_xHHHH_`. */
export function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching the control characters is this pattern's purpose
  return escapeXml(value).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => {
    return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  });
}

export function unescapeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" }[e.toLowerCase()] ?? "";
  });
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : undefined;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to its source part (or absolute from the package root) → part name. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** From `xl/worksheets/sheet1.xml` to `xl/comments1.xml` → `../comments1.xml`. */
function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function readRels(parts: Parts, source: string): Relationship[] {
  const xml = text(parts, relsPath(source)) ?? "";
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const type = attr(m[0], "Type");
    const target = attr(m[0], "Target");
    if (id && type && target && attr(m[0], "TargetMode") !== "External") {
      out.push({ id, type, target: resolveTarget(source, target) });
    }
  }
  return out;
}

/** Adds a relationship to `source`'s rels part (creating it); returns its id. */
export function addRel(parts: Parts, source: string, type: string, part: string): string {
  const path = relsPath(source);
  let xml =
    text(parts, path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  let n = 1;
  while (new RegExp(`Id\\s*=\\s*["']rIdJL${n}["']`).test(xml)) n++;
  const id = `rIdJL${n}`;
  // In the root's own prefix (`<pr:Relationships>`): an unprefixed element there would be in no namespace.
  const p = /<(\w+:)?Relationships\b/.exec(xml)?.[1] ?? "";
  const rel = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(source, part))}"/>`;
  const empty = /<((?:\w+:)?)Relationships\b([^>]*)\/>/;
  if (empty.test(xml)) xml = xml.replace(empty, `<$1Relationships$2>${rel}</$1Relationships>`);
  else xml = beforeLastClose(xml, `</${p}Relationships>`, rel);
  setText(parts, path, xml);
  return id;
}

/** `insert` before the last `close` in `xml` (whatever follows it: a comment, white space). */
function beforeLastClose(xml: string, close: string, insert: string): string {
  const at = xml.lastIndexOf(close);
  if (at < 0) throw new Error(`no ${close} in a package part`);
  return xml.slice(0, at) + insert + xml.slice(at);
}

/**
 * Declares a new part's content type (by extension when none is declared for it), in the root's prefix; a stale
 * declaration of the same name (a part since removed) is replaced, not doubled.
 */
export function addContentType(parts: Parts, part: string, type: string, byExtension = false): void {
  let xml = text(parts, "[Content_Types].xml") ?? "";
  const p = /<(\w+:)?Types\b/.exec(xml)?.[1] ?? "";
  const ext = part.slice(part.lastIndexOf(".") + 1);
  if (byExtension) {
    if (new RegExp(`Extension\\s*=\\s*["']${ext}["']`, "i").test(xml)) return;
    xml = xml.replace(/(<(?:\w+:)?Types\b[^>]*>)/, `$1<${p}Default Extension="${ext}" ContentType="${type}"/>`);
  } else {
    const name = `/${part}`.toLowerCase();
    xml = xml.replace(/<(?:\w+:)?Override\b[^>]*>/g, (tag) =>
      (attr(tag, "PartName") ?? "").toLowerCase() === name ? "" : tag,
    );
    xml = beforeLastClose(xml, `</${p}Types>`, `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`);
  }
  setText(parts, "[Content_Types].xml", xml);
}

/** A new part name like `xl/commentsJL1.xml` that the package does not hold yet, in any case (names ignore it). */
export function freshPart(parts: Parts, prefix: string, ext: string): string {
  const taken = new Set(Object.keys(parts).map((name) => name.toLowerCase()));
  let n = 1;
  while (taken.has(`${prefix}${n}.${ext}`.toLowerCase())) n++;
  return `${prefix}${n}.${ext}`;
}

/** The prefix bound to the relationships namespace on a root tag, or undefined. */
export function relPrefix(rootTag: string): string | undefined {
  for (const m of rootTag.matchAll(/\sxmlns:(\w+)="([^"]*)"/g))
    if (m[2] === REL_NS || m[2] === REL_NS_STRICT) return m[1];
  return undefined;
}

interface SheetPart {
  name: string;
  part: string;
}

/** The workbook's sheets (by name) and the parts holding them, with the workbook part's own name. */
export function workbookSheets(parts: Parts): { workbook: string; sheets: SheetPart[] } {
  const root = readRels(parts, "");
  const workbook = root.find((r) => /\/officeDocument$/.test(r.type))?.target ?? "xl/workbook.xml";
  const rels = new Map(readRels(parts, workbook).map((r) => [r.id, r.target]));
  const xml = text(parts, workbook) ?? "";
  const sheets: SheetPart[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const id = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    const part = id ? rels.get(id) : undefined;
    if (name !== undefined && part) sheets.push({ name, part });
  }
  return { workbook, sheets };
}

/**
 * A relationship id attribute for an element under `rootTag`: in the prefix the root binds to the relationships
 * namespace, else with its own binding (`xmlns:r="…" r:id="…"`).
 */
export function relIdAttr(rootTag: string, relId: string): string {
  const rp = relPrefix(rootTag);
  return rp ? `${rp}:id="${relId}"` : `xmlns:r="${REL_NS}" r:id="${relId}"`;
}

/** The workbook's styles part, or undefined when it has none. */
export function stylesPart(parts: Parts, workbook: string): string | undefined {
  return readRels(parts, workbook).find((r) => r.type === REL_TYPE.styles)?.target;
}

/** Declares a styles part for a workbook that has none (`xl/styles.xml`); its text is the caller's to write. */
export function addStylesPart(parts: Parts, workbook: string): string {
  const made = "xl/styles.xml";
  addRel(parts, workbook, REL_TYPE.styles, made);
  addContentType(parts, made, STYLES_TYPE);
  return made;
}
