/** The one name of each severity, for the pane, notes, CSV, the results sheet, the CLI and annotated copies. */
import type { LocalizedText, Severity } from "../core/model/diagnostic";

export const SEVERITY_LABEL = {
  error: { zh: "错误", en: "Error" },
  warning: { zh: "警告", en: "Warning" },
  info: { zh: "提示", en: "Info" },
} as const satisfies Record<Severity, LocalizedText>;
