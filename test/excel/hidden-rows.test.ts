/**
 * Rows and columns the sheet hides, read by the add-in as the CLI's reader reads them (core/grid/hidden-cells.ts):
 * the core then reads the table as shown, and no finding points at a cell the officer cannot see. The round trips
 * stay what they were when nothing is hidden, and grow by a constant at most when something is.
 */
import { LintController } from "../../src/app/controller";
import { activeFindings } from "../../src/app/findings";
import { cellAt, type Grid } from "../../src/core/grid/grid";
import { lintGrid } from "../../src/core/lint/lint";
import { ExcelHost } from "../../src/excel";
import { gridOf } from "../corpus/corpus";
import { measureExcelCheck } from "./bench-probe";
import { FakeExcel } from "./fake-excel";
import { fillSheet, type FakeOptions } from "./fake-workbook";
import { fakeWith, stackedTables } from "./sheets";

/** A fake workbook holding `grid`, with those rows and columns hidden. */
function hiding(grid: Grid, lines: { rows?: number[]; columns?: number[] }, options: FakeOptions = {}) {
  const fake = fakeWith(grid, options);
  fake.userHide(grid.sheet, lines);
  return { fake, host: new ExcelHost(fake.env()) };
}

const findings = (grid: Grid) => lintGrid(grid).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);

// The template's example row (7) kept hidden under a ★ heading: shown, its XX are placeholders left unfilled.
const STAR = `2024年度项目支出绩效自评表|<|<|<|<
项目名称|特色种养补贴|<|<|<
主管部门|某镇人民政府|<|<|<
年度目标|对64户脱贫户进行补助|<|<|<
一级指标|二级指标|三级指标|年度指标值|全年实际值
产出指标|数量指标|★补助瓜果蔬菜种植面积||
^|^|示例：XX数量|≥XX|
^|^|梨树种植面积|6亩|6亩
^|^|桃树种植面积||1亩
效益指标|社会效益指标|受益户数|64户|64户
满意度指标|服务对象满意度指标|受益群众满意度|≥90%|95%
成本指标|经济成本指标|补助资金|≤8万元|8万元`;

// A template's 序号 column (B) hidden between the labels and their values.
const SERIAL = (other: string) => `项目支出绩效目标申报表|<|<|<|<|<
项目名称|序号|道路养护|<|<|<
主管部门||某县交通局|<|实施单位|某县公路中心
项目资金（万元）||年度资金总额：|<|50|<
^||其中：财政拨款|<|50|<
^||其他资金|<|${other}|<
年度目标||完成道路养护10公里|<|<|<
绩效指标|序号|一级指标|二级指标|三级指标|指标值
^|1|产出指标|数量指标|养护里程|≥10公里
^|2|效益指标|社会效益指标|通行条件|有效改善
^|3|满意度指标|服务对象满意度指标|群众满意度|≥90%
^|4|成本指标|经济成本指标|养护成本|≤50万元`;

// 指标值 merged over a hidden 指标解释 column (D) and the value column shown (E).
const MERGED_OVER = `项目名称|道路养护|<|<|<|<
年度目标|完成道路养护10公里|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|指标值确定依据
产出指标|数量指标|养护里程|反映养护里程||计划标准
效益指标|社会效益指标|通行条件|反映通行条件|有效改善|计划标准
满意度指标|服务对象满意度指标|群众满意度|反映群众满意度|≥90%|历史标准
成本指标|经济成本指标|养护成本|反映养护成本|≤50万元|预算支出标准`;

