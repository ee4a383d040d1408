/** A budget part's 其中 breakdown: where it ends, and which levels after it are the project's own. */
import { textAt, type CellPos, type Grid } from "../grid/grid";
import type { Field } from "../model/table";
import { BUDGET_TYPE, NUMBERING_LEVELS } from "../schema/head-words";
import { headLabelKey } from "../text/head-label";
import { partsAddUp } from "./unread-parts";

/** A part from above (`上级资金 | 700`) and the amounts under its 其中 (`中央 | 500`, `省级 | 150` …). */
export interface Breakdown {
  parent: Field | undefined;
  subs: Field[];
}

/**
 * The levels among `maybe` that are the project's own: the set (the last ones first, as a table lists its own level
 * last) with which the parts add up to the budget and the rest of the breakdown to its part (a 市级 inside 上级 taken
 * as the project's own too would close a budget that counts it twice: the fourteenth session's review).
 * Few labels: every set is tried.
 */
export function ownLevels(
  budget: Field | undefined,
  parts: readonly Field[],
  maybe: readonly Field[],
  above: Breakdown,
): Field[] {
  if (maybe.length > 4) return [];
  for (let mask = 1; mask < 1 << maybe.length; mask++) {
    const chosen = subset(maybe, mask);
    if (partsAddUp(budget, [...parts, ...chosen]) && partsAddUp(above.parent, without(above.subs, chosen)))
      return chosen;
  }
  return outsideBreakdown(maybe, above);
}

/**
 * Where no set closes the budget, the most levels the breakdown adds up without: they stand beside it, so the sum
 * that fails counts them and its message quotes every part (`上级 800 + 县级 150 + 其他 0 = 950`, not `800 + 0`).
 */
function outsideBreakdown(maybe: readonly Field[], above: Breakdown): Field[] {
  for (let mask = (1 << maybe.length) - 1; mask > 0; mask--) {
    const chosen = subset(maybe, mask);
    if (partsAddUp(above.parent, without(above.subs, chosen))) return chosen;
  }
  return [];
}

/** The labels a mask picks; bit 0 stands for the last label, so counting up tries the later labels first. */
function subset(maybe: readonly Field[], mask: number): Field[] {
  return maybe.filter((_, i) => mask & (1 << (maybe.length - 1 - i)));
}

function without(fields: readonly Field[], taken: readonly Field[]): Field[] {
  return fields.filter((f) => !taken.includes(f));
}

/**
 * Whether `label` is a sibling of the part whose 其中 is being read, not one more of its sub-parts: last year's money
 * carried over, another budget type after one broken down (`一般公共预算资金 | 其中：… | 政府性基金预算资金`). The
 * session's review: the sibling had been dropped and the sum failed on a table that added up. (A level after money
 * from above, `市县财政资金`, may be either: MAYBE_OWN_LEVEL.)
 */
export function endsBreakdown(parent: string, label: string): boolean {
  // Last year's money carried over is its own source, whatever was broken down before it (`上年结转 | 100`).
  if (/^上年结转/.test(label)) return true;
  const type = BUDGET_TYPE.exec(headLabelKey(parent))?.[1];
  const next = BUDGET_TYPE.exec(label)?.[1];
  return type !== undefined && next !== undefined && type !== next;
}

/**
 * How deep a part's label stands in its list: by its numbering (`2.市县资金` over `（1）市级资金`), then by the spaces
 * it is indented with (`市县资金` over `  市级资金`). An unnumbered label is outermost: `财政拨款` over `1.中央补助`.
 * `content` is where the label's words start: after a `其中：`, which the next label's spaces may line up under
 * (`其中：财政拨款` over `      其他资金`: siblings; the session's own review: 其他资金 had become a sub-level).
 */
function labelDepth(grid: Grid, at: CellPos): { own: number; content: number } {
  const raw = textAt(grid, at.row, at.col);
  const spaces = SPACES.exec(raw)?.[0] ?? "";
  const lead = LEAD.exec(raw)?.[0] ?? "";
  const level = NUMBERING_LEVELS.findIndex((n) => n.test(raw.slice(lead.length).trim())) + 1;
  const depth = (indent: number) => level * INDENT_WIDTH + Math.min(indent, INDENT_WIDTH - 1);
  return { own: depth(columnWidth(spaces)), content: depth(columnWidth(lead)) };
}

const SPACES = /^[\s\u3000]*/;
/** A label's lead: spaces, and a `其中：` with the spaces after it. */
const LEAD = /^[\s\u3000]*(?:其中[:：]?[\s\u3000]*)?/;

/** How many columns a text takes as Chinese typesetting counts them: a half-width character 1, a full-width 2. */
function columnWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0xff ? 2 : 1;
  return width;
}

/** Room for any indentation within one numbering level. */
const INDENT_WIDTH = 100;

/**
 * Whether a part's label stands under the part read before it, one level deeper: a sub-level of that part. Its own
 * indentation is weighed against where the parent's words start (`其中：` before them counts as the parent's).
 */
export function deeperThan(grid: Grid, label: CellPos, parent: CellPos): boolean {
  if (label.col !== parent.col || label.row <= parent.row) return false;
  return labelDepth(grid, label).own > labelDepth(grid, parent).content;
}
