/** The playground behaves like Excel where Excel's behaviour changes what the pane sees. */
import { PlaygroundHost, typedValue } from "../../src/playground/playground-host";
import { PlaygroundWorkbook, type PlaygroundSheet } from "../../src/playground/workbook-model";
import type { Fix } from "../../src/core/model/diagnostic";

function host(values: PlaygroundSheet["values"] = [["历史标淮"]]) {
  const sheet: PlaygroundSheet = { name: "表1", values, merges: [], fills: new Map(), notes: new Map() };
  const workbook = new PlaygroundWorkbook([sheet]);
  return { h: new PlaygroundHost(workbook), sheet, workbook };
}

const fix = (expected: string, replacement: string): Fix => ({
  sheet: "表1",
  row: 0,
  col: 0,
  cell: "A1",
  expected,
  replacement,
  title: { zh: "改", en: "fix" },
});

describe("typed input, as Excel converts it and the adapter reads it back", () => {
  test.each([
    ["12.5", 12.5],
    ["100%", "100%"],
    ["95.50%", "95.5%"],
    ["2024-1-5", "2024年1月5日"],
    ["2024/12/31", "2024年12月31日"],
    ["2月30日", "2月30日"],
    ["'100%", "100%"],
    ["'12", "12"],
    ["≥95%", "≥95%"],
    ["  ", null],
  ])("%s → %p", (input, value) => {
    expect(typedValue(input)).toEqual(value);
  });

  test("12月5日 is a date of the current year", () => {
    expect(typedValue("12月5日")).toBe(`${new Date().getFullYear()}年12月5日`);
  });
});

describe("PlaygroundHost fixes", () => {
  test.each(["100%", "12月5日", "2024-1-5", "-5", "12"])(
    "a fix writing %s leaves that text, so 撤销 works",
    async (replacement) => {
      const { h, sheet } = host();
      expect(await h.applyFix(fix("历史标淮", replacement))).toBe("applied");
      expect(sheet.values[0][0]).toBe(replacement);
      expect(await h.applyFix(fix(replacement, "历史标淮"))).toBe("applied");
      expect(sheet.values[0][0]).toBe("历史标淮");
    },
  );

  test("a fix on a plain number writes a number", async () => {
    const { h, sheet } = host([[100]]);
    expect(await h.applyFix(fix("100", "95.5"))).toBe("applied");
    expect(sheet.values[0][0]).toBe(95.5);
  });
});

describe("PlaygroundHost.writeSheet", () => {
  test("rewrites its own results sheet but never a user's sheet of that name", async () => {
    const { h, workbook } = host();
    const users: PlaygroundSheet = {
      name: "检查结果",
      values: [["用户数据"]],
      merges: [],
      fills: new Map(),
      notes: new Map(),
    };
    workbook.sheets.push(users);
    await h.writeSheet("检查结果", [["新"]]);
    expect(workbook.sheet("检查结果")).toBe(users);
    expect(users.values).toEqual([["用户数据"]]);
    expect(workbook.sheet("检查结果 (2)").values).toEqual([["新"]]);
    await h.writeSheet("检查结果", [["再新"]]);
    expect(workbook.sheet("检查结果 (2)").values).toEqual([["再新"]]);
    expect(workbook.sheets).toHaveLength(3);
  });

  test("keeps what the officer wrote in our results sheet: a second export goes to a new sheet", async () => {
    const { h, workbook } = host();
    expect(
      await h.writeSheet("检查结果", [
        ["单元格", "问题"],
        ["F4", "错字"],
      ]),
    ).toBe("检查结果");
    h.userEdit("检查结果", 1, 2, "已与科室核实");
    expect(await h.writeSheet("检查结果", [["单元格"], ["F5"]])).toBe("检查结果 (2)");
    expect(workbook.sheet("检查结果").values[1]).toEqual(["F4", "错字", "已与科室核实"]);
    expect(await h.writeSheet("检查结果", [["单元格"], ["F6"]])).toBe("检查结果 (2)");
    expect(workbook.sheet("检查结果 (2)").values).toEqual([["单元格"], ["F6"]]);
  });
});

describe("row windows", () => {
  test("readGrid with rows gives only those rows; writeMarks with rows leaves marks outside as they are", async () => {
    const values = Array.from({ length: 10 }, (_, r) => [`a${r}`, `b${r}`]);
    const { h, sheet } = host(values);
    const part = await h.readGrid("表1", { top: 3, bottom: 5 });
    expect(part.top).toBe(3);
    expect(part.values).toEqual([
      ["a3", "b3"],
      ["a4", "b4"],
      ["a5", "b5"],
    ]);
    const mark = (row: number) => ({ row, col: 0, severity: "error" as const, note: `n${row}` });
    await h.writeMarks("表1", [mark(1), mark(4), mark(8)]);
    await h.writeMarks("表1", [mark(5)], { top: 3, bottom: 5 });
    expect([...sheet.notes.keys()].sort()).toEqual(["1,0", "5,0", "8,0"]);
  });
});

describe("PlaygroundHost marks over a user's own note", () => {
  test("our reason goes below the user's note, and clearing gives the user's note back exactly", async () => {
    const { h, sheet } = host([["≥99百分号"]]);
    sheet.notes.set("0,0", "王科长：请核实");
    await h.writeMarks("表1", [{ row: 0, col: 0, severity: "warning", note: "【警告】单位“百分号”应写作“%”" }]);
    expect(sheet.notes.get("0,0")).toBe("王科长：请核实\n\n【jixiao-lint】\n【警告】单位“百分号”应写作“%”");
    await h.writeMarks("表1", [{ row: 0, col: 0, severity: "warning", note: "【警告】另一条" }]);
    expect(sheet.notes.get("0,0")).toBe("王科长：请核实\n\n【jixiao-lint】\n【警告】另一条");
    await h.clearMarks();
    expect(sheet.notes.get("0,0")).toBe("王科长：请核实");
  });
});
