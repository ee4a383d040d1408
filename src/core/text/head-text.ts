/**
 * What a head-area cell's text says, apart from where it stands: read once per
 * text for both stages that ask (locate's head walk, parse's head scan), and
 * remembered, since every table repeats its labels.
 */
import type { MoneyUnit } from "../model/table";
import { HEAD_LABEL_ENDINGS, headLabelOf, UNIT_LINE, type HeadLabel } from "../schema/head-words";
import { formMoneyUnit, headLabelKeyOfForm, inlineLabel, type InlineLabel } from "./head-label";
import { boundedMemo } from "./memo";
import { labelForm, MAX_LABEL_TEXT, toHalfWidth, visibleText } from "./normalize";
import { isTableTitle } from "./title";

export interface HeadText {
  /** What the head walk needs: the table's title, a label (of any kind, a unit line too), or neither. */
  kind: "title" | "label" | "other";
  title: boolean;
  yearLine: boolean;
  unitLine?: MoneyUnit;
  bracketUnit?: MoneyUnit;
  label?: HeadLabel;
  inline?: InlineLabel;
}

/** `(2023年度)`, `( 2022 年度)`, `2019年度)`: the year under a title. */
const YEAR_LINE = /^[(（]?\s*20\d\d\s*年度?\s*[)）]?$/;

/** Whether a text is a year line, its digits typed full-width (`（２０１９年度）`) or not. */
function isYearLine(text: string): boolean {
  return YEAR_LINE.test(toHalfWidth(visibleText(text)));
}

/** Only the kind (the head walk's question): for a long text no more than the title test. */
export function headTextKind(text: string): HeadText["kind"] {
  if (text.length > MAX_LABEL_TEXT) return isTableTitle(text) ? "title" : "other";
  return readShortText(text).kind;
}

export function readHeadText(text: string): HeadText {
  if (text.length <= MAX_LABEL_TEXT) return readShortText(text);
  // Not remembered: each long text would be hashed in full to be found once.
  const title = isTableTitle(text);
  return said(title ? "title" : "other", title, isYearLine(text), undefined, undefined, undefined, inlineLabel(text));
}

/**
 * Every HeadText has every property, in one order: objects of one shape keep the head scan's reads of them
 * monomorphic (optional properties spread in made a dozen shapes, and each read a slow lookup).
 */
function said(
  kind: HeadText["kind"],
  title: boolean,
  yearLine: boolean,
  unitLine: MoneyUnit | undefined,
  bracketUnit: MoneyUnit | undefined,
  label: HeadLabel | undefined,
  inline: InlineLabel | undefined,
): HeadText {
  return { kind, title, yearLine, unitLine, bracketUnit, label, inline };
}

/** Texts remembered: the cells a big sheet's head blocks hold (names, amounts, goals), at about 200 bytes each. */
const HEAD_TEXTS = 50000;

const readShortText = boundedMemo((text: string): HeadText => {
  // One normal form serves the unit line, the bracket unit and the label key.
  const form = labelForm(text);
  const line = form.includes("单位") ? UNIT_LINE.exec(form.replace(/^.*?(?=(金额)?单位[:(])/, "")) : null;
  const unit = form && text.length <= 24 ? formMoneyUnit(form) : undefined;
  const key = form ? headLabelKeyOfForm(form) : "";
  const label = headLabelOf(key);
  const inline = label ? undefined : inlineLabel(text);
  const title = isTableTitle(text);
  const labelLike = key !== "" && (label || HEAD_LABEL_ENDINGS.test(key) || UNIT_LINE.test(key) || inline);
  const kind = title ? "title" : labelLike ? "label" : "other";
  return said(kind, title, isYearLine(text), line ? (line[2] as MoneyUnit) : undefined, unit, label, inline);
  // Every head-block cell of every table is read here: a sheet of thousands of tables holds more distinct texts than
  // the default bound, which then cleared the memory ten times a check (46,514 of 198,373 reads recomputed).
}, HEAD_TEXTS);
