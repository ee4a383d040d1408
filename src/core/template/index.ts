/** One-click templates: a blank form table and single indicator rows, as data for the hosts. */
export * from "./block";
export * from "./indicator-row";
export * from "./form-table";
export * from "./flat-table";
export * from "./prompts";
export * from "./library-row";
export * from "./place";
