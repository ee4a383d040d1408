/**
 * Cell formats for marked cells, added to styles.xml: for each (format the
 * cell had, severity) one copy of that format with our solid fill, so a marked
 * cell keeps its font, border, number format and alignment. Nothing existing
 * is renumbered, so every other cell keeps its look.
 */
import type { Severity } from "../core/model/diagnostic";
import { MARK_FILL } from "../host/mark-colors";
import { SPREADSHEET_NS } from "./ooxml-parts";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** The add-in's palette as ARGB (`#FFC7CE` → `FFFFC7CE`). */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: `FF${MARK_FILL.error.slice(1)}`,
  warning: `FF${MARK_FILL.warning.slice(1)}`,
  info: `FF${MARK_FILL.info.slice(1)}`,
};
const NS = SPREADSHEET_NS;

/** A styles part with one of each list, for a package that has none. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

function fillXml(p: string, severity: Severity): string {
  const rgb = SEVERITY_FILL[severity];
  return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
}

const XF = (p: string) => new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, "g");

export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/^<([\w:]+)/, `<$1 ${name}="${value}"`);
}

/** Appends `items` to the list `<tag count="n">…</tag>` (creating it before `before` when absent). */
export function appendToList(
  xml: string,
  p: string,
  tag: string,
  item: string,
  items: string[],
  before: RegExp,
): string {
  const open = new RegExp(`<${p}${tag}\\b([^>]*?)(/?)>`).exec(xml);
  const close = `</${p}${tag}>`;
  if (!open) {
    const at = xml.search(before);
    return xml.slice(0, at) + `<${p}${tag} count="${items.length}">${items.join("")}${close}` + xml.slice(at);
  }
  const start = open.index + open[0].length;
  const end = open[2] ? start : xml.indexOf(close, start);
  const body = xml.slice(start, end);
  const count = (body.match(new RegExp(`<${p}${item}\\b`, "g")) ?? []).length + items.length;
  const head = setAttr(`<${p}${tag}${open[1]}>`, "count", String(count));
  const rest = open[2] ? xml.slice(start) : xml.slice(end + close.length);
  return xml.slice(0, open.index) + head + body + items.join("") + close + rest;
}

export class MarkStyles {
  private readonly prefix: string;
  private readonly xfs: string[];
  private readonly fillBase: number;
  private readonly added = new Map<string, number>();
  private readonly newXfs: string[] = [];

  constructor(private xml: string | undefined) {
    if (!this.xml) this.xml = EMPTY_STYLES;
    this.prefix = /<(\w+:)?styleSheet\b/.exec(this.xml)?.[1] ?? "";
    const p = this.prefix;
    const cellXfs = new RegExp(`<${p}cellXfs\\b[^>]*>([\\s\\S]*?)</${p}cellXfs>`).exec(this.xml);
    this.xfs = cellXfs ? (cellXfs[1].match(XF(p)) ?? []) : [];
    const fills = new RegExp(`<${p}fills\\b[^>]*>([\\s\\S]*?)</${p}fills>`).exec(this.xml);
    // A styles part without cell formats: format 0 must exist before ours.
    if (this.xfs.length === 0) this.newXfs.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
    this.fillBase = fills ? (fills[1].match(new RegExp(`<${p}fill\\b`, "g")) ?? []).length : 0;
  }

  /** The cell format index for a cell that had format `s` and gets `severity`'s fill. */
  index(s: number, severity: Severity): number {
    const key = `${s}:${severity}`;
    let index = this.added.get(key);
    if (index === undefined) {
      const base =
        this.xfs[s] ?? this.xfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
      const fillId = this.fillBase + SEVERITIES.indexOf(severity);
      const open = /^<[^>]*?(?=\/?>)/.exec(base)![0];
      const tag = setAttr(setAttr(open, "fillId", String(fillId)), "applyFill", "1");
      index = this.xfs.length + this.newXfs.length;
      this.newXfs.push(tag + base.slice(open.length));
      this.added.set(key, index);
    }
    return index;
  }

  /** styles.xml with our fills and formats appended (unchanged when nothing was marked). */
  result(): string {
    let xml = this.xml!;
    if (this.added.size === 0) return xml;
    const p = this.prefix;
    const fills = SEVERITIES.map((s) => fillXml(p, s));
    xml = appendToList(xml, p, "fills", "fill", fills, new RegExp(`<${p}(borders|cellStyleXfs|cellXfs)\\b`));
    const after = new RegExp(`<${p}(cellStyles|dxfs|tableStyles|colors|extLst)\\b|</${p}styleSheet>`);
    xml = appendToList(xml, p, "cellXfs", "xf", this.newXfs, after);
    return xml;
  }
}
