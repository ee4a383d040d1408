/**
 * Rows and columns the sheet hides: officers hide a template's old rows and columns rather than delete them, and a
 * hidden row or column is no part of the table as shown and printed. The core reads the table as shown and reports
 * at the sheet's own addresses, never at a hidden cell (corpus syntax: `|` between cells, `<` merged left, `^` up).
 */
import type { Grid } from "../../src/core/grid/grid";
import { lintGrid, recheck, recheckPart } from "../../src/core/lint/lint";
import { onSheet, shownView } from "../../src/core/grid/shown";
import { gridOf } from "../corpus/corpus";

/** The grid with rows and columns hidden, their cells blank as the CLI's reader gives them (a merge shown keeps its value). */
function hiding(text: string, hidden: { rows?: number[]; columns?: number[] }): Grid {
  const grid = gridOf(text);
  const rows = new Set(hidden.rows ?? []);
  const columns = new Set(hidden.columns ?? []);
  const shownOwner = new Set(
    grid.merges
      .filter((m) => {
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++) if (!rows.has(r) && !columns.has(c)) return true;
        return false;
      })
      .map((m) => `${m.top}:${m.left}`),
  );
  const values = grid.values.map((line, r) =>
    line.map((v, c) => ((rows.has(r) || columns.has(c)) && !shownOwner.has(`${r}:${c}`) ? null : v)),
  );
  return {
    ...grid,
    values,
    ...(rows.size ? { hiddenRows: [...rows] } : {}),
    ...(columns.size ? { hiddenColumns: [...columns] } : {}),
  };
}

const findings = (grid: Grid) => lintGrid(grid).diagnostics.map((d) => `${d.cell} ${d.ruleId}`);

describe("a hidden row under a ★ group heading", () => {
  const table = `2024年度项目支出绩效自评表|<|<|<|<
项目名称|特色种养补贴|<|<|<
主管部门|某镇人民政府|<|<|<
年度目标|对64户脱贫户进行补助|<|<|<
一级指标|二级指标|三级指标|年度指标值|全年实际值
产出指标|数量指标|★补助瓜果蔬菜种植面积||
^|^|旧表的指标|10亩|10亩
^|^|梨树种植面积|6亩|6亩
^|^|桃树种植面积||1亩
效益指标|社会效益指标|受益户数|64户|64户
满意度指标|服务对象满意度指标|受益群众满意度|≥90%|95%
成本指标|经济成本指标|补助资金|≤8万元|8万元`;

  test("the heading's sub-rows are the next shown rows: no value missing on the heading, the blank target found", () => {
    const grid = hiding(table, { rows: [6] });
    expect(findings(grid)).toEqual(["D9 value-missing"]);
    const names = lintGrid(grid).tables[0].indicators.map((i) => i.name?.text);
    expect(names).not.toContain("★补助瓜果蔬菜种植面积");
    expect(names).not.toContain("旧表的指标");
  });

  test("its text left in (a grid not blanked) is not read either", () => {
    expect(findings({ ...gridOf(table), hiddenRows: [6] })).toEqual(["D9 value-missing"]);
  });
});

describe("a hidden row under a 二级 that heads its group", () => {
  const table = `项目名称|职业技能培训|<|<
年度目标|培训100人，就业率80%以上|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人数|≥100人
^|质量指标|培训合格率|≥95%
效益指标|社会效益指标|就业率|≥80%
^|生态效益指标||
^|可持续影响指标||
^|^||
^|^|……|
满意度指标|服务对象满意度指标|学员满意度|≥90%
成本指标|经济成本指标|培训成本|≤50万元`;

  test("the spare rows counted are those shown: the heading over its hidden row is none of them", () => {
    const result = lintGrid(hiding(table, { rows: [8] }));
    const spare = result.diagnostics.filter((d) => d.ruleId === "indicator-incomplete");
    expect(spare.map((d) => `${d.cell} ${d.data.count}`)).toEqual(["C7 2"]);
    expect(result.diagnostics.map((d) => d.cell)).not.toContain("C9");
  });
});

