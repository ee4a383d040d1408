/**
 * Every 指标值 of both seeds goes through the grammar: none throws, and only the
 * values a human cannot read either come out unparseable.
 */
import * as fs from "fs";
import * as path from "path";
import { parseValue } from "../../src/core/value";

// The seed builder's reader of the form text (rows of 7 cells); used, not copied.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseFormText } = require("../../scripts/seeds/form-text.js") as {
  parseFormText(text: string): { title: string; rows: string[][] }[];
};

const SEEDS = path.join(__dirname, "..", "..", "seeds");

interface SeedValue {
  text: string;
  name: string;
}

function qingdaoValues(): SeedValue[] {
  const tables = parseFormText(fs.readFileSync(path.join(SEEDS, "qingdao-2023-form.txt"), "utf8"));
  const out: SeedValue[] = [];
  for (const table of tables) {
    const header = table.rows.findIndex((r) => r[0].trim() === "一级指标");
    for (const row of table.rows.slice(header + 1)) out.push({ text: row[5].trim(), name: row[2].trim() });
  }
  return out;
}

// `…；21-经济效益；落户以来…（个）；实施周期指标值:3500；年度指标值:3500。`
const COMPACT_ITEM =
  /\d{2}-[^；;：:]*[；;：:]([^；;]*)[；;]\s*实施周期指标值[:：]([^；;]*)[；;]\s*年度指标值[:：]([^；;。]*)/g;

function guangzhouValues(): SeedValue[] {
  const text = fs.readFileSync(path.join(SEEDS, "guangzhou-2024-compact.txt"), "utf8");
  const out: SeedValue[] = [];
  for (const m of text.matchAll(COMPACT_ITEM)) {
    out.push({ text: m[2].trim(), name: m[1] }, { text: m[3].trim(), name: m[1] });
  }
  return out;
}

const all = [...qingdaoValues(), ...guangzhouValues()];

describe("every value in the seeds", () => {
  it("finds the seeds' values (the extraction itself works)", () => {
    expect(qingdaoValues().length).toBeGreaterThan(150);
    expect(guangzhouValues().length).toBeGreaterThan(300);
    expect(all.map((v) => v.text)).toEqual(
      expect.arrayContaining(["≥99百分号", "≤170万", "3500", "520亿", "≤12.05月|日"]),
    );
  });

  it("parses without throwing", () => {
    for (const v of all) expect(() => parseValue(v.text, { name: v.name })).not.toThrow();
  });

  it("leaves exactly the expected values unparseable", () => {
    const unparseable = new Set(
      all.filter((v) => parseValue(v.text, { name: v.name }).kind === "unparseable").map((v) => v.text),
    );
    expect([...unparseable]).toEqual(["≤12.05月|日"]);
  });

  it("reads the indicators with a value as non-blank", () => {
    const blanks = all.filter((v) => v.text !== "" && parseValue(v.text, { name: v.name }).kind === "blank");
    expect(blanks).toEqual([]);
  });

  it("reads most values as quantitative, as officers write them", () => {
    const quantitative = all.filter((v) => parseValue(v.text, { name: v.name }).kind === "quantitative").length;
    expect(quantitative / all.length).toBeGreaterThan(0.8);
  });
});
