/**
 * @fileoverview percent-trivial — a share written `≥100%` (only 100% meets it:
 * write `100%`) or `≤100%` (always true: no target at all).
 */
import { harmWithFloor } from "./utils/value-facts";
import { percentScale } from "../value/units";
import { CONTROL_RATE, MAY_EXCEED } from "../schema/name-words";
import type { RuleModule } from "./rule";
import { comparatorCell, eachValue } from "./utils/value-facts";
import { shownName, whereData, withoutComparator } from "./utils/value-text";
import { applySpellings, nonstandardSpellings } from "../value/spelling";

const rule: RuleModule = {
  meta: {
    id: "percent-trivial",
    severity: "warning",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "占比写成 ≥100%（只有 100% 能满足）或 ≤100%（永远满足）",
        en: "A share written ≥100% (only 100% meets it) or ≤100% (always true)",
      },
      bad: "签约完成率  ≥100%",
      good: "签约完成率  100%",
    },
    messages: {
      floor: {
        zh: "“{{name}}”是占比，{{where}}“{{text}}”只有 100% 才能满足，请直接写“100%”或写出真实的下限",
        en: '"{{name}}" is a share: {{whereEn}} "{{text}}" is met by 100% only; write "100%" or the real floor',
      },
      ceiling: {
        zh: "“{{name}}”是占比，{{where}}“{{text}}”永远成立，等于没有目标，请写出真实的目标值",
        en: '"{{name}}" is a share: {{whereEn}} "{{text}}" is always true, so it sets no target; state the real one',
      },
      exact: { zh: "改为“{{fixed}}”", en: 'Change to "{{fixed}}"' },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      const q = value.parsed;
      // `≥100‰` is a tenth, and `≥100/10万` a rate: only 100 in % is the whole.
      if (facts.kind !== "share" || q.kind !== "quantitative" || percentScale(q.unitStandard) !== 1) continue;
      // `达产率 ≥100%`, `税收收入预算完成率 ≥100%`: over-fulfilment counts, so the floor is a real one.
      if (MAY_EXCEED.test(facts.name)) continue;
      if (q.number !== 100 || q.numberMax !== undefined) continue;
      // `逾期发放率 ≥100%`: the sign points the wrong way (operator-direction), and "write 100%" would confirm it.
      if (harmWithFloor(facts, q)) continue;
      const data = { ...whereData(value.role), name: shownName(facts.name), text: value.field.text };
      if (q.comparator === ">=") {
        const at = comparatorCell(value);
        // In the flat layout the comparator column says `＝` (the budget systems' spelling).
        // Written the standard way (`≥１００百分号` → `100%`), so that taking it leaves unit-nonstandard nothing to ask.
        const plain = at === value.field ? withoutComparator(at.text, q.comparatorText) : "＝";
        const fixed = plain && applySpellings(plain, nonstandardSpellings(plain));
        // A satisfaction of exactly 100% is what satisfaction-threshold warns against: no suggestion to write it.
        const suggestions = fixed && !facts.satisfaction ? [{ text: fixed, messageId: "exact", data: { fixed } }] : [];
        context.report({ at, messageId: "floor", data, suggestions });
      } else if (q.comparator === "<=" && !facts.cost && !CONTROL_RATE.test(facts.name)) {
        // On a cost, `≤100%` (do not overspend) is a real ceiling; so it is on a rate against a cap
        // (`在职人员控制率`: staff over the quota, which can pass 100%).
        context.report({ at: value.field, messageId: "ceiling", data });
      }
    }
  },
};

export default rule;
