/**
 * `npm run seeds` is deterministic and the committed workbooks are its output:
 * building into a temp dir gives the same bytes. When this fails after a change
 * to scripts/seeds/**, run `npm run seeds` and commit the workbooks.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Workbook } from "exceljs";
import { SEEDS_DIR } from "./seed-helpers";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildSeeds, OUTPUTS } = require("../../scripts/seeds/build") as {
  buildSeeds: (outDir?: string) => Promise<string[]>;
  OUTPUTS: string[];
};

let outDir: string;
let built: string[];

beforeAll(async () => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-seeds-"));
  built = await buildSeeds(outDir);
});

afterAll(() => {
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe("the sample workbooks", () => {
  test("are built into the given directory, one per seed", () => {
    expect(built.map((p) => path.basename(p))).toEqual(OUTPUTS);
    expect(built.every((p) => path.dirname(p) === outDir)).toBe(true);
  });

  test.each(["qingdao-2023.xlsx", "guangzhou-2024.xlsx", "flat-sample.xlsx"])(
    "%s: the committed file is byte for byte the build",
    (name) => {
      const committed = fs.readFileSync(path.join(SEEDS_DIR, name));
      const fresh = fs.readFileSync(path.join(outDir, name));
      expect(committed.length).toBeGreaterThan(1000);
      expect(committed.equals(fresh)).toBe(true);
    },
  );

  test("a second build gives the same bytes again (no clock in the zip or the document properties)", async () => {
    const again = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-seeds-"));
    try {
      await buildSeeds(again);
      for (const name of OUTPUTS) {
        expect(fs.readFileSync(path.join(again, name)).equals(fs.readFileSync(path.join(outDir, name)))).toBe(true);
      }
    } finally {
      fs.rmSync(again, { recursive: true, force: true });
    }
  });

  test("qingdao-2023.xlsx holds amounts as numbers formatted 0.00 and the seed's texts exactly", async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(SEEDS_DIR, "qingdao-2023.xlsx"));
    const ws = wb.worksheets[0];
    const cells: { address: string; value: unknown; numFmt?: string }[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => cells.push({ address: cell.address, value: cell.value, numFmt: cell.numFmt })),
    );
    const budget = cells.find((c) => c.value === 170);
    expect(budget?.numFmt).toBe("0.00");
    const texts = cells.map((c) => c.value);
    expect(texts).toEqual(
      expect.arrayContaining(["≥99百分号", "社会公众满意度】", " 指标1：预算控制", "安全环保督导\n车辆租赁次数"]),
    );
    expect(texts.some((t) => typeof t === "string" && t.includes('轮换。\n"'))).toBe(true);
    expect(texts).not.toContain(" ");
  });
});
