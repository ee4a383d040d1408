/**
 * The date styles Chinese Excel and WPS offer in their list (`2012年3月14日`, `2012年3月`, `3月14日`) are built-in
 * number formats (ids 27–36, 50–58) that a file names by id alone, with no format text: the text depends on the
 * reader's language. SheetJS knows none of them, so such a date read as its serial number (`44926` for 2022年12月31日,
 * and unit-missing on it). Before SheetJS reads the file, the styles part is given the zh-CN text of every such id
 * its cell styles use and do not define (ECMA-376 Part 1, §18.8.30, numFmt, the zh-cn list).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { escapeXml } from "./ooxml-parts";

/** zh-CN texts of the built-in ids the file leaves undefined. */
const ZH_CN_BUILTIN: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export const STYLES_PART = "xl/styles.xml";
// Tags may carry a namespace prefix (`<x:numFmt>`): the prefix is kept as found.
const CELL_XFS = /<((?:\w+:)?)cellXfs\b[^>]*>([\s\S]*?)<\/\1cellXfs>/;
const XF_FORMAT = /<(?:\w+:)?xf\b[^>]*?\bnumFmtId="(\d+)"/g;
const DEFINED = /<(?:\w+:)?numFmt\b[^>]*?\bnumFmtId="(\d+)"/g;
const NUM_FMTS_OPEN = /<((?:\w+:)?)numFmts\b([^>]*?)(\/?)>/;
const STYLE_SHEET_OPEN = /<((?:\w+:)?)styleSheet\b[^>]*>/;

/** The built-in ids this styles part's cell styles use without defining them. */
export function undefinedBuiltins(stylesXml: string): number[] {
  const xfs = CELL_XFS.exec(stylesXml);
  if (!xfs) return [];
  const defined = new Set([...stylesXml.matchAll(DEFINED)].map((m) => Number(m[1])));
  const used = new Set([...xfs[2].matchAll(XF_FORMAT)].map((m) => Number(m[1])));
  return [...used].filter((id) => ZH_CN_BUILTIN[id] !== undefined && !defined.has(id)).sort((a, b) => a - b);
}

/** The styles part with a `<numFmt>` for each id, in its `<numFmts>` (made when the part has none). */
export function withBuiltins(stylesXml: string, ids: readonly number[]): string {
  const open = NUM_FMTS_OPEN.exec(stylesXml);
  const prefix = open?.[1] ?? STYLE_SHEET_OPEN.exec(stylesXml)?.[1] ?? "";
  const entries = ids
    .map((id) => `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(ZH_CN_BUILTIN[id])}"/>`)
    .join("");
  if (open && open[3] === "/")
    return stylesXml.replace(open[0], `<${prefix}numFmts${open[2]}>${entries}</${prefix}numFmts>`);
  if (open) return stylesXml.replace(open[0], `${open[0]}${entries}`);
  const sheet = STYLE_SHEET_OPEN.exec(stylesXml);
  // `<numFmts>` comes first in a style sheet (CT_Stylesheet's sequence).
  return sheet ? stylesXml.replace(sheet[0], `${sheet[0]}<${prefix}numFmts>${entries}</${prefix}numFmts>`) : stylesXml;
}

/**
 * The package as SheetJS should read it: the same bytes unless its styles (`styles`, that part inflated) use a
 * built-in date id they leave undefined; then a copy (stored, not compressed: it is read once, never written) whose
 * styles define them. The caller has checked the declared sizes of the parts already.
 */
export function withBuiltinDateFormats(bytes: Uint8Array, styles: Uint8Array | undefined): Uint8Array {
  if (!styles) return bytes;
  const xml = strFromU8(styles);
  const ids = undefinedBuiltins(xml);
  if (ids.length === 0) return bytes;
  const parts = unzipSync(bytes);
  parts[STYLES_PART] = strToU8(withBuiltins(xml, ids));
  return zipSync(parts as Zippable, { level: 0 });
}