describe("a hidden column in the head (a template's 序号 column)", () => {
  // 绩效指标 left of 一级 with the hidden column between: the table had started at 一级, its head labels left out.
  const table = (goal: string, other: string) => `项目支出绩效目标申报表|<|<|<|<|<
项目名称|序号|道路养护|<|<|<
主管部门||某县交通局|<|实施单位|某县公路中心
项目资金（万元）||年度资金总额：|<|50|<
^||其中：财政拨款|<|50|<
^||其他资金|<|${other}|<
年度目标||${goal}|<|<|<
绩效指标|序号|一级指标|二级指标|三级指标|指标值
^|1|产出指标|数量指标|养护里程|≥10公里
^|2|效益指标|社会效益指标|通行条件|有效改善
^|3|满意度指标|服务对象满意度指标|群众满意度|≥90%
^|4|成本指标|经济成本指标|养护成本|≤50万元`;
  const GOAL = "完成道路养护10公里";

  test("the head is read past it: a 其他资金 left blank is blank, not the goal below it", () => {
    const result = lintGrid(hiding(table(GOAL, ""), { columns: [1] }));
    const [t] = result.tables;
    expect(t.id).toBe("S!A1");
    expect(t.other).toMatchObject({ text: "", row: 5, col: 4 });
    expect(t.goal).toMatchObject({ text: GOAL, row: 6, col: 2 });
    expect(result.diagnostics).toEqual([]);
  });

  test("its text left in (序号, 1, 2 …) is not read either", () => {
    expect(findings({ ...gridOf(table(GOAL, "")), hiddenColumns: [1] })).toEqual([]);
  });

  test("funds that do not add up are reported at the shown cell", () => {
    expect(findings(hiding(table(GOAL, "20"), { columns: [1] }))).toEqual(["E5 budget-sum-mismatch"]);
  });

  // 预期目标 | 实际完成情况 over the goal and what was done (a 自评表): the goal had been "missing" in the hidden cell.
  const selfReview = (goal: string) => `2019年度项目支出绩效自评表|<|<|<|<|<
项目名称||暖通改造|<|<|<
主管部门||某市发改委|<|<|<
年度总体目标||预期目标|<|实际完成情况|<
^||${goal}|<|已完成|<
一级指标||二级指标|三级指标|年度指标值|实际完成值
产出指标|1|数量指标|改造面积|≥500平方米|520平方米
效益指标|2|社会效益指标|供暖条件|有效改善|改善
满意度指标|3|服务对象满意度指标|师生满意度|≥90%|95%`;

  test("a goal under its 预期目标 caption is read past it", () => {
    const result = lintGrid(hiding(selfReview("完成暖通改造"), { columns: [1] }));
    expect(result.tables[0].goal).toMatchObject({ text: "完成暖通改造", row: 4, col: 2 });
    expect(result.diagnostics).toEqual([]);
  });

  test("a goal left blank is missing at its shown cell, not at the hidden one", () => {
    expect(findings(hiding(selfReview(""), { columns: [1] }))).toEqual(["C5 field-missing"]);
  });
});

