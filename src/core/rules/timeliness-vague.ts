/**
 * @fileoverview timeliness-vague — a 时效指标 whose value holds no date, duration
 * or percentage (`及时`, `尽快`, `按时上报`): nobody can tell whether it was met.
 */
import type { ParsedValue } from "../value";
import type { RuleModule } from "./rule";
import { eachValue } from "./utils/value-facts";
import { shownName, whereData } from "./utils/value-text";

// Deadlines and periods written as words: they do say when.
const TIME_WORDS =
  /年底|年末|年初|年内|年度内|年中|月底|月末|月初|月中|季末|季度末|[一二三四1-4]季度|上半年|下半年|当年|当月|当日|当天|次日|按月|每月|按季|每季|按年|每年|按周|每周|每日|每天|实时|即时|汛期前|汛前|开学前|春节前|节前|合同(?:约定)?(?:工期|期限)|工期内/;

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
