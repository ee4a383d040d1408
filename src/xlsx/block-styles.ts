/**
 * The cell formats a template block is drawn with (labels bold on a light fill, a bold title, thin borders), added
 * to a package's styles part: one bold font, one fill, one border and a format per look used. Nothing existing is
 * renumbered, so the workbook's own sheets keep their look.
 */
import { LABEL_FILL } from "../core/template/block";
import { appendToList, EMPTY_STYLES } from "./annotate-styles";
import type { CellLook } from "./block-sheet-xml";

const count = (body: string | undefined, p: string, item: string) =>
  body ? (body.match(new RegExp(`<${p}${item}\\b`, "g")) ?? []).length : 0;

/** Where a list goes when it is missing: before the first of the elements that follow it, or the sheet's end. */
const before = (p: string, ...tags: string[]) => new RegExp(`<${p}(${tags.join("|")})\\b|</${p}styleSheet>`);

const list = (xml: string, p: string, tag: string) =>
  new RegExp(`<${p}${tag}\\b[^>]*>([\\s\\S]*?)</${p}${tag}>`).exec(xml)?.[1];

/**
 * The styles part with the lists our entries join, each with its defaults where missing (a font; fills `none` and
 * `gray125`, which Excel reserves as the first two; an empty border): ours must never land at index 0, where the
 * workbook's own cells would take them.
 */
function withDefaultLists(xml: string, p: string): string {
  const fill = (pattern: string) => `<${p}fill><${p}patternFill patternType="${pattern}"/></${p}fill>`;
  const defaults: [string, string, string[], string[]][] = [
    ["fonts", "font", [`<${p}font><${p}sz val="11"/></${p}font>`], ["fills", "borders", "cellStyleXfs", "cellXfs"]],
    ["fills", "fill", [fill("none"), fill("gray125")], ["borders", "cellStyleXfs", "cellXfs"]],
    ["borders", "border", [`<${p}border/>`], ["cellStyleXfs", "cellXfs"]],
  ];
  let out = xml;
  for (const [tag, item, entries, following] of defaults) {
    // A list missing, or written empty (`<fonts count="0"/>`), gets the defaults it lacks; appendToList makes it
    // where it is missing and fills a self-closed one in place.
    const have = count(list(out, p, tag), p, item);
    if (have < entries.length) out = appendToList(out, p, tag, item, entries.slice(have), before(p, ...following));
  }
  return out;
}

export class BlockStyles {
  private readonly xml: string;
  private readonly p: string;
  private readonly font: number;
  private readonly fill: number;
  private readonly border: number;
  private readonly xfBase: number;
  private readonly newXfs: string[] = [];
  private readonly byLook = new Map<string, number>();

  constructor(xml: string | undefined) {
    this.p = /<(\w+:)?styleSheet\b/.exec(xml ?? EMPTY_STYLES)?.[1] ?? "";
    this.xml = withDefaultLists(xml ?? EMPTY_STYLES, this.p);
    const p = this.p;
    this.font = count(list(this.xml, p, "fonts"), p, "font");
    this.fill = count(list(this.xml, p, "fills"), p, "fill");
    this.border = count(list(this.xml, p, "borders"), p, "border");
    this.xfBase = count(list(this.xml, p, "cellXfs"), p, "xf");
    // A styles part without cell formats: format 0 must exist before ours.
    if (this.xfBase === 0) this.newXfs.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  /** The cell format index for a look (added on first use). */
  index(look: CellLook): number {
    const key = `${+look.label}${+look.bold}${+look.border}`;
    let index = this.byLook.get(key);
    if (index === undefined) {
      const bold = look.label || look.bold;
      const font = bold ? this.font : 0;
      const fill = look.label ? this.fill : 0;
      const border = look.border ? this.border : 0;
      const applied = `${bold ? ' applyFont="1"' : ""}${look.label ? ' applyFill="1"' : ""}${look.border ? ' applyBorder="1"' : ""}`;
      index = this.xfBase + this.newXfs.length;
      this.newXfs.push(
        `<${this.p}xf numFmtId="0" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applied}/>`,
      );
      this.byLook.set(key, index);
    }
    return index;
  }

  /** The styles part with the font, fill, border and formats appended (as it was when no look was asked for). */
  result(): string {
    if (this.byLook.size === 0) return this.xml;
    const p = this.p;
    const rgb = `FF${LABEL_FILL.slice(1).toUpperCase()}`;
    const side = (name: string) => `<${p}${name} style="thin"><${p}color auto="1"/></${p}${name}>`;
    let xml = this.xml;
    const font = `<${p}font><${p}b/><${p}sz val="11"/></${p}font>`;
    xml = appendToList(xml, p, "fonts", "font", [font], before(p, "fills", "borders", "cellStyleXfs", "cellXfs"));
    const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    xml = appendToList(xml, p, "fills", "fill", [fill], before(p, "borders", "cellStyleXfs", "cellXfs"));
    const border = `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`;
    xml = appendToList(xml, p, "borders", "border", [border], before(p, "cellStyleXfs", "cellXfs"));
    return appendToList(
      xml,
      p,
      "cellXfs",
      "xf",
      this.newXfs,
      before(p, "cellStyles", "dxfs", "tableStyles", "colors", "extLst"),
    );
  }
}
