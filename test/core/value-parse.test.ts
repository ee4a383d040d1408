import { parseValue, type ParsedValue, type ValueHints } from "../../src/core/value";

/** One line per result, so that a table row states everything a human reads. */
function summary(p: ParsedValue): string {
  if (p.kind === "quantitative") {
    const range = p.numberMax !== undefined ? `~${p.numberMax}` : "";
    const unit = `${p.unit || "∅"}→${p.unitStandard || "∅"}`;
    return `${p.comparator ?? "-"} ${p.number}${range} ${unit} ${p.dimension} ${p.unitSource}`;
  }
  if (p.kind === "qualitative") {
    const sign = p.comparatorText ? ` ${p.comparatorText}` : "";
    const unit = p.unit ? ` unit=${p.unit}` : "";
    const count = p.quantities ? ` [${p.quantities.length} numbers]` : "";
    return `qualitative${sign}${unit}${count}`;
  }
  return p.kind;
}

const none: ValueHints = {};
const costName: ValueHints = { name: "企业搬迁改造及化工业转型升级工作经费" };

describe("parseValue: every form in the Qingdao seed", () => {
  it.each<[string, ValueHints, string]>([
    ["100%", none, "- 100 %→% percent value"],
    ["0%", none, "- 0 %→% percent value"],
    ["≥90%", none, ">= 90 %→% percent value"],
    ["100百分比", none, "- 100 百分比→% percent value"],
    ["100百分号", none, "- 100 百分号→% percent value"],
    ["≥99百分号", none, ">= 99 百分号→% percent value"],
    ["≥70百分号", { name: "实物储备企业数量" }, ">= 70 百分号→% percent value"],
    ["≦10百分比", none, "<= 10 百分比→% percent value"],
    ["≤10百分比", none, "<= 10 百分比→% percent value"],
    ["1个", { name: "第三方机构审核结果验收通过率" }, "- 1 个→个 count value"],
    ["≥130次", none, ">= 130 次→次 count value"],
    ["0次", none, "- 0 次→次 count value"],
    ["0件", none, "- 0 件→件 count value"],
    ["≥10000人次", none, ">= 10000 人次→人次 count value"],
    ["≥30场次", none, ">= 30 场次→场次 count value"],
    ["≥30期", none, ">= 30 期→期 count value"],
    ["≥102种", none, ">= 102 种→种 count value"],
    ["≥100项", none, ">= 100 项→项 count value"],
    ["17间", none, "- 17 间→间 count value"],
    ["≥7台", none, ">= 7 台→台 count value"],
    ["≥3000辆", none, ">= 3000 辆→辆 count value"],
    ["≥2000吨", { name: "指标2：小包装食盐储备量" }, ">= 2000 吨→吨 count value"],
    ["≥5万吨", none, ">= 50000 吨→吨 count value"],
    ["≤170万", costName, "<= 170 万→万元 money value"],
    ["≤18万", { name: "无线电宣传工作经费" }, "<= 18 万→万元 money value"],
    ["≤170万", { name: "", money: true }, "<= 170 万→万元 money value"],
    ["≤1000万元", none, "<= 1000 万元→万元 money value"],
    ["≤450元", none, "<= 450 元→元 money value"],
    ["≥2亿元", none, ">= 2 亿元→亿元 money value"],
    ["≤343.14万元", none, "<= 343.14 万元→万元 money value"],
    ["≥4.5万元/辆", { name: "新能源汽车财政补助标准" }, ">= 4.5 万元/辆→万元/辆 moneyPerUnit value"],
    ["≤50万元|家", none, "<= 50 万元|家→万元/家 moneyPerUnit value"],
    ["≤10万元|家", none, "<= 10 万元|家→万元/家 moneyPerUnit value"],
    ["18-33毫克/公斤", none, "- 18~33 毫克/公斤→毫克/公斤 physical value"],
    ["6GHz", none, "- 6 GHz→GHz physical value"],
    ["18Ghz", none, "- 18 Ghz→GHz physical value"],
    ["≥80万", { name: "线上观众浏览数" }, ">= 800000 ∅→∅ unknown none"],
    ["≤10月", none, "<= 10 月→月 date value"],
    ["≤10月份", none, "<= 10 月份→月份 date value"],
    ["≤11月份", none, "<= 11 月份→月份 date value"],
    ["≤12月份", none, "<= 12 月份→月份 date value"],
    ["≥8个月", none, ">= 8 个月→个月 time value"],
    ["≤2个月", none, "<= 2 个月→个月 time value"],
    ["≥1年", none, ">= 1 年→年 time value"],
    ["1年", none, "- 1 年→年 time value"],
    ["1季度", none, "- 1 季度→季度 time value"],
    ["24小时", none, "- 24 小时→小时 time value"],
    ["≤60日", none, "<= 60 日→日 time value"],
    ["≤50日", none, "<= 50 日→日 time value"],
    ["提升", none, "qualitative"],
    ["同比提升", none, "qualitative"],
    ["有效保障", none, "qualitative"],
    ["按月", none, "qualitative"],
    ["无重大安全事故发生", none, "qualitative"],
    ["≤12.05月|日", none, "unparseable"],
    // Past 309 digits a number is Infinity: unparseable, never quoted as "Infinity%" (fourteenth session).
    ["1" + "7".repeat(400) + "%", none, "unparseable"],
  ])("%s", (text, hints, expected) => {
    expect(summary(parseValue(text, hints))).toBe(expected);
  });
});

