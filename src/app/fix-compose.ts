/**
 * Many certain fixes as few writes. The compact layout packs a table's
 * indicators into one cell, so several fixes may rewrite the same cell, each
 * from the text checked to its own whole new text: applied one by one, the
 * second would find the cell changed and be refused. Fixes of one cell are
 * composed into one: each is the edit between its expected and replacement
 * texts (what lies between their common start and end), and the edits that do
 * not overlap are applied together to the text checked.
 */
import type { Fix } from "../core/model/diagnostic";

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** The one span where `from` and `to` differ. */
function editOf(fix: Fix): Edit {
  const { expected: from, replacement: to } = fix;
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let tail = 0;
  while (
    tail < from.length - start &&
    tail < to.length - start &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail]
  )
    tail++;
  return { start, end: from.length - tail, insert: to.slice(start, to.length - tail) };
}

const cellOf = (fix: Fix) => `${fix.sheet}\u001f${fix.row}\u001f${fix.col}`;

/** One fix for the cell: the edits of every fix that agrees on the text checked and overlaps no other, applied right to left. */
function compose(fixes: readonly Fix[]): Fix {
  const [first] = fixes;
  const same = fixes.filter((f) => f.expected === first.expected);
  const edits = same.map(editOf).sort((a, b) => a.start - b.start);
  const kept: Edit[] = [];
  for (const e of edits) if (!kept.length || e.start >= kept[kept.length - 1].end) kept.push(e);
  let text = first.expected;
  for (const e of [...kept].reverse()) text = text.slice(0, e.start) + e.insert + text.slice(e.end);
  return { ...first, replacement: text };
}

/** The fixes as one per cell, in the order their cells first appear. Fixes that change nothing are dropped. */
export function composeFixes(fixes: readonly Fix[]): Fix[] {
  const byCell = new Map<string, Fix[]>();
  for (const fix of fixes) {
    const list = byCell.get(cellOf(fix));
    if (list) list.push(fix);
    else byCell.set(cellOf(fix), [fix]);
  }
  return [...byCell.values()]
    .map((list) => (list.length === 1 ? list[0] : compose(list)))
    .filter((f) => f.expected !== f.replacement);
}

/** The fix that takes a written fix back: it writes the old text only where the cell still holds the new one. */
export function reverseFix(fix: Fix): Fix {
  return { ...fix, expected: fix.replacement, replacement: fix.expected };
}
