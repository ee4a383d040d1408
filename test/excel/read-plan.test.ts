import {
  halveBatch,
  HEAD_ROWS,
  MAX_BLOCK_CELLS,
  planRead,
  type Block,
  type ReadBatch,
} from "../../src/excel/read-plan";

const web = { payloadLimited: true, merges: true };
const rowsCovered = (blocks: Block[]) => {
  const rows = new Set<number>();
  for (const b of blocks) for (let r = b.top; r < b.top + b.rows; r++) rows.add(r);
  return rows;
};
const key = (b: Block) => `${b.top},${b.rows},${b.left},${b.cols}`;

describe("planRead after the head", () => {
  const used = { rows: 20_000, cols: 7 };

  test("value blocks cover the rows below the head once, in order; merge probes cover every row, the head's included", () => {
    for (const options of [web, { payloadLimited: false, merges: true }]) {
      const plan = planRead(used, 300, options, 1_000_000, HEAD_ROWS);
      const values = plan.flatMap((b) => b.values);
      expect(values[0].top).toBe(HEAD_ROWS);
      values.forEach((b, i) => i > 0 && expect(b.top).toBe(values[i - 1].top + values[i - 1].rows));
      expect(values.reduce((n, b) => n + b.rows, 0)).toBe(used.rows - HEAD_ROWS);
      expect(values.every((b) => b.rows * b.cols <= MAX_BLOCK_CELLS)).toBe(true);
      expect(rowsCovered(plan.flatMap((b) => b.merges)).size).toBe(used.rows);
    }
  });

  test("on the web the first batch's budget keeps room for the head's merged areas", () => {
    const plan = planRead(used, 300, web, 1_000_000, HEAD_ROWS);
    expect(plan.length).toBeGreaterThan(1);
    const [first, second] = plan;
    expect(first.values[0].rows).toBeLessThan(second.values[0].rows);
    expect(first.values[0].rows * 300 + HEAD_ROWS * 40).toBeLessThanOrEqual(1_000_000);
    expect(second.values[0].rows * 300).toBeLessThanOrEqual(1_000_000);
  });

  test("a sheet the head read whole: one batch of merge probes only (none without merged areas)", () => {
    const plan = planRead({ rows: 500, cols: 7 }, 300, web, 1_000_000, 500);
    expect(plan).toHaveLength(1);
    expect(plan[0].values).toEqual([]);
    expect(rowsCovered(plan[0].merges).size).toBe(500);
    expect(planRead({ rows: 500, cols: 7 }, 300, { payloadLimited: true, merges: false }, 1_000_000, 500)).toEqual([]);
  });
});

describe("halveBatch", () => {
  const sameProbes = (batch: ReadBatch, halves: [ReadBatch, ReadBatch]) =>
    expect([...halves[0].merges, ...halves[1].merges].map(key).sort()).toEqual(batch.merges.map(key).sort());

  test("every probe of a refused batch goes to one of its halves: the one reaching above the block, the head's too", () => {
    for (const from of [0, HEAD_ROWS]) {
      const plan = planRead({ rows: 30_000, cols: 7 }, 300, web, 1_000_000, from);
      for (const batch of plan) {
        const halves = halveBatch(batch)!;
        sameProbes(batch, halves);
        expect(halves[0].values[0].top + halves[0].values[0].rows).toBe(halves[1].values[0].top);
      }
    }
  });

  test("a batch of merge probes only splits its probes", () => {
    const [batch] = planRead({ rows: 1000, cols: 7 }, 300, web, 1_000_000, 1000);
    const halves = halveBatch(batch)!;
    expect(halves.every((h) => h.values.length === 0 && h.merges.length > 0)).toBe(true);
    sameProbes(batch, halves);
  });
});
