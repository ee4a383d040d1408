/** A label's comparable form, written as one pass, against its definition in three regex replaces. */
import { INVISIBLE, normalizeLabel, toHalfWidth, withoutOtherScripts } from "../../src/core/text/normalize";

/**
 * The definition: half-width forms, no white space (JavaScript's \s) and no character nobody sees (a soft hyphen
 * from Word: thirteenth session), Chinese brackets as ASCII; a bilingual template's other script gone (fifteenth).
 */
const definition = (text: string) =>
  toHalfWidth(withoutOtherScripts(text))
    .replace(INVISIBLE, "")
    .replace(/[\s\u00a0]+/g, "")
    .replace(/[【〔［]/g, "[")
    .replace(/[】〕］]/g, "]");

describe("normalizeLabel", () => {
  it.each([
    ["其中：财政    资金", "其中:财政资金"],
    ["【预算数】（万元）", "[预算数](万元)"],
    ["〔一级指标〕", "[一级指标]"],
    ["\u3000产 出 指 标\n", "产出指标"],
    ["一级指标", "一级指标"],
    ["经济\u00ad成本指标", "经济成本指标"],
    ["二级指标\nئىككىنچى دەرىجىلىك كۆرسەتكۈچ", "二级指标"],
    ["2급지표\n二级指标", "二级指标"],
    ["项目名称 / ལས་གཞིའི་མིང་།", "项目名称"],
    ["产出指标（ᠪᠦᠲᠦᠭᠡᠭᠳᠡᠬᠦᠨ）", "产出指标()"],
    ["ئىككىنچى", "ئىككىنچى"],
  ])("%j → %j", (text, form) => {
    expect(normalizeLabel(text)).toBe(form);
  });

  it("returns the text itself when nothing changes", () => {
    const text = "项目名称(资金使用单位)";
    expect(normalizeLabel(text)).toBe(text);
  });

  it("agrees with its definition on every character of the basic plane, alone and between others", () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}${c}中`])
        if (normalizeLabel(text) !== definition(text)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});

describe("toHalfWidth", () => {
  /** Full-width ASCII forms (！ U+FF01 to ～ U+FF5E) shift down by U+FEE0, the ideographic space is a space. */
  const half = (code: number) =>
    code >= 0xff01 && code <= 0xff5e
      ? String.fromCharCode(code - 0xfee0)
      : code === 0x3000
        ? " "
        : String.fromCharCode(code);

  it("maps every character of the basic plane as its definition says, alone and between others", () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (toHalfWidth(c) !== half(code) || toHalfWidth(`a${c}b中`) !== `a${half(code)}b中`)
        differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
