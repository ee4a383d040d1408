import { LintController, type ControllerOptions } from "../../src/app/controller";
import { activeFindings, orderedFindings } from "../../src/app/findings";
import type { HostCapabilities } from "../../src/host/port";
import { FakeHost } from "./fake-host";
import { fakeCore, sheetGrid, type FakeCore } from "./fake-core";

/** Sheet1: B1 has a placeholder (error, fixable), C1 a 百分号 (warning, fixable), A3 a 历史指标 basis. */
function sheet1() {
  return sheetGrid("Sheet1", [["项目名称", "≥XX%", "≥99百分号"], [null], ["历史指标"]]);
}

function setup(caps: Partial<HostCapabilities> = {}, options: ControllerOptions = {}, ignored: string[] = []) {
  const host = new FakeHost([sheet1(), sheetGrid("Sheet2", [["=x"]])], { capabilities: caps, ignored });
  const core: FakeCore = fakeCore();
  const controller = new LintController(host, { core, yieldToUi: async () => undefined, ...options });
  return { host, core, controller };
}

const cells = (c: LintController) => activeFindings(c.getState()).map((f) => f.diagnostic.cell);

describe("LintController: checking", () => {
  it("checks the active sheet on init and marks it when writes keep the undo history", async () => {
    const { host, controller } = setup();
    await controller.init();
    expect(cells(controller)).toEqual(["B1", "C1", "A3"]);
    expect(controller.getState().liveMarking).toBe(true);
    expect(host.marks.get("Sheet1")?.map((m) => [m.row, m.col, m.severity])).toEqual([
      [0, 1, "error"],
      [0, 2, "warning"],
      [2, 0, "warning"],
    ]);
  });

  it("keeps live marking off and writes no marks on open when writes would clear undo", async () => {
    const { host, controller } = setup({ writesKeepUndo: false });
    await controller.init();
    expect(controller.getState().liveMarking).toBe(false);
    expect(cells(controller)).toHaveLength(3);
    expect(host.markWrites).toEqual([]);
    await controller.checkSheet();
    expect(host.marks.get("Sheet1")).toHaveLength(3);
  });

  it("checks every sheet of the workbook, reporting progress and yielding between sheets", async () => {
    const yields: number[] = [];
    const { host, controller } = setup({}, { yieldToUi: async () => void yields.push(host.reads.length) });
    const progress: string[] = [];
    await controller.checkWorkbook((p) => progress.push(`${p.done}/${p.total} ${p.sheet}`));
    expect(progress).toEqual(["0/2 Sheet1", "1/2 Sheet2", "2/2 "]);
    expect(yields).toEqual([1, 2]);
    expect(Object.keys(controller.getState().sheets)).toEqual(["Sheet1", "Sheet2"]);
    expect(host.marks.get("Sheet2")?.[0].note).toBe("【提示】=多余的等号");
    expect(controller.getState().notice).toMatchObject({
      intent: "success",
      id: "workbookDone",
      data: { n: 2, count: 4 },
    });
  });

  it("leaves hidden sheets (a template's dropdown lists) out of the workbook check", async () => {
    const { host, controller } = setup();
    host.hidden.add("Sheet2");
    await controller.checkWorkbook();
    expect(host.reads).toEqual(["Sheet1"]);
    expect(Object.keys(controller.getState().sheets)).toEqual(["Sheet1"]);
  });

  it("leaves an instruction sheet (`填报说明`, its example filled with XX) out of the workbook check", async () => {
    const { host, controller } = setup();
    host.grids.set("填报说明", host.grids.get("Sheet2")!);
    await controller.checkWorkbook();
    expect(host.reads).toEqual(["Sheet1", "Sheet2"]);
    // …and says so (fourteenth session: it had said only how many sheets were checked).
    expect(controller.getState().notice).toMatchObject({ id: "workbookDoneSkipped", data: { n: 2, skipped: 1 } });
  });

  it("begun on the instruction sheet it leaves out, shows the first checked sheet with findings", async () => {
    const { host, controller } = setup();
    host.grids.set("填报说明", sheetGrid("填报说明", [["填报说明"]]));
    host.active = "填报说明";
    await controller.checkWorkbook();
    expect(controller.getState().activeSheet).toBe("Sheet1");
    // Begun on a checked sheet, the list stays there.
    host.active = "Sheet2";
    await controller.checkWorkbook();
    expect(controller.getState().activeSheet).toBe("Sheet2");
  });

  it("says no table was found where no sheet holds one, not `0 findings` (which read as all clear)", async () => {
    const host = new FakeHost([sheetGrid("Sheet1", [["随便写点什么"]])], {});
    const controller = new LintController(host, { core: fakeCore(), yieldToUi: async () => undefined });
    await controller.checkWorkbook();
    expect(controller.getState().notice).toMatchObject({ id: "workbookNoTables", data: { n: 1 } });
  });

  it("tells the user when the sheet cannot be read", async () => {
    const { host, controller } = setup();
    host.failRead = true;
    await controller.init();
    expect(controller.getState().notice).toMatchObject({
      intent: "error",
      id: "readFailed",
      data: { sheet: "Sheet1" },
    });
    expect(controller.getState().busy).toBe(false);
  });

  it("still checks when edit events cannot be subscribed", async () => {
    const { host, controller } = setup();
    host.onEdit = async () => {
      throw new Error("no events");
    };
    await controller.init();
    expect(cells(controller)).toHaveLength(3);
    expect(controller.getState().notice).toMatchObject({ intent: "warning", data: { error: "no events" } });
  });

  it("reports a host failure instead of throwing", async () => {
    const { host, controller } = setup();
    host.visibleSheetNames = async () => {
      throw new Error("boom");
    };
    await controller.checkWorkbook();
    expect(controller.getState().notice).toMatchObject({
      intent: "error",
      id: "actionFailed",
      data: { error: "boom" },
    });
  });
});

