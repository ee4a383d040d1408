/**
 * @fileoverview unit-inconsistent — compact layout: the period and annual values
 * of one indicator in two units of one dimension (`≥10家` vs `≥10场`).
 */
import { sameUnit } from "../schema/unit-words";
import type { QuantitativeValue } from "../value/types";
import { convertible } from "../value/units";
import type { FixSpec, RuleModule } from "./rule";
import { tableFacts, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import { shownName } from "./utils/value-text";

type Quantity = ValueFact & { parsed: QuantitativeValue };

function unitKey(q: QuantitativeValue): string {
  return sameUnit(q.unitStandard);
}

function quantity(facts: IndicatorFacts, role: ValueFact["role"]): Quantity | undefined {
  const v = facts.values.find((x) => x.role === role);
  const q = v?.parsed;
  return v && q?.kind === "quantitative" && q.unitSource === "value" && q.dimension !== "unknown"
    ? (v as Quantity)
    : undefined;
}

/**
 * The unit the name speaks of, when it names exactly one of the two
 * (`…活动场次` holds 场); the longer wins when one holds the other (人次, 人).
 */
function namedUnit(name: string, a: string, b: string): string | undefined {
  const inName = [a, b].filter((u) => name.includes(u));
  if (inName.length === 2 && a.length !== b.length) return a.length > b.length ? a : b;
  return inName.length === 1 ? inName[0] : undefined;
}

function replaceUnit(value: Quantity, unit: string): FixSpec[] {
  const text = value.field.text;
  const at = text.lastIndexOf(value.parsed.unit);
  if (at < 0) return [];
  const fixed = text.slice(0, at) + unit + text.slice(at + value.parsed.unit.length);
  return [{ text: fixed, messageId: "useUnit", data: { fixed } }];
}

const rule: RuleModule = {
  meta: {
    id: "unit-inconsistent",
    severity: "warning",
    layouts: ["compact"],
    hasSuggestions: true,
    docs: {
      description: {
        zh: "紧凑版式中同一指标的实施周期指标值与年度指标值单位不同（量纲相同）",
        en: "Compact layout: the period and annual values of one indicator use different units of one dimension",
      },
      bad: "实施周期指标值:≥10家；年度指标值:≥10场",
      good: "实施周期指标值:≥10场；年度指标值:≥10场",
    },
    messages: {
      inconsistent: {
        zh: "“{{name}}”的实施周期指标值“{{period}}”与年度指标值“{{annual}}”单位不一致（{{periodUnit}} 与 {{annualUnit}}），请统一",
        en: 'The period value "{{period}}" and the annual value "{{annual}}" of "{{name}}" use different units ({{periodUnit}} vs {{annualUnit}}); use one',
      },
      useUnit: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const facts of tableFacts(context)) {
      const period = quantity(facts, "period");
      const annual = quantity(facts, "annual");
      // Deadlines differ in precision (`2024年底`, `12月底`), not in what they count.
      if (
        !period ||
        !annual ||
        period.parsed.dimension !== annual.parsed.dimension ||
        period.parsed.dimension === "date"
      )
        continue;
      if (unitKey(period.parsed) === unitKey(annual.parsed)) continue;
      // `≥1.2亿元` for the period and `≥4000万元` for the year, `3年` and `12个月`: one scale, exactly converted.
      if (convertible(period.parsed.unitStandard, annual.parsed.unitStandard)) continue;
      const [pu, au] = [period.parsed.unitStandard, annual.parsed.unitStandard];
      const data = {
        name: shownName(facts.name),
        period: period.field.text,
        annual: annual.field.text,
        periodUnit: pu,
        annualUnit: au,
      };
      const named = namedUnit(facts.name, pu, au);
      // The value that disagrees with the name is the one to change; otherwise the annual one.
      const wrong = named === pu ? annual : named === au ? period : annual;
      const suggestions = named ? replaceUnit(wrong, named) : [];
      context.report({ at: wrong.field, messageId: "inconsistent", data, suggestions });
    }
  },
};

export default rule;
