/**
 * Keys of findings. An ignored finding must stay ignored across re-checks and
 * reopening, yet come back when the cell is edited: so the key is the rule,
 * the message, the place and the text the cell held when it was checked.
 */
import type { Diagnostic } from "../core/model/diagnostic";

export function findingKey(d: Diagnostic, cellText: string): string {
  return [d.ruleId, d.messageId, d.sheet, d.cell, cellText].join("\u001f");
}
