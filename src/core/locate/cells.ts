/**
 * Reading cells as an officer sees them: a merged area shows its top-left
 * value in every cell it covers. Location and parsing ask "what does this cell
 * show, and is it the area's own cell or one it covers?".
 */
import { cellAt, cellText, type Grid } from "../grid/grid";
import { mergeIndex } from "../grid/merges";

export interface SeenCell {
  /** The text shown (the merged area's value), trimmed. */
  text: string;
  /** The cell that holds it: itself, or the merged area's top-left cell. */
  row: number;
  col: number;
  /** Covered by a merge that starts above (vertical) or to the left (horizontal). */
  fromAbove: boolean;
  fromLeft: boolean;
}

export function seenCell(grid: Grid, row: number, col: number): SeenCell {
  const m = mergeIndex(grid).at(row, col);
  const top = m ? m.top : row;
  const left = m ? m.left : col;
  return {
    text: cellText(cellAt(grid, top, left)).trim(),
    row: top,
    col: left,
    fromAbove: top < row,
    fromLeft: left < col,
  };
}

/**
 * The cell over (row, col) in a two-row header: a caption over several columns (`预算数` over `合计 | 财政拨款`),
 * or the column's own header merged down; undefined on the grid's first row or under a cell merged from above.
 */
export function captionAbove(grid: Grid, row: number, col: number): SeenCell | undefined {
  if (row <= grid.top) return undefined;
  const caption = seenCell(grid, row - 1, col);
  return caption.fromAbove ? undefined : caption;
}

/** A cell's own text: "" for a cell that a merge covers from elsewhere. */
export function ownText(grid: Grid, row: number, col: number): string {
  const m = mergeIndex(grid).at(row, col);
  if (m && (m.top !== row || m.left !== col)) return "";
  return cellText(cellAt(grid, row, col)).trim();
}

/**
 * Whether some cell of a row, between `left` and `right`, is covered by a merged area that starts above it: a row
 * with no text of its own there is inside that area (spare rows under a merged 一级, a purpose merged over three
 * rows), not a gap between blocks.
 */
export function coveredFromAbove(grid: Grid, row: number, left: number, right: number): boolean {
  const index = mergeIndex(grid);
  for (let c = left; c <= right; c++) {
    const m = index.at(row, c);
    if (m && m.top < row) return true;
  }
  return false;
}

/** The last column of the merged area that starts at (row, col), or col. */
export function areaRight(grid: Grid, row: number, col: number): number {
  const m = mergeIndex(grid).at(row, col);
  return m && m.top === row && m.left === col ? m.right : col;
}

/** The last row of the merged area that starts at (row, col), or row. */
export function areaBottom(grid: Grid, row: number, col: number): number {
  const m = mergeIndex(grid).at(row, col);
  return m && m.top === row && m.left === col ? m.bottom : row;
}