describe("parseValue: every form in the Guangzhou seed", () => {
  const jobs = { name: "落户以来累计创造就业岗位（含劳务外包）（个）" };
  const investment = { name: "落户以来累计完成投资" };
  it.each<[string, ValueHints, string]>([
    ["1个", none, "- 1 个→个 count value"],
    ["520亿", investment, "- 520 亿→亿元 money value"],
    ["≥100亿", { name: "项目完成年产值" }, ">= 100 亿→亿元 money value"],
    ["≥100亿元", none, ">= 100 亿元→亿元 money value"],
    ["不少于1,300亿元", none, ">= 1300 亿元→亿元 money value"],
    ["产线建成月产能≥12万", none, ">= 120000 ∅→∅ unknown none"],
    ["项目建成月产能≥9万片", none, ">= 90000 片→片 count value"],
    ["3500", jobs, "- 3500 个→个 count name"],
    ["3500", none, "- 3500 ∅→∅ unknown none"],
    ["85", { name: "完成评审任务数" }, "- 85 ∅→∅ unknown none"],
    [">90%", none, "> 90 %→% percent value"],
    ["95%以上", none, ">= 95 %→% percent value"],
    ["90%及以上", none, ">= 90 %→% percent value"],
    ["98%以上", none, ">= 98 %→% percent value"],
    ["8个以上", none, ">= 8 个→个 count value"],
    ["700家以上", none, ">= 700 家→家 count value"],
    ["1,500家以上", none, ">= 1500 家→家 count value"],
    ["超50个", none, "> 50 个→个 count value"],
    ["超2倍", none, "> 2 倍→倍 unknown value"],
    ["少于3次", none, "< 3 次→次 count value"],
    ["不低于2次", none, ">= 2 次→次 count value"],
    ["不少于53万台", none, ">= 530000 台→台 count value"],
    ["不少于5款", none, ">= 5 款→款 count value"],
    ["≥10家", none, ">= 10 家→家 count value"],
    ["≥10场", none, ">= 10 场→场 count value"],
    ["≥3批次", none, ">= 3 批次→批次 count value"],
    ["7班次", none, "- 7 班次→班次 count value"],
    ["22000家次", none, "- 22000 家次→家次 count value"],
    ["≥200人次", none, ">= 200 人次→人次 count value"],
    ["≥20000平米", none, ">= 20000 平米→平米 physical value"],
    ["1881.47平方米", none, "- 1881.47 平方米→平方米 physical value"],
    ["60分钟", none, "- 60 分钟→分钟 time value"],
    ["2024年底", none, "- 2024 年→年 date value"],
    ["2024年12月前", none, "<= 12 月→月 date value"],
    ["80亿元", none, "- 80 亿元→亿元 money value"],
    ["每家20万元", none, "- 20 万元→万元 moneyPerUnit value"],
    ["每个站点≥3台桩", none, ">= 3 台→台 count value"],
    ["达100%", none, "- 100 %→% percent value"],
    ["100%受理", none, "- 100 %→% percent value"],
    ["99%设备可用", none, "- 99 %→% percent value"],
    ["90%以上用户使用移动办公系统", none, ">= 90 %→% percent value"],
    ["运维业务系统数量8个", none, "- 8 个→个 count value"],
    ["9个业务系统", none, "- 9 个→个 count value"],
    ["搭建数据库平台1个", none, "- 1 个→个 count value"],
    ["完成新增或更新的重点企业档案数量≥21000家", none, ">= 21000 家→家 count value"],
    ["作战技能、工作作风等方面达标率95%", none, "- 95 %→% percent value"],
    ["服务对象（不少于10个处室或部门）的满意度95%及以上", none, ">= 95 %→% percent value"],
    ["进一步提高", none, "qualitative"],
    ["有效改善", none, "qualitative"],
    ["按时上报", none, "qualitative"],
    ["年度计划数", none, "qualitative"],
    ["二级备案", none, "qualitative"],
    ["全局干部法律学习培训全覆盖，面向企业普法宣传取得良好效果", none, "qualitative"],
    ["上、下半年各播放4周，≥20次/日", none, "qualitative [2 numbers]"],
    ["7*24小时内业务系统99%运行正常", { name: "应用类系统正常运行率（%）" }, "qualitative [3 numbers]"],
    ["达到满足预备役队站战备目的，预备役队员军事技能合格率100%，优秀率达90%", none, "qualitative [2 numbers]"],
    ["产业数据加工与治理服务工作报告1份、产业数据业务支撑服务工作报告1份", none, "qualitative [2 numbers]"],
    [
      "用水量排名前10位的工业行业单位产品用水量不大于国家发布的GB/T18916定额系列标准或省级部门制定的地方定额",
      none,
      "qualitative [1 numbers]",
    ],
  ])("%s", (text, hints, expected) => {
    expect(summary(parseValue(text, hints))).toBe(expected);
  });
});

