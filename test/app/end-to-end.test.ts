/**
 * The controller over the real core on builder grids: what an officer sees
 * when typing into a real form-layout table.
 */
import { LintController } from "../../src/app/controller";
import { activeFindings } from "../../src/app/findings";
import { DEFAULT_INDICATORS, buildFormTable, type IndicatorRow } from "../helpers/form-table";
import { FakeHost } from "./fake-host";

function withIndicator(row: number, patch: Partial<Record<number, string>>): IndicatorRow[] {
  return DEFAULT_INDICATORS.map((r, i) => (i === row ? (r.map((v, c) => patch[c] ?? v) as IndicatorRow) : r));
}

async function open(indicators: IndicatorRow[] = DEFAULT_INDICATORS) {
  const { grid } = buildFormTable({ indicators });
  const host = new FakeHost([grid]);
  const controller = new LintController(host);
  await controller.init();
  return { host, controller, findings: () => activeFindings(controller.getState()) };
}

describe("end to end over the real core", () => {
  it("finds no error or warning in the builder's default table", async () => {
    const { controller, findings } = await open();
    expect(controller.getState().sheets.Sheet1.result.tables).toHaveLength(1);
    // Only the info that the plan row says （%） yet holds amounts, as in every Qingdao table.
    expect(findings().map((f) => f.diagnostic.ruleId)).toEqual(["spend-plan-label"]);
  });

  it("flags a placeholder value and marks its cell (F11 = row 10, col 5)", async () => {
    const { host, findings } = await open(withIndicator(1, { 4: "XX间" }));
    expect(findings().map((f) => [f.diagnostic.ruleId, f.diagnostic.cell])).toContainEqual([
      "placeholder-unfilled",
      "F11",
    ]);
    expect(host.marks.get("Sheet1")?.find((m) => m.row === 10 && m.col === 5)?.severity).toBe("error");
  });

  it("fixes 历史指标 → 历史标准 with one click, and the finding goes", async () => {
    const { host, controller, findings } = await open(withIndicator(1, { 5: "历史指标" }));
    const finding = findings().find((f) => f.diagnostic.ruleId === "basis-type");
    expect(finding?.diagnostic.fix?.replacement).toBe("历史标准");
    await controller.applyFix(finding!.diagnostic.fix!);
    expect(host.text("Sheet1", 10, 6)).toBe("历史标准");
    expect(findings().some((f) => f.diagnostic.ruleId === "basis-type")).toBe(false);
  });

  it("re-checks live after the user types a wrong unit", async () => {
    jest.useFakeTimers();
    try {
      const { host, controller, findings } = await open();
      host.edit("Sheet1", 10, 5, "≥99百分号");
      jest.advanceTimersByTime(300);
      await controller.idle();
      // Which unit rule speaks is the core's choice (≥99百分号 on a count is unit-mismatch since 6cf01bb); F11 is flagged live.
      expect(findings().some((f) => f.diagnostic.cell === "F11" && f.diagnostic.ruleId.startsWith("unit-"))).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
