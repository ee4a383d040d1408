import type { Fix } from "../../src/core/model/diagnostic";
import { composeFixes, reverseFix } from "../../src/app/fix-compose";

const fix = (expected: string, replacement: string, row = 0, col = 0): Fix => ({
  sheet: "S",
  row,
  col,
  cell: "A1",
  expected,
  replacement,
  title: { zh: "", en: "" },
});

describe("composeFixes", () => {
  test("fixes of different cells stay as they are", () => {
    const fixes = [fix("≥99百分号", "≥99%", 1), fix("≦10", "≤10", 2)];
    expect(composeFixes(fixes)).toEqual(fixes);
  });

  test("fixes of one packed cell become one write holding every edit", () => {
    const text = "1、…；实施周期指标值:520亿；年度指标值:520亿。2、…；实施周期指标值:≥99百分号；年度指标值:≥99百分号。";
    const fixes = [
      fix(text, text.replace("实施周期指标值:520亿", "实施周期指标值:520亿元")),
      fix(text, text.replace("年度指标值:520亿", "年度指标值:520亿元")),
      fix(text, text.replace("实施周期指标值:≥99百分号", "实施周期指标值:≥99%")),
      fix(text, text.replace("年度指标值:≥99百分号", "年度指标值:≥99%")),
    ];
    const [one] = composeFixes(fixes);
    expect(composeFixes(fixes)).toHaveLength(1);
    expect(one.expected).toBe(text);
    expect(one.replacement).toBe(
      "1、…；实施周期指标值:520亿元；年度指标值:520亿元。2、…；实施周期指标值:≥99%；年度指标值:≥99%。",
    );
  });

  test("overlapping edits: the first wins, the other waits for the next check", () => {
    const [one] = composeFixes([fix("abc", "aXc"), fix("abc", "aYc")]);
    expect(one.replacement).toBe("aXc");
  });

  test("a fix checked against another text of the cell is left out, and a no-op is dropped", () => {
    expect(composeFixes([fix("abc", "aXc"), fix("old", "new")])).toEqual([fix("abc", "aXc")]);
    expect(composeFixes([fix("same", "same")])).toEqual([]);
  });

  test("reverseFix writes the old text back only over the new", () => {
    expect(reverseFix(fix("a", "b"))).toMatchObject({ expected: "b", replacement: "a" });
  });
});
