/**
 * @fileoverview unit-missing — a quantitative value that is a bare number: no unit
 * in the value, in the name (`（个）`, `（%）`) or in the 计量单位 column.
 */
import type { Field } from "../model/table";
import type { QuantitativeValue } from "../value";
import type { FixSpec, RuleContext, RuleModule } from "./rule";
import { tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

function isBare(value: ValueFact): value is ValueFact & { parsed: QuantitativeValue } {
  return value.parsed.kind === "quantitative" && value.parsed.unitSource === "none";
}

// A sibling's unit is offered only where it does not contradict the name
// (`完成评审任务数 85` next to `>90%`: a count is not a percentage).
function fitsName(facts: IndicatorFacts, sibling: QuantitativeValue): boolean {
  if (facts.kind === "count") return sibling.dimension === "count";
  if (facts.kind === "share") return sibling.dimension === "percent";
  return sibling.dimension !== "unknown";
}

/** The unit to suggest: the other compact value's, or `%` for a rate. */
function suggestedUnit(facts: IndicatorFacts, value: ValueFact): string | undefined {
  for (const other of facts.values) {
    const q = other.parsed;
    if (other !== value && q.kind === "quantitative" && q.unitSource === "value" && fitsName(facts, q)) return q.unit;
  }
  return facts.kind === "share" ? "%" : undefined;
}

/** The text with the unit after the number; a suffix comparator (`90以上`) stays last. */
function withUnit(text: string, q: QuantitativeValue, unit: string): string {
  const c = q.comparatorText;
  if (c && text.endsWith(c) && !text.startsWith(c)) return text.slice(0, text.length - c.length) + unit + c;
  return text + unit;
}

function suggestion(fixed: string | undefined): FixSpec[] {
  return fixed === undefined ? [] : [{ text: fixed, messageId: "addUnit", data: { fixed } }];
}

function checkValue(context: RuleContext, facts: IndicatorFacts, value: ValueFact): void {
  if (!isBare(value)) return;
  const unit = suggestedUnit(facts, value);
  const data = { ...whereData(value.role), name: shownName(facts.name), text: value.field.text };
  // Flat layout: the unit belongs in the 计量单位 cell, so the finding points there.
  const column: Field | undefined = facts.indicator.unitColumn;
  if (column) {
    context.report({ at: column, messageId: "missingColumn", data, suggestions: suggestion(unit) });
    return;
  }
  const fixed = unit === undefined ? undefined : withUnit(value.field.text, value.parsed, unit);
  context.report({ at: value.field, messageId: "missing", data, suggestions: suggestion(fixed) });
}

const rule: RuleModule = {
  meta: {
    id: "unit-missing",
    severity: "warning",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "定量指标值只有数字，指标值、名称和计量单位列都没有单位",
        en: "A quantitative value is a bare number, with no unit in the value, the name or the unit column",
      },
      bad: "完成评审任务数  85",
      good: "完成评审任务数  85个",
    },
    messages: {
      missing: {
        zh: "“{{name}}”的{{where}}“{{text}}”没有单位，请写明单位（如 个、次、%、万元）",
        en: '{{whereEn}} "{{text}}" of "{{name}}" has no unit; add one (个, 次, %, 万元…)',
      },
      missingColumn: {
        zh: "“{{name}}”的指标值“{{text}}”没有单位，请在计量单位列填写单位",
        en: 'The value "{{text}}" of "{{name}}" has no unit; fill in the unit column (计量单位)',
      },
      addUnit: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context.table)) for (const value of facts.values) checkValue(context, facts, value);
  },
};

export default rule;