describe("LintController: live checking", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("debounces edits, coalesces their ranges and re-checks only then", async () => {
    const { host, core, controller } = setup();
    await controller.init();
    const reads = host.reads.length;
    host.edit("Sheet1", 1, 1, "≥XX次");
    jest.advanceTimersByTime(200);
    host.edit("Sheet1", 4, 3, "abc");
    jest.advanceTimersByTime(299);
    await controller.idle();
    expect(host.reads.length).toBe(reads);
    jest.advanceTimersByTime(1);
    await controller.idle();
    expect(host.reads.length).toBe(reads + 1);
    expect(core.rechecks).toEqual([{ top: 1, left: 1, bottom: 4, right: 3 }]);
    expect(cells(controller)).toEqual(["B1", "C1", "B2", "A3"]);
    expect(host.marks.get("Sheet1")?.some((m) => m.row === 1 && m.col === 1)).toBe(true);
  });

  it("updates the list but not the marks when live marking is off", async () => {
    const { host, controller } = setup({ writesKeepUndo: false });
    await controller.init();
    await controller.checkSheet();
    const writes = host.markWrites.length;
    host.edit("Sheet1", 0, 1, "≥95%");
    jest.advanceTimersByTime(300);
    await controller.idle();
    expect(cells(controller)).toEqual(["C1", "A3"]);
    expect(host.markWrites.length).toBe(writes);
  });

  it("drops a fix's outcome, told where it was clicked, when the officer moves to another sheet", async () => {
    const { controller } = setup();
    await controller.init();
    const finding = activeFindings(controller.getState())[0];
    await controller.applyFix(finding.diagnostic.fix!, finding.id);
    expect(controller.getState().notice?.anchor).toBe(finding.id);
    await controller.followSheet("Sheet2");
    expect(controller.getState().notice).toBeUndefined();
  });

  it("re-checks the whole sheet after rows moved and forgets undo steps there", async () => {
    const { host, core, controller } = setup();
    await controller.init();
    await controller.applyFix(activeFindings(controller.getState())[0].diagnostic.fix!);
    expect(controller.getState().undo).toHaveLength(1);
    const full = core.fullLints;
    host.edit("Sheet1", 1, 0, null, true);
    jest.advanceTimersByTime(300);
    await controller.idle();
    expect(core.fullLints).toBe(full + 1);
    expect(controller.getState().undo).toHaveLength(0);
  });

  it("stops listening when disposed", async () => {
    const { host, controller } = setup();
    await controller.init();
    expect(host.editHandlerCount).toBe(1);
    await controller.dispose();
    expect(host.editHandlerCount).toBe(0);
  });

  it("a failed sheet-activation subscription keeps live checking, warns, and dispose removes the edit subscription", async () => {
    const { host, controller } = setup();
    Object.assign(host, { onSheetActivated: async () => Promise.reject(new Error("ApiNotFound")) });
    await controller.init();
    expect(host.editHandlerCount).toBe(1);
    expect(controller.getState().notice).toMatchObject({ intent: "warning", data: { error: "ApiNotFound" } });
    await controller.dispose();
    expect(host.editHandlerCount).toBe(0);
  });
});

