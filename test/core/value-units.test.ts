import {
  comparatorOf,
  isMoneyName,
  isSavingName,
  nameKind,
  parseNumber,
  standardUnit,
  toWan,
  unitDimension,
  unitFromName,
} from "../../src/core/value";

describe("unitDimension", () => {
  it.each([
    ["元", "money"],
    ["万元", "money"],
    ["亿元", "money"],
    ["万元/辆", "moneyPerUnit"],
    ["万元/家", "moneyPerUnit"],
    ["元/人", "moneyPerUnit"],
    ["万元|家", "moneyPerUnit"],
    ["万元/年", "moneyPerUnit"],
    ["%", "percent"],
    ["％", "percent"],
    ["百分比", "percent"],
    ["百分号", "percent"],
    ["‰", "percent"],
    ["个", "count"],
    ["家", "count"],
    ["次", "count"],
    ["人次", "count"],
    ["辆", "count"],
    ["吨", "count"],
    ["场次", "count"],
    ["期", "count"],
    ["份", "count"],
    ["项", "count"],
    ["台", "count"],
    ["篇", "count"],
    ["批次", "count"],
    ["班次", "count"],
    ["种", "count"],
    ["间", "count"],
    ["件", "count"],
    ["款", "count"],
    ["套", "count"],
    ["天次", "count"],
    ["次/日", "count"],
    ["年", "time"],
    ["季度", "time"],
    ["月", "time"],
    ["个月", "time"],
    ["月份", "time"],
    ["天", "time"],
    ["日", "time"],
    ["小时", "time"],
    ["GHz", "physical"],
    ["Ghz", "physical"],
    ["平方米", "physical"],
    ["毫克/公斤", "physical"],
    ["公斤", "physical"],
    ["月|日", "unknown"],
    ["%/个", "unknown"],
    ["倍", "unknown"],
    ["", "unknown"],
    ["斤两", "unknown"],
    ["a/b/c", "unknown"],
  ])("%s → %s", (unit, dimension) => {
    expect(unitDimension(unit)).toBe(dimension);
  });
});

describe("standardUnit", () => {
  it.each([
    ["百分号", false, "%"],
    ["百分比", false, "%"],
    ["％", false, "%"],
    ["Ghz", false, "GHz"],
    ["万元|家", false, "万元/家"],
    ["万", true, "万元"],
    ["亿", true, "亿元"],
    ["万", false, "万"],
    ["个", false, "个"],
  ])("%s (money %s) → %s", (unit, money, standard) => {
    expect(standardUnit(unit as string, money as boolean)).toBe(standard);
  });
});

describe("toWan", () => {
  it.each<[number, string, number | undefined]>([
    [170, "万元", 170],
    [5000, "元", 0.5],
    [2, "亿元", 20000],
    [170, "万", 170],
    [1, "亿", 10000],
    [4.5, "万元/辆", undefined],
    [90, "%", undefined],
    [3, "个", undefined],
    [Number.NaN, "万元", undefined],
    [1, "", undefined],
  ])("%s %s → %s", (amount, unit, wan) => {
    const got = toWan(amount, unit);
    if (wan === undefined) expect(got).toBeUndefined();
    else expect(got).toBeCloseTo(wan, 10);
  });
});

describe("parseNumber", () => {
  it.each<[unknown, number | undefined]>([
    ["170.00", 170],
    ["1,000", 1000],
    ["１７０", 170],
    ["12,345.6", 12345.6],
    [" 5 ", 5],
    ["-3", -3],
    [170, 170],
    [".5", 0.5],
    ["1,00", undefined],
    ["170万", undefined],
    ["约170", undefined],
    ["", undefined],
    [null, undefined],
    ["1 000", undefined],
    [Number.POSITIVE_INFINITY, undefined],
    ["abc", undefined],
    ["1.2.3", undefined],
  ])("%j → %s", (text, expected) => {
    expect(parseNumber(text as string)).toBe(expected);
  });
});

describe("nameKind", () => {
  it.each([
    ["设备完好率", "share"],
    ["第三方机构审核结果验收通过率", "share"],
    ["服务对象满意度", "share"],
    ["社会公众满意度】", "share"],
    ["达成合作意向率", "share"],
    ["覆盖率", "share"],
    ["资金占比", "share"],
    ["财政资金比重", "share"],
    ["完成比例", "share"],
    ["应用类系统正常运行率（%）", "share"],
    ["培训活动举办及时率", "share"],
    ["服务对象满意度指标", "share"],
    ["产值增长率", "growth"],
    ["营收增幅", "growth"],
    ["效率提升率", "growth"],
    ["实物储备企业数量", "count"],
    ["检查次数", "count"],
    ["培训人数", "count"],
    ["活动场次", "count"],
    ["完成评审任务数", "count"],
    ["线上观众浏览数", "count"],
    ["落户以来累计创造就业岗位（含劳务外包）（个）", "other"],
    ["全市两化融合指数", "other"],
    ["监测频率", "other"],
    ["工作经费", "other"],
    ["", "other"],
  ])("%s → %s", (name, kind) => {
    expect(nameKind(name)).toBe(kind);
  });

  it.each([
    ["节支率", true],
    ["采购资金节约率", true],
    ["政府采购率", true],
    ["设备完好率", false],
    ["", false],
  ])("isSavingName %s → %s", (name, expected) => {
    expect(isSavingName(name as string)).toBe(expected);
  });

  it.each([
    ["落户以来累计完成投资", true],
    ["项目完成年产值", true],
    ["无线电宣传工作经费", true],
    ["新能源汽车补贴", true],
    ["资金发放时间", false],
    ["新能源汽车财政补助申报车辆数", false],
    ["资金拨付率", false],
    ["线上观众浏览数", false],
    ["", false],
  ])("isMoneyName %s → %s", (name, expected) => {
    expect(isMoneyName(name as string)).toBe(expected);
  });
});

describe("unitFromName", () => {
  it.each([
    ["落户以来累计创造就业岗位（含劳务外包）（个）", "个"],
    ["设备完好率（%）", "%"],
    ["经费(万元)", "万元"],
    ["完好率（％）", "％"],
    ["金额（单位：万元）", "万元"],
    ["（个）企业数", "个"],
    ["含劳务外包（含外包）", ""],
    ["", ""],
  ])("%s → %s", (name, unit) => {
    expect(unitFromName(name)).toBe(unit);
  });
});

describe("comparators", () => {
  it.each([
    ["≥", ">="],
    ["≧", ">="],
    [">=", ">="],
    ["＞＝", ">="],
    ["不少于", ">="],
    ["不低于", ">="],
    ["以上", ">="],
    ["及以上", ">="],
    ["≤", "<="],
    ["≦", "<="],
    ["<=", "<="],
    ["＜＝", "<="],
    ["不超过", "<="],
    ["不高于", "<="],
    ["以内", "<="],
    [">", ">"],
    ["＞", ">"],
    ["超", ">"],
    ["大于", ">"],
    ["<", "<"],
    ["＜", "<"],
    ["少于", "<"],
    ["低于", "<"],
    ["=", "="],
    ["＝", "="],
  ])("%s → %s", (spelling, comparator) => {
    expect(comparatorOf(spelling)).toBe(comparator);
  });

  it("knows no comparator in 定性 or blank", () => {
    expect(comparatorOf("定性")).toBeUndefined();
    expect(comparatorOf("")).toBeUndefined();
  });
});
