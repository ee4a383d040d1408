/**
 * Convert (转换为标准表): tables read in any layout → form or flat tables on a
 * new sheet, from the model (never from cell positions), so every layout the
 * reader understands converts. The source is never written.
 */
import type { TargetTable } from "../model/table";
import type { TemplateBlock } from "../template/block";
import { GAP_ROWS } from "../template/place";
import { flatBlock } from "./flat";
import { formBlock } from "./form";
import { stackBlocks } from "./stack";

export type ConvertTarget = "form" | "flat";

/** Every table as one block for a new sheet, tables stacked with GAP_ROWS blank rows between. */
export function convertTables(tables: readonly TargetTable[], to: ConvertTarget): TemplateBlock {
  return stackBlocks(tables.map(to === "form" ? formBlock : flatBlock), GAP_ROWS);
}

/** A sheet name not yet taken: `标准表`, `标准表 (2)` … (Excel: ≤ 31 characters, unique ignoring case). */
export function freeSheetName(taken: readonly string[], to: ConvertTarget): string {
  const base = to === "form" ? "标准表" : "导出格式";
  const used = new Set(taken.map((s) => s.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
