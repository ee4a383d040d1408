/**
 * Synthetic sheets that mix the three layouts, as the seeds do: form tables
 * (form-grid.js), flat tables (the budget systems' exports, as
 * test/helpers/flat-table.ts) and compact lists (Guangzhou's packed cells, as
 * test/helpers/compact-table.ts; one table per project row), stacked with two
 * blank rows between blocks. Every table carries 1–8 defects, chosen by its
 * number, so that each table earns findings as the seeds' tables do (the core
 * section prints the spread it found).
 */
"use strict";

const { sheetWriter, writeTable: writeFormTable } = require("./form-grid");

/** Rotates through a layout's defects: table i gets 1–8 of them, starting at a different one each time. */
function chosen(defects, i) {
  const count = 1 + ((i * 5) % 8);
  const picked = new Set();
  for (let k = 0; k < count && k < defects.length; k++) picked.add((i + k * 3) % defects.length);
  return [...picked].map((k) => defects[k]);
}

/* Form tables: each defect rewrites a value as it is written ([row offset, column, value] → new value or undefined). */
const FORM_DEFECTS = [
  (r, c, v) => (v === "≥99%" ? "≥99百分号" : undefined), // unit-nonstandard
  (r, c, v) => (v === "≥99%" ? "≥XX%" : undefined), // placeholder-unfilled
  (r, c, v) => (c === 2 && v === "办公用房租赁数量" ? "指标1：办公用房租赁数量" : undefined), // text-artifact
  (r, c, v) => (c === 6 && v === "预算支出标准" ? "" : undefined), // basis-missing
  (r, c, v) => (c === 5 && typeof v === "string" && /^≥(8[5-9]|9[0-5])%$/.test(v) ? "≥60%" : undefined), // satisfaction-threshold
  (r, c, v) => (c === 5 && typeof v === "string" && /^\d+间$/.test(v) ? v.replace("间", "") : undefined), // unit-missing
  (r, c, v) => (r === 3 && c === 4 && typeof v === "number" ? v - 1 : undefined), // budget-sum-mismatch
  (r, c, v) => (c === 5 && typeof v === "string" && /^≥([1-9]|1[0-5])%$/.test(v) ? "" : undefined), // value-missing
];

/** A form table; most state the spend plan in percent, one in five in amounts under a （%） label. */
function writeForm(set, merge, top, i) {
  const defects = chosen(FORM_DEFECTS, i);
  const percent = [10, 50, 80, 100];
  const patched = (r, c, v) => {
    let value = v;
    if (r - top === 6 && i % 5 !== 0 && typeof v === "number") value = percent[[1, 3, 4, 5].indexOf(c)];
    for (const defect of defects) {
      const next = defect(r - top, c, value);
      if (next !== undefined) value = next;
    }
    set(r, c, value);
  };
  return writeFormTable(patched, merge, top, i, { defects: false });
}

// As test/helpers/flat-table.ts's FLAT_HEADER, kept in step by hand: cold-check.js loads this file, and the
// TypeScript hook that could load the helper would fill the heap and warm shared caches before the cold check.
const FLAT_HEADER = [
  "一级指标",
  "二级指标",
  "三级指标",
  "指标性质",
  "*指标值",
  "计量单位",
  "*指标解释",
  "*评(扣)分标准",
  "指标值确定依据",
  "备注",
];

