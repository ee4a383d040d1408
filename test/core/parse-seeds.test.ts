/** The seed workbooks (scripts/build-seeds.js): every table is found and read where it stands. */
import * as path from "path";
import { Workbook } from "exceljs";
import { toA1 } from "../../src/core/grid/address";
import type { Grid } from "../../src/core/grid/grid";
import type { Field, TargetTable } from "../../src/core/model/table";
import { locateTables } from "../../src/core/locate/locate";
import { parseTable } from "../../src/core/parse/parse";
import { workbookToGrids } from "../../src/xlsx/read-workbook";

const SEEDS = path.join(__dirname, "..", "..", "seeds");

async function load(file: string): Promise<Grid[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(SEEDS, file));
  return workbookToGrids(wb);
}

const parseAll = (grid: Grid) => locateTables(grid).map((l) => parseTable(grid, l));
const at = (f: Field | undefined) => f && `${toA1(f.row, f.col)} ${f.text}`;

describe("qingdao-2023.xlsx (form layout)", () => {
  let tables: TargetTable[];
  beforeAll(async () => {
    const grids = await load("qingdao-2023.xlsx");
    tables = grids.flatMap(parseAll);
  });

  it("finds all 21 tables with their names, budgets and indicator counts", () => {
    expect(tables.map((t) => t.layout)).toEqual(Array(21).fill("form"));
    expect(tables.map((t) => Number(t.budget?.text))).toEqual([
      170, 120, 195, 18, 575, 106, 32, 218, 92, 1420, 44.1, 3.5, 40, 1981, 150, 1000, 180, 343.14, 6, 600, 29,
    ]);
    expect(tables.map((t) => t.indicators.length)).toEqual([
      11, 10, 9, 8, 13, 10, 9, 10, 9, 11, 8, 10, 8, 13, 8, 8, 10, 9, 7, 9, 10,
    ]);
    expect(tables[1].name?.text).toBe("食盐储备工作经费");
    expect(tables[20].name?.text).toBe("工业互联网创新发展工作经费");
    expect(tables[20].unit?.text).toBe("502004青岛市工业互联网创新发展中心");
    expect(new Set(tables.map((t) => t.moneyUnit))).toEqual(new Set(["万元"]));
  });

  it("reads the first table's fields at their cells", () => {
    const [t] = tables;
    expect(t.title?.text).toMatch(/^1\.企业搬迁改造及化工业转型升级工作经费绩效目标表$/);
    expect(at(t.code)).toBe("B3 37020023P880028109936");
    expect(at(t.budget)).toMatch(/^C4 170/);
    expect(at(t.fiscal)).toMatch(/^E4 170/);
    expect(t.other).toMatchObject({ row: 3, col: 6 });
    expect(t.spendPlan?.points.map((p) => p.period)).toEqual(["3月底", "6月底", "10月底", "12月底"]);
    expect(t.spendPlan?.points.map((p) => Number(p.field.text))).toEqual([5, 120, 160, 170]);
    expect(t.goal?.text).toMatch(/^6\.目标内容1/);
    expect(t.hasBasisColumn).toBe(true);
  });

  it("reads indicator rows with 一级指标 carried down and the description under its merged header", () => {
    const rows = tables[0].indicators;
    expect(rows[0].level1?.text).toBe("成本指标");
    expect(rows[2]).toMatchObject({ level1Inherited: true });
    expect(rows[2].level1?.text).toBe("产出指标");
    expect(rows[3].value?.text).toBe("≥99百分号");
    expect(rows[10].level1?.text).toBe("满意度指标");
    expect(rows[10].description?.text).toBe("社会公众满意度】");
    const t3 = tables[2].indicators.find((i) => i.name?.text === "实物储备企业数量");
    expect(t3?.value?.text).toBe("≥70百分号");
    expect(tables[20].indicators[0].basis?.text).toBe("历史指标");
  });
});

describe("guangzhou-2024.xlsx (compact layout)", () => {
  let tables: TargetTable[];
  beforeAll(async () => {
    tables = (await load("guangzhou-2024.xlsx")).flatMap(parseAll);
  });

  it("finds every project, one table each, with its unit and indicators", () => {
    expect(tables).toHaveLength(34);
    expect(tables.every((t) => t.layout === "compact" && !t.hasBasisColumn)).toBe(true);
    expect(tables.map((t) => t.indicators.length)).toEqual([
      6, 6, 6, 12, 15, 12, 1, 8, 13, 2, 3, 3, 4, 13, 2, 2, 2, 2, 3, 4, 2, 2, 2, 7, 4, 3, 4, 2, 3, 4, 5, 6, 4, 1,
    ]);
    expect(tables.map((t) => t.unit?.text).filter((u, i, all) => u !== all[i - 1])).toEqual([
      "广州市工业和信息化局",
      "广州市工业和信息化产业发展中心",
      "广州市无线电监测站",
    ]);
  });

  it("reads every item's values", () => {
    for (const t of tables) {
      for (const i of t.indicators) {
        expect([
          t.name?.text,
          i.index,
          i.level1Code?.text,
          i.periodValue?.text !== undefined,
          i.annualValue?.text !== undefined,
        ]).toEqual([t.name?.text, i.index, expect.stringMatching(/^[123]$/), true, true]);
      }
    }
    const other = tables.find((t) => t.name?.text === "其他运行经费");
    expect(
      other?.indicators.map((i) => [i.level1?.text, i.level2Code?.text, i.name?.text, i.annualValue?.text]),
    ).toEqual([["满意度指标", "31", "服务对象满意度", "≥95%"]]);
    const review = tables.find((t) => t.name?.text?.startsWith("资金项目流程管理"));
    expect(review?.indicators[0]).toMatchObject({ periodValue: { text: "85" }, annualValue: { text: ">90%" } });
  });
});

describe("flat-sample.xlsx (flat layout)", () => {
  it("finds the flat tables of each sheet", async () => {
    const grids = await load("flat-sample.xlsx");
    const found = grids.map((g) =>
      parseAll(g).map((t) => `${t.id} ${t.layout} ${t.budget?.text} ${t.indicators.length}`),
    );
    expect(found).toEqual([["培训项目!A1 flat 30 7"], ["社会救助!A1 flat 2600 6", "社会救助!A15 flat 180 6"]]);
  });
});
