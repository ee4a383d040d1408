/** The vocabulary (spec §3) as data with lookups. */
export * from "./vocabulary";
export * from "./codes";
export * from "./basis";
export * from "./indicator-kind";
export * from "./unit-words";
export * from "./comparator-words";
export { NAME_UNITS, OVERSPEND } from "./name-words";
export * from "./artifact-words";
export { isInstructionSheet } from "./sheet-words";
export * from "./library";
