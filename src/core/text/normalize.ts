/**
 * Text normalization shared by location, parsing and rules. Officers type
 * full-width and half-width forms interchangeably, and Word exports scatter
 * spaces inside labels (`其中：财政    资金`).
 */

function isFullWidth(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || code === 0x3000;
}

/** Full-width ASCII forms (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  // Most texts hold no full-width form: they come back as they are, with no copy made.
  let i = 0;
  while (i < text.length && !isFullWidth(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

const ANY_SPACE = /[\s\u00a0\u3000]/;
const SPACE_RUNS = /[\s\u00a0\u3000]+/g;

/** Trims and folds every run of white space (tabs, newlines, NBSP, full-width spaces) into one space. */
export function squeezeSpaces(text: string): string {
  // Most labels hold no white space at all; they are returned as they are, with nothing allocated.
  return ANY_SPACE.test(text) ? text.replace(SPACE_RUNS, " ").trim() : text;
}

/** A label's comparable form: half-width, no white space at all, Chinese brackets as ASCII. */
export function normalizeLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]");
}