describe("parseValue: spellings the spec lists", () => {
  it.each<[string, string]>([
    [">=90%", ">= 90 %→% percent value"],
    ["≧90%", ">= 90 %→% percent value"],
    ["≦5次", "<= 5 次→次 count value"],
    ["＞＝90％", ">= 90 ％→% percent value"],
    ["＞90%", "> 90 %→% percent value"],
    ["＜5次", "< 5 次→次 count value"],
    ["＝100%", "= 100 %→% percent value"],
    ["不超过170万元", "<= 170 万元→万元 money value"],
    ["不高于5%", "<= 5 %→% percent value"],
    ["大于3个", "> 3 个→个 count value"],
    ["低于2次", "< 2 次→次 count value"],
    ["10个以内", "<= 10 个→个 count value"],
    ["１，０００万元", "- 1000 万元→万元 money value"],
    ["≥ 90 %", ">= 90 %→% percent value"],
    ["≤12月5日", "<= 12 日→日 date value"],
    ["12月底", "- 12 月→月 date value"],
    ["≤2小时", "<= 2 小时→小时 time value"],
    ["≥ 1,000", ">= 1000 ∅→∅ unknown none"],
    ["3‰", "- 3 ‰→‰ percent value"],
    ["≥5个百分点", ">= 5 个百分点→个百分点 percent value"],
    ["≥20次/日", ">= 20 次/日→次/日 count value"],
    ["≤500元/人", "<= 500 元/人→元/人 moneyPerUnit value"],
    ["90%-100%", "- 90~100 %→% percent value"],
    ["5～10个", "- 5~10 个→个 count value"],
    ["≥90%。", ">= 90 %→% percent value"],
    ["2023年度完成≥5家", ">= 5 家→家 count value"],
    ["3个月内", "<= 3 个月→个月 time value"],
    ["次年3月底前", "<= 3 月→月 date value"],
    ["12月31日前", "<= 12 日→日 date value"],
    ["13月", "- 13 月→月 time value"],
    ["2023年", "- 2023 年→年 date value"],
    ["-5%", "- -5 %→% percent value"],
    ["≥－3%", ">= -3 %→% percent value"],
    ["≤ -0.5%", "<= -0.5 %→% percent value"],
    ["5万-10万台", "- 50000~100000 台→台 count value"],
  ])("%s", (text, expected) => {
    expect(summary(parseValue(text))).toBe(expected);
  });

  it("records the comparator and the unit as written", () => {
    expect(parseValue("≧99百分号")).toMatchObject({
      comparator: ">=",
      comparatorText: "≧",
      unit: "百分号",
      unitStandard: "%",
    });
    expect(parseValue("不少于20家")).toMatchObject({ comparator: ">=", comparatorText: "不少于" });
    expect(parseValue("95%以上")).toMatchObject({ comparator: ">=", comparatorText: "以上" });
    expect(parseValue("＞＝90%")).toMatchObject({ comparatorText: "＞＝" });
  });

  it("keeps the date's parts", () => {
    expect(parseValue("2024年12月前")).toMatchObject({ date: { year: 2024, month: 12 }, comparatorText: "前" });
    expect(parseValue("≤12月5日")).toMatchObject({ date: { month: 12, day: 5 } });
    expect(parseValue("2024年底")).toMatchObject({ date: { year: 2024, part: "底" } });
  });

  it("keeps the words around a quantity and the magnitude folded in", () => {
    expect(parseValue("产线建成月产能≥12万")).toMatchObject({
      magnitude: "万",
      words: { before: "产线建成月产能", after: "" },
    });
    expect(parseValue("每家20万元")).toMatchObject({ per: "家" });
    expect(parseValue("≥90%")).not.toHaveProperty("words");
  });
});

