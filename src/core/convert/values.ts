/**
 * An indicator's fields as the target layout writes them. The compact layout
 * holds two values (实施周期 and 年度); the form and flat layouts hold one 指标值.
 * Decision (docs/decisions.md): 指标值 takes the 年度 value (the budget year's
 * target, what the form and flat tables state), and the 实施周期 value is kept
 * in words, `实施周期指标值：≥10家`, at the end of the description column
 * (绩效指标描述 in the form, 指标解释 in the flat layout), from where
 * converting back restores it.
 */
import type { Field, Indicator } from "../model/table";
import { canonicalLevel1, canonicalLevel2 } from "../schema/vocabulary";
import { indicatorLevel1, indicatorLevel2 } from "../schema/indicator-kind";
import { comparatorOf } from "../value/comparator";
import { parseValue } from "../value/parse-value";

const PERIOD_PREFIX = "实施周期指标值：";

const text = (field: Field | undefined): string => field?.text ?? "";

/** A field's text for a cell: null (left blank) when there is none. */
export const raw = (f: { text: string } | undefined): string | null => (f?.text ? f.text : null);

/**
 * The old scheme's 成本指标 under 产出指标 (the compact code 14) is written the
 * current way, 成本指标 · 经济成本指标, as the form template has it.
 */
function isOldCost(indicator: Indicator): boolean {
  return indicatorLevel1(indicator) === "产出指标" && indicatorLevel2(indicator) === "成本指标";
}

/** 一级 as written, or from its compact code (`1` → 产出指标); the canonical word when the text is a known one. */
export function level1Text(indicator: Indicator): string {
  if (isOldCost(indicator)) return "成本指标";
  const written = text(indicator.level1);
  return (written && canonicalLevel1(written)) || indicatorLevel1(indicator) || written;
}

export function level2Text(indicator: Indicator): string {
  if (isOldCost(indicator)) return "经济成本指标";
  const written = text(indicator.level2);
  return (written && canonicalLevel2(written)) || indicatorLevel2(indicator) || written;
}

/** The one 指标值: the value column (with a flat row's 指标性质 and 计量单位 put back), else the 年度 value. */
export function valueText(indicator: Indicator): string {
  if (indicator.value) return joinFlat(indicator).value;
  return text(indicator.annualValue);
}

/**
 * A flat row's value with its 指标性质 and 计量单位 put back where the value
 * lacks them: `≥` `95` `%` → `≥95%`, `≤` `12月底` → `≤12月底`. A column the value
 * cannot take (a unit beside a value with its own, or beside a 定性 phrase) is
 * kept in words, `计量单位：%`, so a converted table loses nothing.
 */
export function joinFlat(indicator: Indicator): { value: string; leftover: string } {
  const value = text(indicator.value);
  const cmp = text(indicator.comparatorColumn);
  const unit = text(indicator.unitColumn);
  if (!value) return { value, leftover: "" };
  const parsed = parseValue(value);
  const quantity = parsed.kind === "quantitative" ? parsed : undefined;
  const sign = cmp && !NO_SIGN.has(cmp) && quantity && !quantity.comparator ? valueSign(cmp) : "";
  const takesUnit = unit && quantity && !quantity.unit && !quantity.date;
  const leftover = [
    cmp && !sign && !NO_SIGN.has(cmp) && !quantity?.comparator ? `指标性质：${cmp}` : "",
    unit && !takesUnit && unit !== quantity?.unit ? `计量单位：${unit}` : "",
  ];
  return { value: sign + value + (takesUnit ? unit : ""), leftover: leftover.filter(Boolean).join("；") };
}

const NO_SIGN: ReadonlySet<string> = new Set(["定性", "＝", "="]);

/**
 * A 计算符号 as a value writes it. The systems offer `＞＝` in that column, where
 * it is standard; in a 指标值 it is not (unit-nonstandard), so it becomes `≥`.
 */
function valueSign(column: string): string {
  const cmp = comparatorOf(column);
  return cmp ? { ">=": "≥", "<=": "≤", ">": ">", "<": "<", "=": "" }[cmp] : column;
}

/** A description split into the officer's own text and a 实施周期 value kept in words at its end. */
export function splitKept(description: string): { own: string; period: string } {
  const at = description.lastIndexOf(PERIOD_PREFIX);
  if (at < 0) return { own: description, period: "" };
  return { own: description.slice(0, at).replace(/；$/, ""), period: description.slice(at + PERIOD_PREFIX.length) };
}

/** The 实施周期 value: the compact's own, or one kept in words by an earlier conversion. */
export function periodText(indicator: Indicator, kept: string): string {
  if (indicator.periodValue) return text(indicator.periodValue);
  return splitKept(kept).period;
}

/** Description (form) or remark (flat) text: the source's description, then what is kept in words. */
export function describe(description: string, period: string, leftover = ""): string {
  const kept = period ? PERIOD_PREFIX + period : "";
  return [splitKept(description).own, leftover, kept].filter(Boolean).join("；");
}

const SIGNS: ReadonlySet<string> = new Set(["", "≥", "≤", ">", "<", "=", "＞", "＜", "＝"]);

/** A value split for the flat layout's columns: `≥95%` → ["95", "%", "≥"]; a phrase → [phrase, "", "定性"]. */
export function splitValue(value: string): [value: string, unit: string, comparator: string] {
  const v = parseValue(value);
  if (v.kind === "qualitative" && !v.comparatorText && !v.unit) return [value, "", "定性"];
  if (v.kind !== "quantitative" || v.magnitude || v.words?.before || v.words?.after || v.date) return [value, "", ""];
  if (v.numberMax !== undefined || v.per) return [value, "", ""];
  const number = String(v.number);
  const cmp = v.comparatorText ?? "";
  // Only a sign moves to 指标性质 (words such as 不少于 stay), and only when the pieces put
  // back give the cell exactly: nothing of what the officer wrote is lost.
  if (!SIGNS.has(cmp) || cmp + number + v.unit !== value.replace(/\s+/g, "")) return [value, "", ""];
  return [number, v.unit, cmp || "＝"];
}
