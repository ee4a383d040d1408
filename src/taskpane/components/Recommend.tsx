/**
 * 推荐指标: entries of the indicator library for the selected table's project
 * type (guessed from its 项目名称, changeable) and the selected row's 二级指标.
 * Choosing one inserts a formatted row under the selected row with the value
 * skeleton (`≥__%`) selected, ready to type over.
 */
import * as React from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Lightbulb20Regular } from "@fluentui/react-icons";
import type { LintController } from "../../app/controller";
import { notInTable, type LibraryContext } from "../../app/library-context";
import type { ControllerState } from "../../app/state";
import {
  LEVEL1,
  LEVEL2_BY_LEVEL1,
  libraryEntries,
  PROJECT_TYPES,
  type Level2,
  type LibraryEntry,
  type ProjectType,
} from "../../core/schema";
import { useT } from "../i18n/context";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, flexBasis: "100%" },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0 },
  item: { listStyleType: "none" },
  entry: { width: "100%", justifyContent: "flex-start", textAlign: "start", fontWeight: "normal" },
  form: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const ALL_LEVEL2: readonly Level2[] = LEVEL1.flatMap((l1) => LEVEL2_BY_LEVEL1[l1]);

export function Recommend({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [context, setContext] = React.useState<LibraryContext | undefined>();
  const [type, setType] = React.useState<ProjectType>("通用");
  const [level2, setLevel2] = React.useState<Level2 | "">("");
  // Keyboard focus follows the panel: into its heading when it opens, back to its button when it closes.
  const heading = React.useRef<HTMLHeadingElement>(null);
  const opener = React.useRef<HTMLButtonElement>(null);
  const toggled = React.useRef(false);
  React.useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (open ? heading.current : opener.current)?.focus();
  }, [open]);
  const toggle = (to: boolean) => {
    toggled.current = true;
    setOpen(to);
  };
  const refresh = React.useCallback(async () => {
    const found = await controller.libraryContext();
    setContext(found);
    setType(found?.guessedType ?? "通用");
    setLevel2(found?.level2 ?? "");
  }, [controller]);
  // The table now has the entry: read it again so that the list stops offering it (type and 二级 stay as chosen).
  const insert = async (entry: LibraryEntry) => {
    await controller.insertTemplate({ kind: "library", entry });
    setContext(await controller.libraryContext());
  };
  if (!open) {
    return (
      <Button
        ref={opener}
        icon={<Lightbulb20Regular />}
        disabled={state.busy}
        onClick={() => (toggle(true), void refresh())}
      >
        {tr("recommendHeading")}
      </Button>
    );
  }
  const { offered, left } = notInTable(libraryEntries(type, level2 || undefined), context);
  const entries = offered.slice(0, 30);
  return (
    <section aria-label={tr("recommendHeading")} className={styles.section}>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {tr("recommendHeading")}
      </h2>
      <Text size={200}>{context ? context.tableName : tr("recommendNoTable")}</Text>
      <Field
        label={tr("projectType")}
        hint={context?.guessedType ? tr("projectTypeGuessed", { type: context.guessedType }) : undefined}
      >
        <Select value={type} onChange={(_, d) => setType(d.value as ProjectType)}>
          {PROJECT_TYPES.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr("recommendFor", { level2: level2 || tr("recommendAll") })}>
        <Select value={level2} onChange={(_, d) => setLevel2(d.value as Level2 | "")}>
          <option value="">{tr("recommendAll")}</option>
          {ALL_LEVEL2.map((l2) => (
            <option key={l2} value={l2}>
              {l2}
            </option>
          ))}
        </Select>
      </Field>
      <Text size={200}>{tr("recommendHint")}</Text>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => void refresh()}>
          {tr("recommendRefresh")}
        </Button>
        <Button size="small" appearance="subtle" onClick={() => toggle(false)}>
          {tr("recommendClose")}
        </Button>
      </div>
      {!entries.length && <Text>{tr("recommendNone", { level2: level2 || tr("recommendAll"), type })}</Text>}
      {left > 0 && <Text size={200}>{tr("recommendPresent", { n: left })}</Text>}
      <ul className={styles.list}>
        {entries.map((e) => (
          <li key={`${e.type}:${e.name}`} className={styles.item}>
            <Button
              size="small"
              appearance="transparent"
              className={styles.entry}
              disabled={state.busy}
              data-library-entry={e.name}
              onClick={() => void insert(e)}
            >
              <span>{e.name}</span>
              <span className={styles.form}>{e.form}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
