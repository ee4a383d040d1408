/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderPane, twoTables } from "./render-pane";
import { sheetGrid } from "../app/fake-core";

async function ready() {
  await screen.findByRole("heading", { name: "项目甲（3 条）" });
}

describe("task pane: the list", () => {
  it("opens on the active sheet's findings, grouped by table, with counts by severity", async () => {
    await renderPane();
    await ready();
    expect(screen.getByRole("heading", { name: "项目乙（2 条）" })).toBeTruthy();
    const counts = within(screen.getByRole("group", { name: "按严重程度筛选" }));
    expect(counts.getByRole("button", { name: "错误 2" })).toBeTruthy();
    expect(counts.getByRole("button", { name: "警告 2" })).toBeTruthy();
    expect(counts.getByRole("button", { name: "提示 1" })).toBeTruthy();
    expect(screen.getByText(/占位符未填：≥XX%/)).toBeTruthy();
    expect(screen.getByText("单元格 B1")).toBeTruthy();
  });

  it("keeps short units whole at the pane's width: the title, 单元格 B1, a group's （3 条）", async () => {
    await renderPane();
    await ready();
    const nowrap = (el: Element) => getComputedStyle(el).whiteSpace === "nowrap";
    expect(nowrap(screen.getByRole("heading", { name: "绩效目标表检查" }))).toBe(true);
    expect(nowrap(screen.getByText("单元格 B1"))).toBe(true);
    expect(nowrap(screen.getByText("（3 条）"))).toBe(true);
  });

  it("filters by severity and by rule", async () => {
    const user = userEvent.setup();
    await renderPane();
    await ready();
    // A severity button shows what it names, and looks pressed while it does.
    expect(screen.getByRole("button", { name: "错误 2" }).getAttribute("aria-pressed")).toBe("false");
    await user.click(screen.getByRole("button", { name: "错误 2" }));
    expect(screen.getByRole("button", { name: "错误 2" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText(/占位符未填：≥XX%/)).toBeTruthy();
    expect(screen.queryByText(/单位“百分号”/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "错误 2" }));
    expect(screen.getByRole("button", { name: "错误 2" }).getAttribute("aria-pressed")).toBe("false");
    expect(screen.getByText(/单位“百分号”/)).toBeTruthy();
    const ruleOptions = within(screen.getByRole("combobox", { name: "按规则筛选" })).getAllByRole("option");
    // Rule names as everywhere in the pane, no English ids appended (they cut the names off at 350 px).
    expect(ruleOptions.map((o) => o.textContent)).toContain("依据未写明标准类型");
    expect(ruleOptions.some((o) => /[a-z]-[a-z]/.test(o.textContent ?? ""))).toBe(false);
    await user.selectOptions(screen.getByRole("combobox", { name: "按规则筛选" }), "basis-type");
    const list = within(screen.getByRole("region", { name: "检查结果" }));
    expect(list.queryByRole("heading", { name: /项目乙/ })).toBeNull();
    expect(list.getByText("依据未写明标准类型")).toBeTruthy();
    expect(list.queryByText(/百分号/)).toBeNull();
    // The counts are of what the rule filter lets through: they agree with the list.
    const counts = within(screen.getByRole("group", { name: "按严重程度筛选" }));
    expect(counts.getByRole("button", { name: "错误 0" })).toBeTruthy();
    expect(counts.getByRole("button", { name: "警告 1" })).toBeTruthy();
    expect(counts.getByRole("button", { name: "提示 0" })).toBeTruthy();
  });

  it("clicking an entry selects its cell and shows the rule's doc", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    const entry = screen.getByRole("button", { name: /依据未写明标准类型/ });
    expect(entry.getAttribute("aria-expanded")).toBe("false");
    await user.click(entry);
    expect(host.selections).toEqual(["Sheet1!2,0"]);
    expect(entry.getAttribute("aria-expanded")).toBe("true");
    // The rule by its Chinese name (the one RULE_NAMES gives it); the id is only a tooltip.
    expect(screen.getByText("规则：依据未写明标准类型").getAttribute("title")).toBe("basis-type");
    expect(screen.getByRole("button", { name: "建议：改为“历史标准”" })).toBeTruthy();
  });

  it("walks the findings with 上一个/下一个 in list order", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "下一个" }));
    await user.click(screen.getByRole("button", { name: "下一个" }));
    expect(screen.getByText("第 2 / 5 个")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "上一个" }));
    await user.click(screen.getByRole("button", { name: "上一个" }));
    expect(host.selections).toEqual(["Sheet1!0,1", "Sheet1!0,2", "Sheet1!0,1", "Sheet1!21,0"]);
    expect(screen.getByText("第 5 / 5 个")).toBeTruthy();
  });
});

