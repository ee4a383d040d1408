/** What the pane says when Excel refuses: a protected sheet, a newer add-in's record (with 重置标记记录); window merges. */
import { LintController } from "../../src/app/controller";
import { withEdgeMerges } from "../../src/app/grid-rows";
import { fakeCore, sheetGrid } from "./fake-core";
import { FakeHost } from "./fake-host";

function open() {
  const host = new FakeHost([sheetGrid("表1", [["项目名称", "XX个"]])]);
  const controller = new LintController(host, { core: fakeCore(), yieldToUi: async () => undefined });
  return { host, controller };
}

describe("notices for writes Excel refuses", () => {
  it("a newer add-in's record: the pane names the sheet, and 重置标记记录 resets it and marks again on the next check", async () => {
    const { host, controller } = open();
    const write = host.writeMarks.bind(host);
    host.writeMarks = async () => {
      throw Object.assign(new Error("MarkRecordUnknownVersion"), { code: "MarkRecordUnknownVersion", sheet: "表1" });
    };
    await controller.init();
    expect(controller.getState().notice).toEqual({ intent: "warning", id: "recordUntrusted", data: { sheet: "表1" } });
    const resets: string[] = [];
    host.resetMarks = async (sheet: string) => {
      resets.push(sheet);
      return 3;
    };
    host.writeMarks = write;
    await controller.resetMarkRecord();
    expect(resets).toEqual(["表1"]);
    expect(controller.getState().notice).toEqual({ intent: "success", id: "marksReset", data: { sheet: "表1", n: 3 } });
    await controller.checkSheet();
    expect(host.marks.get("表1")?.length).toBe(1);
  });

  it("a protected sheet: a fix says so (not a bare error)", async () => {
    const { host, controller } = open();
    await controller.init();
    host.applyFix = async () => {
      throw Object.assign(new Error("SheetProtected"), { code: "SheetProtected", sheet: "表1" });
    };
    const fix = controller.getState().sheets["表1"].findings[0].diagnostic.fix!;
    await controller.applyFix(fix);
    expect(controller.getState().notice).toEqual({ intent: "warning", id: "sheetProtected", data: { sheet: "表1" } });
  });
});

describe("withEdgeMerges", () => {
  const whole = {
    sheet: "S",
    top: 0,
    left: 0,
    values: [],
    merges: [
      { top: 2, left: 0, bottom: 8, right: 0 },
      { top: 20, left: 1, bottom: 21, right: 1 },
    ],
  };
  it("adds an area starting above the window that Excel leaves out (top-left only), and replaces a clipped piece", () => {
    const rows = { top: 5, bottom: 12 };
    const topLeftOnly = withEdgeMerges({ ...whole, top: 5, merges: [] }, whole, rows);
    expect(topLeftOnly.merges).toEqual([{ top: 2, left: 0, bottom: 8, right: 0 }]);
    const clipped = withEdgeMerges(
      { ...whole, top: 5, merges: [{ top: 5, left: 0, bottom: 8, right: 0 }] },
      whole,
      rows,
    );
    expect(clipped.merges).toEqual([{ top: 2, left: 0, bottom: 8, right: 0 }]);
  });
  it("leaves a window whose areas all lie inside it alone", () => {
    const part = { ...whole, top: 18, merges: [{ top: 20, left: 1, bottom: 21, right: 1 }] };
    expect(withEdgeMerges(part, whole, { top: 18, bottom: 25 })).toBe(part);
  });
});
