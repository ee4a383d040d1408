/**
 * What an officer sees in a number cell, as text the rules can read: Excel
 * stores a typed `100%` as 1 with format `0%`, and a typed `2024-1-5` or
 * `12月5日` as a date serial with a date format. Shared by the Excel adapter
 * (`range.numberFormat`) and the CLI's reader (SheetJS `cell.z`). Pure.
 */

/** A section's condition (`[>=100]0;0.0`). */
const CONDITION = /\[(<=|>=|<>|<|>|=)\s*(-?\d+(?:\.\d+)?)\]/;

function holds(value: number, op: string, bound: number): boolean {
  if (op === "<=") return value <= bound;
  if (op === ">=") return value >= bound;
  if (op === "<>") return value !== bound;
  if (op === "<") return value < bound;
  if (op === ">") return value > bound;
  return value === bound;
}

/**
 * The format section that applies to `value`, as written: by sign (`pos;neg;zero;text`), or, when the first
 * sections carry conditions (`[>=100]0;0.0`, `[<0]"负"0;0"人"`), the first whose condition holds, a section
 * without one taking what is left.
 */
function sectionOf(value: number, numberFormat: string): string {
  const sections = splitSections(numberFormat);
  const conditions = sections.slice(0, 2).map((s) => CONDITION.exec(s));
  if (!conditions.some(Boolean)) {
    return (value < 0 && sections[1]) || (value === 0 && sections[2]) || sections[0];
  }
  for (let i = 0; i < Math.min(sections.length, 3); i++) {
    const c = i < 2 ? conditions[i] : null;
    if (!c || holds(value, c[1], Number(c[2]))) return sections[i];
  }
  return sections[0];
}

function splitSections(numberFormat: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < numberFormat.length; i++) {
    const ch = numberFormat[i];
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** The format section that applies to `value`, stripped of what cannot be a token. */
function tokensOf(value: number, numberFormat: string): string {
  const section = sectionOf(value, numberFormat);
  // Elapsed time ([h]:mm) is time, not a date: keep it as an hour token. Then quoted text, [colours/locales/conditions], escaped characters, and _x / *x paddings are not tokens.
  return section
    .replace(/"[^"]*"?/g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]?/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "");
}

function isPercent(tokens: string): boolean {
  return tokens.includes("%");
}

/** y or d, or m that is not minutes (minutes come with h or s). */
function isDate(tokens: string): boolean {
  const t = tokens.toLowerCase();
  if (/[yd]/.test(t)) return true;
  return t.includes("m") && !/[hs]/.test(t) && !/general/.test(t);
}

/** Days from the 1900 date system's serial to the 1904 one's (Mac Excel and old templates: `date1904`). */
const DAYS_1904 = 1462;

/** Excel's 1900 date system: serial 1 is 1900-01-01, and 60 is the 29 February 1900 that never was. */
export function serialToDate(serial: number): { y: number; m: number; d: number } {
  const days = Math.floor(serial);
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * 86_400_000);
  if (days === 60) return { y: 1900, m: 2, d: 29 };
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** `v` rounded to 10 decimals, written without float noise (0.07 → "7" after ×100). */
function round10(v: number): string {
  return String(Number(v.toFixed(10)));
}

/** Characters a format shows as they are, unquoted (`0%;-0%`, `(0)`); currency signs are left out (below). */
const PLAIN_LITERALS = "-+/():^&'~{}<>= ";
/** Currency signs say nothing the value grammar reads: `"¥"#,##0.00` is an amount as `#,##0.00` is. */
const CURRENCY = /[$¥￥€£]/g;

/** Excel's General, as English and Chinese Excel and WPS write it (`G/通用格式"次"` shows 7 as 7次). */
const GENERAL = /General|G\/通用格式/gi;

/** One character of a format section: shown as it is (`literal`) or formatting the number (`format`). */
type Piece = { literal: string; format: string };

/** A format section cut into what it shows literally and what formats the number, in order. */
function pieces(written: string): Piece[] {
  const out: Piece[] = [];
  const section = written.replace(GENERAL, "#");
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out.push({ literal: section.slice(i + 1, end < 0 ? section.length : end), format: "" });
      i = end < 0 ? section.length : end;
    } else if (ch === "\\" || ch === "!") out.push({ literal: section[++i] ?? "", format: "" });
    else if (ch === "_" || ch === "*")
      i++; // padding and fill characters show nothing of their own
    else if (ch === "[")
      i = section.indexOf("]", i) < 0 ? section.length : section.indexOf("]", i); // locale, colour, condition
    else if (PLAIN_LITERALS.includes(ch)) out.push({ literal: ch, format: "" });
    else out.push({ literal: "", format: ch });
  }
  return out;
}

