/**
 * Writing text into a cell the way a user types it makes Excel convert it:
 * `100%` becomes the number 1 formatted `0%`, `2024-1-5` and `12月5日` become
 * dates, `=…` a formula. A fix must come back as the text it wrote (else the
 * re-check reads something else and 撤销 refuses), so such text is written
 * with a leading apostrophe, which Excel keeps as a prefix, not as content.
 * Shared by every host, so the playground converts what Excel converts.
 */

/**
 * Whether Excel might turn `text` into something else than that text: any
 * digit (numbers, percents, dates, times, fractions, currency), a formula or
 * error start (= + - @ #), or a boolean. Text without these stays text.
 */
export function wouldConvert(text: string): boolean {
  return /\d/.test(text) || /^\s*[=+\-@#]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** The input that makes Excel hold exactly `text`. */
export function asCellInput(text: string): string {
  return wouldConvert(text) ? `'${text}` : text;
}

/** A plain decimal Excel stores as that number and shows back as the same text ("12.5", not "1e21" or "012"). */
export function canonicalNumber(text: string): number | undefined {
  if (!/^-?(0|[1-9]\d{0,14})(\.\d{1,10})?$/.test(text)) return undefined;
  const n = Number(text);
  return String(n) === text ? n : undefined;
}

/**
 * What a fix writes: a number stays a number where the cell held a plain
 * number (amounts feed SUMs); any other text Excel could convert goes in
 * with an apostrophe, so the cell holds exactly the replacement text.
 */
export function fixInput(replacement: string, heldPlainNumber: boolean): string | number {
  const n = heldPlainNumber ? canonicalNumber(replacement) : undefined;
  return n ?? asCellInput(replacement);
}

/**
 * Where our sheet `base` goes: `base` itself unless a user's sheet holds that
 * name, else the first of `base (2)`, `(3)`, … that is free or already ours
 * (so exporting again rewrites it instead of adding another). ≤ 31 characters.
 */
export function ownSheetName(base: string, taken: readonly string[], ours: (name: string) => boolean): string {
  if (!taken.includes(base) || ours(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 26)} (${n})`;
    if (!taken.includes(candidate) || ours(candidate)) return candidate;
  }
}
