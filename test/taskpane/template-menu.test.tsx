/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane } from "./render-pane";
import { sheetGrid } from "../app/fake-core";
import { INDICATOR_KINDS } from "../../src/core/template";

const emptySheet = () => sheetGrid("Sheet1", []);

describe("task pane: 插入模板", () => {
  it("inserts a blank table at the selected cell on click, and says where", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane([emptySheet()]);
    host.selection = { sheet: "Sheet1", row: 0, col: 0 };
    expect(host.inserts).toEqual([]); // nothing is written before the click
    await user.click(screen.getByRole("button", { name: "插入模板" }));
    await user.click(await screen.findByRole("menuitem", { name: "空白绩效目标表" }));
    await screen.findByText("已在 A1:G15 插入空白绩效目标表，请填写空白处。");
    expect(host.inserts.map((i) => [i.at, i.mode, i.block.rows])).toEqual([[{ row: 0, col: 0 }, "at", 15]]);
    expect(host.text("Sheet1", 8, 0)).toBe("一级指标");
  });

  it("offers the eight indicator kinds under 指标行 in the menu itself (no submenu to open off-screen) and inserts the chosen one", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane([emptySheet()]);
    host.selection = { sheet: "Sheet1", row: 3, col: 2 };
    await user.click(screen.getByRole("button", { name: "插入模板" }));
    await screen.findByRole("menuitem", { name: "空白绩效目标表" });
    expect(screen.getByRole("group", { name: "指标行" })).toBeTruthy();
    expect(screen.queryAllByRole("menu")).toHaveLength(1);
    const kinds = await screen.findAllByRole("menuitem", { name: /·/ });
    expect(kinds.map((k) => k.textContent)).toEqual(INDICATOR_KINDS.map(([a, b]) => `${a}·${b}`));
    await user.click(screen.getByRole("menuitem", { name: "效益指标·生态效益指标" }));
    await waitFor(() => expect(host.inserts).toHaveLength(1));
    expect([host.text("Sheet1", 3, 2), host.text("Sheet1", 3, 3)]).toEqual(["效益指标", "生态效益指标"]);
  });

  it("an occupied target shows a warning naming the cell, and nothing is written", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane([sheetGrid("Sheet1", [[null], [null, null, "已有内容"]])]);
    host.selection = { sheet: "Sheet1", row: 0, col: 0 };
    await user.click(screen.getByRole("button", { name: "插入模板" }));
    await user.click(await screen.findByRole("menuitem", { name: "空白绩效目标表" }));
    const bar = await screen.findByText(/未插入空白绩效目标表：目标区域 A1:G15 中的 C2 已有内容/);
    expect(bar).toBeTruthy();
    expect(host.text("Sheet1", 0, 0)).toBe("");
    expect(host.text("Sheet1", 1, 2)).toBe("已有内容");
  });

  it("speaks English with an English host", async () => {
    const user = userEvent.setup();
    await renderPane([emptySheet()], { language: "en-US" });
    await user.click(screen.getByRole("button", { name: "Insert template" }));
    expect(await screen.findByRole("menuitem", { name: "Blank performance-target table" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Indicator row" })).toBeTruthy();
  });
});

describe("task pane: 插入模板 from the keyboard", () => {
  it("opens with Enter and inserts with Enter on an item", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane([emptySheet()]);
    host.selection = { sheet: "Sheet1", row: 0, col: 0 };
    const button = screen.getByRole("button", { name: "插入模板" });
    for (let i = 0; i < 30 && document.activeElement !== button; i++) await user.tab();
    expect(document.activeElement).toBe(button);
    await user.keyboard("{Enter}");
    const item = await screen.findByRole("menuitem", { name: "空白绩效目标表" });
    await waitFor(() => expect(document.activeElement).toBe(item));
    await user.keyboard("{Enter}");
    await waitFor(() => expect(host.inserts).toHaveLength(1));
  });
});
