import type { Indicator } from "../../src/core/model/table";
import {
  basisType,
  isCostIndicator,
  isQuantity,
  isSatisfaction,
  isTimeliness,
  lookupBasis,
} from "../../src/core/schema";
import { fieldAt } from "../helpers/field";

describe("basisType", () => {
  it.each([
    ["计划标准", "计划标准"],
    ["行业标准", "行业标准"],
    ["历史标准", "历史标准"],
    ["预算支出标准", "预算支出标准"],
    ["其他标准", "其他标准"],
    ["计划标准（青政发〔2021〕18号）", "计划标准"],
    ["行业标准《青岛市政府食盐储备合同》", "行业标准"],
    ["历史标准（线上会展实际统计数据）", "历史标准"],
    ["计划标准（市财政预算下达文件）", "计划标准"],
    [" 计划 标准 ", "计划标准"],
  ])("%s → %s", (text, type) => {
    expect(basisType(text)).toBe(type);
  });

  it.each([
    "历史指标",
    "国无办函[2022]40号",
    "根据2022年平台运行数据进行测算。",
    "",
    "标准",
    "《青岛市政府食盐储备合同》",
  ])("%s names no type", (text) => {
    expect(basisType(text)).toBeUndefined();
  });

  it("returns the document without its brackets", () => {
    expect(lookupBasis("计划标准（青政发〔2021〕18号）")).toEqual({ type: "计划标准", document: "青政发〔2021〕18号" });
    expect(lookupBasis("行业标准《青岛市政府食盐储备合同》")).toEqual({
      type: "行业标准",
      document: "青岛市政府食盐储备合同",
    });
    expect(lookupBasis("计划标准")).toEqual({ type: "计划标准", document: "" });
  });
});

function indicator(level1: string, level2: string, codes?: [string, string]): Indicator {
  return {
    index: 0,
    row: 0,
    level1: level1 ? fieldAt(0, 0, level1) : undefined,
    level2: level2 ? fieldAt(0, 1, level2) : undefined,
    level1Code: codes ? fieldAt(0, 2, codes[0]) : undefined,
    level2Code: codes ? fieldAt(0, 2, codes[1]) : undefined,
  };
}

describe("indicator kinds", () => {
  it.each([
    [indicator("成本指标", "经济成本指标"), true],
    [indicator("成本指标", ""), true],
    [indicator("", "社会成本指标"), true],
    [indicator("产出指标", "成本指标"), true],
    [indicator("", "", ["1", "14"]), true],
    [indicator("1-产出指标", "14-成本指标"), true],
    [indicator("产出指标", "数量指标"), false],
    [indicator("", "", ["1", "11"]), false],
  ])("isCostIndicator #%#", (ind, expected) => {
    expect(isCostIndicator(ind)).toBe(expected);
  });

  it.each([
    [indicator("满意度指标", ""), true],
    [indicator("", "服务对象满意度"), true],
    [indicator("", "", ["3", "31"]), true],
    [indicator("效益指标", "社会效益指标"), false],
  ])("isSatisfaction #%#", (ind, expected) => {
    expect(isSatisfaction(ind)).toBe(expected);
  });

  it("tells 数量, 质量 and 时效 from labels or codes", () => {
    expect(isQuantity(indicator("产出指标", "数量指标"))).toBe(true);
    expect(isQuantity(indicator("", "", ["1", "11"]))).toBe(true);
    expect(isQuantity(indicator("产出指标", "质量指标"))).toBe(false);
    expect(isTimeliness(indicator("", "时效指标"))).toBe(true);
    expect(isTimeliness(indicator("", "", ["1", "13"]))).toBe(true);
    expect(isTimeliness(indicator("", "数量指标"))).toBe(false);
  });

  it("prefers the label over the code when both are known", () => {
    expect(isQuantity(indicator("产出指标", "质量指标", ["1", "11"]))).toBe(false);
  });

  it("is false on an empty indicator", () => {
    const empty: Indicator = { index: 0, row: 0 };
    expect([isCostIndicator(empty), isSatisfaction(empty), isQuantity(empty), isTimeliness(empty)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
