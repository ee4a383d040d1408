/**
 * Live re-checks read and mark only the rows an edit can reach, over the real
 * core on many stacked tables; the list, the counts and the marks are what a
 * full check gives.
 */
import { LintController } from "../../src/app/controller";
import { activeFindings, countBySeverity } from "../../src/app/findings";
import { stackedTables } from "../excel/sheets";
import { FakeHost } from "./fake-host";

const GRID = stackedTables(30);
const TABLE_ROWS = Math.floor(GRID.values.length / 30);

async function open() {
  const host = new FakeHost([GRID]);
  const controller = new LintController(host, { debounceMs: 0 });
  await controller.init();
  return { host, controller };
}

/** What a fresh pane's full check of the sheet as it is now shows. */
async function fullCheckOf(host: FakeHost) {
  const fresh = new FakeHost([host.grids.get("Sheet1")!]);
  const controller = new LintController(fresh);
  await controller.init();
  return { findings: activeFindings(controller.getState()), marks: fresh.marks.get("Sheet1") };
}

async function type(host: FakeHost, controller: LintController, row: number, col: number, value: string | null) {
  host.edit("Sheet1", row, col, value);
  await new Promise((r) => setTimeout(r, 5));
  await controller.idle();
}

const view = (findings: ReturnType<typeof activeFindings>) =>
  findings.map((f) => [f.id, f.diagnostic.cell, f.diagnostic.ruleId]);

describe("live re-check of a row window", () => {
  it("a value edit reads and marks only rows around the edited table; list, counts and marks equal a full check", async () => {
    const { host, controller } = await open();
    const row = GRID.top + 15 * TABLE_ROWS + 9;
    await type(host, controller, row, 5, "≥99百分号");
    const rows = host.readRows.at(-1);
    expect(rows).toBeDefined();
    expect(rows!.top).toBeGreaterThan(GRID.top + 10 * TABLE_ROWS);
    expect(rows!.bottom).toBeLessThan(GRID.top + 20 * TABLE_ROWS);
    expect(host.markRows.at(-1)).toEqual(rows);
    const full = await fullCheckOf(host);
    const mine = activeFindings(controller.getState());
    expect(view(mine)).toEqual(view(full.findings));
    expect(countBySeverity(mine)).toEqual(countBySeverity(full.findings));
    expect(host.marks.get("Sheet1")).toEqual(full.marks);
  });

  it("several edits in turn, one clearing a cell, still equal a full check", async () => {
    const { host, controller } = await open();
    await type(host, controller, GRID.top + 3 * TABLE_ROWS + 9, 5, "XX个");
    await type(host, controller, GRID.top + 20 * TABLE_ROWS + 10, 4, null);
    await type(host, controller, GRID.top + 3 * TABLE_ROWS + 9, 5, "10个");
    const full = await fullCheckOf(host);
    expect(view(activeFindings(controller.getState()))).toEqual(view(full.findings));
    expect(host.marks.get("Sheet1")).toEqual(full.marks);
  });

  it("rows inserted, and 检查本表, read the whole sheet", async () => {
    const { host, controller } = await open();
    host.edit("Sheet1", GRID.top + 5, 0, null, true);
    await new Promise((r) => setTimeout(r, 5));
    await controller.idle();
    expect(host.readRows.at(-1)).toBeUndefined();
    await controller.checkSheet();
    expect(host.readRows.at(-1)).toBeUndefined();
    expect(host.markRows.at(-1)).toBeUndefined();
  });

  it("after a failed mark write, the next edit reconciles every mark", async () => {
    const { host, controller } = await open();
    const write = host.writeMarks.bind(host);
    host.writeMarks = async () => {
      throw new Error("GeneralException");
    };
    await type(host, controller, GRID.top + 2 * TABLE_ROWS + 9, 5, "XX个");
    host.writeMarks = write;
    await type(host, controller, GRID.top + 25 * TABLE_ROWS + 9, 5, "≥99百分号");
    expect(host.markRows.at(-1)).toBeUndefined();
    expect(host.marks.get("Sheet1")).toEqual((await fullCheckOf(host)).marks);
  });
});
