/**
 * @fileoverview timeliness-vague — a 时效指标 whose value holds no date, duration
 * or percentage (`及时`, `尽快`, `按时上报`): nobody can tell whether it was met.
 */
import { TIME_WORDS } from "../schema/time-words";
import type { ParsedValue } from "../value/types";
import type { RuleModule } from "./rule";
import { eachValue } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

function saysWhen(text: string, q: ParsedValue): boolean {
  if (q.kind !== "qualitative") return true;
  const timed = (q.quantities ?? []).some(
    (x) => x.dimension === "date" || x.dimension === "time" || x.dimension === "percent",
  );
  return timed || TIME_WORDS.test(text);
}

const rule: RuleModule = {
  meta: {
    id: "timeliness-vague",
    severity: "warning",
    // `X月X日前` is a template left unfilled: filling it is the one thing to do.
    yieldsTo: ["placeholder-unfilled"],
    docs: {
      description: {
        zh: "时效指标的指标值没有日期、时长或百分比（及时、尽快、按时上报）",
        en: "A 时效指标 (timeliness) value holds no date, duration or percentage (及时, 尽快, 按时上报)",
      },
      bad: "检查月报（时效指标）  按时上报",
      good: "检查月报（时效指标）  每月10日前上报",
    },
    messages: {
      vague: {
        zh: "“{{name}}”是时效指标，{{where}}“{{text}}”没有写明期限，请写日期（≤10月）、时长（≤60日）或及时率（100%）",
        en: '"{{name}}" is a timeliness indicator: {{whereEn}} "{{text}}" states no deadline; write a date (≤10月), a duration (≤60日) or a rate (100%)',
      },
    },
  },
  check(context) {
    for (const { facts, value } of eachValue(context)) {
      if (!facts.timeliness || saysWhen(value.field.text, value.parsed)) continue;
      context.report({
        at: value.field,
        messageId: "vague",
        data: { ...whereData(value.role), name: shownName(facts.name), text: value.field.text },
      });
    }
  },
};

export default rule;
