/**
 * Synthetic sheets of many form-layout tables, one below another, in the layout
 * of test/helpers/form-table.ts (kept in step with it by hand: same rows, same
 * columns, same merges). Names, budgets and indicators vary; some tables carry
 * defects so that rules do real work.
 */
"use strict";

const POOL = [
  ["成本指标", "经济成本指标", "项目经费", "≤{b}万元", "预算支出标准"],
  ["产出指标", "数量指标", "办公用房租赁数量", "{n}间", "历史标准"],
  ["", "数量指标", "培训人次", "≥{n}人次", "计划标准"],
  ["", "质量指标", "资金使用合规性", "≥99%", "计划标准"],
  ["", "时效指标", "资金拨付完成时间", "≤10月", "计划标准"],
  ["效益指标", "社会效益指标", "带动就业增长率", "≥{p}%", "历史标准"],
  ["", "可持续影响指标", "长效管理机制", "逐步完善", "其他标准"],
  ["满意度指标", "服务对象满意度指标", "社会公众满意度", "≥{s}%", "历史标准"],
];

/* Defects, each on some tables: [every n-th table, what it changes]. */
const DEFECTS = [
  [7, (rows) => (rows[1][4] = "")], // basis-missing
  [11, (rows) => (rows[3][3] = "≥99百分号")], // unit-nonstandard
  [13, (rows) => (rows[4][3] = "≤X月X日")], // placeholder-unfilled
  [17, (rows) => (rows[1][2] = "")], // indicator-incomplete
  [19, (rows) => (rows[1][3] = "提升")], // qualitative-quantity
];

function indicatorsFor(i, defects = true) {
  const budget = 50 + ((i * 37) % 900);
  const fill = (text) =>
    text
      .replace("{b}", String(budget))
      .replace("{n}", String(5 + (i % 40)))
      .replace("{p}", String(1 + (i % 15)))
      .replace("{s}", String(85 + (i % 11)));
  // Keep 5 to 8 of the pool's rows; dropping only middle rows keeps every 一级 present.
  const keep = POOL.filter((_, k) => !((k === 2 && i % 2) || (k === 6 && i % 3) || (k === 4 && i % 5 === 0)));
  const rows = keep.map((r) => [r[0], r[1], r[2], fill(r[3]), r[4]]);
  if (defects) for (const [every, apply] of DEFECTS) if (i % every === every - 1) apply(rows);
  return { budget, rows };
}

/** Writes one table at row `top`; returns the first row after it. `defects: false` leaves out the defects above. */
function writeTable(set, merge, top, i, { defects = true } = {}) {
  const { budget, rows } = indicatorsFor(i, defects);
  const at = (r, c, v) => set(top + r, c, v);
  const mergeAt = (r1, c1, r2, c2) => merge(top + r1, c1, top + r2, c2);
  at(0, 0, `${i + 1}.第${i + 1}号项目工作经费绩效目标表`);
  at(1, 0, `${500001 + (i % 90)}青岛市第${(i % 90) + 1}局本级`);
  at(1, 6, "单位：万元");
  at(2, 0, "项目编码");
  at(2, 1, `37020023P${String(880000000000 + i).slice(0, 11)}${"0123456789ABCDEF"[i % 16]}`);
  at(2, 3, "项目名称");
  at(2, 4, `第${i + 1}号项目工作经费`);
  at(3, 0, "预算规模及资金用途");
  mergeAt(3, 0, 4, 0);
  at(3, 1, "预算数");
  at(3, 2, budget);
  at(3, 3, "其中：财政资金");
  at(3, 4, i % 23 === 22 ? budget - 1 : budget); // budget-sum-mismatch on some
  at(3, 5, "其他资金");
  at(4, 1, `用于第${i + 1}号项目的工作开展`);
  mergeAt(4, 1, 4, 6);
  at(5, 0, "资金支出计划（%）");
  mergeAt(5, 0, 6, 0);
  ["3月底", "6月底", "10月底", "12月底"].forEach((p, k) => at(5, [1, 3, 4, 5][k], p));
  mergeAt(5, 1, 5, 2);
  [0.1, 0.5, 0.8, 1].forEach((f, k) => at(6, [1, 3, 4, 5][k], Math.round(budget * f)));
  mergeAt(6, 1, 6, 2);
  at(7, 0, "绩效目标");
  at(7, 1, `完成第${i + 1}号项目年度工作任务，保障各项工作顺利开展。`);
  mergeAt(7, 1, 7, 6);
  ["一级指标", "二级指标", "三级指标", "绩效指标描述", null, "指标值", "指标值确定依据"].forEach((h, c) => at(8, c, h));
  mergeAt(8, 3, 8, 4);
  let groupStart = -1;
  rows.forEach(([level1, level2, name, value, basis], k) => {
    const r = 9 + k;
    if (level1 !== "" || groupStart < 0) {
      if (groupStart >= 0 && r - 1 > groupStart) mergeAt(groupStart, 0, r - 1, 0);
      groupStart = r;
      at(r, 0, level1);
    }
    at(r, 1, level2);
    at(r, 2, name);
    at(r, 3, name);
    mergeAt(r, 3, r, 4);
    at(r, 5, value);
    at(r, 6, basis);
  });
  const last = 9 + rows.length - 1;
  if (last > groupStart) mergeAt(groupStart, 0, last, 0);
  return top + last + 2; // one blank row between tables
}

/** An empty sheet's values and merges, with `set(row, col, value)` and `merge(top, left, bottom, right)`. */
function sheetWriter() {
  const values = [];
  const merges = [];
  const set = (r, c, v) => {
    while (values.length <= r) values.push([]);
    const line = values[r];
    while (line.length <= c) line.push(null);
    line[c] = v;
  };
  const merge = (top, left, bottom, right) => merges.push({ top, left, bottom, right });
  return { values, merges, set, merge };
}

/** A grid of `count` tables on one sheet, and where each table starts. */
function buildSheet(count, sheet = "绩效目标表") {
  const { values, merges, set, merge } = sheetWriter();
  const starts = [];
  let top = 0;
  for (let i = 0; i < count; i++) {
    starts.push(top);
    top = writeTable(set, merge, top, i);
  }
  return { grid: { sheet, top: 0, left: 0, values, merges }, starts };
}

module.exports = { buildSheet, writeTable, sheetWriter };
