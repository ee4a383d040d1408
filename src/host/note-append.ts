/**
 * Our reason below a user's own note, as the CLI's annotated copy writes it:
 * the user's text, a blank line, `【jixiao-lint】`, then our lines. The user's
 * part is everything before that marker, so re-marking replaces only ours and
 * clearing gives the user's text back.
 */
import { NOTE_MARKER } from "./constants";

/** The user's part of a note: the text before our marker, without the blank lines that set it apart. */
export function userPart(note: string): string {
  const at = note.indexOf(NOTE_MARKER);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, "");
}

export function appendNote(user: string, ours: string): string {
  return `${user}\n\n${NOTE_MARKER}\n${ours}`;
}

export function hasOurPart(note: string | null | undefined): note is string {
  return note != null && note.includes(NOTE_MARKER);
}
