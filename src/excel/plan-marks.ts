/**
 * The diff between the marks a sheet shows and the marks it should show, as
 * data: what to paint, what to restore, which notes to add, change or delete,
 * and the record to save. Pure, so every ownership rule is tested without Excel.
 */
import type { CellPos } from "../core/grid/grid";
import { appendNote, hasOurPart, userPart } from "../host/note-append";
import { parseA1, toA1 } from "../core/grid/address";
import { worstSeverity, type Severity } from "../core/model/diagnostic";
import type { Mark } from "../host/port";
import { MARK_FILL } from "../host/mark-colors";
import {
  fillKey,
  isOurNote,
  NO_FILL,
  noteDigest,
  sameNote,
  showsMark,
  type CellRecord,
  type FillState,
  type SheetRecord,
} from "./mark-record";

/** A cell as it is now. `note` is null when the cell has none, undefined when notes can't be read. */
export interface CellNow {
  fill: FillState;
  note?: string | null;
  /** The "note" is a threaded comment's text: a cell holds one or the other, so ours cannot go below it. */
  comment?: boolean;
}

export interface NoteWrite {
  address: string;
  text: string;
}

export interface MarkPlan {
  paint: Map<Severity, CellPos[]>;
  /** Original fills to put back, grouped by identical fill. */
  restore: { fill: FillState; cells: CellPos[] }[];
  addNotes: NoteWrite[];
  setNotes: NoteWrite[];
  deleteNotes: string[];
  record: SheetRecord;
  /** False when the sheet already shows exactly these marks: nothing to write. */
  changed: boolean;
}

/** One mark per cell: the worst severity, every message. */
export function mergeMarks(marks: readonly Mark[]): Map<string, Mark> {
  const byCell = new Map<string, Mark>();
  for (const mark of marks) {
    const address = toA1(mark.row, mark.col);
    const prior = byCell.get(address);
    if (!prior) byCell.set(address, { ...mark });
    else
      byCell.set(address, {
        ...prior,
        severity: worstSeverity(prior.severity, mark.severity),
        note: prior.note === mark.note ? prior.note : `${prior.note}\n${mark.note}`,
      });
  }
  return byCell;
}

export function planMarks(
  record: SheetRecord,
  marks: readonly Mark[],
  now: ReadonlyMap<string, CellNow>,
  notes: boolean,
): MarkPlan {
  const plan: MarkPlan = {
    paint: new Map(),
    restore: [],
    addNotes: [],
    setNotes: [],
    deleteNotes: [],
    record: { ...record, cells: {} },
    changed: false,
  };
  const wanted = mergeMarks(marks);
  const restores = new Map<string, { fill: FillState; cells: CellPos[] }>();
  for (const [address, old] of Object.entries(record.cells)) {
    if (!wanted.has(address)) planRestore(plan, restores, address, old, now.get(address));
  }
  const ourTexts = new Set([...wanted.values()].map((m) => noteDigest(m.note)));
  for (const [address, mark] of wanted) {
    const old = record.cells[address] ?? fingerprint(now.get(address), ourTexts);
    planMark(plan, address, mark, old, now.get(address), notes);
  }
  plan.restore = [...restores.values()];
  plan.changed ||= JSON.stringify(plan.record.cells) !== JSON.stringify(record.cells);
  return plan;
}

function planRestore(
  plan: MarkPlan,
  restores: Map<string, { fill: FillState; cells: CellPos[] }>,
  address: string,
  old: CellRecord,
  now: CellNow | undefined,
): void {
  const pos = parseA1(address);
  if (!pos) return;
  plan.changed = true;
  // A fill the user set over our mark is theirs now: leave it.
  if (!now || showsMark(now.fill, old.sev)) {
    const key = fillKey(old.fill);
    const group = restores.get(key) ?? { fill: old.fill, cells: [] };
    group.cells.push(pos);
    restores.set(key, group);
  }
  // Our note goes only if it is still exactly ours; an edited note became the user's.
  if (old.note === "ours" && now?.note !== undefined && isOurNote(now.note, old.ours)) plan.deleteNotes.push(address);
  // A user's note with our reason below it: the user's part goes back, exactly.
  else if (old.note === "user" && hasOurPart(now?.note)) plan.setNotes.push({ address, text: userPart(now.note) });
}