describe("a header merged across a hidden column", () => {
  // A hidden 指标解释 column at D; the designer merged 指标值 over it and the visible value column E.
  const table = (value: string) => `项目名称|道路养护|<|<|<|<
年度目标|完成道路养护10公里|<|<|<|<
一级指标|二级指标|三级指标|指标值|<|指标值确定依据
产出指标|数量指标|养护里程|反映养护里程|${value}|计划标准
效益指标|社会效益指标|通行条件|反映通行条件|有效改善|计划标准
满意度指标|服务对象满意度指标|群众满意度|反映群众满意度|≥90%|历史标准
成本指标|经济成本指标|养护成本|反映养护成本|≤50万元|预算支出标准`;

  test("the values are read in the column shown under it: no value missing in the hidden one", () => {
    const result = lintGrid(hiding(table("≥10公里"), { columns: [3] }));
    expect(result.tables[0].indicators.map((i) => [i.value?.text, i.value?.col])).toEqual([
      ["≥10公里", 4],
      ["有效改善", 4],
      ["≥90%", 4],
      ["≤50万元", 4],
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  test("a target left blank is missing at its shown cell", () => {
    expect(findings(hiding(table(""), { columns: [3] }))).toEqual(["E4 value-missing"]);
  });
});

describe("a grid that hides rows or columns, re-checked", () => {
  const table = `项目名称|序号|道路养护|<|<
年度目标||完成道路养护10公里|<|<
一级指标|序号|二级指标|三级指标|指标值
产出指标|1|数量指标|养护里程|
效益指标|2|社会效益指标|通行条件|有效改善
满意度指标|3|服务对象满意度指标|群众满意度|≥90%
成本指标|4|经济成本指标|养护成本|≤50万元`;

  test("is checked whole, as shown (no host gives hidden rows or columns to a re-check yet)", () => {
    const grid = hiding(table, { columns: [1] });
    const previous = lintGrid(grid);
    expect(previous.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual(["E4 value-missing"]);
    const filled: Grid = {
      ...grid,
      values: grid.values.map((line, r) => (r === 3 ? [...line.slice(0, 4), "≥10公里"] : line)),
    };
    const changed = { top: 3, left: 4, bottom: 3, right: 4 };
    expect(recheck(filled, previous, changed)).toEqual(lintGrid(filled));
    expect(recheck(filled, previous, changed).diagnostics).toEqual([]);
    expect(recheckPart(filled, previous, changed, { top: 0, bottom: 40 })).toBeUndefined();
  });
});

describe("the grid as shown (shownView)", () => {
  test("takes hidden rows and columns out; a merge's value shows in its first shown cell", () => {
    // B hidden: 指标值 merged over B:C shows in C; a merge left in one cell (D1:E1 with E hidden) is no merge.
    const grid: Grid = {
      sheet: "S",
      top: 0,
      left: 0,
      values: [
        ["甲", "指标值", null, "乙", null],
        ["丙", "x", "丁", "戊", "y"],
        ["己", "z", "庚", "辛", "w"],
      ],
      merges: [
        { top: 0, left: 1, bottom: 0, right: 2 },
        { top: 0, left: 3, bottom: 0, right: 4 },
      ],
      hiddenRows: [1],
      hiddenColumns: [1, 4],
    };
    const view = shownView(grid)!;
    expect(view.grid.values).toEqual([
      ["甲", "指标值", "乙"],
      ["己", "庚", "辛"],
    ]);
    expect(view.grid.merges).toEqual([]);
    expect(view.grid.hiddenRows).toBeUndefined();
    expect([0, 1, 2, 3].map(view.cols.toSheet)).toEqual([0, 2, 3, 5]);
    expect([0, 1, 2].map(view.rows.toSheet)).toEqual([0, 2, 3]);
    expect([0, 1, 2, 3].map(view.cols.toView)).toEqual([0, 1, 1, 2]);
  });

  test("puts what was read back at the sheet's addresses, an object met twice copied once", () => {
    const view = shownView({ sheet: "S", top: 0, left: 0, values: [], merges: [], hiddenColumns: [0] })!;
    const part = { text: "50", row: 3, col: 1 };
    const read = { fiscal: part, parts: [part], range: { top: 0, left: 0, bottom: 5, right: 2 }, span: { start: 1 } };
    const moved = onSheet(read, view);
    expect(moved.fiscal).toEqual({ text: "50", row: 3, col: 2 });
    expect(moved.parts[0]).toBe(moved.fiscal);
    expect(moved.range).toEqual({ top: 0, left: 1, bottom: 5, right: 3 });
    expect(moved.span).toEqual({ start: 1 });
    expect(read.fiscal.col).toBe(1);
  });

  test("a grid hiding nothing is read as it is", () => {
    expect(shownView({ sheet: "S", top: 0, left: 0, values: [["a"]], merges: [], hiddenRows: [] })).toBeUndefined();
  });
});
