/** Rows that end a block (spec §7): sign-offs, notes, totals — read by their opening words. */
import { BLOCK_END, SIGN_OFF } from "../schema/head-words";
import { labelForm, MAX_LABEL_TEXT } from "../text/normalize";

/** The opening words of a cell as a label form, however long the cell (`注：1. …` runs on for lines). */
export function leadForm(text: string, form = labelForm(text)): string {
  return form || labelForm(text.slice(0, MAX_LABEL_TEXT));
}

/** Whether opening words (`lead`) start with an end word: enough where names never stand (an 一级 column). */
export function startsWithEndWord(lead: string): boolean {
  return BLOCK_END.test(lead);
}

/** Whether opening words end a block wherever they stand, among names too: an end word written as a label. */
export function isSignOff(lead: string): boolean {
  return BLOCK_END.test(lead) && SIGN_OFF.test(lead);
}
