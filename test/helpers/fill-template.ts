/**
 * Fills a blank template block as an officer would: the head's values beside
 * their labels, and every starter row from the indicator library (the first
 * entry of its 二级 for 培训 projects). Returns the grid the host would hold.
 */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { libraryEntries, type Level2, type LibraryEntry } from "../../src/core/schema";
import {
  FLAT_COLUMNS,
  FLAT_HEADER_ROW,
  FORM_COLUMNS,
  HEADER_ROW,
  placeRange,
  type TemplateBlock,
} from "../../src/core/template";

export function blockGrid(block: TemplateBlock, top = 0, left = 0, sheet = "Sheet1"): Grid {
  const values: CellValue[][] = Array.from({ length: top + block.rows }, () => []);
  block.values.forEach((line, r) => line.forEach((v, c) => (values[top + r][left + c] = v)));
  return { sheet, top: 0, left: 0, values, merges: block.merges.map((m) => placeRange(m, top, left)) };
}

const NAME = "2024年度业务骨干培训经费";
const GOAL = "全年举办业务培训10期，提升业务骨干的履职能力。";

/** (row, col) → value of the head block of each layout. */
const FORM_HEAD: [number, number, CellValue][] = [
  [2, 1, "37020023P880028109936"],
  [2, 4, NAME],
  [3, 2, 30],
  [3, 4, 30],
  [3, 6, 0],
  [4, 1, "用于举办业务培训"],
  [6, 1, 5],
  [6, 3, 15],
  [6, 4, 25],
  [6, 5, 30],
  [7, 1, GOAL],
];
const FLAT_HEAD: [number, number, CellValue][] = [
  [1, 1, NAME],
  [1, 6, "37020023P880028109936"],
  [2, 1, "某某市人力资源和社会保障局"],
  [2, 6, "某某市职业技能培训中心"],
  [3, 1, 1000],
  [3, 3, 1000],
  [3, 5, 0],
  [4, 1, GOAL],
];

const firstOf = (_row: number, level2: Level2): LibraryEntry => libraryEntries("培训", level2)[0];

/** A filled copy of a blank block's values (form or flat, told by its width). */
export function fillBlock(
  block: TemplateBlock,
  pick: (row: number, level2: Level2) => LibraryEntry = firstOf,
): TemplateBlock {
  const flat = block.cols === FLAT_COLUMNS.width;
  const values = block.values.map((line) => [...line]) as (string | null)[][];
  for (const [r, c, v] of flat ? FLAT_HEAD : FORM_HEAD) values[r][c] = v === null ? null : String(v);
  const first = (flat ? FLAT_HEADER_ROW : HEADER_ROW) + 1;
  const cols = flat ? FLAT_COLUMNS : FORM_COLUMNS;
  for (let r = first; r < block.rows; r++) {
    const entry = pick(r, values[r][cols.level2] as Level2);
    values[r][cols.name] = entry.name;
    values[r][cols.basis!] = entry.basis;
    if (flat) {
      values[r][cols.value] =
        entry.comparator === "定性" ? entry.example : entry.example.replace(/^[≥≤]/, "").replace(entry.unit, "");
      values[r][cols.unit!] = entry.unit;
      values[r][cols.comparator!] = entry.comparator;
      values[r][cols.explanation!] = `${entry.name}的完成情况`;
      values[r][cols.scoring!] = "未达到不得分";
    } else {
      values[r][cols.description![0]] = `${entry.name}的完成情况`;
      values[r][cols.value] = entry.example;
    }
  }
  return { ...block, values };
}
