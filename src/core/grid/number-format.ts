/**
 * What an officer sees in a number cell, as text the rules can read: Excel
 * stores a typed `100%` as 1 with format `0%`, and a typed `2024-1-5` or
 * `12月5日` as a date serial with a date format. Shared by the Excel adapter
 * (`range.numberFormat`) and the CLI's reader (exceljs `cell.numFmt`). Pure.
 */

/** The format section that applies to `value` (`pos;neg;zero;text`), stripped of what cannot be a token. */
function tokensOf(value: number, numberFormat: string): string {
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
  const section = (value < 0 && sections[1]) || (value === 0 && sections[2]) || sections[0];
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

/** Excel's 1900 date system: serial 1 is 1900-01-01, and 60 is the 29 February 1900 that never was. */
function serialToDate(serial: number): { y: number; m: number; d: number } {
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

/**
 * The value as the rules should read it: a percent format gives `${v×100}%`,
 * a date format `YYYY年M月D日`; anything else stays the number.
 */
export function displayValue(value: number, numberFormat: string): string | number {
  if (!numberFormat || !Number.isFinite(value)) return value;
  const tokens = tokensOf(value, numberFormat);
  if (isPercent(tokens)) return `${round10(value * 100)}%`;
  if (isDate(tokens) && value >= 1 && value < 2_958_466) {
    const { y, m, d } = serialToDate(value);
    return `${y}年${m}月${d}日`;
  }
  return value;
}
