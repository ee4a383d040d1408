/**
 * 推荐指标: what the selected cell says about what to offer — the table it
 * stands in (its 项目名称 suggests a project type) and the 二级指标 of its
 * row. Pure: the controller hands in the sheet's checked tables.
 */
import { containsCell } from "../core/grid/grid";
import type { Indicator, TargetTable } from "../core/model/table";
import { guessProjectType, indicatorLevel2, type Level2, type ProjectType } from "../core/schema";
import { tableName } from "../core/model/table";

export interface LibraryContext {
  tableName: string;
  /** Guessed from 项目名称; undefined when no word tells (the pane offers 通用 then). */
  guessedType?: ProjectType;
  /** The selected row's 二级指标, when the selection is on an indicator row. */
  level2?: Level2;
}

export function libraryContext(tables: readonly TargetTable[], row: number, col: number): LibraryContext | undefined {
  const table = tables.find((t) => t.layout !== "compact" && containsCell(t.range, row, col));
  if (!table) return undefined;
  const indicator: Indicator | undefined = table.indicators.find((i) => i.row === row);
  return {
    tableName: tableName(table),
    guessedType: guessProjectType(table.name?.text),
    level2: indicator && indicatorLevel2(indicator),
  };
}
