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
  /**
   * Present ("") where our reason was appended below the user's own note (as in
   * the CLI's copies). The note's text is not stored — older records kept it, and
   * a 256-row block reached 2.86 MB — clearing takes the user's part from the cell.
   */
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

/** Raised when the record was written by a newer version of the add-in: we must neither use nor overwrite it. */
export class RecordVersionError extends Error {
  readonly code = "MarkRecordUnknownVersion";
  constructor(
    readonly sheet: string,
    readonly version: unknown,
  ) {
    super(`MarkRecordUnknownVersion: the marks record of ${sheet} has version ${String(version)}`);
  }
}

/** A record value's version when it is one we do not know (a newer add-in wrote it); undefined otherwise. */
export function unknownVersion(value: unknown, known: readonly number[]): unknown {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = (value as { v?: unknown }).v;
  return typeof v === "number" && !known.includes(v) ? v : undefined;
}

const SEVERITIES = new Set(Object.keys(MARK_FILL));
const OWNERS = new Set(["none", "ours", "user"]);
const isText = (v: unknown) => typeof v === "string";

function validFill(fill: unknown): fill is FillState {
  if (!fill || typeof fill !== "object") return false;
  const f = fill as Record<string, unknown>;
  return (
    isText(f.color) &&
    isText(f.pattern) &&
    (f.patternColor === undefined || isText(f.patternColor)) &&
    (f.tintAndShade === undefined || (typeof f.tintAndShade === "number" && Number.isFinite(f.tintAndShade)))
  );
}

/** One entry as we wrote it; anything else (a hand-edited or foreign value) is left out. */
function validCell(cell: unknown): cell is CellRecord {
  if (!cell || typeof cell !== "object" || Array.isArray(cell)) return false;
  const c = cell as Record<string, unknown>;
  return (
    validFill(c.fill) &&
    OWNERS.has(c.note as string) &&
    SEVERITIES.has(c.sev as string) &&
    (c.ours === undefined || isText(c.ours)) &&
    (c.userNote === undefined || isText(c.userNote))
  );
}

/**
 * A record value of version 1, its shape checked entry by entry: a damaged
 * or foreign value reads as "nothing recorded" and a wrong-shaped entry is
 * left out, rather than crashing the check or 清除标记. (The safety net in
 * plan-marks.ts still knows our colours.) Versions are checked by the caller.
 */
export function parseRecord(value: unknown, sheet: string): SheetRecord {
  let parsed: unknown;
  try {
    parsed = typeof value === "string" ? JSON.parse(value) : value;
  } catch {
    return emptyRecord(sheet);
  }
  const p = parsed as { v?: unknown; sheet?: unknown; cells?: unknown } | null;
  if (!p || typeof p !== "object" || p.v !== 1 || !p.cells || typeof p.cells !== "object" || Array.isArray(p.cells))
    return emptyRecord(sheet);
  const cells: SheetRecord["cells"] = {};
  for (const [address, cell] of Object.entries(p.cells as Record<string, unknown>))
    if (/^[A-Z]{1,3}[1-9]\d{0,6}$/.test(address) && validCell(cell)) {
      cells[address] = { ...cell };
    }
  return { v: 1, sheet: typeof p.sheet === "string" ? p.sheet : sheet, cells };
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
