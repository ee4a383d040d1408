/** The findings grouped by table (项目名称); arrow keys move between entries. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import { groupByTable, visibleFindings } from "../../app/findings";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  group: { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
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

export function FindingList({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const styles = useStyles();
  const groups = groupByTable(visibleFindings(state));
  if (!groups.length) return null;
  return (
    <section aria-label={tr("findings")} onKeyDown={onArrowKeys}>
      {groups.map((g) => (
        <div key={g.tableId}>
          <h2 className={styles.group}>{tr("tableGroup", { name: g.tableName, n: g.findings.length })}</h2>
          <ul className={styles.list}>
            {g.findings.map((f) => (
              <FindingItem key={f.id} finding={f} current={f.id === state.currentId} controller={controller} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
