/** 全部修复 on the real seeds through the playground host: one undo step, never a cell changed since the check. */
import { activeFindings, allFindings } from "../../src/app/findings";
import { fixableFindings, fixCellCount, fixGroups } from "../../src/app/fix-groups";
import { cellText } from "../../src/core/grid/grid";
import type { PlaygroundSheet } from "../../src/playground/workbook-model";
import { openSeed } from "./open-seed";

const open = (file: string) => openSeed(file);

const snapshot = (sheet: PlaygroundSheet) => sheet.values.map((line) => line.map((v) => cellText(v ?? null)));

describe("全部修复", () => {
  test("Qingdao: every 百分号 fixed in one step; 撤销 gives back every cell exactly", async () => {
    const { controller, sheet } = await open("qingdao-2023.xlsx");
    const before = snapshot(sheet);
    const groups = fixGroups(activeFindings(controller.getState()));
    const units = groups.find((g) => g.ruleId === "unit-nonstandard")!;
    expect(units.findings.length).toBeGreaterThan(10);
    await controller.fixAll("sheet", "unit-nonstandard", "rule:unit-nonstandard");
    const state = controller.getState();
    expect(state.undo).toHaveLength(1);
    expect(state.notice).toMatchObject({ id: "fixAllApplied", anchor: "rule:unit-nonstandard" });
    expect(activeFindings(state).filter((f) => f.diagnostic.ruleId === "unit-nonstandard" && f.diagnostic.fix)).toEqual(
      [],
    );
    const changed = snapshot(sheet).flatMap((line, r) => line.flatMap((t, c) => (t !== before[r][c] ? [[r, c]] : [])));
    expect(changed.length).toBe(state.notice!.data!.n);
    await controller.undo();
    expect(snapshot(sheet)).toEqual(before);
    expect(controller.getState().undo).toHaveLength(0);
    expect(controller.getState().notice).toMatchObject({ id: "undoneAll", anchor: "rule:unit-nonstandard" });
  });

  test("修复本表全部 counts the cells it will write, as its notice counts what it wrote (Guangzhou: packed cells)", async () => {
    // The pane review: the button said 8 and the notice 3, several fixes of a packed compact cell being one write.
    const { controller } = await open("guangzhou-2024.xlsx");
    const fixable = fixableFindings(controller.getState(), "sheet");
    const cells = fixCellCount(fixable);
    expect(cells).toBeLessThan(fixable.length);
    await controller.fixAll("sheet", undefined, "all:sheet");
    expect(controller.getState().notice).toMatchObject({ id: "fixAllApplied", data: { n: cells } });
  });

  test("a cell changed since the check is left alone, and said so", async () => {
    const { controller, host, sheet } = await open("qingdao-2023.xlsx");
    const [first] = activeFindings(controller.getState()).filter((f) => f.diagnostic.ruleId === "unit-nonstandard");
    const { row, col } = first.diagnostic;
    // The user types over it without the pane having re-checked yet.
    host.workbook.setValue(sheet, row, col, "≥98%（已改）");
    await controller.fixAll("sheet", "unit-nonstandard");
    expect(sheet.values[row][col]).toBe("≥98%（已改）");
    expect(controller.getState().notice).toMatchObject({ id: "fixAllPartly", data: { stale: 1 } });
  });

  test("Guangzhou: fixes in one packed cell are written together, none refused as stale", async () => {
    const { controller } = await open("guangzhou-2024.xlsx");
    const fixable = allFindings(controller.getState()).filter((f) => f.diagnostic.fix).length;
    expect(fixable).toBeGreaterThan(1);
    await controller.fixAll("workbook");
    expect(controller.getState().notice?.id).toBe("fixAllApplied");
    expect(allFindings(controller.getState()).filter((f) => f.diagnostic.fix)).toEqual([]);
  });
});
