/**
 * Notes (legacy comments) in the comments part and their boxes in the VML
 * drawing. A note the user wrote is kept with its formatting, whatever way it
 * is stored (`<text><r>…` as Excel writes it, `<text><t>…` as openpyxl and WPS
 * do); ours follows under a marker line, and a marker already there (a copy
 * annotated again) is replaced, not repeated.
 */
import { NOTE_MARKER } from "../host/constants";
import { toA1 } from "../core/grid/address";
import { SPREADSHEET_NS, unescapeXml, xmlText } from "./ooxml-parts";

// One marker for every host: the pane's marks in Excel and the playground write the same line.
const AUTHOR = "jixiao-lint";
const NS = SPREADSHEET_NS;

/** Our note for one cell: 0-based position and the text below the marker. */
export interface NoteMark {
  row: number;
  col: number;
  text: string;
}

function run(p: string, value: string): string {
  return `<${p}r><${p}t xml:space="preserve">${xmlText(value)}</${p}t></${p}r>`;
}

/**
 * The user's part of a `<text>` body, as XML runs: every run before our marker,
 * the run holding it cut before it, trailing blank lines dropped. A bare `<t>`
 * becomes a run so that ours can follow it.
 */
function userRuns(body: string, p: string): string {
  const pieces =
    body.match(new RegExp(`<${p}r\\b[\\s\\S]*?</${p}r>|<${p}t\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}t>)`, "g")) ?? [];
  const kept: string[] = [];
  for (const piece of pieces) {
    const t = new RegExp(`(<${p}t\\b[^>]*>)([\\s\\S]*?)(</${p}t>)`).exec(piece);
    const textXml = t ? t[2] : "";
    const bare = piece.startsWith(`<${p}t`);
    const at = unescapeXml(textXml).indexOf(NOTE_MARKER);
    const keepText = at < 0 ? unescapeXml(textXml) : unescapeXml(textXml).slice(0, at);
    const node = bare
      ? run(p, keepText)
      : at < 0
        ? piece
        : piece.replace(t![0], `<${p}t xml:space="preserve">${xmlText(keepText)}</${p}t>`);
    if (keepText !== "" || at < 0) kept.push(node);
    if (at >= 0) break;
  }
  // Drop the blank lines between the user's text and ours.
  while (kept.length) {
    const lastIndex = kept.length - 1;
    const t = new RegExp(`(<${p}t\\b[^>]*>)([\\s\\S]*?)(</${p}t>)`).exec(kept[lastIndex]);
    const trimmed = t ? t[2].replace(/\s+$/, "") : "";
    if (trimmed !== "") {
      kept[lastIndex] = kept[lastIndex].replace(t![0], `${t![1]}${trimmed}${t![3]}`);
      break;
    }
    kept.pop();
  }
  return kept.join("");
}

/** Comments part XML with our notes merged in; `existing` is the current part or undefined. */
export function mergeComments(existing: string | undefined, notes: readonly NoteMark[]): string {
  let xml =
    existing ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${NS}"><authors></authors><commentList></commentList></comments>`;
  const p = /<(\w+:)?comments\b/.exec(xml)?.[1] ?? "";
  xml = xml.replace(new RegExp(`<${p}authors\\s*/>`), `<${p}authors></${p}authors>`);
  xml = xml.replace(new RegExp(`<${p}commentList\\s*/>`), `<${p}commentList></${p}commentList>`);
  const authors = xml.match(new RegExp(`<${p}author\\b[^>]*>[\\s\\S]*?</${p}author>|<${p}author\\s*/>`, "g")) ?? [];
  let authorId = authors.findIndex((a) => unescapeXml(a.replace(/<[^>]*>/g, "")) === AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    xml = xml.replace(`</${p}authors>`, `<${p}author>${AUTHOR}</${p}author></${p}authors>`);
  }
  const byRef = new Map(notes.map((n) => [toA1(n.row, n.col), n]));
  const commentRe = new RegExp(`<${p}comment\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}comment>)`, "g");
  xml = xml.replace(commentRe, (comment) => {
    const ref = /\sref\s*=\s*"\$?([A-Za-z]+)\$?(\d+)"/.exec(comment);
    const note = ref ? byRef.get(ref[1].toUpperCase() + ref[2]) : undefined;
    if (!note) return comment;
    byRef.delete(toA1(note.row, note.col));
    const text = new RegExp(`<${p}text\\b[^>]*>([\\s\\S]*?)</${p}text>`).exec(comment);
    const user = text ? userRuns(text[1], p) : "";
    const body = user ? user + run(p, "\n\n" + note.text) : run(p, note.text);
    if (text) return comment.replace(text[0], `<${p}text>${body}</${p}text>`);
    return comment
      .replace(/\/>$/, `><${p}text>${body}</${p}text></${p}comment>`)
      .replace(new RegExp(`</${p}comment></${p}comment>$`), `</${p}comment>`);
  });
  const added = [...byRef.values()].map(
    (n) =>
      `<${p}comment ref="${toA1(n.row, n.col)}" authorId="${authorId}"><${p}text>${run(p, n.text)}</${p}text></${p}comment>`,
  );
  return xml.replace(`</${p}commentList>`, `${added.join("")}</${p}commentList>`);
}

const VML_HEAD =
  `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>`;
const SHAPETYPE =
  `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`;

function shape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:110pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
    `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 6}, 16</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** The VML drawing with a hidden note box for each note that has none yet. */
export function mergeVml(existing: string | undefined, notes: readonly NoteMark[]): string {
  let xml = existing ?? `${VML_HEAD}</xml>`;
  const has = new Set<string>();
  for (const m of xml.matchAll(/<x:ClientData\b[^>]*ObjectType="Note"[^>]*>([\s\S]*?)<\/x:ClientData>/g)) {
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(m[1]);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(m[1]);
    if (row && col) has.add(`${row[1]},${col[1]}`);
  }
  let id = 1025;
  for (const m of xml.matchAll(/_x0000_s(\d+)/g)) id = Math.max(id, Number(m[1]) + 1);
  const shapes: string[] = [];
  if (!xml.includes('id="_x0000_t202"')) shapes.push(SHAPETYPE);
  for (const n of notes) if (!has.has(`${n.row},${n.col}`)) shapes.push(shape(id++, n.row, n.col));
  const end = xml.lastIndexOf("</xml>");
  return end < 0 ? xml + shapes.join("") : xml.slice(0, end) + shapes.join("") + xml.slice(end);
}
