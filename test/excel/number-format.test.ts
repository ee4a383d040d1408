import { displayValue } from "../../src/core/grid/number-format";

describe("displayValue: a number cell as the officer sees it", () => {
  test("percent formats give the percent text, without float noise", () => {
    expect(displayValue(1, "0%")).toBe("100%");
    expect(displayValue(0.07, "0.00%")).toBe("7%");
    expect(displayValue(0.955, "0.0%")).toBe("95.5%");
    expect(displayValue(-0.05, "0%;[Red]-0%")).toBe("-5%");
  });

  test("date formats give YYYY年M月D日 from the 1900 serial", () => {
    expect(displayValue(45296, "yyyy/m/d")).toBe("2024年1月5日");
    expect(displayValue(45296, '[$-804]yyyy"年"m"月"d"日"')).toBe("2024年1月5日");
    expect(displayValue(45631, 'm"月"d"日"')).toBe("2024年12月5日");
    expect(displayValue(45296.75, "yyyy-mm-dd hh:mm")).toBe("2024年1月5日");
    expect(displayValue(1, "d-mmm")).toBe("1900年1月1日");
    expect(displayValue(61, "yyyy-mm-dd")).toBe("1900年3月1日");
  });

  test("a unit, a percent or a comparator the format writes around the number is shown with it", () => {
    expect(displayValue(5, '0"%"')).toBe("5%");
    expect(displayValue(3000, '#,##0"人"')).toBe("3000人");
    expect(displayValue(120, '0.00"万元"')).toBe("120万元");
    expect(displayValue(5, "0\\人")).toBe("5人");
    expect(displayValue(0.9, '"≥"0%')).toBe("≥90%");
    expect(displayValue(-3, '0;"负"0')).toBe("负3");
    expect(displayValue(-0.05, "0%;-0%")).toBe("-5%");
    // Signs and brackets alone say no more than the number.
    expect(displayValue(-3, "0.00_);(0.00)")).toBe(-3);
  });

  test("a date shows the parts its format shows and the words after them; 1904 workbooks count from 1904", () => {
    expect(displayValue(45627, 'yyyy"年"m"月"')).toBe("2024年12月");
    expect(displayValue(45657, 'yyyy"年"m"月"d"日前"')).toBe("2024年12月31日前");
    expect(displayValue(45627, 'yyyy"年"m"月底前"')).toBe("2024年12月底前");
    expect(displayValue(45657 - 1462, 'yyyy"年"m"月"d"日"', true)).toBe("2024年12月31日");
  });

  test("a percent reads as shown, to the decimals its format shows", () => {
    expect(displayValue(0.795, "0%")).toBe("80%");
    expect(displayValue(0.83333333, "0.0%")).toBe("83.3%");
    expect(displayValue(0.955, "0.00%")).toBe("95.5%");
  });

  test("a format that scales shows the number it divides: 元 as 万元, thousands dropped", () => {
    expect(displayValue(500000, "0!.0000")).toBe(50);
    expect(displayValue(500000, "0\\.0000")).toBe(50);
    expect(displayValue(400000, '0!.0000"万元"')).toBe("40万元");
    expect(displayValue(500000, '0!.0,"万"')).toBe("50万");
    expect(displayValue(400000, '#,##0,"千元"')).toBe("400千元");
    expect(displayValue(-500000, "0!.0000;-0!.0000")).toBe(-50);
    // A thousands separator between digits and a real decimal point scale nothing.
    expect(displayValue(1234567, "#,##0.00")).toBe(1234567);
    expect(displayValue(1234.5, '#,##0.0"万元"')).toBe("1234.5万元");
  });

  test("locale, colour and condition brackets and currency signs are no literals", () => {
    expect(displayValue(0.95, "[$-804]0%")).toBe("95%");
    expect(displayValue(1234.5, "[$¥-804]#,##0.00")).toBe(1234.5);
    expect(displayValue(123, "[DBNum1][$-804]General")).toBe(123);
    expect(displayValue(1234.5, '"¥"#,##0.00')).toBe(1234.5);
    expect(displayValue(0, '_ "¥"* #,##0.00_ ;_ "¥"* \\-#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ')).toBe(0);
    expect(displayValue(3, '[>=0]0"个"')).toBe("3个");
  });

  test("conditions choose the section, as Excel does: the first that holds, else the one without a condition", () => {
    expect(displayValue(3, '[Red][<0]0;0"人"')).toBe("3人");
    expect(displayValue(0.5, '[>=1]0"次";0%')).toBe("50%");
    expect(displayValue(2, '[>=1]0"次";0%')).toBe("2次");
    expect(displayValue(150, "[>=100]0;0.0")).toBe(150);
  });

  test("General as Chinese Excel and WPS write it takes the literals around it", () => {
    expect(displayValue(7, 'G/通用格式"次"')).toBe("7次");
    expect(displayValue(7, 'General"人"')).toBe("7人");
    expect(displayValue(7, "G/通用格式")).toBe(7);
  });

  test("numbers, times, quoted or bracketed letters stay numbers", () => {
    expect(displayValue(12.5, "0.00")).toBe(12.5);
    expect(displayValue(12.5, "General")).toBe(12.5);
    expect(displayValue(0.5, "h:mm")).toBe(0.5);
    expect(displayValue(0.5, "mm:ss")).toBe(0.5);
    expect(displayValue(1.5, "[h]:mm")).toBe(1.5);
    expect(displayValue(1.5, "[mm]")).toBe(1.5);
    expect(displayValue(5, '0" days"')).toBe(5);
    expect(displayValue(3, "[Red]0.00;[Blue]-0.00")).toBe(3);
    expect(displayValue(3, "")).toBe(3);
  });
});
