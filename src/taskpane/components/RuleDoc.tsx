/** The rule's short doc shown under an expanded finding: what it finds, bad → good. */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { localize } from "../../core/model/diagnostic";
import { useLocale, useT } from "../i18n/context";
import { ruleDocs } from "../../app/rule-docs";
import { ruleName } from "../../core/rules/names";

const useStyles = makeStyles({
  doc: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
  },
});

export function RuleDoc({ ruleId }: { ruleId: string }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const docs = ruleDocs(ruleId);
  const description = docs ? localize(docs.description, locale) : "";
  let example = "";
  if (docs?.bad)
    example = docs.good ? tr("docExample", { bad: docs.bad, good: docs.good }) : tr("docBad", { bad: docs.bad });
  return (
    <div className={styles.doc}>
      {/* The rule by its name, as everywhere in the pane; its id (for configuration) as a tooltip. */}
      <Text size={200} weight="semibold" title={ruleId}>
        {tr("ruleDoc", { name: ruleName(ruleId, locale) })}
      </Text>
      {description && <Text size={200}>{description}</Text>}
      {example && <Text size={200}>{example}</Text>}
    </div>
  );
}
