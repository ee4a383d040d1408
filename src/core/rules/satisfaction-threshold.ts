/**
 * @fileoverview satisfaction-threshold — a satisfaction target below a floor
 * (default 80%) or set at exactly 100%. No published rule fixes these numbers,
 * so both are options.
 */
import { percentScale } from "../value/units";
import type { QuantitativeValue } from "../value/types";
import type { RuleModule } from "./rule";
import { eachValue } from "./utils/value-facts";
import { isUpperBound } from "../value/comparator";
import { shownName, whereData } from "./utils/value-text";

const DEFAULT_FLOOR = 80;

// Options may arrive as text from a settings file or a command line.
function floorOption(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : DEFAULT_FLOOR;
}

function flagOption(value: unknown): boolean {
  return value !== false && value !== "false";
}

function isHundred(q: QuantitativeValue): boolean {
  return (
    q.number === 100 &&
    q.numberMax === undefined &&
    (q.comparator === undefined || q.comparator === "=" || q.comparator === ">=")
  );
}

const rule: RuleModule = {
  meta: {
    id: "satisfaction-threshold",
    severity: "warning",
    docs: {
      description: {
        zh: "满意度目标低于设定下限（默认 80%），或定为恰好 100%",
        en: "A satisfaction target below a floor (80% by default), or set at exactly 100%",
      },
      bad: "参会人员满意度  100%",
      good: "参会人员满意度  ≥90%",
    },
    messages: {
      below: {
        zh: "“{{name}}”的{{where}}“{{text}}”低于 {{floor}}%，满意度目标偏低",
        en: '{{whereEn}} "{{text}}" of "{{name}}" is below {{floor}}%: the satisfaction target is lax',
      },
      hundred: {
        zh: "“{{name}}”的{{where}}“{{text}}”定为 100%，问卷调查几乎无法达到，建议设为 ≥90% 这样的下限",
        en: '{{whereEn}} "{{text}}" of "{{name}}" asks for 100%, which a survey can hardly reach; set a floor such as ≥90%',
      },
    },
    defaultOptions: { floor: DEFAULT_FLOOR, flagHundred: true },
  },
  check(context) {
    const floor = floorOption(context.options.floor);
    const flagHundred = flagOption(context.options.flagHundred);
    for (const { facts, value } of eachValue(context)) {
      const q = value.parsed;
      // A ceiling on a satisfaction is operator-direction's finding.
      // In % only: a floor of 900‰ or a rate per base is no survey's share we can judge.
      if (!facts.satisfaction || q.kind !== "quantitative" || isUpperBound(q.comparator)) continue;
      if (percentScale(q.unitStandard) !== 1) continue;
      // Message data only for a finding: most satisfaction targets pass.
      const data = () => ({ ...whereData(value.role), name: shownName(facts.name), text: value.field.text, floor });
      if (q.number < floor) context.report({ at: value.field, messageId: "below", data: data() });
      else if (flagHundred && isHundred(q)) context.report({ at: value.field, messageId: "hundred", data: data() });
    }
  },
};

export default rule;