/**
 * The safety net for a record that missed a move (rows inserted while the
 * pane was closed, an event Excel never sent): a cell showing exactly one of
 * our colours, or holding exactly one of the notes we are writing, is taken
 * as ours, with no fill and no user note underneath.
 */
function fingerprint(now: CellNow | undefined, ourTexts: ReadonlySet<string>): CellRecord | undefined {
  if (!now) return undefined;
  const severity = (Object.keys(MARK_FILL) as Severity[]).find(
    (sev) => showsMark(now.fill, sev) && now.fill.pattern === "Solid" && !now.fill.tintAndShade,
  );
  const ourNote = now.note != null && ourTexts.has(noteDigest(now.note));
  if (!severity && !ourNote) return undefined;
  const rec: CellRecord = {
    fill: severity ? NO_FILL : now.fill,
    note: ourNote ? "ours" : "none",
    sev: severity ?? "info",
  };
  if (ourNote) rec.ours = noteDigest(now.note!);
  return rec;
}

function planMark(
  plan: MarkPlan,
  address: string,
  mark: Mark,
  old: CellRecord | undefined,
  now: CellNow | undefined,
  notes: boolean,
): void {
  const fillNow = now?.fill ?? old?.fill;
  const stillOurs = old !== undefined && fillNow !== undefined && showsMark(fillNow, old.sev);
  const original = stillOurs || !fillNow ? (old?.fill ?? fillNow!) : fillNow;
  const next: CellRecord = { fill: original, note: old?.note ?? "none", sev: mark.severity };
  if (old?.ours !== undefined) next.ours = old.ours;
  if (!fillNow || !showsMark(fillNow, mark.severity)) addPaint(plan, mark);
  if (notes && now?.note !== undefined) planNote(plan, address, mark.note, next, now.note, now.comment === true);
  plan.record.cells[address] = next;
}

function addPaint(plan: MarkPlan, mark: Mark): void {
  const cells = plan.paint.get(mark.severity) ?? [];
  cells.push({ row: mark.row, col: mark.col });
  plan.paint.set(mark.severity, cells);
  plan.changed = true;
}

/** Decides about one flagged cell's note; `rec` is updated in place. */
function planNote(
  plan: MarkPlan,
  address: string,
  text: string,
  rec: CellRecord,
  current: string | null,
  comment = false,
): void {
  // A threaded comment is the user's, and a cell cannot hold a note beside it: the message stays in the pane.
  if (comment) {
    rec.note = "user";
    delete rec.ours;
    return;
  }
  if (rec.note === "user") return appendBelow(plan, address, text, rec, current);
  const ours = rec.note === "ours";
  if (current === null) {
    // No note now: ours was deleted by the user, or there never was one. Either way the cell may carry ours.
    plan.addNotes.push({ address, text });
    plan.changed = true;
    setOurs(rec, text);
  } else if (ours && isOurNote(current, rec.ours)) {
    if (!sameNote(current, text)) {
      plan.setNotes.push({ address, text });
      plan.changed = true;
    }
    setOurs(rec, text);
  } else {
    // A note we did not write (or one the user edited): the user's. Our reason goes below it, as in the CLI.
    rec.note = "user";
    delete rec.ours;
    appendBelow(plan, address, text, rec, current);
  }
}

/** Our reason below the user's note (replacing an earlier one of ours there); a deleted note makes room for ours alone. */
function appendBelow(plan: MarkPlan, address: string, text: string, rec: CellRecord, current: string | null): void {
  if (current === null) {
    plan.addNotes.push({ address, text });
    plan.changed = true;
    delete rec.userNote;
    setOurs(rec, text);
    return;
  }
  const user = userPart(current);
  // Marks that our reason stands below the user's note. The text is not kept: the record stays small, and
  // clearing takes the user's part back from the cell itself (userPart).
  rec.userNote = "";
  const combined = appendNote(user, text);
  if (!sameNote(current, combined)) {
    plan.setNotes.push({ address, text: combined });
    plan.changed = true;
  }
}

function setOurs(rec: CellRecord, text: string): void {
  rec.note = "ours";
  rec.ours = noteDigest(text);
}