describe("parseValue: hints", () => {
  it.each<[string | number, ValueHints, string]>([
    [170, { name: "经费（万元）" }, "- 170 万元→万元 money name"],
    ["170.00", { name: "设备完好率（%）" }, "- 170 %→% percent name"],
    ["95", { name: "满意度(％)" }, "- 95 ％→% percent name"],
    ["28", { unitColumn: "个" }, "- 28 个→个 count column"],
    ["28", { unitColumn: "个", name: "数量（家）" }, "- 28 个→个 count column"],
    ["28.8万元", { unitColumn: "%" }, "- 28.8 万元→万元 money value"],
    ["90", { comparatorColumn: "≥", unitColumn: "%" }, ">= 90 %→% percent column"],
    ["90", { comparatorColumn: "＞", unitColumn: "%" }, "> 90 %→% percent column"],
    ["90", { comparatorColumn: "定性" }, "- 90 ∅→∅ unknown none"],
    ["≤90%", { comparatorColumn: "≥" }, "<= 90 %→% percent value"],
    ["应保尽保", { unitColumn: "%" }, "qualitative unit=%"],
    ["≥提升", none, "qualitative ≥"],
  ])("%s with %j", (text, hints, expected) => {
    expect(summary(parseValue(text, hints))).toBe(expected);
  });

  it("takes the comparator text from the column when the value has none", () => {
    expect(parseValue("90", { comparatorColumn: " ＞ " })).toMatchObject({ comparator: ">", comparatorText: "＞" });
  });
});

