/**
 * What the adapter remembers about the cells it marked, kept in the workbook's
 * settings (keyed by the sheet's id so a rename keeps it; split into row
 * blocks with an index, see record-io.ts): each cell's original fill and note,
 * so clearing restores them exactly.
 */
import type { Severity } from "../core/model/diagnostic";
import { MARK_FILL } from "../host/mark-colors";

/** A cell's fill as `getCellProperties` reports it; pattern "None" is no fill at all (not white). */
export interface FillState {
  color: string;
  pattern: string;
  patternColor?: string;
  tintAndShade?: number;
}

export const NO_FILL: FillState = { color: "#FFFFFF", pattern: "None" };

/**
 * - "none": the cell had no note and we wrote none;
 * - "ours": we wrote `ours`, removed on restore if still unchanged;
 * - "user": the user's note, never written, moved or deleted by us.
 */
export type NoteOwner = "none" | "ours" | "user";

export interface CellRecord {
  /** The fill before we first marked the cell. */
  fill: FillState;
  note: NoteOwner;
  /** A digest of our note's text (noteDigest), to recognise it later without storing every message twice. */
  ours?: string;
  /** The user's note as we found it (kept for the record; never written back). */
  userNote?: string;
  /** The severity whose colour we painted. */
  sev: Severity;
}

export interface SheetRecord {
  v: 1;
  /** The sheet's name when last written, for messages only. */
  sheet: string;
  /** Keyed by A1 address. */
  cells: Record<string, CellRecord>;
}

export const MARKS_KEY_PREFIX = "jixiao-lint.marks.";

/** The sheet's index key (in the old format, its whole record); its blocks are `<this>.<block>`. */
export function marksKey(worksheetId: string): string {
  return MARKS_KEY_PREFIX + worksheetId;
}

export function emptyRecord(sheet: string): SheetRecord {
  return { v: 1, sheet, cells: {} };
}

/** A damaged or foreign value is treated as "nothing recorded" rather than crashing the check. */
export function parseRecord(value: unknown, sheet: string): SheetRecord {
  try {
    const parsed = typeof value === "string" ? JSON.parse(value) : value;
    if (parsed && parsed.v === 1 && typeof parsed.cells === "object" && parsed.cells) return parsed as SheetRecord;
  } catch {
    // fall through
  }
  return emptyRecord(sheet);
}

export function fillKey(fill: FillState): string {
  return JSON.stringify([fill.color.toUpperCase(), fill.pattern, fill.patternColor ?? "", fill.tintAndShade ?? 0]);
}

/** Whether the cell still shows the colour we painted (the user may have re-coloured it since). */
export function showsMark(fill: FillState, sev: Severity): boolean {
  return fill.pattern !== "None" && fill.color.toUpperCase() === MARK_FILL[sev];
}

const normalizeNote = (s: string) => s.replace(/\r\n?/g, "\n").trim();

/** Note texts compare without regard to line endings, which hosts may rewrite. */
export function sameNote(a: string | undefined | null, b: string | undefined | null): boolean {
  return a != null && b != null && normalizeNote(a) === normalizeNote(b);
}

/** FNV-1a and the length of the normalised text: enough to tell our note from an edited one. */
export function noteDigest(text: string): string {
  const norm = normalizeNote(text);
  let hash = 0x811c9dc5;
  for (let i = 0; i < norm.length; i++) hash = Math.imul(hash ^ norm.charCodeAt(i), 0x01000193) >>> 0;
  return `${hash.toString(16)}:${norm.length}`;
}

/** Whether `current` is still the note we wrote (`digest` from the record). */
export function isOurNote(current: string | null | undefined, digest: string | undefined): boolean {
  return current != null && digest !== undefined && noteDigest(current) === digest;
}
