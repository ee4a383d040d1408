/**
 * Numbers written as engineers and laboratories write them, respelt as the grammar reads numbers: scientific
 * notation (`≤1×10⁻⁶`, `5×10^4`, `1.5E-6`) as a decimal, and a tolerance (`180±20mm`) as the range it allows
 * (`160~200mm`). A tolerance with no centre (`≤±2%`, `±0.5℃`) bounds the deviation: `≤2%`, `≤0.5℃`.
 */

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
  "⁺": "+",
};

// `1×10⁻⁶`, `1*10^-6`, `1x10^6`, `10⁻⁶` (no mantissa), `1.5E-6`; the exponent in superscripts or after `^`.
const POWER_OF_TEN = String.raw`(?:(\d+(?:\.\d+)?)\s*[×xX*＊]\s*)?10\s*(?:([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[\^＾]\s*([-+−]?\d+))`;
const E_NOTATION = String.raw`(\d+(?:\.\d+)?)[eE]([-+−]?\d{1,2})`;
// A letter may follow a power of ten (`≥2.5×10⁸CFU/g`), not `1e5` (part of a code then, as `GB2E3` is).
const SCIENTIFIC = new RegExp(
  String.raw`(?<![\d.])${POWER_OF_TEN}(?![\d.])|(?<![\dA-Za-z.])${E_NOTATION}(?![\d.A-Za-z])`,
  "g",
);
const MAY_BE_SCIENTIFIC = /[⁰¹²³⁴⁵⁶⁷⁸⁹^＾]|\d[eE][-+−]?\d/;

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
// `180±20`, `(180±20)mm`, `6%±1%`, `220V±7%`: groups 1 `(`, 2 centre, 3 its unit, 4 tolerance, 5 its `%`, 6 `)`.
const CENTRED = new RegExp(
  String.raw`(?<![\d.])(\(\s*)?${NUMBER}\s*(%|[A-Za-z]{1,3}(?![A-Za-z]))?\s*±\s*${NUMBER}(?![\d.])\s*(%)?(\s*\))?`,
  "g",
);
// `±2%` with no number before it; `≤±2%` is bounded already.
const UNCENTRED = /(?<![\d.]\s*)±\s*(?=\d)/g;
const CEILING_BEFORE = /(?:[≤<≦]=?|不超过|不大于|不高于)\s*$/;
// Another comparator before it (`≥±2%`) says something no reading can be sure of: left as written.
const OTHER_SIGN_BEFORE = /(?:[≥>=≧]|不低于|不少于)\s*$/;

/**
 * A decimal without an exponent (`1e-7` prints as such in JavaScript): at most 12 places, trailing zeros cut. The
 * caller keeps to 1e-12 … 1e15, where whole numbers print without one.
 */
function plainDecimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(12).replace(/\.?0+$/, "");
}

function exponentOf(superscripts: string | undefined, caret: string | undefined): number {
  const text = superscripts ? [...superscripts].map((ch) => SUPERSCRIPT[ch]).join("") : (caret ?? "");
  return Number(text.replace("−", "-"));
}

function scientific(
  found: string,
  mantissa?: string,
  superscripts?: string,
  caret?: string,
  eMantissa?: string,
  eExponent?: string,
): string {
  const value =
    eMantissa !== undefined
      ? Number(eMantissa) * 10 ** Number(eExponent!.replace("−", "-"))
      : Number(mantissa ?? 1) * 10 ** exponentOf(superscripts, caret);
  // Past twelve places the number would print as 0: leave such a value as it was written.
  return value !== 0 && Math.abs(value) >= 1e-12 && Math.abs(value) < 1e15 ? plainDecimal(value) : found;
}

function tolerance(
  found: string,
  open: string | undefined,
  centre: string,
  unit: string | undefined,
  plusMinus: string,
  percent: string | undefined,
  close: string | undefined,
): string {
  // A band in percent of a centre in another unit (`220V±7%`): its nominal value.
  if (unit && unit !== "%" && percent) return found.replace(/±[\s\S]*$/, "");
  const places = Math.max(decimals(centre), decimals(plusMinus));
  const low = (Number(centre) - Number(plusMinus)).toFixed(places);
  const high = (Number(centre) + Number(plusMinus)).toFixed(places);
  const range = `${low}~${high}${unit ?? percent ?? ""}`;
  // The brackets around `(180±20)mm` go with it; a lone one stays as written.
  return open && close ? range : `${open ?? ""}${range}${close ?? ""}`;
}

function decimals(n: string): number {
  return n.includes(".") ? n.length - n.indexOf(".") - 1 : 0;
}

/** Whether the text writes a number in scientific notation (`≤1×10⁻⁶`, `1.5E-6`). */
export function writesScientific(text: string): boolean {
  if (!MAY_BE_SCIENTIFIC.test(text)) return false;
  SCIENTIFIC.lastIndex = 0;
  return SCIENTIFIC.test(text);
}

/** The text with scientific notation and tolerances respelt; the same text when it holds neither. */
export function withPlainNumbers(text: string): string {
  let out = text;
  if (MAY_BE_SCIENTIFIC.test(out)) out = out.replace(SCIENTIFIC, scientific);
  if (out.includes("±")) {
    out = out.replace(CENTRED, tolerance);
    out = out.replace(UNCENTRED, (found: string, at: number, whole: string) => {
      const before = whole.slice(0, at);
      return CEILING_BEFORE.test(before) ? "" : OTHER_SIGN_BEFORE.test(before) ? found : "≤";
    });
  }
  return out;
}
