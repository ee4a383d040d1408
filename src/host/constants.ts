/** Names every host shares, so the Excel adapter and the playground store the same things the same way. */

/** Setting holding the ignored findings' keys (JSON array). */
export const IGNORED_KEY = "jixiao-lint.ignored";
/** Setting holding the ids (Excel) or names (playground) of the sheets we created; only those are ever rewritten. */
export const OWN_SHEETS_KEY = "jixiao-lint.ownSheets";
/** Setting holding the last result of the ribbon's 检查本表, for the pane to show when it opens. */
export const RIBBON_CHECK_KEY = "jixiao-lint.ribbonCheck";
/** Excel's last column (XFD): row inserts and deletes are reported as whole rows up to it. */
export const LAST_COL = 16383;
/** Excel's last row. */
export const LAST_ROW = 1048575;

/** Sets our reasons apart below a user's own note (the annotated copy and the pane's marks alike). */
export const NOTE_MARKER = "【jixiao-lint】";
