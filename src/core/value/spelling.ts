/**
 * Non-standard spellings in a value (unit-nonstandard builds its fix from these).
 * Positions index the text as given; applying every replacement yields the
 * standard text, because the spans never overlap.
 */
import { isMoneyName } from "./name-kind";
import { MONEY_ENDING } from "../schema/name-words";
import { toHalfWidth } from "../text/normalize";
import { BRACKET_UNIT, IME_COMPARATOR, imeComparator } from "./patterns";
import {
  CHINESE_BEFORE_PERCENT,
  CHINESE_COUNT_TARGET,
  CHINESE_FRACTION,
  CHINESE_PERCENT,
  countDigits,
  percentDigits,
  TENTHS,
  tenthsPercent,
  withDigitFractions,
  withDigitPercents,
} from "./chinese-numerals";

export interface Spelling {
  /** Start and end (exclusive) of the non-standard spelling in the text. */
  start: number;
  end: number;
  found: string;
  standard: string;
}

export interface SpellingContext {
  /** The indicator's name: a money-like name (投资, 经费…) turns a bare 万/亿 into 万元/亿元. */
  name?: string;
  /** The indicator is about money (a 成本指标). */
  money?: boolean;
}

interface Pattern {
  re: RegExp;
  standard: (found: string) => string;
  moneyOnly?: boolean;
}

// Each pattern's match is the exact span to replace; lookbehinds keep context out of the span.
const PATTERNS: readonly Pattern[] = [
  { re: /(?<=[\d０-９]\s*)(?:百分号|百分比|百分之|％)/g, standard: () => "%" },
  // Full-width digits (`≥９９％`, typed with a Chinese keyboard): systems that import the table read no number there.
  // A range or a list between them goes with the digits (`１－１２号站` → `1-12号站`, not `1－12号站`).
  { re: /[０-９]+(?:[．.][０-９]+)?(?:[－～，、][０-９]+(?:[．.][０-９]+)?)*/g, standard: toHalfWidth },
  { re: CHINESE_PERCENT, standard: withDigitPercents },
  { re: CHINESE_BEFORE_PERCENT, standard: percentDigits },
  // `≥九十五％`: the ％ after numerals is respelt in the same fix as they are (one click, not two).
  { re: /(?<=[一二两三四五六七八九十百]\s*)％/g, standard: () => "%" },
  { re: TENTHS, standard: tenthsPercent },
  { re: CHINESE_FRACTION, standard: withDigitFractions },
  { re: CHINESE_COUNT_TARGET, standard: countDigits },
  { re: IME_COMPARATOR, standard: imeComparator },
  { re: /[≧]|>=|＞＝|=>/g, standard: () => "≥" },
  { re: /[≦]|<=|＜＝|=</g, standard: () => "≤" },
  { re: /(?<=\S)[|｜](?=\S)/g, standard: () => "/" },
  { re: /(?<=[\d０-９]\s*)(?:[gG][hH][zZ]|[mM][hH][zZ]|[kK][hH][zZ])/g, standard: standardHz },
  {
    // Only where no unit follows (`≤170万`, `≤10万/家`, `≤5万（含税）`): `≥3万㎡`, `≤20万kWh`, `≤300万 元` have one.
    re: /(?<=[\d０-９]\s*)[万亿](?=$|以上|以内|以下|及以上|及以下|[/／|｜(（，,。；;、])/g,
    standard: (f) => f + "元",
    moneyOnly: true,
  },
];

// Every pattern needs one of these characters: a value holding none (most do) has nothing to respell.
const ANY_TRIGGER = /[一二两三四五六七八九十百千％≧≦>＞<＜=|｜hHzZ万亿》〉《〈０-９成]/;

function standardHz(found: string): string {
  const prefix = found[0].toLowerCase();
  return (prefix === "g" ? "G" : prefix === "m" ? "M" : "k") + "Hz";
}

/**
 * The non-standard spellings in a value: 百分号/百分比/％ → %, full-width digits → digits, ≧ >= ＞＝ → ≥,
 * ≦ <= ＜＝ → ≤, `|` → `/`, `Ghz` → `GHz`, and with a money context a bare
 * `万`/`亿` after a number → 万元/亿元. Sorted by position, never overlapping.
 */
export function nonstandardSpellings(text: string, context: SpellingContext = {}): Spelling[] {
  const value = String(text ?? "");
  // A fix writes 元 only where the money is certain: a cost, or a name that ends in money (MONEY_ENDING).
  const name = (context.name ?? "").trim();
  const money = !!context.money || (isMoneyName(name) && MONEY_ENDING.test(name));
  const found: Spelling[] = [];
  if (!ANY_TRIGGER.test(value)) return found;
  for (const p of PATTERNS) {
    if (p.moneyOnly && !money) continue;
    for (const m of value.matchAll(p.re)) {
      if (p.moneyOnly && unitInBrackets(value, m.index! + m[0].length)) continue;
      const standard = p.standard(m[0]);
      if (standard !== m[0]) found.push({ start: m.index!, end: m.index! + m[0].length, found: m[0], standard });
    }
  }
  return dropOverlaps(found.sort((a, b) => a.start - b.start));
}

/** `8万（元）`, `3.5万（户）`: a unit in brackets right after the magnitude is the value's unit (as parsing reads it). */
function unitInBrackets(value: string, at: number): boolean {
  return BRACKET_UNIT.test(toHalfWidth(value.slice(at)));
}

function dropOverlaps(spans: Spelling[]): Spelling[] {
  const out: Spelling[] = [];
  for (const s of spans) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** The text with `spellings` (sorted, not overlapping: as nonstandardSpellings gives them) written the standard way. */
export function applySpellings(text: string, spellings: readonly Spelling[]): string {
  let out = "";
  let at = 0;
  for (const s of spellings) {
    out += text.slice(at, s.start) + s.standard;
    at = s.end;
  }
  return out + text.slice(at);
}
