/** Findings read in one English style: a capital first letter, curly quotes from the templates. */
import * as path from "path";
import { Workbook } from "exceljs";
import { lintGrid } from "../../src/core/lint/lint";
import { formatFinding } from "../../src/core/lint/format-message";
import { workbookToGrids } from "../../src/xlsx/read-workbook";

test("a template's straight quotes become curly; the officer's own quote stays; the sentence starts with a capital", () => {
  const template = { zh: "“{{text}}”", en: '{{where}} "{{text}}" is odd' };
  expect(formatFinding(template, { where: "the value", text: 'a"b' }).en).toBe('The value “a"b” is odd');
});

test.each(["qingdao-2023.xlsx", "guangzhou-2024.xlsx", "flat-sample.xlsx"])(
  "every finding on %s reads in one English style",
  async (file) => {
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(__dirname, "..", "..", "seeds", file));
    const messages = workbookToGrids(wb).flatMap((g) =>
      lintGrid(g).diagnostics.flatMap((d) => [d.message.en, ...(d.fix ? [d.fix.title.en] : [])]),
    );
    expect(messages.length).toBeGreaterThan(0);
    const odd = messages.filter((m) => /^[a-z]/.test(m) || /(^|[\s(])"[^"]*"/.test(m.replace(/“[^”]*”/g, "")));
    expect(odd).toEqual([]);
  },
);
