/** Fill colours of marks by severity (Excel's own "bad / neutral / note" palette, readable in print). */
import type { Severity } from "../core/model/diagnostic";

export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
