import type { CellValue } from "../../src/core/grid/grid";
import type { Field } from "../../src/core/model/table";

/** A Field for a cell value, text trimmed as the parser gives it. */
export function fieldAt(row: number, col: number, raw: CellValue): Field {
  const text = raw === null ? "" : typeof raw === "object" ? raw.error : String(raw).trim();
  return { text, raw, row, col };
}
