/** The task pane: actions, live switch, notices, counts and filters, and the findings list. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ControllerOptions } from "../../app/controller";
import { activeFindings, visibleFindings } from "../../app/findings";
import type { HostPort } from "../../host/port";
import { LocaleProvider, useT } from "../i18n/context";
import { Filters } from "./Filters";
import { FindingList } from "./FindingList";
import { LiveSwitch } from "./LiveSwitch";
import { Navigator } from "./Navigator";
import { SheetPicker } from "./SheetPicker";
import { ActionNotice, ProgressNotice, SheetNotice } from "./Notices";
import { Toolbar } from "./Toolbar";
import { FixAll } from "./FixAll";
import { MarksNotice } from "./MarksNotice";
import { Recommend } from "./Recommend";
import { useController } from "./useController";
import { useKeepFocus } from "./useKeepFocus";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  // Short enough for any pane; Chinese breaks between any two characters, and it had (`绩效目标表检` / `查`).
  title: { fontSize: tokens.fontSizeBase500, margin: 0, whiteSpace: "nowrap" },
  notices: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // The switch and 推荐指标 share a row (its panel, once open, takes a row of its own): the list starts higher.
  controls: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingVerticalS,
  },
});

export interface AppProps {
  host: HostPort;
  /** For tests and the playground: another linter, debounce, … */
  options?: ControllerOptions;
}

export function App({ host, options }: AppProps) {
  const [controller, state] = useController(host, options);
  return (
    <LocaleProvider value={state.locale}>
      <Pane controller={controller} state={state} />
    </LocaleProvider>
  );
}

type PaneProps = { controller: ReturnType<typeof useController>[0]; state: ReturnType<typeof useController>[1] };

function Pane({ controller, state }: PaneProps) {
  const tr = useT();
  const styles = useStyles();
  const filteredOut = activeFindings(state).length > 0 && visibleFindings(state).length === 0;
  const root = React.useRef<HTMLElement>(null);
  useKeepFocus(root);
  return (
    <main ref={root} className={styles.root} lang={state.locale} aria-busy={state.busy}>
      <header>
        <h1 className={styles.title}>{tr("appTitle")}</h1>
        {state.activeSheet !== undefined && <Text>{tr("sheetHeading", { sheet: state.activeSheet })}</Text>}
      </header>
      <Toolbar controller={controller} state={state} />
      <div className={styles.controls}>
        <LiveSwitch controller={controller} state={state} />
        <Recommend controller={controller} state={state} />
      </div>
      {/* One live region, always present, so that a notice appearing in it is announced. */}
      <div role="status" aria-live="polite" className={styles.notices}>
        <MarksNotice state={state} />
        <ActionNotice controller={controller} state={state} />
      </div>
      <ProgressNotice state={state} />
      <SheetPicker controller={controller} state={state} />
      <SheetNotice state={state} />
      <FixAll controller={controller} state={state} />
      {activeFindings(state).length > 0 && (
        <>
          <Filters controller={controller} state={state} />
          <Navigator controller={controller} state={state} />
        </>
      )}
      {filteredOut && <Text>{tr("allFiltered")}</Text>}
      <FindingList controller={controller} state={state} />
      {state.ignored.length > 0 && (
        <Button appearance="subtle" onClick={() => void controller.restoreIgnored()}>
          {tr("restoreIgnored", { n: state.ignored.length })}
        </Button>
      )}
    </main>
  );
}
