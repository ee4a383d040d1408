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
// A unit right after a centre: `%`, a Latin symbol, `℃`/`°`, or up to three Chinese characters (`毫米`, `伏`).
const CENTRE_UNIT = String.raw`(%|[A-Za-z]{1,3}(?![A-Za-z])|[℃°]|[\u4e00-\u9fff]{1,3}?)`;
/**
 * `180±20`, `(180±20)mm`, `180mm±20mm`, `6%±1%`, `220V±7%`, `-18±2℃`. Groups: 1 `(`, 2 minus, 3 centre, 4 its
 * unit, 5 tolerance, 6 `%` after it, 7 `)`; the centre's unit repeated after the tolerance is consumed.
 */
const CENTRED = new RegExp(
  String.raw`(?<![\d.第])(\(\s*)?([-−])?${NUMBER}\s*${CENTRE_UNIT}?\s*±\s*${NUMBER}(?![\d.])\s*(?:(%)|\4)?(\s*\))?`,
  "g",
);
// `±2%` opening the value, alone or after a ceiling (`≤±2%`, bounded already); one in mid-text is left alone.
const UNCENTRED = /^(\s*)((?:[≤<≦]=?|不超过|不大于|不高于)?)(\s*)±\s*(?=\d)/;

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

const CALENDAR = /^(?:年|月|日|号|季度?|周|旬)$/;
const MONEY_UNIT = /元$/;
const MONEY_AFTER = /^\s*[万亿千百]*元/;

/** How a tolerance is read; `unitElsewhere`: the name or a unit column gives the value's unit (not `%`). */
function tolerance(unitElsewhere: boolean) {
  return (
    found: string,
    open: string | undefined,
    minus: string | undefined,
    centre: string,
    unit: string | undefined,
    plusMinus: string,
    percent: string | undefined,
    close: string | undefined,
    at: number,
    whole: string,
  ): string => {
    // A date or a period (`12月±5日`, `2025年12月±10天`) is no quantity with a tolerance: left as written.
    if (unit && CALENDAR.test(unit)) return found;
    const sign = minus ? "-" : "";
    const nominal = `${sign}${centre}${unit && unit !== "%" ? unit : ""}`;
    // Money (`1000±50万元`, `1000万元±50万元`): the amount set, not the top of a band a cost check would read.
    if ((unit && MONEY_UNIT.test(unit)) || MONEY_AFTER.test(whole.slice(at + found.length))) return nominal;
    // A band in percent of a centre in another unit (`220V±7%`, `220±7%` under 计量单位 `V`), or of a centre no
    // share can be (`220±7%`): the nominal value.
    if (percent && ((unit && unit !== "%") || (!unit && (unitElsewhere || Number(centre) > 100)))) return nominal;
    // Below zero (`-18±2℃`) the grammar reads no range: the nominal value, as the officer set it.
    if (minus) return nominal;
    const places = Math.max(decimals(centre), decimals(plusMinus));
    const low = (Number(centre) - Number(plusMinus)).toFixed(places);
    const high = (Number(centre) + Number(plusMinus)).toFixed(places);
    if (Number(low) < 0) return nominal;
    const range = `${low}~${high}${unit ?? percent ?? ""}`;
    // The brackets around `(180±20)mm` go with it; a lone one stays as written.
    return open && close ? range : `${open ?? ""}${range}${close ?? ""}`;
  };
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

/**
 * The text with scientific notation and tolerances respelt; the same text when it holds neither. `unitElsewhere`:
 * the name or a unit column states the value's unit, not `%` (then `220±7%` is a band around 220 in that unit).
 */
export function withPlainNumbers(text: string, unitElsewhere = false): string {
  let out = text;
  if (MAY_BE_SCIENTIFIC.test(out)) out = out.replace(SCIENTIFIC, scientific);
  if (out.includes("±")) {
    out = out.replace(CENTRED, tolerance(unitElsewhere));
    out = out.replace(UNCENTRED, (_found, space: string, ceiling: string, gap: string) =>
      ceiling ? space + ceiling + gap : space + "≤",
    );
  }
  return out;
}