function flatRows(i) {
  return [
    ["产出指标", "数量指标", "培训人次", "≥", 300 + (i % 400), "人次", "全年培训人次", "每少10人次扣1分", "计划标准"],
    ["产出指标", "质量指标", "培训合格率", "≥", 90 + (i % 8), "%", "考核合格人数占比", "每低1%扣1分", "历史标准"],
    ["产出指标", "时效指标", "培训完成时间", "≤", "12月底", "", "年底前完成", "未完成不得分", "计划标准"],
    ["成本指标", "经济成本指标", "培训经费", "≤", 20 + (i % 30), "万元", "培训总支出", "超支不得分", "预算支出标准"],
    ["效益指标", "社会效益指标", "从业人员技能水平", "定性", "有效提升", "", "技能水平变化", "酌情扣分", "计划标准"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%", "问卷调查满意度", "每低1%扣1分", "历史标准"],
  ];
}

/* Flat tables: each defect changes the rows in place. */
const FLAT_DEFECTS = [
  (rows) => (rows[0][5] = ""), // unit-missing (a bare 300 人次)
  (rows) => (rows[1][4] = 120), // percent-out-of-range
  (rows) => (rows[3][3] = "≥"), // operator-direction
  (rows) => (rows[2][8] = ""), // basis-missing
  (rows) => (rows[5][2] = "指标1：参训人员满意度"), // text-artifact
  (rows) => (rows[5][4] = 60), // satisfaction-threshold
  (rows) => (rows[0][4] = "XX"), // placeholder-unfilled
  (rows) => (rows[4][4] = ""), // value-missing
];

function writeFlat(set, merge, top, i) {
  const rows = flatRows(i);
  for (const defect of chosen(FLAT_DEFECTS, i)) defect(rows);
  const budget = 20 + (i % 30);
  const head = [
    ["项目支出绩效目标表"],
    ["项目名称", `第${i + 1}号职业技能培训项目`, null, "项目编码", `43060223P${String(100000000000 + i)}`],
    ["主管部门", "岳阳楼区人力资源和社会保障局", null, "实施单位", "岳阳楼区就业服务中心"],
    ["预算数（万元）", budget, "其中：财政资金", budget, "其他资金", 0],
    ["年度绩效目标", `完成第${i + 1}号项目全年职业技能培训任务。`],
    FLAT_HEADER,
    ...rows,
  ];
  head.forEach((line, r) => line.forEach((v, c) => v !== null && v !== undefined && set(top + r, c, v)));
  merge(top, 0, top, 9);
  merge(top + 1, 1, top + 1, 2);
  merge(top + 2, 1, top + 2, 2);
  merge(top + 4, 1, top + 4, 9);
  return top + head.length;
}

function compactItems(i) {
  return [
    ["1", "产出指标", "11", "数量指标", "运维业务系统数量", `${3 + (i % 5)}个`, `${3 + (i % 5)}个`],
    ["1", "产出指标", "12", "质量指标", "系统正常运行率", "≥95%", "≥95%"],
    ["1", "产出指标", "13", "时效指标", "故障响应时间", "≤2小时", "≤2小时"],
    ["2", "效益指标", "22", "社会效益", "无线电安全保障能力", "提升", "提升"],
    ["3", "满意度指标", "31", "服务对象满意度", "服务对象满意度", "≥90%", "≥90%"],
  ];
}

const COMPACT_DEFECTS = [
  (items) => (items[0][6] = items[0][6].replace("个", "套")), // unit-inconsistent
  (items) => (items[1][6] = "≥120%"), // percent-out-of-range
  (items) => (items[2][5] = ""), // value-missing
  (items) => (items[4][6] = "≥60%"), // satisfaction-threshold
  (items) => (items[3][4] = "指标1：无线电安全保障能力"), // text-artifact
  (items) => (items[1][5] = "≥XX%"), // placeholder-unfilled
  (items) => (items[3][2] = "12"), // code-label-mismatch
  (items) => (items[2][6] = "≥2小时"), // operator-direction or unit rules on a deadline
];

function packed(items) {
  return items
    .map((t, k) => `${k + 1}、${t[0]}-${t[1]}；${t[2]}-${t[3]}：${t[4]}；实施周期指标值:${t[5]}；年度指标值:${t[6]}。`)
    .join("");
}

/** A compact list: its header, a unit row and `projects` project rows (one table each). */
function writeCompact(set, merge, top, i, projects) {
  set(top, 0, "项目名称（资金使用单位）");
  set(top, 1, "绩效目标");
  set(top, 2, "绩效指标");
  set(top + 1, 0, `广州市第${(i % 90) + 1}无线电监测站`);
  for (let p = 0; p < projects; p++) {
    const items = compactItems(i + p);
    for (const defect of chosen(COMPACT_DEFECTS, i + p)) defect(items);
    set(top + 2 + p, 0, `第${i + p + 1}号无线电监测运维经费`);
    set(top + 2 + p, 1, `保障第${i + p + 1}号无线电监测系统正常运行。`);
    set(top + 2 + p, 2, packed(items));
  }
  return top + 2 + projects;
}

/* One round of blocks: form, flat, form, a compact list of three projects — 6 tables: 2 form, 1 flat, 3 compact. */
const ROUND = [
  { write: writeForm, tables: 1 },
  { write: writeFlat, tables: 1 },
  { write: writeForm, tables: 1 },
  { write: (set, merge, top, i) => writeCompact(set, merge, top, i, 3), tables: 3 },
];

/**
 * A grid of `count` tables of the three layouts on one sheet; `forms` = where
 * each form table starts (for an edit of a form table's 指标值, as form-grid gives).
 */
function buildMixedSheet(count, sheet = "绩效目标表") {
  const { values, merges, set, merge } = sheetWriter();
  const forms = [];
  const layouts = { form: 0, flat: 0, compact: 0 };
  let top = 0;
  let made = 0;
  for (let b = 0; made < count; b++) {
    const block = ROUND[b % ROUND.length];
    const tables = Math.min(block.tables, count - made);
    if (block.write === writeForm) forms.push(top);
    const layout = block.write === writeForm ? "form" : block.write === writeFlat ? "flat" : "compact";
    layouts[layout] += tables;
    const end =
      tables === block.tables ? block.write(set, merge, top, made) : writeCompact(set, merge, top, made, tables);
    top = end + 2; // two blank rows between blocks
    made += tables;
  }
  return { grid: { sheet, top: 0, left: 0, values, merges }, forms, layouts };
}

module.exports = { buildMixedSheet };
