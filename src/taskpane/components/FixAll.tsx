/**
 * 可一键修复: 全部修复 for every certain fix of the sheet or the workbook, and,
 * behind 按类修复, the rules whose findings each carry one, grouped
 * (`“单位或符号写法不规范” ×23 — 全部修复`). Each is one undo step; the outcome
 * and 撤销 appear under the button clicked. The groups start folded: at a
 * pane's height of 700 px they had pushed the first finding below the fold.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronRight20Regular, Wrench20Regular } from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import { fixableFindings, fixCellCount, fixGroups, type FixScope } from "../../app/fix-groups";
import type { ControllerState } from "../../app/state";
import { ruleName } from "../../core/rules/names";
import { useLocale, useT } from "../i18n/context";
import { InlineNotice } from "./InlineNotice";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  label: { flexGrow: 1, minWidth: 0 },
});

export function FixAll({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const sheet = fixableFindings(state, "sheet");
  const workbook = fixableFindings(state, "workbook");
  const groups = fixGroups(sheet);
  const [open, setOpen] = React.useState(false);
  const anchor = state.notice?.anchor;
  const anchored = (at: string) => anchor === at && <InlineNotice controller={controller} state={state} />;
  // A group fixed in full has left: its outcome (and 撤销) stays here, where it was.
  const places = [...groups.map((g) => `rule:${g.ruleId}`), "all:sheet", "all:workbook"];
  // Folded, a group's outcome (`已撤销 51 处修复`) shows under the heading too (the pane review: it had shown nowhere).
  const orphan = anchor !== undefined && /^rule:/.test(anchor) && (!places.includes(anchor) || !open);
  if (!sheet.length && !groups.length && !orphan && !anchor?.startsWith("all:")) return null;
  return (
    <section aria-label={tr("fixableHeading")} className={styles.section}>
      <div className={styles.row}>
        <h2 className={`${styles.heading} ${styles.label}`}>{tr("fixableHeading")}</h2>
        {groups.length > 0 && (
          <Button
            size="small"
            appearance="subtle"
            icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {tr("fixByRule", { n: groups.length })}
          </Button>
        )}
      </div>
      {orphan && <InlineNotice controller={controller} state={state} />}
      {open &&
        groups.map((g) => {
          const rule = ruleName(g.ruleId, locale);
          const anchor = `rule:${g.ruleId}`;
          return (
            <React.Fragment key={g.ruleId}>
              <div className={styles.row} data-fix-group={g.ruleId}>
                <span className={styles.label}>{tr("fixGroup", { rule, n: g.findings.length })}</span>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={state.busy}
                  aria-label={tr("fixAllRuleLabel", { rule, n: g.findings.length })}
                  onClick={() => void controller.fixAll("sheet", g.ruleId, anchor)}
                >
                  {tr("fixAllButton")}
                </Button>
              </div>
              {anchored(anchor)}
            </React.Fragment>
          );
        })}
      <div className={styles.row}>
        {sheet.length > 0 && (
          <FixScopeButton controller={controller} state={state} scope="sheet" cells={fixCellCount(sheet)} />
        )}
        {workbook.length > sheet.length && (
          <FixScopeButton controller={controller} state={state} scope="workbook" cells={fixCellCount(workbook)} />
        )}
      </div>
      {anchored("all:sheet")}
      {anchored("all:workbook")}
    </section>
  );
}

/** 修复本表全部 / 修复整个工作簿, counting the cells it will write; its outcome shows under `all:<scope>`. */
function FixScopeButton(props: { controller: LintController; state: ControllerState; scope: FixScope; cells: number }) {
  const tr = useT();
  const { controller, state, scope, cells } = props;
  return (
    <Button
      size="small"
      icon={<Wrench20Regular />}
      disabled={state.busy}
      onClick={() => void controller.fixAll(scope, undefined, `all:${scope}`)}
    >
      {tr(scope === "sheet" ? "fixAllSheet" : "fixAllWorkbook", { n: cells })}
    </Button>
  );
}
