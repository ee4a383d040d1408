/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { renderPane, twoTables } from "./render-pane";

async function ready() {
  await screen.findByRole("heading", { name: "项目甲（3 条）" });
}

/** Tabs until `target` has focus; fails if it is not in the tab order. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, target: HTMLElement) {
  for (let i = 0; i < 60 && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

describe("task pane: keyboard", () => {
  it("reaches 检查本表 by Tab and runs it with Enter", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    const reads = host.reads.length;
    await tabTo(user, screen.getByRole("button", { name: "检查本表" }));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(host.reads.length).toBe(reads + 1));
  });

  it("moves between entries with the arrow keys and selects with Enter, ignores with Space", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    const first = screen.getByRole("button", { name: /占位符未填：≥XX%/ });
    await tabTo(user, first);
    await user.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /单位“百分号”应写作/ }));
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /=多余的等号/ }));
    await user.keyboard("{ArrowUp}{Enter}");
    await waitFor(() => expect(host.selections).toEqual(["Sheet1!20,1"]));
    await tabTo(user, screen.getByRole("button", { name: "忽略 B21 的问题" }));
    await user.keyboard(" ");
    await waitFor(() => expect(host.ignoredStore).toHaveLength(1));
    // The ignored finding left the list with its button: focus goes to the entry now in its place, not to <body>.
    await waitFor(() => expect(document.activeElement?.hasAttribute("data-finding-main")).toBe(true));
  });

  it("after 修复 from the keyboard, focus lands on the outcome's 撤销, not on <body>", async () => {
    const user = userEvent.setup();
    await renderPane();
    await ready();
    await tabTo(user, screen.getAllByRole("button", { name: /^修复/ })[0]);
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("撤销"));
  });

  it("推荐指标 takes focus into its panel, and 收起推荐 gives it back to the button", async () => {
    const user = userEvent.setup();
    await renderPane();
    await ready();
    await tabTo(user, screen.getByRole("button", { name: "推荐指标" }));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement?.textContent).toBe("推荐指标"));
    expect(document.activeElement?.tagName).toBe("H2");
    await tabTo(user, screen.getByRole("button", { name: "收起推荐" }));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "推荐指标" })));
  });

  it("walks with 下一个 from the keyboard", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    await tabTo(user, screen.getByRole("button", { name: "下一个" }));
    await user.keyboard("{Enter}{Enter}");
    await waitFor(() => expect(host.selections).toEqual(["Sheet1!0,1", "Sheet1!0,2"]));
  });
});

describe("task pane: accessibility", () => {
  async function seriousViolations(container: HTMLElement) {
    // jsdom does no layout and has no canvas, so contrast and icon-font text cannot be measured here
    // (the browser tests run axe in chromium with every rule).
    const result = await axe.run(container, {
      rules: { "color-contrast": { enabled: false }, "label-content-name-mismatch": { enabled: false } },
    });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  it("has no serious or critical axe violations, with an entry expanded and a notice shown", async () => {
    const user = userEvent.setup();
    const { container } = await renderPane([twoTables()], { capabilities: { writesKeepUndo: false } });
    await ready();
    await user.click(screen.getByRole("button", { name: /依据未写明标准类型/ }));
    await user.click(screen.getByRole("button", { name: "修复：改为 %" }));
    await screen.findByText("已修复 C1。");
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("has no serious or critical axe violations in English with no table found", async () => {
    const { container } = await renderPane([{ sheet: "S", top: 0, left: 0, values: [["x"]], merges: [] }], {
      language: "en-US",
    });
    await screen.findByText("No performance-target table found");
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe("task pane: export", () => {
  it("downloads the findings as a CSV file", async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const url = URL as unknown as { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void };
    url.createObjectURL = (b: Blob) => (blobs.push(b), "blob:x");
    url.revokeObjectURL = () => undefined;
    const downloads: string[] = [];
    // jsdom cannot navigate; record the download the link would start.
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(`${this.download} ${this.href}`);
    });
    await renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "导出与转换" }));
    await user.click(await screen.findByRole("menuitem", { name: "导出 CSV" }));
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe("text/csv;charset=utf-8");
    expect(blobs[0].size).toBeGreaterThan(100);
    expect(downloads).toEqual(["检查结果.csv blob:x"]);
    // Confirmed in the pane, as other actions are.
    expect(await screen.findByText("已导出“检查结果.csv”：5 个问题。")).toBeTruthy();
    click.mockRestore();
  });

  it("writes the 检查结果 sheet", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "导出与转换" }));
    await user.click(await screen.findByRole("menuitem", { name: "生成“检查结果”表" }));
    await screen.findByText("已生成“检查结果”工作表。");
    expect(host.sheetsWritten.get("检查结果")).toHaveLength(6);
  });
});
