/** Counts by severity (each a filter toggle) and the rule filter. */
import * as React from "react";
import { Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import { activeFindings, countBySeverity, ruleFindings, rulesPresent } from "../../app/findings";
import { ALL_SEVERITIES, type ControllerState } from "../../app/state";
import { severityPressed } from "../../app/severity-filter";
import { ruleName } from "../../core/rules/names";
import { useLocale, useT } from "../i18n/context";

const useStyles = makeStyles({
  counts: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Rule names are long: without these the native select sizes itself to the longest one and overflows the pane.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  native: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

export function Filters({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const counts = countBySeverity(ruleFindings(state));
  const rules = rulesPresent(activeFindings(state));
  const { ruleId, severities } = state.filters;
  if (ruleId && !rules.includes(ruleId)) rules.push(ruleId);
  return (
    <>
      <div role="group" aria-label={tr("filterSeverity")} className={styles.counts}>
        {ALL_SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            // Pressed means "the list shows only what pressed buttons name": bold and filled, never ambiguous.
            appearance={severityPressed(severities, s) ? "primary" : "secondary"}
            checked={severityPressed(severities, s)}
            title={tr("severityFilterHint")}
            onClick={() => controller.toggleSeverity(s)}
          >
            {tr("countButton", { severity: tr(s), n: counts[s] })}
          </ToggleButton>
        ))}
      </div>
      <Field label={tr("filterRule")} className={styles.field}>
        <Select
          className={styles.select}
          select={{ className: styles.native }}
          value={ruleId ?? ""}
          onChange={(_, data) => controller.setRuleFilter(data.value || undefined)}
        >
          <option value="">{tr("allRules")}</option>
          {rules.map((id) => (
            // The rule's one name (RULE_NAMES, as the fix groups, CSV and 检查结果 say it); the id only as a
            // tooltip for reviewers: appended, it had cut the name off at the pane's width.
            <option key={id} value={id} title={id}>
              {ruleName(id, locale)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}