const DIGIT = /[0#?]/;

/**
 * What a format divides the number by to show it: 1,000 for each `,` after the last digit (`#,##0,"千元"` shows
 * 400000 as 400千元), and 10 for each digit after a literal point among the digits where there is no decimal point
 * (`0!.0000"万元"`, `0\.0000`: 元 shown as 万元, 500000 as 50.0000万元).
 */
function divisorOf(parts: readonly Piece[]): number {
  let first = -1;
  let last = -1;
  parts.forEach((p, k) => {
    if (!DIGIT.test(p.format)) return;
    if (first < 0) first = k;
    last = k;
  });
  if (last < 0) return 1;
  let divisor = 1;
  for (let k = last + 1; k < parts.length && parts[k].format === ","; k++) divisor *= 1000;
  if (parts.some((p) => p.format === ".")) return divisor;
  const point = parts.findIndex((p, k) => p.literal === "." && k > first && k < last);
  if (point < 0) return divisor;
  const decimals = parts.slice(point + 1, last + 1).filter((p) => DIGIT.test(p.format)).length;
  return divisor * 10 ** decimals;
}

/** The text a format section writes before and after its number. */
function literals(parts: readonly Piece[]): { before: string; after: string } {
  const digit = parts.findIndex((p) => /[0#?]/.test(p.format));
  if (digit < 0) return { before: "", after: "" };
  let last = digit;
  parts.forEach((p, k) => {
    if (/[0#?]/.test(p.format)) last = k;
  });
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((p) => p.literal)
      .join("")
      .replace(CURRENCY, "");
  return { before: text(0, digit), after: text(last + 1, parts.length) };
}

/**
 * A date in the grammar's words: year and month always (a year the format hides is still the cell's, and an old one
 * is worth seeing), the day where the format shows one (`yyyy"年"m"月"` → `2024年12月`, not a first of the month
 * the officer never wrote), and the words after them (`yyyy"年"m"月底前"` → `2024年12月底前`).
 */
function dateText(serial: number, section: string): string {
  const { y, m, d } = serialToDate(serial);
  const parts = pieces(section);
  const unit = (p: { format: string }) =>
    /^[yY]$/.test(p.format) ? "年" : /^[mM]$/.test(p.format) ? "月" : /^[dD]$/.test(p.format) ? "日" : "";
  const shows = new Set(parts.map(unit).filter(Boolean));
  let text = `${y}年${m}月`;
  if (shows.has("日") || !shows.has("月")) text += `${d}日`;
  let last = -1;
  parts.forEach((p, k) => {
    if (unit(p)) last = k;
  });
  const after = parts
    .slice(last + 1)
    .map((p) => p.literal)
    .join("")
    .trim();
  // The unit the last part's literal repeats (`d"日前"`) is written already.
  return text + (after && text.endsWith(after[0]) ? after.slice(1) : after);
}

/** How many decimals a number format shows (`0.0%` → 1). */
function decimalsOf(parts: readonly Piece[]): number {
  const point = parts.findIndex((p) => p.format === ".");
  if (point < 0) return 0;
  let n = 0;
  for (let k = point + 1; k < parts.length && DIGIT.test(parts[k].format); k++) n++;
  return n;
}

/**
 * The value as the rules should read it, as the cell shows it: a percent format gives `${v×100}%` to the decimals
 * it shows, a date format `YYYY年M月D日` (the parts it shows), a format that writes a unit or a sign around the
 * number (`0.00"万元"`, `#,##0"人"`, `"≥"0%`) gives them with it; anything else stays the number. `date1904`: the
 * workbook counts dates from 1904 (Mac Excel, old templates).
 */
export function displayValue(value: number, numberFormat: string, date1904 = false): string | number {
  if (!numberFormat || !Number.isFinite(value)) return value;
  const tokens = tokensOf(value, numberFormat);
  if (isDate(tokens) && !isPercent(tokens) && value >= 1 && value < 2_958_466) {
    return dateText(value + (date1904 ? DAYS_1904 : 0), sectionOf(value, numberFormat));
  }
  const section = sectionOf(value, numberFormat);
  const parts = pieces(section);
  const { before, after } = literals(parts);
  const divisor = divisorOf(parts);
  // A negative section of its own shows the number without its sign (`0;"负"0` shows -3 as 负3).
  const shown = (value < 0 && section !== sectionOf(1, numberFormat) ? -value : value) / divisor;
  // As shown: 0.795 under `0%` is the 80% the officer sees, not 79.5%.
  if (isPercent(tokens)) return `${before}${round10(Number((shown * 100).toFixed(decimalsOf(parts))))}%${after}`;
  // Signs, brackets and dashes alone (`0.00_);(0.00)`, accounting formats) say no more than the number does;
  // Latin words (`0" days"`) are no unit the rules know. A unit, a percent or a comparator (`"万元"`, `"%"`,
  // `"≥"`) is what the officer sees.
  const text = before + after;
  if (/[^\s()+\-—]/.test(text) && !/[A-Za-z]/.test(text)) return `${before}${round10(shown)}${after}`;
  return divisor === 1 ? value : Number(round10(value / divisor));
}

/**
 * A text cell as its format shows it: the text section (the fourth, or the one holding `@`) writes the text where
 * its `@` stands, between its literals (`@"人"` shows `≥500` as `≥500人`; seventeenth session's review). A format
 * with no text section, or `@` alone, shows the text as it is.
 */
export function displayText(text: string, numberFormat: string): string {
  const sections = splitSections(numberFormat);
  const section = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
  if (!section || !section.includes("@") || section.trim() === "@") return text;
  return pieces(section)
    .map((p) => (p.format === "@" ? text : p.literal))
    .join("");
}
