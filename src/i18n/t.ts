/**
 * The one message lookup of every presenter: the pane, the controller's notes, CSV and
 * results sheet, the CLI and the annotated copies. Tables are zh-CN first, en-US alongside;
 * `{{name}}` placeholders are filled from data, as in the core's rule messages.
 */
import { fillPlaceholders } from "../core/lint/format-message";
import { localize, type Locale, type LocalizedText, type Severity } from "../core/model/diagnostic";
import { CLI_MESSAGES } from "./cli-messages";
import { CONVERT_MESSAGES } from "./convert-messages";
import { PANE_MESSAGES } from "./pane-messages";
import { SEVERITY_LABEL } from "./severity";

/** Keys present in both tables: must stay empty, or one table would silently shadow the other. */
type Overlap =
  | (keyof typeof PANE_MESSAGES & keyof typeof CLI_MESSAGES)
  | (keyof typeof CONVERT_MESSAGES & keyof (typeof PANE_MESSAGES & typeof CLI_MESSAGES))
  | (keyof typeof SEVERITY_LABEL & keyof (typeof PANE_MESSAGES & typeof CLI_MESSAGES));
const noOverlap: [Overlap] extends [never] ? true : false = true;
void noOverlap;

export const MESSAGES: Readonly<Record<MessageId, LocalizedText>> = {
  ...SEVERITY_LABEL,
  ...PANE_MESSAGES,
  ...CLI_MESSAGES,
  ...CONVERT_MESSAGES,
};

export type MessageId =
  keyof typeof SEVERITY_LABEL | keyof typeof PANE_MESSAGES | keyof typeof CLI_MESSAGES | keyof typeof CONVERT_MESSAGES;
export type MessageData = Record<string, string | number>;

/** `t(locale, "checkSheet")` → 检查本表; data fills the placeholders. */
export function t(locale: Locale, id: MessageId, data: MessageData = {}): string {
  return fillPlaceholders(localize(MESSAGES[id], locale), data);
}

/** 错误 / Error: a severity as every presenter names it. */
export function severityLabel(locale: Locale, severity: Severity): string {
  return t(locale, severity);
}
