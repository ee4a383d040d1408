/** @jest-environment jsdom */
/** The Excel entry: the pane inside Excel; opened in a browser instead, a note that links the playground. */
import { mountTaskPane } from "../../src/taskpane/mount";

// The entry alone is under test: not Fluent UI, not Office.js behind ExcelHost.
jest.mock("../../src/taskpane/mount", () => ({ mountTaskPane: jest.fn() }));
jest.mock("../../src/excel/excel-host", () => ({ ExcelHost: class {} }));

function loadEntry(office: unknown, language = "zh-CN"): HTMLElement {
  jest.spyOn(navigator, "language", "get").mockReturnValue(language);
  document.body.innerHTML = '<div id="container"></div>';
  (globalThis as { Office?: unknown }).Office = office;
  jest.isolateModules(() => require("../../src/taskpane/index"));
  return document.getElementById("container")!;
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
  jest.mocked(mountTaskPane).mockClear();
});

describe("the task pane outside Excel", () => {
  it("says it runs only inside Excel when Office.js did not load, and links the playground", () => {
    const container = loadEntry(undefined);
    expect(container.querySelector("[role=alert] h1")?.textContent).toBe("此任务窗格只能在 Excel 中运行");
    expect(container.querySelector("a")?.getAttribute("href")).toBe("playground.html");
  });

  it("says so too when Office.js loaded but found no host", async () => {
    let ready: ((info: { host: null }) => void) | undefined;
    const container = loadEntry({ HostType: { Excel: "Excel" }, onReady: (cb: typeof ready) => (ready = cb) });
    expect(container.textContent).toBe("");
    ready!({ host: null });
    expect(container.textContent).toContain("playground.html");
    expect(jest.mocked(mountTaskPane)).not.toHaveBeenCalled();
  });

  it("mounts the pane on an ExcelHost inside Excel", () => {
    let ready: ((info: { host: string }) => void) | undefined;
    const container = loadEntry({ HostType: { Excel: "Excel" }, onReady: (cb: typeof ready) => (ready = cb) });
    ready!({ host: "Excel" });
    expect(jest.mocked(mountTaskPane)).toHaveBeenCalledWith(container, expect.anything());
    expect(container.textContent).toBe("");
  });

  it("speaks English to an English browser", () => {
    const container = loadEntry(undefined, "en-GB");
    expect(container.querySelector("h1")?.textContent).toBe("This task pane runs only inside Excel");
    expect(container.querySelector("section")?.lang).toBe("en-US");
  });
});
