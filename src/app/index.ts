/** The host-agnostic controller the task pane (and the playground) drive. */
export { LintController, type ControllerOptions } from "./controller";
export * from "./findings";
export * from "./state";
export { diagnosticsToMarks, noteLine, worstSeverity } from "./marks";
export { toCsv, findingRows, defuse, BOM } from "./csv";
export { findingKey } from "./keys";
export { defaultCore, type CoreApi } from "./core-api";
