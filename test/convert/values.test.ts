import { describe as describeKept, joinFlat, splitKept, splitValue } from "../../src/core/convert/values";
import { freeSheetName } from "../../src/core/convert";
import type { Indicator } from "../../src/core/model/table";
import { fieldAt } from "../helpers/field";

const flatRow = (value: string, unit: string, cmp: string): Indicator => ({
  index: 0,
  row: 0,
  value: fieldAt(0, 3, value),
  unitColumn: fieldAt(0, 4, unit),
  comparatorColumn: fieldAt(0, 5, cmp),
});

describe("splitValue (to the flat layout's columns)", () => {
  test.each([
    ["≥95%", ["95", "%", "≥"]],
    ["3个", ["3", "个", "＝"]],
    ["≤170万元", ["170", "万元", "≤"]],
    ["有效提升", ["有效提升", "", "定性"]],
    // Words, dates, ranges and magnitudes stay whole: nothing the officer wrote is rewritten.
    ["不少于150家", ["不少于150家", "", ""]],
    ["≤12月底", ["≤12月底", "", ""]],
    ["每家20万元", ["每家20万元", "", ""]],
    ["≥80万", ["≥80万", "", ""]],
  ])("%s → %j", (value, parts) => {
    expect(splitValue(value)).toEqual(parts);
  });
});

describe("joinFlat (back to one 指标值)", () => {
  test.each([
    [["95", "%", "≥"], "≥95%", ""],
    [["95", "%", "＞＝"], "≥95%", ""],
    [["12月底", "", "≤"], "≤12月底", ""],
    [["有效提升", "", "定性"], "有效提升", ""],
    [["3", "个", "＝"], "3个", ""],
    // A column the value cannot take is kept in words.
    [["28.8万元", "%", "≤"], "≤28.8万元", "计量单位：%"],
    [["应保尽保", "%", "定性"], "应保尽保", "计量单位：%"],
  ] as const)("%j → %s", ([value, unit, cmp], joined, leftover) => {
    expect(joinFlat(flatRow(value, unit, cmp))).toEqual({ value: joined, leftover });
  });
});

test("the 实施周期 value kept in words is found again after the officer's own description", () => {
  const text = describeKept("全年培训人次", "≥10家", "计量单位：%");
  expect(text).toBe("全年培训人次；计量单位：%；实施周期指标值：≥10家");
  expect(splitKept(text)).toEqual({ own: "全年培训人次；计量单位：%", period: "≥10家" });
  // Converting again does not write it twice.
  expect(describeKept(text, "≥10家")).toBe(text);
});

test("a new sheet's name is never one taken", () => {
  expect(freeSheetName(["Sheet1"], "form")).toBe("标准表");
  expect(freeSheetName(["标准表", "标准表 (2)"], "form")).toBe("标准表 (3)");
  expect(freeSheetName([], "flat")).toBe("导出格式");
});
