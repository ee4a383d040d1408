/** After 检查整个工作簿: choose which checked sheet's findings the list shows. */
import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import type { LintController } from "../../app/controller";
import { sheetCounts } from "../../app/findings";
import type { ControllerState } from "../../app/state";
import { useT } from "../i18n/context";

export function SheetPicker({ controller, state }: { controller: LintController; state: ControllerState }) {
  const tr = useT();
  const sheets = sheetCounts(state);
  if (sheets.length < 2) return null;
  return (
    <Field label={tr("sheetPicker")}>
      <Select value={state.activeSheet ?? ""} onChange={(_, data) => void controller.showSheet(data.value)}>
        {sheets.map(({ sheet, count }) => (
          <option key={sheet} value={sheet}>
            {tr("sheetOption", { sheet, n: count })}
          </option>
        ))}
      </Select>
    </Field>
  );
}
