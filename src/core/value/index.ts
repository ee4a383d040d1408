/** The value grammar (spec §4). */
export * from "./types";
export * from "./units";
export * from "./number";
export * from "./comparator";
export * from "./name-kind";
export * from "./parse-value";
export { unitFromName } from "./patterns";
export * from "./spelling";