describe("ExcelHost.readGrid reads a sheet as it shows", () => {
  test("a hidden row under a ★ heading: listed, blank, and its heading's sub-rows are the rows shown", async () => {
    const { host } = hiding(gridOf(STAR), { rows: [6] });
    const grid = await host.readGrid("S");
    expect(grid.hiddenRows).toEqual([6]);
    expect(grid.values[6].every((v) => v === null)).toBe(true);
    expect(findings(grid)).toEqual(["D9 value-missing"]);
  });

  test("a hidden 序号 column: listed, blank, the head read past it; a wrong 其他资金 reported at its shown cell", async () => {
    const clean = await hiding(gridOf(SERIAL("")), { columns: [1] }).host.readGrid("S");
    expect(clean.hiddenColumns).toEqual([1]);
    expect(clean.values.every((line) => line[1] === null || line[1] === undefined)).toBe(true);
    expect(findings(clean)).toEqual([]);
    const wrong = await hiding(gridOf(SERIAL("20")), { columns: [1] }).host.readGrid("S");
    expect(findings(wrong)).toEqual(["E5 budget-sum-mismatch"]);
  });

  test("a merge over a hidden column keeps its value; the target left blank is missing at the shown cell", async () => {
    const grid = await hiding(gridOf(MERGED_OVER), { columns: [3] }).host.readGrid("S");
    expect(cellAt(grid, 2, 3)).toBe("指标值");
    expect(cellAt(grid, 3, 3)).toBeNull();
    expect(findings(grid)).toEqual(["E4 value-missing"]);
  });

  test("the same grid as the CLI's reader gives: a hidden column holding nothing is no hidden column", async () => {
    // Two tables side by side; column F, blank, hidden between them: it still parts them.
    const left = gridOf(SERIAL(""));
    const values = left.values.map((line) => [...line, null, null, ...line]);
    const merges = [...left.merges, ...left.merges.map((m) => ({ ...m, left: m.left + 8, right: m.right + 8 }))];
    const grid: Grid = { sheet: "S", top: 0, left: 0, values, merges };
    const read = await hiding(grid, { columns: [1, 6, 9] }).host.readGrid("S");
    expect(read.hiddenColumns).toEqual([1, 9]);
    expect(lintGrid(read).tables.map((t) => t.id)).toEqual(["S!A1", "S!I1"]);
  });

  test("every row or column hidden: read from the flags alone, without asking for the visible cells", async () => {
    const { fake, host } = hiding(gridOf(STAR), { columns: [0, 1, 2, 3, 4] });
    const grid = await host.readGrid("S");
    expect(grid.hiddenColumns).toEqual([0, 1, 2, 3, 4]);
    expect(findings(grid)).toEqual([]);
    expect(fake.syncs).toBe(2);
  });
});

describe("round trips", () => {
  const hiddenIn = (grid: Grid, tables: number) => {
    const height = grid.values.length / tables;
    return Array.from({ length: tables }, (_, i) => grid.top + Math.floor(i * height) + 12);
  };

  test("nothing hidden: a full check 4 syncs and an edit 2, as before", async () => {
    const grid = stackedTables(10);
    const cost = await measureExcelCheck(grid, (g) => lintGrid(g).diagnostics, {
      edit: { row: grid.top + 9, col: grid.left + 5, value: "" },
    });
    expect([cost.full.syncs, cost.edit.syncs]).toEqual([4, 2]);
  });

  test("rows hidden: the full read takes as many syncs as with none (the visible cells ride on the merge probes), at any size", async () => {
    for (const tables of [10, 200]) {
      const grid = stackedTables(tables);
      const read = async (lines: { rows?: number[]; columns?: number[] }) => {
        const { fake, host } = hiding(grid, lines);
        const done = fake.mark();
        const got = await host.readGrid(grid.sheet);
        return { got, syncs: done().syncs };
      };
      const none = await read({});
      const some = await read({ rows: hiddenIn(grid, tables), columns: [grid.left + 1] });
      expect(some.got.hiddenRows).toEqual(hiddenIn(grid, tables));
      expect(some.syncs).toBe(none.syncs);
    }
  });

  test("on the web and without merged-area probes (below ExcelApi 1.13): at most one sync more", async () => {
    const grid = stackedTables(200);
    for (const options of [{ web: true }, { apiVersion: "1.12" }]) {
      const syncs = async (rows: number[]) => {
        const { fake, host } = hiding(grid, { rows }, options);
        const done = fake.mark();
        const got = await host.readGrid(grid.sheet);
        expect(got.hiddenRows ?? []).toEqual(rows);
        return done().syncs;
      };
      const none = await syncs([]);
      expect(await syncs(hiddenIn(grid, 200))).toBeLessThanOrEqual(none + 1);
    }
  });

  test("a batch refused as too large and halved: the visible cells asked for again, on one sync of their own", async () => {
    const grid = stackedTables(20);
    const { fake, host } = hiding(grid, { rows: hiddenIn(grid, 20) }, { web: true });
    let refused = false;
    const original = fake.recordSync.bind(fake);
    fake.recordSync = (record) => {
      // The first batch after the head (the one carrying the visible cells) is refused once.
      if (fake.syncs === 1 && !refused) {
        refused = true;
        original(record);
        throw Object.assign(new Error("ResponsePayloadSizeLimitExceeded"), {
          code: "ResponsePayloadSizeLimitExceeded",
        });
      }
      original(record);
    };
    const got = await host.readGrid(grid.sheet);
    expect(refused).toBe(true);
    expect(got.hiddenRows).toEqual(hiddenIn(grid, 20));
  });
});

