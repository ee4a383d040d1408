/**
 * An editable grid over the playground workbook: enough of Excel to type into a
 * table and watch the checks follow (merges, fills, notes, selection, sheet tabs).
 */
import * as React from "react";
import { cellText } from "../core/grid/grid";
import { columnName, toA1 } from "../core/grid/address";
import type { PlaygroundHost } from "./playground-host";
import { key, listAt, promptAt, type PlaygroundSheet } from "./workbook-model";
import { CellInput } from "./cell-input";
import { cellStep, pasteRows } from "./grid-keys";

/** Rows drawn at most; a dropped workbook may be far larger than a person scrolls. */
const MAX_ROWS = 3000;

interface Span {
  rowSpan: number;
  colSpan: number;
}

/** Top-left cells of merges get spans; the cells they cover are not drawn. */
function spansOf(sheet: PlaygroundSheet): { spans: Map<string, Span>; covered: Set<string> } {
  const spans = new Map<string, Span>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    spans.set(key(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(key(r, c));
  }
  return { spans, covered };
}

function useWorkbookVersion(host: PlaygroundHost): number {
  const [version, setVersion] = React.useState(0);
  React.useEffect(() => host.workbook.subscribe(() => setVersion((v) => v + 1)), [host]);
  return version;
}

interface EditorProps {
  initial: string;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/** A dropdown cell (a template's list validation): pick an item; the current text stays offered if it is not one. */
function ListEditor({ initial, items, onCommit, onCancel }: EditorProps & { items: readonly string[] }) {
  const options = ["", ...items, ...(initial && !items.includes(initial) ? [initial] : [])];
  return (
    <select
      className="cell-editor"
      aria-label="单元格内容 / cell content"
      autoFocus
      defaultValue={initial}
      onChange={(e) => onCommit(e.target.value)}
      onBlur={(e) => onCommit(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
        e.stopPropagation();
      }}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </select>
  );
}

interface Editing {
  row: number;
  col: number;
  initial: string;
  typed: boolean;
}

/** Arrows move one cell; Enter and Tab (Shift: back) move as after an edit. */
function gridStep(e: React.KeyboardEvent): { dr: number; dc: number } | undefined {
  const back = e.shiftKey ? -1 : 1;
  const steps: Record<string, { dr: number; dc: number }> = {
    ArrowDown: { dr: 1, dc: 0 },
    ArrowUp: { dr: -1, dc: 0 },
    ArrowRight: { dr: 0, dc: 1 },
    ArrowLeft: { dr: 0, dc: -1 },
    Enter: { dr: back, dc: 0 },
    Tab: { dr: 0, dc: back },
  };
  return e.ctrlKey || e.metaKey || e.altKey ? undefined : steps[e.key];
}

export function GridView({ host }: { host: PlaygroundHost }) {
  useWorkbookVersion(host);
  const workbook = host.workbook;
  const sheet = workbook.activeSheet();
  // `typed`: the edit began by typing onto the cell (its text box goes on as the editor, even on a list cell).
  const [editing, setEditing] = React.useState<Editing | undefined>();
  const selected = workbook.selection?.sheet === sheet?.name ? workbook.selection : undefined;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  // The user is working in the grid (a click, a key): the selected cell's text box may take focus.
  const inGrid = React.useRef(false);

  React.useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected?.row, selected?.col, sheet?.name]);

  if (!sheet) return <div className="grid-empty">没有工作表 / no sheet</div>;
  const { spans, covered } = spansOf(sheet);
  const rows = Math.min(Math.max(sheet.values.length + 5, 30), MAX_ROWS);
  const cols = Math.max(8, ...sheet.values.slice(0, rows).map((r) => r.length + 1));

  const select = (row: number, col: number) => void host.selectCell(sheet.name, row, col);
  const move = (row: number, col: number, dr: number, dc: number) => {
    const to = cellStep(sheet, row, col, dr, dc);
    inGrid.current = true;
    select(to.row, to.col);
  };
  const commit = (row: number, col: number, text: string, step?: { dr: number; dc: number }) => {
    setEditing(undefined);
    if (text !== cellText(workbook.value(sheet, row, col))) host.userEdit(sheet.name, row, col, text);
    if (step) move(row, col, step.dr, step.dc);
  };
  const paste = (row: number, col: number, text: string) =>
    pasteRows(text).forEach((line, r) => line.forEach((v, c) => host.userEdit(sheet.name, row + r, col + c, v)));
  const onGridKey = (e: React.KeyboardEvent) => {
    if (!selected || editing) return;
    const { row, col } = selected;
    const step = gridStep(e);
    if (step) {
      e.preventDefault();
      move(row, col, step.dr, step.dc);
    } else if (e.key === "F2") {
      inGrid.current = true;
      setEditing({ row, col, initial: cellText(workbook.value(sheet, row, col)), typed: false });
    } else if (e.key === "Delete" || e.key === "Backspace") host.userEdit(sheet.name, row, col, "");
  };

  return (
    <div className="grid-wrap">
      <div className="grid-scroll" tabIndex={0} onKeyDown={onGridKey} aria-label={`工作表 ${sheet.name}`}>
        <table className="grid">
          <thead>
            <tr>
              <th />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c}>{columnName(c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th>{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const k = key(r, c);
                  if (covered.has(k)) return null;
                  const span = spans.get(k);
                  const note = sheet.notes.get(k);
                  const isSelected = selected?.row === r && selected?.col === c;
                  const isEditing = editing?.row === r && editing?.col === c;
                  const items = isEditing ? listAt(sheet, r, c) : undefined;
                  return (
                    <td
                      key={c}
                      data-cell={toA1(r, c)}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.colSpan}
                      className={isSelected ? "selected" : undefined}
                      ref={isSelected ? selectedRef : undefined}
                      style={{ background: sheet.fills.get(k), fontWeight: sheet.bold?.has(k) ? "bold" : undefined }}
                      data-fill={sheet.fills.get(k) ?? ""}
                      data-note={note ?? ""}
                      title={note ?? promptAt(sheet, r, c)}
                      onMouseDown={() => void (inGrid.current = true)}
                      onClick={() => select(r, c)}
                      onDoubleClick={() =>
                        setEditing({ row: r, col: c, initial: cellText(workbook.value(sheet, r, c)), typed: false })
                      }
                    >
                      {isEditing && editing && items && !editing.typed ? (
                        <ListEditor
                          initial={editing.initial}
                          items={items}
                          onCommit={(t) => commit(r, c, t)}
                          onCancel={() => setEditing(undefined)}
                        />
                      ) : (isEditing && editing) || (isSelected && !editing) ? (
                        <CellInput
                          // A fresh editor for F2 and double-click; typing onto the cell keeps the waiting box.
                          key={isEditing && !editing?.typed ? "edit" : "catch"}
                          mode={isEditing ? "edit" : "catch"}
                          initial={isEditing && editing ? editing.initial : ""}
                          focus={inGrid.current}
                          onStart={() => setEditing({ row: r, col: c, initial: "", typed: true })}
                          onCommit={(t, step) => commit(r, c, t, step)}
                          onCancel={() => setEditing(undefined)}
                          onPaste={(t) => paste(r, c, t)}
                        />
                      ) : null}
                      {!isEditing && cellText(workbook.value(sheet, r, c))}
                      {note !== undefined && <span className="note-mark" aria-hidden="true" />}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="sheet-tabs" role="tablist">
        {workbook.sheets.map((s, i) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={i === workbook.active}
            className={i === workbook.active ? "active" : undefined}
            onClick={() => {
              workbook.active = i;
              workbook.changed();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
