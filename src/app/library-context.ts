/**
 * 推荐指标: what the selected cell says about what to offer — the table it
 * stands in (its 项目名称 suggests a project type) and the 二级指标 of its
 * row. Pure: the controller hands in the sheet's checked tables.
 */
import { containsCell } from "../core/grid/grid";
import type { Indicator, TargetTable } from "../core/model/table";
import { guessProjectType, indicatorLevel2, type Level2, type ProjectType } from "../core/schema";
import { tableName } from "../core/model/table";
import { normalizeLabel } from "../core/text/normalize";

export interface LibraryContext {
  tableName: string;
  /** Guessed from 项目名称; undefined when no word tells (the pane offers 通用 then). */
  guessedType?: ProjectType;
  /** The selected row's 二级指标, when the selection is on an indicator row. */
  level2?: Level2;
  /** The table's 三级指标 as compared (normalizeLabel): the library's entries of these names are not offered again. */
  present: readonly string[];
}

export function libraryContext(tables: readonly TargetTable[], row: number, col: number): LibraryContext | undefined {
  const table = tables.find((t) => t.layout !== "compact" && containsCell(t.range, row, col));
  if (!table) return undefined;
  const indicator: Indicator | undefined = table.indicators.find((i) => i.row === row);
  return {
    tableName: tableName(table),
    guessedType: guessProjectType(table.name?.text),
    level2: indicator && indicatorLevel2(indicator),
    present: table.indicators.flatMap((i) => (i.name?.text ? [normalizeLabel(i.name.text)] : [])),
  };
}

/**
 * The entries to offer: those the table has not got. One inserted again is only flagged as a duplicate at
 * once (the reviewer's 资金拨付及时率), so they are left out; the pane says how many.
 */
export function notInTable<E extends { name: string }>(
  entries: readonly E[],
  context: LibraryContext | undefined,
): { offered: E[]; left: number } {
  const present = new Set(context?.present ?? []);
  const offered = entries.filter((e) => !present.has(normalizeLabel(e.name)));
  return { offered, left: entries.length - offered.length };
}
