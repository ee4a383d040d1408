/** Hand-made findings, so that reporters and annotation are tested apart from the rules. */
import { toA1 } from "../../../src/core/grid/address";
import type { Diagnostic, Severity } from "../../../src/core/model/diagnostic";

export function diagnostic(over: Partial<Diagnostic> & { row: number; col: number; severity: Severity }): Diagnostic {
  const ruleId = over.ruleId ?? "basis-missing";
  return {
    ruleId,
    sheet: "Sheet1",
    cell: toA1(over.row, over.col),
    messageId: "missing",
    data: {},
    message: { zh: `${ruleId} 的问题`, en: `problem of ${ruleId}` },
    tableId: "Sheet1!A1",
    tableName: "企业搬迁改造工作经费",
    ...over,
  };
}
