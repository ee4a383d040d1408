/** A host that fails never costs the user an undo step or a state the workbook does not hold. */
import { LintController } from "../../src/app/controller";
import { activeFindings } from "../../src/app/findings";
import { FakeHost } from "./fake-host";
import { fakeCore, sheetGrid } from "./fake-core";

function setup() {
  const host = new FakeHost([sheetGrid("Sheet1", [["项目名称", "≥XX%", "≥99百分号"], [null], ["历史指标"]])]);
  const controller = new LintController(host, { core: fakeCore(), yieldToUi: async () => undefined });
  return { host, controller };
}

describe("LintController when the host fails", () => {
  it("keeps the undo entry when writing the undo throws, and can undo later", async () => {
    const { host, controller } = setup();
    await controller.init();
    const fix = activeFindings(controller.getState()).find((f) => f.diagnostic.fix)!.diagnostic.fix!;
    await controller.applyFix(fix);
    expect(controller.getState().undo).toHaveLength(1);
    host.failFix = true;
    await controller.undo();
    expect(controller.getState().undo).toHaveLength(1);
    expect(controller.getState().notice?.intent).toBe("error");
    host.failFix = false;
    await controller.undo();
    expect(controller.getState().undo).toHaveLength(0);
    expect(host.text("Sheet1", fix.row, fix.col)).toBe(fix.expected);
  });

  it("does not show a finding as ignored when saving it to the workbook failed", async () => {
    const { host, controller } = setup();
    await controller.init();
    const first = activeFindings(controller.getState())[0];
    host.failSaveIgnored = true;
    await controller.ignore(first.id);
    expect(controller.getState().ignored).toEqual([]);
    expect(controller.getState().notice).toMatchObject({ intent: "error", id: "actionFailed" });
    host.failSaveIgnored = false;
    await controller.ignore(first.id);
    expect(controller.getState().ignored).toEqual([first.key]);
    expect(host.ignoredStore).toEqual([first.key]);
  });
});

describe("the ribbon's last result", () => {
  it("is shown once as a notice when the pane opens", async () => {
    const { host, controller } = setup();
    host.ribbonCheck = { sheet: "Sheet1", at: "2025-01-01T00:00:00Z", counts: { error: 2, warning: 1, info: 0 } };
    await controller.init();
    expect(controller.getState().notice).toMatchObject({
      id: "ribbonDone",
      data: { count: 3, sheet: "Sheet1", error: 2, warning: 1, info: 0 },
    });
    expect(host.ribbonCheck).toBeUndefined();
  });

  it("a failed ribbon check shows its error", async () => {
    const { host, controller } = setup();
    host.ribbonCheck = { sheet: "", at: "2025-01-01T00:00:00Z", error: "GeneralException" };
    await controller.init();
    expect(controller.getState().notice).toEqual({
      intent: "error",
      id: "ribbonFailed",
      data: { error: "GeneralException", sheet: "" },
    });
  });
});
