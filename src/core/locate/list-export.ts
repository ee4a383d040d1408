/**
 * List exports of the budget systems (spec §7): one header holds project
 * fields beside the indicator columns (`单位名称 | 项目名称 | 预算数 | 年度目标 |
 * 一级指标 | …`); each project is a row with its name, followed by its indicator
 * rows. Every project is a table of its own.
 */
import type { Grid } from "../grid/grid";
import type { IndicatorSection } from "./block-extent";
import { ownText } from "./cells";
import type { TableLocation } from "./location";

/** Splits a list export's rows into one location per project (a row whose 项目名称 cell is written). */
export function listProjects(grid: Grid, sections: IndicatorSection[]): TableLocation[] {
  const header = sections[0].header;
  const nameCol = header.columns.find((c) => c.head === "name")?.from;
  if (nameCol === undefined) return [];
  const out: TableLocation[] = [];
  for (const section of sections) {
    let start: number | undefined;
    const close = (end: number) => {
      if (start === undefined) return;
      const part: IndicatorSection = { ...section, top: start, bottom: end };
      out.push({
        layout: header.layout,
        range: { top: start, left: header.band.left, bottom: end, right: header.band.right },
        anchor: { row: start, col: nameCol },
        header: { row: header.row, col: header.band.left },
        sections: [part],
        listProject: true,
      });
    };
    for (let r = section.top; r <= section.bottom; r++) {
      if (ownText(grid, r, nameCol) === "") continue;
      close(r - 1);
      start = r;
    }
    close(section.bottom);
  }
  return out;
}
