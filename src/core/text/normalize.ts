/**
 * Text normalization shared by location, parsing and rules. Officers type
 * full-width and half-width forms interchangeably, and Word exports scatter
 * spaces inside labels (`其中：财政    资金`).
 */

/** Full-width ASCII forms (！ to ～) and the ideographic space to their half-width forms. */
export function toHalfWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += text[i];
  }
  return out;
}

/** Trims and folds every run of white space (tabs, newlines, NBSP, full-width spaces) into one space. */
export function squeezeSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/** A label's comparable form: half-width, no white space at all, Chinese brackets as ASCII. */
export function normalizeLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]");
}
