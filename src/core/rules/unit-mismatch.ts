/**
 * @fileoverview unit-mismatch — the dimension of a value's unit contradicts the
 * indicator: a rate in 个, a count in %, an economic cost in 人, a timeliness in
 * 次, a flat value against its 计量单位 column, compact period against annual.
 */
import type { RuleModule } from "./rule";
import { tableFacts } from "./utils/value-facts";
import { unitMismatches } from "./utils/value-mismatch";

const rule: RuleModule = {
  meta: {
    id: "unit-mismatch",
    severity: "error",
    docs: {
      description: {
        zh: "指标值单位的量纲与指标性质矛盾（比率用“个”、数量用“%”、成本不用金额……）",
        en: "The dimension of a value's unit contradicts the indicator (a rate in 个, a count in %, a cost not in money…)",
      },
      bad: "项目验收通过率  1个",
      good: "项目验收通过率  100%",
    },
    messages: {
      share: {
        zh: "“{{name}}”是比率，{{where}}应以 % 计，当前为“{{text}}”",
        en: '"{{name}}" is a rate: {{whereEn}} should be in %, not "{{text}}"',
      },
      count: {
        zh: "“{{name}}”是数量，{{where}}应写计数单位（个、家、次……），不能用 %，当前为“{{text}}”",
        en: '"{{name}}" is a count: {{whereEn}} needs a counting unit (个, 家, 次…), not %; it is "{{text}}"',
      },
      cost: {
        zh: "“{{name}}”是经济成本指标，{{where}}应以金额（元、万元）、单位金额（万元/辆）或 % 计，当前为“{{text}}”",
        en: '"{{name}}" is an economic cost: {{whereEn}} should be money (元, 万元), money per unit (万元/辆) or %, not "{{text}}"',
      },
      timeliness: {
        zh: "“{{name}}”是时效指标，{{where}}应写日期、时长或及时率，不能用计数单位，当前为“{{text}}”",
        en: '"{{name}}" is a timeliness indicator: {{whereEn}} should be a date, a duration or a rate, not a count "{{text}}"',
      },
      column: {
        zh: "“{{name}}”的指标值“{{text}}”自带单位“{{unit}}”，与计量单位列“{{column}}”不一致；指标值只写数字，单位写在计量单位列",
        en: 'The value "{{text}}" of "{{name}}" carries the unit "{{unit}}", which contradicts the unit column "{{column}}"; write the number only and the unit in 计量单位',
      },
      periodAnnual: {
        zh: "“{{name}}”的实施周期指标值“{{period}}”与年度指标值“{{annual}}”单位性质不同（{{periodUnit}} 与 {{annualUnit}}），请统一",
        en: 'The period value "{{period}}" and the annual value "{{annual}}" of "{{name}}" measure different things ({{periodUnit}} vs {{annualUnit}}); make them agree',
      },
    },
  },
  check(context) {
    for (const facts of tableFacts(context.table)) for (const m of unitMismatches(facts)) context.report(m);
  },
};

export default rule;
