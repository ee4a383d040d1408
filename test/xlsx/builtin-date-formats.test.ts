import { undefinedBuiltins, withBuiltins } from "../../src/xlsx/builtin-date-formats";

const styles = (numFmts: string, xfs: number[]) =>
  `<styleSheet xmlns="urn:x">${numFmts}<cellXfs count="${xfs.length}">` +
  xfs.map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join("") +
  `</cellXfs></styleSheet>`;

describe("built-in date formats a file names by id alone", () => {
  it("finds the zh-CN date ids the cell styles use and the file does not define", () => {
    expect(undefinedBuiltins(styles("", [0, 14, 31, 27, 31]))).toEqual([27, 31]);
    expect(
      undefinedBuiltins(styles('<numFmts count="1"><numFmt numFmtId="31" formatCode="0.00"/></numFmts>', [31])),
    ).toEqual([]);
    // Ids Excel defines for every language (14 m/d/yy, 9 0%) and custom ones (164+) are SheetJS's already.
    expect(undefinedBuiltins(styles("", [9, 14, 22, 164]))).toEqual([]);
    expect(undefinedBuiltins("<styleSheet/>")).toEqual([]);
  });

  it("adds their texts to <numFmts>, whether it is there, empty or missing", () => {
    const formats = (xml: string) =>
      [...xml.matchAll(/numFmtId="(\d+)" formatCode="([^"]*)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(formats(withBuiltins(styles("", [31]), [31]))).toEqual([
      "31 yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;",
    ]);
    expect(formats(withBuiltins(styles('<numFmts count="0"/>', [27]), [27]))).toEqual([
      "27 yyyy&quot;年&quot;m&quot;月&quot;",
    ]);
    const kept = withBuiltins(
      styles('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>', [58]),
      [58],
    );
    expect(formats(kept)).toEqual(["58 m&quot;月&quot;d&quot;日&quot;", "164 0.0%"]);
  });
});
