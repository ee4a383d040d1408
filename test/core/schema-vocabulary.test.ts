import {
  canonicalLevel1,
  canonicalLevel2,
  compactLevel1Code,
  compactLevel2Code,
  level2BelongsTo,
  isLevelWord,
  lookupLevel1,
  lookupLevel2,
  normalizeTerm,
  olderLevel2,
} from "../../src/core/schema";
import { setTitle } from "../../src/core/schema/columns";

describe("canonicalLevel1", () => {
  it.each([
    ["产出指标", "产出指标"],
    ["成本指标", "成本指标"],
    ["效益指标", "效益指标"],
    ["满意度指标", "满意度指标"],
    ["效果指标", "效益指标"],
    [" 产出 指标 ", "产出指标"],
    ["1-产出指标", "产出指标"],
    ["３-满意度指标", "满意度指标"],
    ["一、产出指标", "产出指标"],
    ["满意度", "满意度指标"],
    ["产出指标：", "产出指标"],
    ["【效益指标】", "效益指标"],
  ])("%s → %s", (text, level1) => {
    expect(canonicalLevel1(text)).toBe(level1);
  });

  it.each(["产出类指标", "投入指标", "", "   ", "指标", "数量指标", "产出指标产出指标"])("%s is unknown", (text) => {
    expect(canonicalLevel1(text)).toBeUndefined();
  });

  it("flags the old name 效果指标 and tells exact from short forms", () => {
    expect(lookupLevel1("效果指标")).toEqual({ canonical: "效益指标", oldName: true, exact: false, goalWord: false });
    expect(lookupLevel1("效益指标")).toEqual({ canonical: "效益指标", oldName: false, exact: true, goalWord: false });
    expect(lookupLevel1("效益")).toEqual({ canonical: "效益指标", oldName: false, exact: false, goalWord: false });
  });

  it("reads a term written with 目标 as an old name, marked so that the locator can pass it by", () => {
    expect(lookupLevel1("产出目标")).toEqual({ canonical: "产出指标", oldName: true, exact: false, goalWord: true });
    expect(lookupLevel1("效果目标")?.canonical).toBe("效益指标");
    expect(isLevelWord("产出目标")).toBe(false);
    expect(isLevelWord("产出指标")).toBe(true);
    expect(lookupLevel1("年度目标")).toBeUndefined();
  });

  it("is total over odd input", () => {
    expect(canonicalLevel1(undefined as unknown as string)).toBeUndefined();
    expect(canonicalLevel1(12 as unknown as string)).toBeUndefined();
  });
});

describe("canonicalLevel2", () => {
  it.each([
    ["数量指标", "数量指标"],
    ["经济效益", "经济效益指标"],
    ["服务对象满意度", "服务对象满意度指标"],
    ["11-数量指标", "数量指标"],
    ["21-经济效益", "经济效益指标"],
    ["24-可持续影响", "可持续影响指标"],
    ["环境效益指标", "生态效益指标"],
    ["生态环境成本指标", "生态环境成本指标"],
    ["成本指标", "成本指标"],
    ["社会效益 指标", "社会效益指标"],
    ["数量", "数量指标"],
  ])("%s → %s", (text, level2) => {
    expect(canonicalLevel2(text)).toBe(level2);
  });

  it.each(["效益指标", "产出指标", "数", "其他指标", ""])("%s is not a 二级指标", (text) => {
    expect(canonicalLevel2(text)).toBeUndefined();
  });

  it("reads 满意度指标 written as a 二级 (the old scheme's, under 效益) as 服务对象满意度指标, by an old name", () => {
    expect(lookupLevel2("满意度指标")).toMatchObject({ canonical: "服务对象满意度指标", oldName: true });
  });

  it("reads satisfaction named after whoever is served as 服务对象满意度指标 (`患者满意度指标`), only with 指标", () => {
    for (const text of [
      "患者满意度指标",
      "学生满意度指标",
      "游客满意度指标",
      "参训人员满意度指标",
      "受助对象满意度指标",
      "脱贫户满意度指标",
      "参观者满意度指标",
    ])
      expect(lookupLevel2(text)).toMatchObject({ canonical: "服务对象满意度指标", oldName: true });
    // A 三级's name stays a name; a dissatisfaction is none.
    expect(lookupLevel2("患者满意度")).toBeUndefined();
    expect(lookupLevel2("群众不满意度指标")).toBeUndefined();
    // Whom the project answers to is no one it serves (the session's review).
    for (const text of [
      "上级满意度指标",
      "部门满意度指标",
      "工作满意度指标",
      "领导满意度指标",
      "满意度满意度指标",
      "领导者满意度指标",
      "工作人员满意度指标",
      "考核对象满意度指标",
    ])
      expect(lookupLevel2(text)).toBeUndefined();
  });

  it("reads 进度指标 as 时效指标's template word, but not a bare 进度 (a schedule's caption)", () => {
    expect(lookupLevel2("进度指标")).toMatchObject({ canonical: "时效指标", oldName: true });
    expect(lookupLevel2("进度指标(20分)")?.canonical).toBe("时效指标");
    expect(lookupLevel2("进度")).toBeUndefined();
  });

  it("reads a region's 值 for 指标 (`数量值`, `可持续影响值`) as an old name, never 值 after 指标", () => {
    expect(lookupLevel2("数量值")).toMatchObject({ canonical: "数量指标", oldName: true, exact: false });
    expect(lookupLevel2("可持续影响值")?.canonical).toBe("可持续影响指标");
    expect(lookupLevel2("成本值")?.canonical).toBe("成本指标");
    expect(lookupLevel1("产出值")).toMatchObject({ canonical: "产出指标", oldName: true, goalWord: false });
    expect(lookupLevel1("满意度值")?.canonical).toBe("满意度指标");
    for (const text of ["产出指标值", "数量指标值", "指标值", "年度指标值", "目标值", "环境效益值", "产值"]) {
      expect(lookupLevel1(text)).toBeUndefined();
      expect(lookupLevel2(text)).toBeUndefined();
    }
  });

  it("reads 上海's 长效管理指标 as a 一级 (效益) and as its lasting 二级", () => {
    expect(lookupLevel1("长效管理指标")).toMatchObject({ canonical: "效益指标", oldName: true });
    expect(lookupLevel2("长效管理指标")?.canonical).toBe("可持续影响指标");
  });

  it("flags 环境效益指标 as an old name", () => {
    expect(lookupLevel2("环境效益指标")).toMatchObject({ canonical: "生态效益指标", oldName: true });
    expect(lookupLevel2("经济效益")).toMatchObject({ canonical: "经济效益指标", oldName: false, exact: false });
  });
});

