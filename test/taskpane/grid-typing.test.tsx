/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GridView } from "../../src/playground/GridView";
import { PlaygroundHost } from "../../src/playground/playground-host";
import { PlaygroundWorkbook } from "../../src/playground/workbook-model";

// jsdom lays nothing out: the grid's scroll into view is a no-op here.
Element.prototype.scrollIntoView ??= () => undefined;

function grid() {
  const sheet = {
    name: "表1",
    values: [
      ["旧值", "乙"],
      ["丙", "丁"],
    ],
    merges: [{ top: 3, left: 0, bottom: 3, right: 1 }],
    fills: new Map(),
    notes: new Map(),
  };
  const workbook = new PlaygroundWorkbook([sheet]);
  const { container } = render(<GridView host={new PlaygroundHost(workbook)} />);
  const cell = (a1: string) => container.querySelector(`[data-cell="${a1}"]`)!;
  return { workbook, sheet, cell };
}

describe("playground grid: typing as in Excel", () => {
  it("typing onto a selected cell replaces it, first character included; Enter commits and moves down", async () => {
    const user = userEvent.setup();
    const { workbook, sheet, cell } = grid();
    await user.click(cell("A1"));
    await user.keyboard("≥20间");
    expect((screen.getByRole("textbox") as HTMLInputElement).value).toBe("≥20间");
    await user.keyboard("{Enter}");
    expect(sheet.values[0][0]).toBe("≥20间");
    expect(workbook.selection).toEqual({ sheet: "表1", row: 1, col: 0 });
  });

  it("an IME's composition on a selected cell becomes the cell's text", async () => {
    const { sheet, cell } = grid();
    await userEvent.setup().click(cell("B1"));
    const box = screen.getByRole("textbox");
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: "其他标准" } });
    fireEvent.compositionEnd(box);
    expect(box.className).toBe("cell-editor");
    fireEvent.keyDown(box, { key: "Enter" });
    expect(sheet.values[0][1]).toBe("其他标准");
  });

  it("arrows, Tab and Enter move the selection (over a merge); Ctrl+V pastes into the cells", async () => {
    const user = userEvent.setup();
    const { workbook, sheet, cell } = grid();
    await user.click(cell("A1"));
    await user.keyboard("{ArrowRight}");
    expect(workbook.selection).toMatchObject({ row: 0, col: 1 });
    await user.keyboard("{ArrowDown}{ArrowLeft}{Enter}{Enter}");
    expect(workbook.selection).toMatchObject({ row: 3, col: 0 });
    await user.keyboard("{Tab}");
    expect(workbook.selection).toMatchObject({ row: 3, col: 2 });
    await act(async () => void (await user.paste("≥90%\t行业标准")));
    expect(sheet.values[3].slice(2, 4)).toEqual(["≥90%", "行业标准"]);
  });
});
