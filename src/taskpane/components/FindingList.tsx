/** The findings grouped by table (项目名称); arrow keys move between entries. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import { groupByTable, visibleFindings } from "../../app/findings";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";
import { FindingItem } from "./FindingItem";
import { InlineNotice } from "./InlineNotice";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  notice: { listStyleType: "none", marginBottom: tokens.spacingVerticalS },
  group: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  // The count stays whole at the pane's width (it had broken as `（3` / `条）`); a long name wraps before it.
  count: { whiteSpace: "nowrap" },
});

/** ArrowUp/ArrowDown/Home/End move focus among the entries' main buttons. */
function onArrowKeys(event: React.KeyboardEvent<HTMLElement>): void {
  const keys = ["ArrowDown", "ArrowUp", "Home", "End"];
  if (!keys.includes(event.key)) return;
  const mains = [...event.currentTarget.querySelectorAll<HTMLElement>("[data-finding-main]")];
  const at = mains.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  event.preventDefault();
  const last = mains.length - 1;
  const to = { ArrowDown: Math.min(at + 1, last), ArrowUp: Math.max(at - 1, 0), Home: 0, End: last }[event.key]!;
  mains[to].focus();
}

/**
 * Where a notice about a finding goes: after that finding, or — once fixed, it
 * has left the list — after the nearest finding that stood above it, so the
 * confirmation stays where the user clicked.
 */
function useNoticeSlot(ids: readonly string[], anchor: string | undefined): string | undefined {
  const last = React.useRef<readonly string[]>(ids);
  const slot = React.useMemo(() => {
    // Finding ids hold \u001e (see findings.ts); group anchors (`rule:…`, `all:…`) are FixAll's.
    if (!anchor || !anchor.includes("\u001e")) return undefined;
    if (ids.includes(anchor)) return anchor;
    const before = last.current;
    for (let i = before.indexOf(anchor) - 1; i >= 0; i--) if (ids.includes(before[i])) return before[i];
    return before.includes(anchor) ? "" : undefined;
  }, [ids, anchor]);
  React.useEffect(() => {
    if (!anchor || ids.includes(anchor)) last.current = ids;
  }, [ids, anchor]);
  return slot;
}

export function FindingList({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const styles = useStyles();
  const groups = groupByTable(visibleFindings(state));
  const ids = React.useMemo(() => groups.flatMap((g) => g.findings.map((f) => f.id)), [groups]);
  const slot = useNoticeSlot(ids, state.notice?.anchor);
  const notice = <InlineNotice controller={controller} state={state} />;
  if (!groups.length) return slot === "" ? notice : null;
  return (
    <section aria-label={tr("findings")} onKeyDown={onArrowKeys}>
      {slot === "" && notice}
      {groups.map((g) => (
        <div key={g.tableId}>
          {/* Named as read (`项目甲（3 条）`): name computations put a space before an inner element. */}
          <h2 className={styles.group} aria-label={g.tableName + tr("tableGroupCount", { n: g.findings.length })}>
            {g.tableName}
            <span className={styles.count}>{tr("tableGroupCount", { n: g.findings.length })}</span>
          </h2>
          <ul className={styles.list}>
            {g.findings.map((f) => (
              <React.Fragment key={f.id}>
                <FindingItem finding={f} current={f.id === state.currentId} controller={controller} />
                {slot === f.id && <li className={styles.notice}>{notice}</li>}
              </React.Fragment>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
