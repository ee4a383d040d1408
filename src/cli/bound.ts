/**
 * Bounded output: a finding quotes at most a short prefix of a cell's text.
 * Rules quote the whole cell (a 50 KB cell reported 20 times made 117 MB of
 * JSON from a 55 KB file); messages cut their quotes as the core fills them, and here the data's long quotes are
 * cut too and the message filled again from the rule's own template, so it still reads naturally.
 */
import type { Diagnostic, Fix, LocalizedText } from "../core/model/diagnostic";
import { formatFinding, prefix, quotedData } from "../core/lint/format-message";
import { RULES_BY_ID } from "../core/rules";

/** A message longer than this (after quoting) is cut; no rule's own words come near it. */
const MESSAGE_CHARS = 600;
/** A fix that would carry more text than this is left out (apply it in Excel, where the add-in has it). */
const FIX_CHARS = 4000;

function boundText(text: LocalizedText, max: number): LocalizedText {
  return { zh: prefix(text.zh, max), en: prefix(text.en, max) };
}

function smallFix(fix: Fix): boolean {
  return fix.expected.length + fix.replacement.length <= FIX_CHARS;
}

function boundFix(fix: Fix): Fix {
  return { ...fix, title: boundText(fix.title, MESSAGE_CHARS) };
}

export function boundDiagnostic(d: Diagnostic): Diagnostic {
  const data = quotedData(d.data);
  const template = data !== d.data ? RULES_BY_ID.get(d.ruleId)?.meta.messages[d.messageId] : undefined;
  const message = boundText(template ? formatFinding(template, data) : d.message, MESSAGE_CHARS);
  const out: Diagnostic = { ...d, data, message };
  if (d.fix) {
    if (smallFix(d.fix)) out.fix = boundFix(d.fix);
    else delete out.fix;
  }
  if (d.suggestions) out.suggestions = d.suggestions.filter(smallFix).map(boundFix);
  return out;
}