/** The debounce (0 ms) run out, and what it started done. */
async function settled(controller: LintController) {
  await new Promise((r) => setTimeout(r, 5));
  await controller.idle();
}

describe("checking while editing a sheet that hides rows", () => {
  async function open(tables: number, hide = true) {
    const grid = stackedTables(tables);
    const fake = new FakeExcel();
    fillSheet(fake.addSheet(grid.sheet), grid);
    const rows = Array.from(
      { length: tables },
      (_, i) => grid.top + Math.floor((i * grid.values.length) / tables) + 12,
    );
    if (hide) fake.userHide(grid.sheet, { rows });
    const host = new ExcelHost(fake.env());
    const read = host.readGrid.bind(host);
    const windows: unknown[] = [];
    host.readGrid = (sheet, span) => {
      if (span) windows.push(span);
      return read(sheet, span);
    };
    const controller = new LintController(host, { debounceMs: 0 });
    await controller.init();
    return { grid, fake, controller, windows };
  }

  test("an edit reads the whole sheet once (no window first), in as many syncs at 10 tables as at 100, and is right", async () => {
    const costs: number[] = [];
    for (const tables of [10, 100]) {
      const { grid, fake, controller, windows } = await open(tables);
      const done = fake.mark();
      await fake.userEdit(grid.sheet, "F10", "≥99百分号");
      await settled(controller);
      costs.push(done().syncs);
      expect(windows).toEqual([]);
      const fresh = new LintController(new ExcelHost(fake.env()));
      await fresh.init();
      const view = (c: LintController) => activeFindings(c.getState()).map((f) => `${f.diagnostic.cell} ${f.id}`);
      expect(view(controller)).toEqual(view(fresh));
    }
    expect(costs[1]).toBe(costs[0]);
    // The whole read with the whole sheet's marks reconciled (a full check): two syncs above a window's edit.
    const shown = await open(10, false);
    const done = shown.fake.mark();
    await shown.fake.userEdit(shown.grid.sheet, "F10", "≥99百分号");
    await settled(shown.controller);
    expect(shown.windows).toHaveLength(1);
    expect(costs[0]).toBeLessThanOrEqual(done().syncs + 2);
  });

  test("rows hidden since the last check: the edit's window says so, and the sheet is re-checked whole", async () => {
    const grid = gridOf(STAR);
    const fake = new FakeExcel();
    fillSheet(fake.addSheet("S"), grid);
    const controller = new LintController(new ExcelHost(fake.env()), { debounceMs: 0 });
    await controller.init();
    const cells = () => activeFindings(controller.getState()).map((f) => `${f.diagnostic.cell} ${f.diagnostic.ruleId}`);
    expect(cells()).toEqual(["C7 placeholder-unfilled", "D7 placeholder-unfilled", "D9 value-missing"]);
    fake.userHide("S", { rows: [6] });
    await fake.userEdit("S", "E10", "64户");
    await settled(controller);
    expect(cells()).toEqual(["D9 value-missing"]);
  });
});
