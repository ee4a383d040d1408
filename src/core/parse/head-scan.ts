/** What the head parser finds while scanning a head block: label hits and what the block says of itself. */
import type { CellPos } from "../grid/grid";
import type { Field, MoneyUnit } from "../model/table";
import type { HeadKey } from "../schema/head-words";

/** A head label found in a cell (`预算数（万元）`, `年度资金总额:50万`). */
export interface Hit {
  key: HeadKey;
  rank: number;
  row: number;
  col: number;
  /** The label's own text, as written. */
  text: string;
  /** A value packed into the label's cell. */
  inline?: Field;
  /** A money label over a task list (task-list.ts): the list's total, null for none; undefined for no list. */
  listed: Field | null | undefined;
  /** The year a budget label names (`2024年度预算数`). */
  year?: number;
}

/** A head block as scanned: its label hits, unit line, title and the column headers of the year's budget. */
export interface Scan {
  hits: Hit[];
  unitLine?: { row: number; col: number; unit: MoneyUnit };
  /** Money units named in labels' brackets (`资金情况(万元)`), first first. */
  bracketUnits: MoneyUnit[];
  title?: Field;
  yearLine?: Field;
  /** Column headers of the year's budget as it stands (`全年预算数`): where adjustedColumnValue looks. */
  adjustedHeaders: CellPos[];
  /**
   * The budget's own column where its label heads one (`资金来源 | 上年度预算数 | 本年度预算数` over `合计 | 90 | 120`):
   * set once the budget is read, so that its parts are read in the same column.
   */
  budgetColumn?: CellPos & { amountRow: number };
}
