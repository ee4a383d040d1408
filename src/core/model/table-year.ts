/** A table's budget year, as its 项目编码 or its title states it. */
import type { Field, TargetTable } from "./table";
import { toHalfWidth } from "../text/normalize";
import { withDigitYears } from "../value/chinese-numerals";

// Shandong codes: 6-digit region, then the 2-digit budget year, then P.
const CODE_YEAR = /^\d{6}(\d{2})P/;
const TITLE_YEAR = /(?<!\d)(20\d{2})(?!\d)/;

// `2025年度…`, `2025年…绩效目标表`, `（2025年度）`: the budget year as a title or year line states it; not a date
// (`（2024年10月编制）`).
const STATED_YEAR = /(?<!\d)(20\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
const PERIOD = /20\d{2}\s*年?度?\s*[-–—~～至到]\s*20\d{2}/;

/**
 * The one year a text states, where the project's name does not hold it (`2.2026年青岛国际帆船周…` names the
 * project; `2025年度青岛市市级项目支出绩效目标表` and `2025年智慧城管平台运维绩效目标表` the budget year). Undefined
 * for none, several, or a period.
 */
function statedYear(text: string, name: string): number | undefined {
  const half = withDigitYears(toHalfWidth(text));
  // A period (`2025-2027年度`, `2025年度至2027年度`) states no one budget year.
  if (PERIOD.test(half)) return undefined;
  const years = new Set<number>();
  for (const m of half.matchAll(STATED_YEAR)) if (!name.includes(m[1])) years.add(Number(m[1]));
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The table's budget year: the one year its title or year line states, else the 项目编码's, else the first year of
 * the title or the year line (in digits or numerals: `二〇一九年度`); undefined when none tells. A stated year comes first: a 延续项目 keeps the code it was
 * given when it entered the project library (`37020021P…` in a 2025 table). A year in the project's name, a period
 * (`2025-2027年度`) or a compile date (`（2024年10月编制）`) is no budget year.
 */
export function tableYear(
  table: Pick<TargetTable, "code" | "title" | "yearLine"> & { name?: Field },
): number | undefined {
  const name = toHalfWidth(table.name?.text ?? "");
  const stated = statedYear(table.title?.text ?? "", name) ?? statedYear(table.yearLine?.text ?? "", name);
  if (stated) return stated;
  const code = toHalfWidth(table.code?.text ?? "")
    .replace(/\s+/g, "")
    .toUpperCase();
  const fromCode = CODE_YEAR.exec(code);
  if (fromCode) return 2000 + Number(fromCode[1]);
  const fromTitle =
    TITLE_YEAR.exec(withDigitYears(toHalfWidth(table.title?.text ?? ""))) ??
    TITLE_YEAR.exec(withDigitYears(toHalfWidth(table.yearLine?.text ?? "")));
  return fromTitle ? Number(fromTitle[1]) : undefined;
}