describe("LintController: ignore", () => {
  it("hides an ignored finding, drops its mark and stores the key in the workbook", async () => {
    const { host, controller } = setup();
    await controller.init();
    const [first] = activeFindings(controller.getState());
    await controller.ignore(first.id);
    expect(cells(controller)).toEqual(["C1", "A3"]);
    expect(host.ignoredStore).toEqual([first.key]);
    expect(host.marks.get("Sheet1")?.map((m) => m.col)).toEqual([2, 0]);
  });

  it("keeps it ignored after reopening, until the cell's text changes", async () => {
    const { host, controller } = setup();
    await controller.init();
    await controller.ignore(activeFindings(controller.getState())[0].id);
    const reopened = new LintController(host, { core: fakeCore() });
    await reopened.init();
    expect(cells(reopened)).toEqual(["C1", "A3"]);
    host.edit("Sheet1", 0, 1, "≥XX个");
    await reopened.flushEdits();
    expect(cells(reopened)).toEqual(["B1", "C1", "A3"]);
  });

  it("restores every ignored finding on request", async () => {
    const { host, controller } = setup();
    await controller.init();
    await controller.ignore(activeFindings(controller.getState())[1].id);
    await controller.restoreIgnored();
    expect(cells(controller)).toHaveLength(3);
    expect(host.ignoredStore).toEqual([]);
  });
});

describe("LintController: fixes and undo", () => {
  it("applies a fix, re-checks the cell and can undo it", async () => {
    const { host, core, controller } = setup();
    await controller.init();
    const fix = activeFindings(controller.getState())[0].diagnostic.fix!;
    await controller.applyFix(fix);
    expect(host.text("Sheet1", 0, 1)).toBe("≥10%");
    expect(core.rechecks.at(-1)).toEqual({ top: 0, left: 1, bottom: 0, right: 1 });
    expect(cells(controller)).toEqual(["C1", "A3"]);
    expect(host.marks.get("Sheet1")).toHaveLength(2);
    await controller.undo();
    expect(host.text("Sheet1", 0, 1)).toBe("≥XX%");
    expect(cells(controller)).toEqual(["B1", "C1", "A3"]);
    expect(controller.getState().undo).toHaveLength(0);
  });

  it("writes nothing when the cell changed since the check, and says so", async () => {
    const { host, controller } = setup();
    await controller.init();
    const fix = activeFindings(controller.getState())[0].diagnostic.fix!;
    host.edit("Sheet1", 0, 1, "≥XX次（用户改过）");
    await controller.applyFix(fix);
    expect(host.text("Sheet1", 0, 1)).toBe("≥XX次（用户改过）");
    expect(controller.getState().notice).toMatchObject({ intent: "warning", id: "fixStale", data: { cell: "B1" } });
    expect(controller.getState().undo).toHaveLength(0);
    expect(activeFindings(controller.getState())[0].diagnostic.fix?.expected).toBe("≥XX次（用户改过）");
  });

  it("refuses to undo over the user's later edit", async () => {
    const { host, controller } = setup();
    await controller.init();
    await controller.applyFix(activeFindings(controller.getState())[0].diagnostic.fix!);
    host.edit("Sheet1", 0, 1, "≥20%");
    await controller.undo();
    expect(host.text("Sheet1", 0, 1)).toBe("≥20%");
    expect(controller.getState().notice).toMatchObject({ id: "undoStale", data: { cell: "B1" } });
  });

  it("undoes the last fixes in reverse order", async () => {
    const { host, controller } = setup();
    await controller.init();
    for (const f of activeFindings(controller.getState()).slice(0, 2)) await controller.applyFix(f.diagnostic.fix!);
    await controller.undo();
    expect(host.text("Sheet1", 0, 2)).toBe("≥99百分号");
    expect(host.text("Sheet1", 0, 1)).toBe("≥10%");
    await controller.undo();
    expect(host.text("Sheet1", 0, 1)).toBe("≥XX%");
  });
});

