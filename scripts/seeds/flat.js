/**
 * seeds/flat-sample.xlsx: a small flat-layout sample of our own, shaped like the
 * budget systems' export (spec §2, a published 岳阳楼区 2023 table) and like
 * test/helpers/flat-table.ts. Three tables: one on sheet 培训项目 (the helper's
 * header), two stacked on sheet 社会救助 (a 指标值类型 + 运算符号 header). The
 * defects are planted on purpose; table 3 is meant to be clean.
 */
"use strict";

const { newWorkbook, put, merge } = require("./workbook");

const HEADER_A = ["一级指标", "二级指标", "三级指标", "指标性质", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准", "指标值确定依据", "备注"];
const HEADER_B = ["一级指标", "二级指标", "三级指标", "指标值类型", "运算符号", "*指标值", "计量单位", "*指标解释", "*评(扣)分标准", "指标值确定依据", "备注"];

const TRAINING = {
  head: {
    name: "岳阳楼区职业技能培训补贴项目",
    code: "43060223P000010230018",
    dept: "岳阳楼区人力资源和社会保障局",
    unit: "岳阳楼区就业服务中心",
    budgetLabel: "预算数（万元）",
    budget: 30,
    fiscal: 30,
    other: 0,
    goalLabel: "年度绩效目标",
    goal: "完成全年职业技能培训500人次以上，培训合格率不低于95%，提升从业人员就业技能。",
  },
  header: HEADER_A,
  rows: [
    ["产出指标", "数量指标", "培训人次", "≥", 500, "人次", "全年培训人次", "每少10人次扣1分", "计划标准"],
    ["产出指标", "质量指标", "培训合格率", "＞＝", 95, "%", "考核合格人数占比", "每低1%扣1分", "历史标准"],
    ["产出指标", "时效指标", "培训完成时间", "≤", "12月底", "", "年底前完成", "未完成不得分", "计划标准"],
    // defect: the value carries 万元 while 计量单位 says % (unit-mismatch)
    ["成本指标", "经济成本指标", "培训经费", "≤", "28.8万元", "%", "培训总支出", "超支不得分", "预算支出标准"],
    // defect: a money cost with ＞＝ picked in the comparator column (operator-direction)
    ["成本指标", "经济成本指标", "人均培训补贴标准", "＞＝", 600, "元/人", "按人次核定的培训补贴", "超标准不得分", "预算支出标准"],
    ["效益指标", "社会效益指标", "从业人员技能水平", "定性", "有效提升", "", "技能水平变化", "酌情扣分", "计划标准"],
    ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", 90, "%", "问卷调查满意度", "每低1%扣1分", "历史标准"],
  ],
};

const ASSISTANCE = {
  head: {
    name: "岳阳楼区城乡最低生活保障资金",
    code: "43060223P000010230026",
    dept: "岳阳楼区民政局",
    unit: "岳阳楼区社会救助服务中心",
    budgetLabel: "资金总额（万元）",
    budget: 2600,
    fiscal: 2600,
    other: 0,
    goalLabel: "年度总体绩效目标",
    goal: "保障城乡低保对象基本生活，做到应保尽保，按月足额发放保障金。",
  },
  header: HEADER_B,
  rows: [
    ["产出指标", "数量指标", "城乡低保保障人数", "定量", "≥", 3200, "人", "年度保障对象人数", "每少100人扣1分", "计划标准"],
    // defect: a qualitative value with the unit % (qualitative-with-sign)
    ["产出指标", "质量指标", "低保对象应保尽保", "定性", "定性", "应保尽保", "%", "符合条件的困难群众全部纳入保障", "发现漏保不得分", "行业标准"],
    ["产出指标", "时效指标", "保障金发放及时率", "定量", "＝", 100, "%", "按月足额发放", "每延迟一月扣2分", "计划标准"],
    ["成本指标", "经济成本指标", "城市低保月人均补助标准", "定量", "≤", 650, "元/人", "按省定标准发放", "超标准不得分", "预算支出标准"],
    ["效益指标", "社会效益指标", "困难群众基本生活", "定性", "定性", "有效保障", "", "困难群众基本生活得到保障", "酌情扣分", "计划标准"],
    // defect: the required *指标解释 left empty (field-missing)
    ["满意度指标", "服务对象满意度指标", "保障对象满意度", "定量", "≥", 90, "%", "", "每低1%扣1分", "历史标准"],
  ],
};

const INTERNSHIP = {
  head: {
    name: "岳阳楼区就业见习补贴资金",
    code: "43060223P000010230034",
    dept: "岳阳楼区人力资源和社会保障局",
    unit: "岳阳楼区就业服务中心",
    budgetLabel: "资金总额（万元）",
    budget: 180,
    fiscal: 150,
    other: 30,
    goalLabel: "年度总体绩效目标",
    goal: "组织150名高校毕业生参加就业见习，按时发放见习补贴，提升见习人员就业能力。",
  },
  header: HEADER_B,
  rows: [
    ["产出指标", "数量指标", "就业见习人数", "定量", "＞＝", 150, "人", "全年组织见习人数", "每少10人扣1分", "计划标准"],
    ["产出指标", "质量指标", "见习期满留用率", "定量", "＞＝", 40, "%", "见习期满后被见习单位留用人数占比", "每低1%扣0.5分", "历史标准"],
    ["产出指标", "时效指标", "补贴发放时间", "定量", "＜＝", "12月31日", "", "年底前发放完毕", "未按时发放不得分", "计划标准"],
    ["成本指标", "经济成本指标", "见习补贴标准", "定量", "＜＝", 1900, "元/人", "按当地最低工资标准发放", "超标准不得分", "预算支出标准"],
    ["效益指标", "社会效益指标", "高校毕业生就业能力", "定性", "定性", "有效提升", "", "见习人员就业能力变化", "酌情扣分", "计划标准"],
    ["满意度指标", "服务对象满意度指标", "见习人员满意度", "定量", "＞＝", 90, "%", "问卷调查满意度", "每低1%扣1分", "历史标准"],
  ],
};

/** Writes one table from `top` (1-based); returns the last row written. */
function writeTable(ws, top, t) {
  const width = t.header.length;
  const h = t.head;
  put(ws, top, 1, "项目支出绩效目标表", { border: false, bold: true, center: true });
  merge(ws, top, 1, top, width);
  putRow(ws, top + 1, ["项目名称", h.name, null, "项目编码", h.code]);
  merge(ws, top + 1, 2, top + 1, 3);
  putRow(ws, top + 2, ["主管部门", h.dept, null, "实施单位", h.unit]);
  merge(ws, top + 2, 2, top + 2, 3);
  putRow(ws, top + 3, [h.budgetLabel, h.budget, "其中：财政资金", h.fiscal, "其他资金", h.other]);
  putRow(ws, top + 4, [h.goalLabel, h.goal]);
  merge(ws, top + 4, 2, top + 4, width);
  putRow(ws, top + 5, t.header, { bold: true });
  t.rows.forEach((r, i) => putRow(ws, top + 6 + i, [...r, ...Array(width - r.length).fill(null)]));
  return top + 5 + t.rows.length;
}

function putRow(ws, row, values, opts = {}) {
  values.forEach((v, j) => put(ws, row, j + 1, v === "" ? null : v, opts));
}

function buildFlat() {
  const wb = newWorkbook();
  const training = wb.addWorksheet("培训项目");
  widths(training, HEADER_A.length);
  writeTable(training, 1, TRAINING);
  const assistance = wb.addWorksheet("社会救助");
  widths(assistance, HEADER_B.length);
  const last = writeTable(assistance, 1, ASSISTANCE);
  writeTable(assistance, last + 3, INTERNSHIP);
  return wb;
}

function widths(ws, n) {
  for (let c = 1; c <= n; c++) ws.getColumn(c).width = c === 3 ? 24 : 16;
}

module.exports = { buildFlat, TRAINING, ASSISTANCE, INTERNSHIP };
