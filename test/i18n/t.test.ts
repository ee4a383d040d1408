import { displayLocale, MESSAGES, normalizeLocale, severityLabel, t } from "../../src/i18n";

describe("t: the one message lookup", () => {
  it("speaks Chinese first and English alongside, filling placeholders", () => {
    expect(t("zh-CN", "fixApplied", { cell: "C1" })).toBe("已修复 C1。");
    expect(t("en-US", "fixApplied", { cell: "C1" })).toBe("Fixed C1.");
    expect(t("en-US", "cannotRead", { file: "a.xlsx", reason: "x" })).toBe("a.xlsx: cannot read: x");
  });

  it("ends English plurals by the number (`{{n:s}}`), one and many", () => {
    expect(t("en-US", "workbookDone", { n: 1, count: 1 })).toBe("Checked 1 sheet: 1 finding.");
    expect(t("en-US", "workbookDone", { n: 3, count: 0 })).toBe("Checked 3 sheets: 0 findings.");
    expect(t("en-US", "undoneAll", { n: 2 })).toBe("Undid 2 fixes.");
    expect(t("zh-CN", "workbookDone", { n: 1, count: 1 })).toBe("已检查 1 个工作表，共 1 个问题。");
  });

  it("names severities from one table", () => {
    expect(["error", "warning", "info"].map((s) => severityLabel("zh-CN", s as "error"))).toEqual([
      "错误",
      "警告",
      "提示",
    ]);
    expect(severityLabel("en-US", "warning")).toBe("Warning");
  });

  it("has every message in both languages, English dropping none of the Chinese placeholders", () => {
    const names = (text: string) => new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
    for (const [id, text] of Object.entries(MESSAGES)) {
      expect({ id, zh: text.zh !== "", en: text.en !== "" }).toEqual({ id, zh: true, en: true });
      const en = names(text.en);
      // English alone adds plural words (`{{filesWord}}`).
      const missing = [...names(text.zh)].filter((n) => !en.has(n));
      expect({ id, missing }).toEqual({ id, missing: [] });
    }
  });
});

describe("one reading of a language tag", () => {
  it.each([
    ["en", "en-US"],
    ["en-GB", "en-US"],
    ["en_US.UTF-8", "en-US"],
    ["zh", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["fr-FR", undefined],
    ["english", undefined],
    ["", undefined],
    [undefined, undefined],
  ])("normalizeLocale(%p) is %p", (tag, locale) => {
    expect(normalizeLocale(tag)).toBe(locale);
  });

  it("speaks Chinese for every display language but English", () => {
    expect(displayLocale("en-US")).toBe("en-US");
    expect(displayLocale("fr-FR")).toBe("zh-CN");
    expect(displayLocale(undefined)).toBe("zh-CN");
  });
});
