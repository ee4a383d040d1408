/**
 * Our 检查结果 sheet is rewritten only while it holds exactly what we wrote:
 * officers annotate it (a 处理情况 column, a reviewer's name under the list),
 * and a second export that cleared it would lose their work with no undo
 * (Excel's undo does not reach an add-in's clear on most builds). So we keep a
 * print of what we wrote; a sheet that no longer matches it is the user's
 * now, and the new results go beside it (`检查结果 (2)`), which is what an
 * officer expects of "generate again": new results, old notes untouched.
 */

/** Setting holding, per sheet we wrote (Excel: its id; playground: its name), the print of what we wrote there. */
export const OWN_PRINTS_KEY = "jixiao-lint.ownSheetPrints";

/**
 * A short print of a sheet's values as read from A1: cells as text, trailing
 * blanks dropped (a read's used range ends where content ends), FNV-1a over it.
 */
export function sheetPrint(values: readonly (readonly unknown[])[]): string {
  const lines = values.map((row) => {
    const cells = row.map((v) => (v === null || v === undefined ? "" : String(v)));
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    return cells.join("\u001f");
  });
  while (lines.length && lines[lines.length - 1] === "") lines.pop();
  const text = lines.join("\u001e");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length}:${hash.toString(16)}`;
}

/** Ours to rewrite: empty, or holding just what we last wrote (`print`; unknown for an older add-in's sheet: not ours). */
export function untouched(values: readonly (readonly unknown[])[], print: string | undefined): boolean {
  const empty = sheetPrint(values) === sheetPrint([]);
  return empty || (print !== undefined && sheetPrint(values) === print);
}

/** The prints setting as stored; anything damaged reads as none (the sheets then count as the user's). */
export function readPrints(raw: unknown): Record<string, string> {
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, string>) : {};
}
