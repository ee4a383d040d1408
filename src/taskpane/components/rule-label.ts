/** How the pane names a rule: its one-line description when written, else its id. */
import { localize, type Locale } from "../../core/model/diagnostic";
import { t } from "../../i18n";
import { ruleDocs } from "../../app/rule-docs";

export function ruleLabel(ruleId: string, locale: Locale): string {
  const docs = ruleDocs(ruleId);
  const description = docs ? localize(docs.description, locale) : "";
  if (!description) return ruleId;
  return t(locale, "ruleLabel", { description, id: ruleId });
}
