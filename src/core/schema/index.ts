/** The vocabulary (spec §3) as data with lookups. */
export * from "./vocabulary";
export * from "./codes";
export * from "./basis";
export * from "./indicator-kind";
export * from "./library";