describe("task pane: ignore, fix, undo", () => {
  it("hides an ignored finding, stores it in the workbook, and can restore it", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "忽略 C1 的问题" }));
    await screen.findByRole("heading", { name: "项目甲（2 条）" });
    expect(screen.queryByText(/百分号/)).toBeNull();
    expect(host.ignoredStore).toHaveLength(1);
    expect(host.marks.get("Sheet1")?.some((m) => m.col === 2 && m.row === 0)).toBe(false);
    await user.click(screen.getByRole("button", { name: "恢复已忽略（1）" }));
    await screen.findByRole("heading", { name: "项目甲（3 条）" });
    expect(host.ignoredStore).toEqual([]);
  });

  it("offers 修复 only for findings with a certain fix, showing what will be written", async () => {
    await renderPane();
    await ready();
    const fixes = screen.getAllByRole("button", { name: /^修复：/ });
    expect(fixes.map((b) => b.textContent)).toEqual(["修复：改为 10", "修复：改为 %", "修复：改为 10"]);
    expect(fixes[0].getAttribute("title")).toBe("将 B1 改为“≥10%”");
    const basisItem = screen.getByRole("button", { name: /依据未写明标准类型/ }).closest("li")!;
    expect(within(basisItem).queryByRole("button", { name: /修复/ })).toBeNull();
  });

  it("applies a fix, then undoes it with the pane's own 撤销", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    await user.click(screen.getByRole("button", { name: "修复：改为 %" }));
    await screen.findByText("已修复 C1。");
    expect(host.text("Sheet1", 0, 2)).toBe("≥99%");
    expect(screen.queryByText(/百分号/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "撤销修复（1）" }));
    await screen.findByText("已撤销对 C1 的修复。");
    expect(host.text("Sheet1", 0, 2)).toBe("≥99百分号");
    expect((screen.getByRole("button", { name: "撤销修复（0）" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("folds the fix groups under 按类修复, and shows a group's outcome under the heading while folded", async () => {
    // The pane review: 撤销 after folding the groups had put its outcome nowhere.
    const user = userEvent.setup();
    await renderPane([sheetGrid("Sheet1", [["项目名称", "≥99百分号", "≥98百分号", "XX次", "XX人"]])]);
    await screen.findByText(/修复本表全部（4 处）/);
    expect(screen.queryByRole("button", { name: /全部修复“/ })).toBeNull();
    const toggle = () => screen.getByRole("button", { name: /按类修复/ });
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    await user.click(toggle());
    const [first] = screen.getAllByRole("button", { name: /全部修复“/ });
    await user.click(first);
    await screen.findByText("已修复 2 处。");
    await user.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    await user.click(screen.getByRole("button", { name: "撤销" }));
    await screen.findByText("已撤销 2 处修复。");
  });

  it("tells the user when the cell changed before the fix, writing nothing", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane();
    await ready();
    host.put("Sheet1", 0, 2, "≥98百分号");
    await user.click(screen.getByRole("button", { name: "修复：改为 %" }));
    await screen.findByText(/单元格 C1 在检查后已被修改/);
    expect(host.text("Sheet1", 0, 2)).toBe("≥98百分号");
  });
});

describe("task pane: states and settings", () => {
  it("recognises our own 检查结果 sheet and says what it is, not 未找到绩效目标表", async () => {
    const rows = [
      ["工作表", "单元格", "表", "规则", "严重程度", "说明"],
      ["Sheet1", "F4", "项目甲", "x", "错误", "y"],
    ];
    await renderPane([sheetGrid("检查结果", rows)]);
    expect(await screen.findByText(/这是本加载项生成的“检查结果”工作表/)).toBeTruthy();
    expect(screen.queryByText("未找到绩效目标表")).toBeNull();
  });

  it("says 未找到绩效目标表 when the sheet has no table", async () => {
    await renderPane([sheetGrid("Sheet1", [["随便写点什么"]])]);
    expect(await screen.findByText("未找到绩效目标表")).toBeTruthy();
  });

  it("says 未发现问题 for a clean table", async () => {
    await renderPane([sheetGrid("Sheet1", [["项目名称", "≥95%"]])]);
    expect(await screen.findByText("未发现问题")).toBeTruthy();
  });

  it("shows a read failure as an error", async () => {
    const host = { failRead: true };
    const { host: fake } = await renderPane([twoTables()], {});
    fake.failRead = host.failRead;
    await userEvent.setup().click(screen.getByRole("button", { name: "检查本表" }));
    expect(await screen.findByText(/读取工作表“Sheet1”失败/)).toBeTruthy();
  });

  it("starts with live marking off on older Excel and says why", async () => {
    const { host } = await renderPane([twoTables()], { capabilities: { writesKeepUndo: false } });
    await ready();
    const live = screen.getByRole("switch", { name: "实时标记" }) as HTMLInputElement;
    expect(live.checked).toBe(false);
    expect(screen.getByText(/清空撤销记录/)).toBeTruthy();
    expect(host.markWrites).toEqual([]);
    await userEvent.setup().click(live);
    await waitFor(() => expect(host.marks.get("Sheet1")).toHaveLength(5));
  });

  it("after 清除标记 says the cells stay unmarked until 检查本表 (live marking on)", async () => {
    const user = userEvent.setup();
    await renderPane([twoTables()]);
    await ready();
    expect(screen.queryByText(/标记已清除/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText(/标记已清除/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "检查本表" }));
    await waitFor(() => expect(screen.queryByText(/标记已清除/)).toBeNull());
  });

  it("推荐指标 says when the library has nothing for the choice, and can be closed", async () => {
    const user = userEvent.setup();
    await renderPane([twoTables()]);
    await ready();
    await user.click(screen.getByRole("button", { name: "推荐指标" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: /的推荐指标/ }), "社会成本指标");
    expect(await screen.findByText(/指标库中没有.*社会成本指标/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "收起推荐" }));
    expect(screen.queryByText(/指标库中没有/)).toBeNull();
    expect(screen.getByRole("button", { name: "推荐指标" })).toBeTruthy();
  });

  it("checks the whole workbook and reports it", async () => {
    const user = userEvent.setup();
    const { host } = await renderPane([twoTables(), sheetGrid("其他", [["XX"]])]);
    await ready();
    await user.click(screen.getByRole("button", { name: "检查整个工作簿" }));
    expect(await screen.findByText("已检查 2 个工作表，共 6 个问题。")).toBeTruthy();
    expect(host.marks.get("其他")).toHaveLength(1);
    await user.selectOptions(screen.getByRole("combobox", { name: "显示工作表" }), "其他");
    await user.click(await screen.findByRole("button", { name: /占位符未填：XX/ }));
    expect(host.selections).toEqual(["其他!0,0"]);
  });

  it("speaks English when Excel's display language is English", async () => {
    await renderPane([twoTables()], { language: "en-US" });
    await screen.findByRole("heading", { name: "项目甲 (3)" });
    expect(screen.getByRole("button", { name: "Error 2" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Check whole workbook" })).toBeTruthy();
    expect(screen.getByText("Placeholder: ≥XX%")).toBeTruthy();
    expect(screen.getByRole("main").getAttribute("lang")).toBe("en-US");
  });
});
