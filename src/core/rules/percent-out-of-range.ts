/**
 * @fileoverview percent-out-of-range — a share (合格率, 覆盖率, 满意度…) above 100%
 * or below 0%, which no result can meet. Growth rates may exceed 100%.
 */
import { percentScale } from "../value/units";
import type { QuantitativeValue } from "../value/types";
import { DECLINE, MAY_EXCEED } from "../schema/name-words";
import type { RuleModule } from "./rule";
import { eachValue } from "./utils/value-facts";
import { shownName, upperNumber, whereData } from "./utils/value-text";

/** `scale`: percent per unit (‰ is a tenth); `decline`: a rate of decline, which may fall below 0%. */
function outOfRange(q: QuantitativeValue, scale: number, decline: boolean): boolean {
  const low = q.number * scale;
  const high = upperNumber(q) * scale;
  // A ceiling above 100% (`床位使用率 ≤105%`) is met by every share: no bound to fault but one below 0%.
  if ((q.comparator === "<=" || q.comparator === "<") && q.numberMax === undefined)
    return !decline && (low < 0 || (q.comparator === "<" && low <= 0));
  if (high > 100 || low > 100 || (low < 0 && !decline)) return true;
  // `>100%` and `<0%` cannot be met either.
  return (q.comparator === ">" && high >= 100) || (q.comparator === "<" && low <= 0 && !decline);
}

const rule: RuleModule = {
  meta: {
    id: "percent-out-of-range",
    severity: "error",
    docs: {
      description: {
        zh: "占比类指标（合格率、覆盖率、满意度……）的百分比大于 100% 或小于 0%",
        en: "A share (合格率, 覆盖率, 满意度…) above 100% or below 0%",
      },
      bad: "验收合格率  ≥120%",
      good: "验收合格率  100%",
    },
    messages: {
      outOfRange: {
        zh: "“{{name}}”是占比，{{where}}“{{text}}”超出 0%～100% 的范围，无法达到",
        en: '"{{name}}" is a share: {{whereEn}} "{{text}}" lies outside 0%–100% and cannot be met',
      },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      const q = value.parsed;
      // Revenue, attraction or output rates may pass 100% (`招商引资任务完成率 ≥110%`, `达产率`: MAY_EXCEED).
      const share = (facts.kind === "share" && !MAY_EXCEED.test(facts.name)) || facts.satisfaction;
      if (!share || q.kind !== "quantitative" || q.dimension !== "percent") continue;
      const scale = percentScale(q.unitStandard);
      // `能耗下降率 -3%` says consumption may grow by 3%: a target, not an impossible share.
      if (scale === undefined || !outOfRange(q, scale, DECLINE.test(facts.name))) continue;
      context.report({
        at: value.field,
        messageId: "outOfRange",
        data: { ...whereData(value.role), name: shownName(facts.name), text: value.field.text },
      });
    }
  },
};

export default rule;
