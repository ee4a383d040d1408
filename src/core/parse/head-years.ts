/**
 * Years in a head block: budget labels that name one (`2024年度预算数`) and a funds grid's year columns (`合计 |
 * 2025年 | 2026年`), read by the table's year.
 */
import type { HeadLabel } from "../schema/head-words";
import { headLabelKey, headLabelOfText } from "../text/head-label";
import { tableYear } from "../model/table-year";
import type { Scan } from "./head-scan";

/** A column header naming one year (`2025年`, `2025年度`). */
export const YEAR_HEADER = /^\s*((?:19|20)\d\d)\s*年度?\s*$/;

const YEAR_LABEL = /^\s*(?:本年度?[(（])?((?:19|20)\d\d)年度?[)）]?/;

/** A budget label that names its year (`2024年度预算数`, `2024年资金需求`, `本年（2024年）预算`): the year's amount. */
export function yearBudget(text: string): { label: HeadLabel; year: number } | undefined {
  const m = YEAR_LABEL.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const label = headLabelOfText(rest) ?? headLabelOfText("年度" + rest);
  return label?.key === "budget" ? { label: { ...label, rank: 3 }, year: Number(m[1]) } : undefined;
}

/** `本年`, `当年`, `年度`, or the project's year (`项目当年预算`: 芜湖's 申报明细表, beside `项目总预算`). */
const THIS_YEAR = /^\s*(项目)?(?:本年度|本年|当年|年度)/;
/**
 * What follows `本年`/`当年`/`年度` in a label of the year's money (`当年申请金额`, `本年申请数`, `本年财政安排`,
 * `年度资金申请总额`: the year's request beside `项目资金总额`, 兵团's form).
 */
const YEAR_MONEY =
  /^(?:资金)?(?:拟?申请|拟?安排|财政安排|财政预算|支出预算|预算申请|申请预算)(?:财政|专项|补助|债券|项目)?(?:资金)?(?:金额|资金|数|额|额度|总额|预算|预算数|预算资金|经费)?$/;

/**
 * A label of this year's money in words the head list lacks (`当年申请金额` beside `项目总金额`, `本年申请数`,
 * `年度支出预算数`): the year's amount, ranked over the project's whole.
 */
export function thisYearBudget(text: string): HeadLabel | undefined {
  const m = THIS_YEAR.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length).replace(/^[:：]/, "");
  // `项目当年预算` is `当年预算` of the project: the year's label without `项目`.
  const label = headLabelOfText(rest) ?? (m[1] ? headLabelOfText(text.trim().slice(m[1].length)) : undefined);
  if (label?.key === "budget" || (!label && YEAR_MONEY.test(headLabelKey(rest)))) return { key: "budget", rank: 3 };
  return undefined;
}

/**
 * Budget labels that name a year count where they name the table's (its title's or year line's), or, with no
 * year there, where they all name one, or where they name two years: the later is the table's (a target table is
 * filed for the coming year, last year's amounts beside it for comparison; the nineteenth session's head review: the
 * earlier column, read through the `合计` row, had been the budget). Three years or more are a plan over the coming
 * years, whose first may be the table's: no label of them counts.
 */
export function keepDatedBudgets(scan: Scan): void {
  const dated = scan.hits.filter((h) => h.year !== undefined);
  if (dated.length === 0) return;
  const stated = statedYear(scan);
  const years = [...new Set(dated.map((h) => h.year as number))];
  const year = stated ?? (years.length <= 2 ? Math.max(...years) : undefined);
  scan.hits = scan.hits.filter((h) => h.year === undefined || h.year === year);
}

/** The table's year as its title or year line state it, for the year columns of a funds grid. */
export function statedYear(scan: Scan): number | undefined {
  return tableYear({ title: scan.title, yearLine: scan.yearLine });
}
