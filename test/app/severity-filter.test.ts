import { nextSeverities, severityPressed } from "../../src/app/severity-filter";

describe("severity buttons show what they name", () => {
  test("from all shown, a click shows only that severity, and it looks pressed", () => {
    const only = nextSeverities(["error", "warning", "info"], "error");
    expect(only).toEqual(["error"]);
    expect(severityPressed(only, "error")).toBe(true);
    expect(severityPressed(only, "warning")).toBe(false);
  });

  test("another click adds that severity; clicking a shown one removes it", () => {
    expect(nextSeverities(["error"], "info")).toEqual(["error", "info"]);
    expect(nextSeverities(["error", "info"], "error")).toEqual(["info"]);
  });

  test("removing the last shows all again, and nothing looks pressed then", () => {
    const all = nextSeverities(["warning"], "warning");
    expect(all).toEqual(["error", "warning", "info"]);
    for (const s of all) expect(severityPressed(all, s)).toBe(false);
  });
});
