/**
 * @fileoverview stale-year — a year in a 三级指标 or its description older than
 * the table's year minus one: a row copied from an old table
 * (`2016年度专项检查完成数` in a 2023 table); also a deadline so long past
 * (`2019年12月底前` in a 2025 table).
 */
import type { Field } from "../model/table";
import { eachValue, type IndicatorFacts, type ValueFact } from "./utils/value-facts";
import type { RuleContext, RuleModule } from "./rule";
import { tableYear } from "../model/table-year";
import { OLDEST_DEADLINE, yearsAt } from "./utils/structure-year";
import { toHalfWidth } from "../text/normalize";
import { DEADLINE_WORK } from "../schema/time-words";

function checkField(context: RuleContext, field: Field | undefined, year: number, maxAge: number): void {
  if (!field) return;
  const found = yearsAt(field.text ?? "").find((y) => y.year < year - maxAge);
  if (found !== undefined) report(context, field, found, year);
}

function report(context: RuleContext, field: Field, found: { year: number; at: number }, year: number): void {
  const data = { year: found.year, tableYear: year };
  // At the year found: the same digits may stand earlier in a document's title (`《2021年…方案》，2021年完成…`).
  const replaced = field.text.slice(0, found.at) + String(year) + field.text.slice(found.at + 4);
  context.report({
    at: field,
    messageId: "stale",
    data,
    suggestions: [{ text: replaced, messageId: "useYear", data }],
  });
}

const DEADLINE_BEFORE = /^(?:于|在)?$/;

/**
 * A date target (`2019年12月底前`, `2022年12月底前完成`, `2022.12.31`): its year, when older than the table's year
 * minus `maxAge`. A 实施期 value may reach back to the project's start, and a column beside the first is another
 * year's or region's. Other words around the date make it no target: a status (`2021年10月底前已完工`, a 续建
 * project's done phase) or whom a value covers (`2000年12月31日以前建成的小区`).
 */
function checkDate(context: RuleContext, facts: IndicatorFacts, value: ValueFact, year: number, maxAge: number): void {
  const q = value.parsed;
  if (value.role === "period" || value.beside || q.kind !== "quantitative" || q.dimension !== "date") return;
  const stale = q.date?.year;
  // Before 2010 no current table sets a deadline: a cohort (`2005年底前建成` 小区), as in names.
  if (stale === undefined || q.numberMax !== undefined || stale >= year - maxAge || stale < OLDEST_DEADLINE) return;
  if (!DEADLINE_BEFORE.test(q.words?.before.trim() ?? "")) return;
  // The work done by then makes a deadline only under 时效指标; elsewhere `2020年底前建成` says which things count.
  const after = q.words?.after.trim() ?? "";
  if (after && !(facts.timeliness && DEADLINE_WORK.test(after))) return;
  const at = toHalfWidth(value.field.text).indexOf(String(stale));
  if (at >= 0) report(context, value.field, { year: stale, at }, year);
}

const rule: RuleModule = {
  meta: {
    id: "stale-year",
    severity: "warning",
    hasSuggestions: true,
    docs: {
      description: {
        zh: "三级指标、指标描述或日期指标值中的年份早于本表年度的上一年，可能是照搬旧表",
        en: "A year in an indicator's name, description or date target older than the year before the table's: likely copied from an old table",
      },
      bad: "2016年度专项检查完成数（2023年表）",
      good: "2023新能源汽车补贴发放及时性",
    },
    messages: {
      stale: {
        zh: "指标中的年份 {{year}} 早于本表年度 {{tableYear}}：是否照搬了旧表？请改为本年度的内容",
        en: "The year {{year}} is older than the table's year {{tableYear}}: copied from an old table? Update it to this year",
      },
      useYear: { zh: "把 {{year}} 改为 {{tableYear}}", en: "Change {{year}} to {{tableYear}}" },
    },
    // year 0: take the year from the 项目编码 or the title.
    defaultOptions: { year: 0, maxAge: 1 },
  },
  check(context) {
    const { table, options } = context;
    const year = Number(options.year) > 0 ? Number(options.year) : tableYear(table);
    if (!year) return;
    const maxAge = Number.isFinite(Number(options.maxAge)) ? Number(options.maxAge) : 1;
    for (const indicator of table.indicators) {
      checkField(context, indicator.name, year, maxAge);
      checkField(context, indicator.description, year, maxAge);
    }
    for (const { facts, value } of eachValue(context)) checkDate(context, facts, value, year, maxAge);
  },
};

export default rule;
