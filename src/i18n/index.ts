/**
 * What every presenter says, below `app`: imports only src/core, so the pane, the controller,
 * the ribbon command, the CLI and the annotated copies share one `t()`, one severity table,
 * one language-tag reading, one note format and one diagnostics → marks function.
 */
export { DEFAULT_LOCALE, displayLocale, normalizeLocale, type Locale } from "./locale";
export { severityLabel, t, MESSAGES, type MessageData, type MessageId } from "./t";
export { plural } from "./cli-messages";
export { diagnosticsToMarks, noteLine, type CellMark } from "./marks";
