/** One finding: message and cell (click: select the cell and expand the rule's doc), 修复 and 忽略. */
import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import type { Finding } from "../../app/state";
import { localize, type Fix, type Severity } from "../../core/model/diagnostic";
import { prefix, QUOTE_CHARS } from "../../core/lint/format-message";
import { useLocale, useT } from "../i18n/context";
import { RuleDoc } from "./RuleDoc";

/** The sticky 上一个/下一个 bar's height (48 px where its English counter wraps at 320 px). */
const BAR_CLEARANCE = "48px";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    paddingLeft: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
    // Scrolled to as the current finding, or its buttons reached by Tab: clear of the sticky 上一个/下一个 bar.
    scrollMarginTop: BAR_CLEARANCE,
    "& button": { scrollMarginTop: BAR_CLEARANCE },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  main: { width: "100%", justifyContent: "flex-start", textAlign: "start", height: "auto", fontWeight: "normal" },
  severity: { fontWeight: tokens.fontWeightSemibold },
  // `单元格 F14` is one unit: at 350 px it had broken as `单` / `元格 F14`.
  cell: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS, whiteSpace: "nowrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  details: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

const SEVERITY_CLASS: Record<Severity, "error" | "warning" | "info"> = {
  error: "error",
  warning: "warning",
  info: "info",
};

interface Props {
  finding: Finding;
  current: boolean;
  controller: LintController;
}

export function FindingItem({ finding, current, controller }: Props) {
  const tr = useT();
  const locale = useLocale();
  const styles = useStyles();
  const d = finding.diagnostic;
  const detailsId = React.useId();
  const itemRef = React.useRef<HTMLLIElement>(null);
  // 上一个/下一个 walk the list from buttons above it: keep the current finding in view.
  React.useEffect(() => {
    if (current) itemRef.current?.scrollIntoView?.({ block: "nearest" });
  }, [current]);
  const fixButton = (fix: Fix, kind: "fix" | "suggestion") => (
    <Button
      key={`${kind}:${fix.replacement}`}
      size="small"
      appearance={kind === "fix" ? "primary" : "secondary"}
      title={tr("fixTooltip", { cell: fix.cell, replacement: prefix(fix.replacement, QUOTE_CHARS) })}
      onClick={() => void controller.applyFix(fix, finding.id)}
    >
      {tr(kind, { title: localize(fix.title, locale) })}
    </Button>
  );
  return (
    <li
      ref={itemRef}
      className={mergeClasses(styles.item, styles[SEVERITY_CLASS[d.severity]], current && styles.current)}
    >
      <Button
        appearance="transparent"
        className={styles.main}
        aria-expanded={current}
        aria-controls={current ? detailsId : undefined}
        aria-current={current ? "true" : undefined}
        data-finding-main=""
        onClick={() => void controller.select(finding.id)}
      >
        <span>
          <span className={styles.severity}>{tr("severityTag", { severity: tr(d.severity) })}</span>
          <span>{localize(d.message, locale)}</span>
          <span className={styles.cell}>{tr("cellRef", { cell: d.cell })}</span>
        </span>
      </Button>
      {current && (
        <div id={detailsId} className={styles.details}>
          <RuleDoc ruleId={d.ruleId} />
          {d.suggestions?.length ? (
            <div className={styles.actions}>{d.suggestions.map((s) => fixButton(s, "suggestion"))}</div>
          ) : null}
        </div>
      )}
      <div className={styles.actions}>
        {d.fix && fixButton(d.fix, "fix")}
        <Button
          size="small"
          aria-label={tr("ignoreLabel", { cell: d.cell })}
          onClick={() => void controller.ignore(finding.id)}
        >
          {tr("ignore")}
        </Button>
      </div>
    </li>
  );
}