describe("parseValue: dates and units as other provinces write them", () => {
  const timeliness: ValueHints = { name: "项目完成时间", date: true };
  it.each<[string, ValueHints, string]>([
    // A unit in brackets right after the number is the value's own (`≥3（人）` states 人).
    ["≥3（人）", none, ">= 3 人→人 count value"],
    ["500（人次）", none, "- 500 人次→人次 count value"],
    ["100（%）", none, "- 100 %→% percent value"],
    ["3（个）以上", none, ">= 3 个→个 count value"],
    ["100（分）", none, "- 100 分→分 unknown value"],
    // `余`/`多` ("some more than") between the number and its unit or magnitude leaves the unit stated.
    ["1000余人", none, "- 1000 人→人 count value"],
    ["10多万元", none, "- 10 万元→万元 money value"],
    ["1000余", none, "- 1000 ∅→∅ unknown none"],
    // Units of other trades: 斤, 剂次, 尾 (fry), ㎡, m², m³, 平方, 微克/立方米.
    ["60亿斤", none, "- 6000000000 斤→斤 count value"],
    ["≥5万剂次", none, ">= 50000 剂次→剂次 count value"],
    ["5000㎡", none, "- 5000 ㎡→㎡ physical value"],
    ["≥15000m³", none, ">= 15000 m³→m³ physical value"],
    ["≤35微克/立方米", none, "<= 35 微克/立方米→微克/立方米 physical value"],
    // …but an aside in brackets is no unit.
    ["≥3（不少于10个处室）", none, ">= 3 ∅→∅ unknown none"],
    ["≥95%（含）", none, ">= 95 %→% percent value"],
    // A date with one separator is a day, on any row.
    ["2023.12.31", none, "- 12 日→日 date value"],
    ["≤2023-12-31", none, "<= 12 日→日 date value"],
    ["2023/12/31", none, "- 12 日→日 date value"],
    ["2023.01.01-2023.12.31", none, "qualitative [2 numbers]"],
    // On a 时效指标 a bare year.month or month.day is a date…
    ["2023.12", timeliness, "- 12 月→月 date value"],
    ["2023-12", timeliness, "- 12 月→月 date value"],
    ["≤12.31", timeliness, "<= 12 日→日 date value"],
    ["2023.1-2023.12", timeliness, "- 12 月→月 date value"],
    // …and a month/day with a slash (elsewhere a fraction or a code, not read).
    ["≤6/30", timeliness, "<= 6 日→日 date value"],
    ["12/31前", timeliness, "- 12 日→日 date value"],
    ["≤6/30", none, "unparseable"],
    // …elsewhere a number (an amount of 2000.5 万元 is no May 2000).
    ["2023.12", none, "- 2023.12 ∅→∅ unknown none"],
    ["2000.5", { name: "项目总成本（万元）", money: true }, "- 2000.5 万元→万元 money name"],
    ["13.5", timeliness, "- 13.5 ∅→∅ unknown none"],
    // A duration of one and a half is no 1月5日; a unit stated elsewhere says what the number counts.
    ["1.5", timeliness, "- 1.5 ∅→∅ unknown none"],
    ["≤1.5", { ...timeliness, unitColumn: "天" }, "<= 1.5 天→天 time column"],
    ["2023.12", { name: "项目周期（年）", date: true }, "- 2023.12 年→年 time name"],
    ["12.31", { ...timeliness, headerUnit: "个" }, "- 12.31 ∅→∅ unknown header"],
    // A ratio is a quantity that needs no unit; a product is one quantity (`7×24小时`: the hours of a week).
    ["1:15", none, "- 1 ∅→∅ ratio value"],
    ["≥1：1", none, ">= 1 ∅→∅ ratio value"],
    ["不低于1∶3", none, ">= 1 ∅→∅ ratio value"],
    ["1:1:1", none, "- 1 ∅→∅ ratio value"],
    ["7×24小时", none, "- 168 小时→小时 time value"],
    // A product with what it comes to is one quantity, the total written (fifteenth session).
    ["7×24小时=168小时", none, "- 168 小时→小时 time value"],
    ["≤18万元/个×8个=144万元", none, "<= 144 万元→万元 money value"],
    ["≤18万元/个×8个=150万元", none, "<= 150 万元→万元 money value"],
    // A share written as a fraction is a proportion, as a ratio is (elsewhere `1/2` stays unread, above).
    ["≥2/3", { name: "达标比例" }, ">= 2 ∅→∅ ratio value"],
    ["3/4", { name: "工程完成率" }, "- 3 ∅→∅ ratio value"],
    ["3/2", { name: "工程完成率" }, "unparseable"],
    ["12/345", { name: "工程完成率" }, "unparseable"],
    ["≥2/3", { name: "培训人数" }, "unparseable"],
    // Two readings of one measure share the unit after the second (blood pressure): the first, with that unit.
    ["≤140/90mmHg", { name: "高血压患者血压控制目标" }, "<= 140 mmHg→mmHg physical value"],
    ["130/80毫米汞柱以下", { name: "血压控制目标" }, "<= 130 毫米汞柱→毫米汞柱 physical value"],
    ["3/5个", { name: "培训人数" }, "- 3 ∅→∅ unknown none"],
    ["≤1/2米", { name: "钢筋间距" }, "<= 1 ∅→∅ unknown none"],
    // A power typed with a caret; a pipe's nominal diameter as a grade (eighteenth session's review).
    ["≥800m^2", { name: "铺装面积" }, ">= 800 m^2→m^2 physical value"],
    ["≥DN200", { name: "管道公称直径" }, "qualitative ≥"],
    // A percentage in Chinese numerals is that many per cent (unit-nonstandard asks for digits).
    ["≥百分之九十五", none, ">= 95 %→% percent value"],
    ["确保百分之百达标", none, "qualitative"],
    // Tenths are a share (seventeenth session): `≥9成` is `≥90%`; past ten tenths, or `九成五`, they are not read so.
    ["≥9成", none, ">= 90 %→% percent value"],
    ["八成以上", none, ">= 80 %→% percent value"],
    ["达到7.5成", none, "- 75 %→% percent value"],
    ["建成5个", none, "- 5 个→个 count value"],
    // So is a count in Chinese numerals with a comparator or a bound; a bare one and a phrase stay as they are.
    ["不少于十次", none, ">= 10 次→次 count value"],
    ["≥三十万件", none, ">= 300000 件→件 count value"],
    ["≥30万件", none, ">= 300000 件→件 count value"],
    ["五百人次以上", none, ">= 500 人次→人次 count value"],
    ["≥一千零五个", none, ">= 1005 个→个 count value"],
    ["≥三百五次", none, "qualitative ≥"],
    // A comparator typed with a Chinese keyboard (`》=` for ≥) is that comparator.
    ["》=30公里", none, ">= 30 公里→公里 physical value"],
    ["〈5%", none, "< 5 %→% percent value"],
    ["≥500t", none, ">= 500 t→t count value"],
    // A unit closing the name in square brackets, or a percent sign closing it, is the unit of a bare number.
    ["5", { name: "培训场次[场]" }, "- 5 场→场 count name"],
    ["5", { name: "培训场次【场】" }, "- 5 场→场 count name"],
    ["95", { name: "验收合格率%" }, "- 95 %→% percent name"],
    ["95", { name: "验收合格率％" }, "- 95 ％→% percent name"],
    ["达到一流水平", none, "qualitative"],
    // Hours of the day from one clock time to another: one period, not a ratio and a range mixed.
    ["9:00-17:00", none, "- 9~17 时→时 date value"],
    ["8:30—17:30", timeliness, "- 8.5~17.5 时→时 date value"],
    ["每日8：00至20：00", none, "- 8~20 时→时 date value"],
    // …but on a proportion's name a range of ratios (`1:10-1:20`) is no time of day.
    ["1:10-1:20", { name: "师生比" }, "unparseable"],
    ["7*24", { unitColumn: "小时" }, "- 168 小时→小时 time column"],
    ["2×1.5米", none, "- 3 米→米 physical value"],
    ["≥5×2次", none, ">= 10 次→次 count value"],
    // A rate per a base is a share (as ‰ is); metric units in letters.
    ["≤10/10万", none, "<= 10 /10万→/10万 percent value"],
    ["0.5/万", none, "- 0.5 /万→/万 percent value"],
    ["≤3/千人", none, "<= 3 /千人→/千人 percent value"],
    ["≤10例/10万", none, "<= 10 例/10万→例/10万 percent value"],
    ["≤1.8人/万车", none, "<= 1.8 人/万车→人/万车 percent value"],
    ["≤35μg/m³", none, "<= 35 μg/m³→μg/m³ physical value"],
    ["≤0.5mg/L", none, "<= 0.5 mg/L→mg/L physical value"],
    ["1/2", none, "unparseable"],
    // Grades: letters and numerals count as a unit after a number, as a phrase alone.
    ["≥4A", none, "qualitative"],
    ["≥95A", none, ">= 95 ∅→∅ unknown none"],
    ["3方面", none, "- 3 ∅→∅ unknown none"],
    ["AAAA", none, "qualitative"],
    ["≥二级", none, "qualitative ≥"],
    ["Ⅱ类以上", none, "qualitative"],
    ["Ⅱ级", none, "qualitative"],
    ["AA+", none, "qualitative"],
    // Units of trades and letters; a product with a Latin x; a rate of things per area, hours per day.
    ["≥79岁", none, ">= 79 岁→岁 time value"],
    ["≥3枚", none, ">= 3 枚→枚 count value"],
    ["7x24小时", none, "- 168 小时→小时 time value"],
    ["7×24h", none, "- 168 h→h time value"],
    ["≥100斤/亩", none, ">= 100 斤/亩→斤/亩 count value"],
    ["≥8小时/天", none, ">= 8 小时/天→小时/天 time value"],
    // A time per thing: training hours per head, a time limit per case.
    ["≥72学时/人", none, ">= 72 学时/人→学时/人 time value"],
    ["≤3个工作日/件", none, "<= 3 个工作日/件→个工作日/件 time value"],
    ["≤30分钟/次", none, "<= 30 分钟/次→分钟/次 time value"],
    // Counts of other trades: meals served, voyages, port containers, works lots, lessons.
    ["≥60万餐次", none, ">= 600000 餐次→餐次 count value"],
    ["≥24航次", none, ">= 24 航次→航次 count value"],
    ["≥1.8万标准箱", none, ">= 18000 标准箱→标准箱 count value"],
    ["3标段", none, "- 3 标段→标段 count value"],
    // A floor and a ceiling together are a range (`公租房空置率 ≥3%且≤5%`).
    ["≥3%且≤5%", none, "- 3~5 %→% percent value"],
    ["≥3%或≤5%", none, "qualitative [2 numbers]"],
    // …unless the floor is above the ceiling, which nothing meets; a sign in the 指标性质 column bounds no range.
    ["≥5%且≤3%", none, "qualitative [2 numbers]"],
    ["≥50且≤80", { comparatorColumn: "≥" }, "- 50~80 ∅→∅ unknown none"],
    ["3000-5000", { comparatorColumn: "≥" }, "- 3000~5000 ∅→∅ unknown none"],
    // Hours per year (继续教育 ≥90学时/年); Latin symbols are never cut to a shorter one (`mS/m` is no `m`, `MPa` no `M`).
    ["≥90学时/年", none, ">= 90 学时/年→学时/年 time value"],
    ["≤50mS/m", none, "<= 50 mS/m→mS/m physical value"],
    ["≥0.14MPa", none, ">= 0.14 MPa→MPa physical value"],
    ["≤30min", none, "<= 30 min→min time value"],
    ["≥25m/s", none, ">= 25 m/s→m/s physical value"],
    ["≥60min/天", none, ">= 60 min/天→min/天 time value"],
    ["≤0.45tce/万元", none, "<= 0.45 tce/万元→tce/万元 physical value"],
    ["≤4mS/cm", none, "<= 4 mS/cm→mS/cm physical value"],
    // Thirteenth session: scientific notation as a decimal, a tolerance as the range it allows, a bare ± as a
    // ceiling on the deviation, a per-head-per-month unit with two slashes, 吨标煤 an energy unit.
    ["≤1×10⁻⁶", none, "<= 0.000001 ∅→∅ unknown none"],
    ["≤1×10^-6mg/L", none, "<= 0.000001 mg/L→mg/L physical value"],
    ["≥2.5×10⁸", none, ">= 250000000 ∅→∅ unknown none"],
    ["≤1.5E-6", none, "<= 0.0000015 ∅→∅ unknown none"],
    ["180±20mm", none, "- 160~200 mm→mm physical value"],
    ["3±1个工作日", none, "- 2~4 个工作日→个工作日 time value"],
    ["≤±2%", none, "<= 2 %→% percent value"],
    ["±0.5℃", none, "<= 0.5 ℃→℃ physical value"],
    ["≥±2%", none, "unparseable"],
    ["(180±20)mm", none, "- 160~200 mm→mm physical value"],
    ["6%±1%", none, "- 5~7 %→% percent value"],
    // A band in percent of a centre in another unit: the nominal value.
    ["220V±7%", none, "- 220 V→V physical value"],
    ["220±7%", { unitColumn: "V" }, "- 220 V→V physical column"],
    ["220±7%", none, "- 220 ∅→∅ unknown none"],
    ["180毫米±20毫米", none, "- 160~200 毫米→毫米 physical value"],
    ["1.5MPa±0.1MPa", none, "- 1.4~1.6 MPa→MPa physical value"],
    // Below zero no range is read: the nominal value.
    ["-18±2℃", none, "- -18 ℃→℃ physical value"],
    // A date with a tolerance is no quantity; money keeps the amount set, not the top of a band.
    ["12月±5日", none, "qualitative [2 numbers]"],
    // A sign before the amount a share is of bounds the share, as `不超过合同金额的10%` does in words.
    ["≤建设投资的15%", none, "<= 15 %→% percent value"],
    ["≤市场租金70%", none, "<= 70 %→% percent value"],
    // Characters nobody sees, from Word: a word joiner, a soft hyphen, a direction mark.
    ["95%\u2060", none, "- 95 %→% percent value"],
    ["≤100万元\u200e", none, "<= 100 万元→万元 money value"],
    ["1000±50万元", none, "- 1000 万元→万元 money value"],
    // A ± in mid-text is no ceiling.
    ["220伏±7%", none, "- 220 ∅→∅ unknown none"],
    ["GB2E3", none, "unparseable"],
    ["≥100元/人/月", none, ">= 100 元/人/月→元/人/月 moneyPerUnit value"],
    ["≥2元/人/亩", none, ">= 2 元/人/亩→元/人/亩 moneyPerUnit value"],
    ["≥2元/人/万元", none, "unparseable"],
    ["≥1000吨标煤", none, ">= 1000 吨标煤→吨标煤 physical value"],
    ["B2", none, "unparseable"],
    ["≤1.35g/cm3", none, "<= 1.35 ∅→∅ unknown none"],
    ["≤12.05月|日", none, "unparseable"],
    // …but a unit before the colon, or a term missing, makes no ratio.
    ["90%:10%", none, "unparseable"],
    ["100:", none, "unparseable"],
    ["3×", none, "unparseable"],
  ])("%s with %j", (text, hints, expected) => {
    expect(summary(parseValue(text, hints))).toBe(expected);
  });

  it("marks a grade, on which a comparator means 'or better'", () => {
    expect(parseValue("≥AAA级", none)).toMatchObject({ kind: "qualitative", grade: true, comparatorText: "≥" });
    expect(parseValue("三级甲等", none)).toMatchObject({ grade: true });
    expect(parseValue("≥C30", none)).toMatchObject({ kind: "qualitative", grade: true, comparatorText: "≥" });
    expect(parseValue("M7.5", none)).toMatchObject({ grade: true });
    // Protection, waterproofing, fire, efficiency and cleanroom grades (twelfth session).
    for (const grade of ["≥IP65", "≥W6", "≥B1级", "≥IE3", "≥万级", "≥第三级"])
      expect(parseValue(grade, none)).toMatchObject({ kind: "qualitative", grade: true });
    expect(parseValue("≥提升", none)).not.toHaveProperty("grade");
  });

  it("keeps the terms of a ratio or a product", () => {
    expect(parseValue("≥1:15", none)).toMatchObject({ terms: [1, 15], comparatorText: "≥" });
    expect(parseValue("7×24小时", none)).toMatchObject({ terms: [7, 24], number: 168 });
    expect(parseValue("18万元/个×8个=144万元", none)).toMatchObject({ terms: [18, 8], number: 144 });
  });

  it("keeps a dotted date's parts", () => {
    expect(parseValue("2023.12.31", none)).toMatchObject({ date: { year: 2023, month: 12, day: 31 } });
    expect(parseValue("12.31", timeliness)).toMatchObject({ date: { month: 12, day: 31 } });
  });
});