describe("level2BelongsTo", () => {
  it.each([
    ["产出指标", "数量指标", "yes"],
    ["产出指标", "时效指标", "yes"],
    ["成本指标", "经济成本指标", "yes"],
    ["效益指标", "社会效益", "yes"],
    ["效果指标", "经济效益指标", "yes"],
    ["效益指标", "环境效益指标", "yes"],
    ["满意度指标", "服务对象满意度", "yes"],
    ["1-产出指标", "14-成本指标", "old-scheme"],
    ["效益指标", "数量指标", "no"],
    ["成本指标", "成本指标", "no"],
    ["满意度指标", "质量指标", "no"],
    ["投入指标", "数量指标", "unknown"],
    ["产出指标", "其他指标", "unknown"],
    ["", "", "unknown"],
  ])("%s / %s → %s", (level1, level2, expected) => {
    expect(level2BelongsTo(level1, level2)).toBe(expected);
  });
});

describe("compact codes", () => {
  it.each([
    ["1", "产出指标"],
    ["2", "效益指标"],
    ["3", "满意度指标"],
    ["１", "产出指标"],
  ])("一级 %s → %s", (code, level1) => {
    expect(compactLevel1Code(code)).toBe(level1);
  });

  it.each([
    ["11", "数量指标"],
    ["12", "质量指标"],
    ["13", "时效指标"],
    ["14", "成本指标"],
    ["21", "经济效益指标"],
    ["22", "社会效益指标"],
    ["23", "生态效益指标"],
    ["24", "可持续影响指标"],
    ["31", "服务对象满意度指标"],
    ["11-", "数量指标"],
  ])("二级 %s → %s", (code, level2) => {
    expect(compactLevel2Code(code)).toBe(level2);
  });

  it.each(["0", "4", "15", "32", "", "x", "111"])("%s is no code", (code) => {
    expect(compactLevel1Code(code)).toBeUndefined();
    expect(compactLevel2Code(code)).toBeUndefined();
  });
});

describe("normalizeTerm", () => {
  it.each([
    ["1-产出指标", "产出指标"],
    ["11－数量指标", "数量指标"],
    ["（一）产出指标", "产出指标"],
    ["产出 指标；", "产出指标"],
    ["社会公众满意度】", "社会公众满意度"],
  ])("%s → %s", (text, term) => {
    expect(normalizeTerm(text)).toBe(term);
  });
});

describe("olderLevel2: an older scheme's 二级 (东莞 2019–2020)", () => {
  it("reads several 效益 kinds in one 二级 as the current words, in the order written", () => {
    expect(olderLevel2("社会、经济、生态效益 指标")).toEqual({
      level1: "效益指标",
      now: ["社会效益指标", "经济效益指标", "生态效益指标"],
    });
    expect(olderLevel2("经济和社会效益")).toEqual({ level1: "效益指标", now: ["经济效益指标", "社会效益指标"] });
  });

  it("reads budget control as a 产出 word of its own, its alternative in brackets a note", () => {
    expect(olderLevel2("预算(或投资规模)控制指标")).toEqual({ level1: "产出指标", now: [] });
  });

  it.each(["社会效益指标", "生态、环境效益指标", "社会、经济", "数量指标(或建筑规模指标)"])("%s is none", (text) => {
    expect(olderLevel2(text)).toBeUndefined();
  });
});

describe("setTitle: a caption between stacked sets, and a table's title that is none", () => {
  it.each([
    ["年度绩效指标", "annual"],
    ["长期绩效指标", "period"],
    ["2024年绩效指标", "annual"],
    ["2024-2026年绩效指标", "period"],
    ["年度绩效目标表", "annual"],
    ["2024年中期绩效目标表", "period"],
    ["2024年项目支出绩效目标表", undefined],
    ["2024年度项目支出绩效目标表", undefined],
    ["2024年项目支出绩效目标表(二)", undefined],
  ])("%s → %s", (caption, set) => {
    expect(setTitle(caption)).toBe(set);
  });
});