describe("LintController: walking, filters, export", () => {
  it("selects findings and walks them with wrap-around", async () => {
    const { host, controller } = setup();
    await controller.init();
    await controller.next();
    await controller.next();
    await controller.next();
    await controller.next();
    await controller.previous();
    expect(host.selections).toEqual(["Sheet1!0,1", "Sheet1!0,2", "Sheet1!2,0", "Sheet1!0,1", "Sheet1!2,0"]);
    expect(controller.getState().currentId).toBe(orderedFindings(controller.getState())[2].id);
  });

  it("moves the current finding on when it is ignored", async () => {
    const { controller } = setup();
    await controller.init();
    await controller.next();
    const [first, second] = orderedFindings(controller.getState());
    await controller.ignore(first.id);
    expect(controller.getState().currentId).toBe(second.id);
  });

  it("filters by severity and by rule", async () => {
    const { controller } = setup();
    await controller.init();
    const all = orderedFindings(controller.getState());
    const severities = (s: string) => all.filter((f) => f.diagnostic.severity === s).map((f) => f.diagnostic.cell);
    // A severity button shows what it names: only that severity.
    controller.toggleSeverity("warning");
    expect(orderedFindings(controller.getState()).map((f) => f.diagnostic.cell)).toEqual(severities("warning"));
    controller.toggleSeverity("info");
    expect(orderedFindings(controller.getState()).map((f) => f.diagnostic.cell)).toEqual(["C1", "A3"]);
    controller.setRuleFilter("basis-type");
    expect(orderedFindings(controller.getState()).map((f) => f.diagnostic.cell)).toEqual(["A3"]);
    controller.toggleSeverity("warning");
    controller.toggleSeverity("info");
    controller.setRuleFilter(undefined);
    expect(orderedFindings(controller.getState())).toHaveLength(3);
  });

  it("exports non-ignored findings as CSV and as a results sheet (the host keeps formula starts as text)", async () => {
    const { host, controller } = setup();
    await controller.checkWorkbook();
    await controller.ignore(activeFindings(controller.getState())[0].id);
    const lines = controller.exportCsv().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe("Sheet2,A1,项目甲,多余文字,提示,'=多余的等号");
    await controller.exportSheet();
    const rows = host.sheetsWritten.get("检查结果")!;
    expect(rows[0]).toEqual(["工作表", "单元格", "表", "规则", "严重程度", "说明"]);
    expect(rows.at(-1)?.[5]).toBe("=多余的等号"); // the host keeps it text (asCellInput)
  });

  it("clears every mark and keeps live re-checks from re-marking until the next check", async () => {
    const { host, controller } = setup();
    await controller.init();
    await controller.clearMarks();
    expect(host.marks.size).toBe(0);
    // The pane says why the cells stay unmarked while live marking is on (fourteenth session).
    expect(controller.getState().clearedMarks).toEqual(["Sheet1"]);
    host.edit("Sheet1", 0, 1, "≥XX个");
    await controller.flushEdits();
    expect(host.marks.size).toBe(0);
    await controller.checkSheet();
    expect(host.marks.get("Sheet1")).toHaveLength(3);
    expect(controller.getState().clearedMarks).toEqual([]);
  });
});