describe("parseValue: bad input", () => {
  it.each<[unknown, string]>([
    ["", "blank"],
    ["   ", "blank"],
    ["\u3000", "blank"],
    [null, "blank"],
    [undefined, "blank"],
    [Number.NaN, "blank"],
    ["--", "unparseable"],
    ["/", "unparseable"],
    ["%", "unparseable"],
    ["≥XX%", "unparseable"],
    ["≥XX万元", "unparseable"],
    ["N/A", "unparseable"],
    ["≤12.05月|日", "unparseable"],
    ["5|月", "unparseable"],
    ["90%#", "unparseable"],
    // Symbols glued to the number: the grammar, not a rule, says the value is unreadable.
    ["5%%", "unparseable"],
    ["12.3.4", "unparseable"],
    ["100%+", "unparseable"],
    ["≥95%。", "quantitative"],
  ])("%j → %s", (text, expected) => {
    expect(parseValue(text as string).kind).toBe(expected);
  });

  it("never throws on odd strings and odd hints", () => {
    const odd = [
      "\u0000",
      "(((",
      "）",
      "1-",
      "--1",
      "9".repeat(400),
      "１２３４５６７８９０",
      "≥≥≥",
      "万",
      "亿元",
      "1e5",
      "0x10",
      "—",
      "\ud800",
    ];
    for (const text of odd) {
      expect(() => parseValue(text)).not.toThrow();
      expect(() => parseValue(text, { name: text, unitColumn: text, comparatorColumn: text })).not.toThrow();
    }
    expect(() => parseValue("90", null)).not.toThrow();
    expect(() => parseValue("90", { name: 5 as unknown as string })).not.toThrow();
  });

  it("returns a fresh object each time, so a caller cannot spoil the cache", () => {
    const first = parseValue("≥90%", none);
    if (first.kind === "quantitative") first.number = 1;
    expect(parseValue("≥90%", none)).toMatchObject({ number: 90 });
  });
});
