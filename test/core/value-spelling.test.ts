import { nonstandardSpellings, type SpellingContext } from "../../src/core/value";

/** The text with every non-standard spelling replaced, as a fix would write it. */
function standardSpelling(text: string, context: SpellingContext = {}): string {
  let out = "";
  let at = 0;
  for (const s of nonstandardSpellings(text, context)) {
    out += text.slice(at, s.start) + s.standard;
    at = s.end;
  }
  return out + text.slice(at);
}

const money: SpellingContext = { name: "企业搬迁改造及化工业转型升级工作经费" };

describe("nonstandardSpellings", () => {
  it.each<[string, SpellingContext, string]>([
    ["≥99百分号", {}, "≥99%"],
    // A percentage in Chinese numerals, where it is the whole value; in a phrase it stays.
    ["≥百分之九十五", {}, "≥95%"],
    ["百分之百", {}, "100%"],
    ["不低于百分之九十九点五", {}, "不低于99.5%"],
    ["百分之八十以上", {}, "80%以上"],
    ["确保百分之百达标", {}, "确保百分之百达标"],
    ["不少于十次", {}, "不少于10次"],
    ["≥三个", {}, "≥3个"],
    ["二十场以上", {}, "20场以上"],
    ["三个", {}, "三个"],
    ["达到一流水平", {}, "达到一流水平"],
    [">=百分之九十", {}, "≥90%"],
    ["＞百分之九十", {}, "＞90%"],
    // Over a hundred too (a growth rate's, or a share's slip for percent-out-of-range): seventeenth session.
    ["百分之一百二十", {}, "120%"],
    // Tenths as a percentage, where they are the whole value (seventeenth session).
    ["≥9成", {}, "≥90%"],
    ["八成以上", {}, "80%以上"],
    ["建成5个", {}, "建成5个"],
    ["≥11成", {}, "≥11成"],
    ["≥百分之一百零五点五", {}, "≥105.5%"],
    ["100百分比", {}, "100%"],
    // Full-width digits are respelt too (fourteenth session).
    ["１００％", {}, "100%"],
    ["１－１２号站", {}, "1-12号站"],
    ["≥ 90 百分号以上", {}, "≥ 90 %以上"],
    ["≦10百分比", {}, "≤10%"],
    ["≧90%", {}, "≥90%"],
    [">=90%", {}, "≥90%"],
    ["<=5次", {}, "≤5次"],
    ["＞＝90%", {}, "≥90%"],
    ["＜＝5次", {}, "≤5次"],
    ["≤50万元|家", {}, "≤50万元/家"],
    ["≤12.05月|日", {}, "≤12.05月/日"],
    ["18Ghz", {}, "18GHz"],
    ["6 ghz", {}, "6 GHz"],
    ["≤170万", money, "≤170万元"],
    ["520亿", { name: "落户以来累计完成投资" }, "520亿元"],
    ["≥100亿", { name: "项目完成年产值" }, "≥100亿元"],
    ["100万以上", { money: true }, "100万元以上"],
    ["≤170万", {}, "≤170万"],
    ["≥80万", { name: "线上观众浏览数" }, "≥80万"],
    ["≤170万元", money, "≤170万元"],
    ["不少于53万台", money, "不少于53万台"],
    ["≥4.5万元/辆", money, "≥4.5万元/辆"],
    ["百分比提升", {}, "百分比提升"],
    ["＞90%", {}, "＞90%"],
    ["≥90%", {}, "≥90%"],
    ["", {}, ""],
  ])("%s → %s", (text, context, standard) => {
    expect(standardSpelling(text, context)).toBe(standard);
  });

  it("gives exact positions that rebuild the standard text", () => {
    const text = "≧99百分号，≤50万元|家，18Ghz";
    const found = nonstandardSpellings(text);
    expect(found).toEqual([
      { start: 0, end: 1, found: "≧", standard: "≥" },
      { start: 3, end: 6, found: "百分号", standard: "%" },
      { start: 12, end: 13, found: "|", standard: "/" },
      { start: 17, end: 20, found: "Ghz", standard: "GHz" },
    ]);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.found);
  });

  it("finds nothing in a standard value", () => {
    expect(nonstandardSpellings("≥4.5万元/辆", money)).toEqual([]);
    expect(nonstandardSpellings("提升")).toEqual([]);
  });

  it("is total over odd input", () => {
    expect(nonstandardSpellings(undefined as unknown as string)).toEqual([]);
    expect(nonstandardSpellings("||||")).toEqual([
      { start: 1, end: 2, found: "|", standard: "/" },
      { start: 2, end: 3, found: "|", standard: "/" },
    ]);
  });
});
