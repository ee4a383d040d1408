/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent } from "@testing-library/react";
import { GridView } from "../../src/playground/GridView";
import { PlaygroundHost } from "../../src/playground/playground-host";
import { PlaygroundWorkbook } from "../../src/playground/workbook-model";
import { indicatorRow } from "../../src/core/template";

describe("playground grid: template dropdowns", () => {
  it("edits a list cell with a <select> of its items, a plain cell with a text box", async () => {
    const workbook = new PlaygroundWorkbook([
      { name: "表1", values: [], merges: [], fills: new Map(), notes: new Map() },
    ]);
    const host = new PlaygroundHost(workbook);
    await host.insertTemplate("表1", { row: 0, col: 0 }, indicatorRow("产出指标", "数量指标"), "at");
    const { container } = render(<GridView host={host} />);
    fireEvent.doubleClick(container.querySelector('[data-cell="G1"]')!);
    const select = screen.getByRole("combobox", { name: "单元格内容 / cell content" }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([
      "",
      "计划标准",
      "行业标准",
      "历史标准",
      "预算支出标准",
      "其他标准",
    ]);
    fireEvent.change(select, { target: { value: "行业标准" } });
    expect(workbook.value(workbook.sheet("表1"), 0, 6)).toBe("行业标准");
    fireEvent.doubleClick(container.querySelector('[data-cell="C1"]')!);
    expect(screen.getByRole("textbox", { name: "单元格内容 / cell content" })).toBeTruthy();
  });
});
