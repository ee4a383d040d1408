/** A table's budget year, as its 项目编码 or its title states it. */
import type { TargetTable } from "./table";
import { toHalfWidth } from "../text/normalize";

// Shandong codes: 6-digit region, then the 2-digit budget year, then P.
const CODE_YEAR = /^\d{6}(\d{2})P/;
const TITLE_YEAR = /(?<!\d)(20\d{2})(?!\d)/;

/** The table's budget year, from the 项目编码 or else the title; undefined when neither tells. */
export function tableYear(table: Pick<TargetTable, "code" | "title" | "yearLine">): number | undefined {
  const code = toHalfWidth(table.code?.text ?? "")
    .replace(/\s+/g, "")
    .toUpperCase();
  const fromCode = CODE_YEAR.exec(code);
  if (fromCode) return 2000 + Number(fromCode[1]);
  const fromTitle =
    TITLE_YEAR.exec(toHalfWidth(table.title?.text ?? "")) ?? TITLE_YEAR.exec(table.yearLine?.text ?? "");
  return fromTitle ? Number(fromTitle[1]) : undefined;
}
