/** A table's budget year, as its 项目编码 or its title states it. */
import type { TargetTable } from "./table";
import { toHalfWidth } from "../text/normalize";

// Shandong codes: 6-digit region, then the 2-digit budget year, then P.
const CODE_YEAR = /^\d{6}(\d{2})P/;
const TITLE_YEAR = /(?<!\d)(20\d{2})(?!\d)/;

const TITLE_YEARS = /(?<!\d)(20\d{2})(?!\d)/g;
// A year that opens a span (`2023-2025年`, `2023年至2025年`) is no budget year of its own.
const SPAN_AFTER = /^\s*年?\s*[-–—~～至到]/;

/**
 * The one year a title states, not as the start of a span (`2025年度…绩效目标表`); undefined for none or several
 * (`2025-2027年中期…`, a project named by another year).
 */
function titleYear(title: string): number | undefined {
  const text = toHalfWidth(title);
  const years = new Set<number>();
  for (const m of text.matchAll(TITLE_YEARS)) {
    if (SPAN_AFTER.test(text.slice((m.index ?? 0) + 4))) return undefined;
    years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * The table's budget year: the one year its title states, else the 项目编码's, else the first year of the title or
 * the year line; undefined when none tells. A title's year comes first: a 延续项目 keeps the code it was given when it
 * entered the project library (`37020021P…` in a 2025 table).
 */
export function tableYear(table: Pick<TargetTable, "code" | "title" | "yearLine">): number | undefined {
  const stated = titleYear(table.title?.text ?? "");
  if (stated) return stated;
  const code = toHalfWidth(table.code?.text ?? "")
    .replace(/\s+/g, "")
    .toUpperCase();
  const fromCode = CODE_YEAR.exec(code);
  if (fromCode) return 2000 + Number(fromCode[1]);
  const fromTitle =
    TITLE_YEAR.exec(toHalfWidth(table.title?.text ?? "")) ?? TITLE_YEAR.exec(table.yearLine?.text ?? "");
  return fromTitle ? Number(fromTitle[1]) : undefined;
}
