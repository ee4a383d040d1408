/**
 * The grid's one text box, as Excel's: on the selected cell it waits unseen
 * ("catch"), so that typing onto the cell replaces it — the first character
 * included, and an IME's composition, which only happens in a text box — and
 * it becomes the visible editor in place (the same element, so a composition
 * in progress goes on). Ctrl+V on the waiting box pastes into the cells.
 */
import * as React from "react";

export interface CellInputProps {
  /** "catch": waiting on the selected cell; "edit": editing it. */
  mode: "catch" | "edit";
  /** The text an edit starts from (F2, double-click); a catch starts empty. */
  initial: string;
  /** Take focus when mounted: the user is working in the grid (not the pane, which selects cells too). */
  focus: boolean;
  /** Typing or a composition began on the waiting box. */
  onStart: () => void;
  onCommit: (text: string, move?: { dr: number; dc: number }) => void;
  onCancel: () => void;
  onPaste: (text: string) => void;
}

/** Enter, Shift+Enter, Tab, Shift+Tab: commit, then move as Excel does. */
const MOVES: Record<string, { dr: number; dc: number }> = {
  Enter: { dr: 1, dc: 0 },
  "Shift+Enter": { dr: -1, dc: 0 },
  Tab: { dr: 0, dc: 1 },
  "Shift+Tab": { dr: 0, dc: -1 },
};

export function CellInput(props: CellInputProps) {
  const { mode, initial, focus, onStart, onCommit, onCancel, onPaste } = props;
  const [text, setText] = React.useState(initial);
  const ref = React.useRef<HTMLInputElement>(null);
  const composing = React.useRef(false);
  React.useEffect(() => {
    if (focus || mode === "edit") ref.current?.focus({ preventScroll: true });
    // Focus once, on mount (deliberately no deps): later renders must not pull focus back from the pane.
  }, []);
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    // While waiting, the grid's keys (arrows, Enter, F2, Delete) are the grid's; an IME's keys are its own.
    if (mode === "catch" || composing.current || e.nativeEvent.isComposing) return;
    e.stopPropagation();
    const move = MOVES[`${e.shiftKey ? "Shift+" : ""}${e.key}`];
    if (move) {
      e.preventDefault();
      onCommit(text, move);
    } else if (e.key === "Escape") onCancel();
  };
  return (
    <input
      ref={ref}
      className={mode === "edit" ? "cell-editor" : "cell-catcher"}
      aria-label="单元格内容 / cell content"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (mode === "catch") onStart();
      }}
      onCompositionStart={() => {
        composing.current = true;
        if (mode === "catch") onStart();
      }}
      onCompositionEnd={() => void (composing.current = false)}
      onPaste={(e) => {
        if (mode !== "catch") return;
        e.preventDefault();
        onPaste(e.clipboardData.getData("text/plain"));
      }}
      onBlur={() => mode === "edit" && onCommit(text)}
      onKeyDown={onKeyDown}
    />
  );
}
