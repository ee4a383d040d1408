/** The rule's short doc shown under an expanded finding: what it finds, bad → good. */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { localize } from "../../core/model/diagnostic";
import { useLocale, useT } from "../i18n/context";
import { ruleDocs } from "../../app/rule-docs";

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
      <Text size={200} weight="semibold">
        {tr("ruleDoc", { id: ruleId })}
      </Text>
      {description && <Text size={200}>{description}</Text>}
      {example && <Text size={200}>{example}</Text>}
    </div>
  );
}
