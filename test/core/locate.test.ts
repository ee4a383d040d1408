/** Location by labels: tolerance of the ways officers write them, and windows. */
import type { CellValue, Grid } from "../../src/core/grid/grid";
import { combineGrids } from "../../src/core/grid/compose";
import { locateTables } from "../../src/core/locate/locate";
import { parseTable } from "../../src/core/parse/parse";
import { lintGrid } from "../../src/core/lint/lint";
import { labelOf, unitLine, isTitle } from "../../src/core/text/labels";
import { buildFormTable, DEFAULT_INDICATORS, type IndicatorRow } from "../helpers/form-table";
import { buildCompactTables, DEFAULT_ITEMS } from "../helpers/compact-table";
import { HEADER_READ_BACK, OVERLAPPING_MERGES } from "../helpers/found-grids";
import { gridOf } from "../corpus/corpus";

const parseAll = (grid: Grid) => locateTables(grid).map((l) => parseTable(grid, l));

describe("labels", () => {
  it.each([
    ["其中：财政    资金", "fiscal"],
    ["其中:财政资金", "fiscal"],
    ["预算数（万元）", "budget"],
    ["预 算 数", "budget"],
    ["年度绩效目标", "goal"],
    ["年度总体绩效目标", "goal"],
    ["资金支出计划（%）", "spendPlan"],
    ["指标值设定依据", "basis"],
    ["取值依据", "basis"],
    ["评（指）标值确定依据", "basis"],
    ["*评(扣)分标准", "scoring"],
    ["＊指标值", "value"],
    ["项目名称（资金使用单位）", "name"],
    ["一级指标\n", "level1"],
  ])("%s is %s", (text, key) => {
    expect(labelOf(text)?.key).toBe(key);
  });

  it("reads money units and required marks, and rejects values", () => {
    expect(labelOf("预算数（万元）")?.moneyUnit).toBe("万元");
    expect(labelOf("预算数(元)")?.moneyUnit).toBe("元");
    expect(labelOf("*指标解释")).toMatchObject({ key: "description", required: true, written: "指标解释" });
    expect(labelOf("集中办公用房租赁数量")).toBeUndefined();
    expect(labelOf("项目名称".repeat(10))).toBeUndefined();
    expect(unitLine("单位：万元")).toBe("万元");
    expect(unitLine("金额单位:元")).toBe("元");
    expect(unitLine("单位名称")).toBeUndefined();
    expect(isTitle("1.企业搬迁改造工作经费绩效目标表")).toBe(true);
    expect(isTitle("项目支出绩效目标表（含转移支付项目）")).toBe(true);
    expect(isTitle("社会公众满意度")).toBe(false);
  });
});

describe("form tables written differently", () => {
  it("finds labels with spaces, full-width colons and bracketed units", () => {
    const { grid } = buildFormTable();
    grid.values[3][3] = "其中：财政    资金";
    grid.values[3][1] = "预算数（元）";
    grid.values[1][6] = "金额单位：元";
    grid.values[8][6] = "评（指）标值确定依据";
    grid.values[7][0] = "年度绩效目标";
    const [t] = parseAll(grid);
    expect(t.fiscal).toMatchObject({ row: 3, col: 4, text: "170" });
    expect(t.moneyUnit).toBe("元");
    expect(t.goal?.row).toBe(7);
    expect(t.hasBasisColumn).toBe(true);
    expect(t.indicators[0].basis?.text).toBe("预算支出标准");
  });

  it("takes the money unit from 预算数（万元） when there is no unit line", () => {
    const { grid } = buildFormTable();
    grid.values[1][6] = null;
    grid.values[3][1] = "预算数（亿元）";
    const [t] = parseAll(grid);
    expect(t.moneyUnit).toBe("亿元");
    expect(t.unit).toBeUndefined();
  });

  it("anchors on the first label when the title and the unit line are missing", () => {
    const { grid } = buildFormTable({ top: 4 });
    grid.values[4] = [];
    grid.values[5] = [];
    const [t] = parseAll(grid);
    expect(t.anchor).toEqual({ row: 6, col: 0 });
    expect(t.id).toBe("Sheet1!A7");
    expect(t.title).toBeUndefined();
    expect(t.range.top).toBe(6);
  });

  it("reads a description written in the second column of its merged header", () => {
    const { grid: built } = buildFormTable({ level1Style: "once" });
    const grid = { ...built, merges: [] };
    grid.values[10][3] = null;
    grid.values[10][4] = "写在右边的描述";
    const [t] = parseAll(grid);
    expect(t.indicators[1].description).toMatchObject({ row: 10, col: 4, text: "写在右边的描述" });
    expect(t.indicators[2].level1).toMatchObject({ text: "产出指标", row: 10 });
    expect(t.indicators[2].level1Inherited).toBe(true);
  });

  it("is not fooled by text around the table", () => {
    const { grid, table } = buildFormTable({ top: 3, left: 2 });
    grid.values[0] = ["附件1", "说明：本表金额单位为万元"];
    grid.values.push([], [], ["注：以上数据来源于部门预算"]);
    expect(parseAll(grid)).toEqual([table]);
  });

  it("finds nothing on empty, ragged or junk grids", () => {
    expect(locateTables({ sheet: "S", top: 0, left: 0, values: [], merges: [] })).toEqual([]);
    expect(
      locateTables({ sheet: "S", top: 0, left: 0, values: [[1, null, "一级指标"], [], [true]], merges: [] }),
    ).toEqual([]);
  });

  it("reads a header once when a later word of it reads back to an earlier column (二级 | 一级 | 一级)", () => {
    // The scan once stepped back to the header's end and read the same cells for ever.
    expect(locateTables(HEADER_READ_BACK).map((l) => l.anchor)).toEqual([{ row: 0, col: 8 }]);
  });

  it("reads a header under overlapping merges (which Excel would repair) without looping", () => {
    expect(locateTables(OVERLAPPING_MERGES)).toEqual([]);
  });

  it("leaves a table published empty alone: a blank template with a note that it has no data, or 无 everywhere", () => {
    const blank = (note: string) =>
      gridOf(`政府性基金预算项目支出绩效目标表|<|<|<|<|<
（2024年度）|<|<|<|<|<
项目名称|<|<|<|<|<
项目资金（万元）|年度资金总额|<|<|<|<
年度绩效目标|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据|
产出指标|数量指标||||
^|质量指标||||
效益指标|社会效益指标||||
满意度指标|服务对象满意度指标||||
${note}|<|<|<|<|<`);
    expect(locateTables(blank("注：本部门2024年无政府性基金预算安排的项目支出，故本表无数据。"))).toEqual([]);
    expect(locateTables(blank("说明：此表为空表。"))).toEqual([]);
    // An instruction for the case is no statement of it, and a blank template with no note is still a table.
    expect(locateTables(blank("注：如无数据，请填写“无”。"))).toHaveLength(1);
    expect(locateTables(blank(""))).toHaveLength(1);
    const none = gridOf(`项目支出绩效目标表|<|<|<|<
项目名称|无|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
无|无|无|无|无`);
    expect(locateTables(none)).toEqual([]);
    // A head that names a project, an amount or a goal is a submission, whatever the note or the marks say
    // (the session's own review).
    const named = gridOf(`2024年项目支出绩效目标表|<|<|<|<
项目名称|农村道路养护|<|<|<
年度绩效目标|完成农村公路养护200公里|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|||
效益指标|社会效益指标|||
注：本表无数据。|<|<|<|<`);
    expect(locateTables(named)).toHaveLength(1);
    const namedNone = gridOf(`项目支出绩效目标表|<|<|<|<
项目名称|农村道路养护|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
无|无|无|无|无`);
    expect(locateTables(namedNone)).toHaveLength(1);
    // An instruction anywhere in its clause, and a later table's title, are no note of this table.
    expect(locateTables(blank("注：如本部门无此类项目，请在表中注明“本表无数据”。"))).toHaveLength(1);
    const stacked = gridOf(`项目支出绩效目标表|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|||
||||
政府性基金预算项目支出绩效目标表（本表无数据）|<|<|<|<`);
    expect(locateTables(stacked).map((l) => l.anchor.row)).toEqual([0]);
    // A filled table keeps its note's words from hiding it.
    const filled = gridOf(`项目支出绩效目标表|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|培训人次|≥300人次|计划标准
注：本表无数据的栏目填“无”。|<|<|<|<`);
    expect(locateTables(filled)).toHaveLength(1);
  });

  it("leaves an example and an indicator library alone by their titles (eighteenth session's review)", () => {
    const titled = (title: string) =>
      gridOf(`${title}|<|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|监测点位建设数量|≥XX个|计划标准`);
    expect(locateTables(titled("项目支出绩效目标表（填报示例）"))).toEqual([]);
    expect(locateTables(titled("生态环境领域项目支出绩效指标库（参考）"))).toEqual([]);
    expect(locateTables(titled("共性绩效指标框架"))).toEqual([]);
    expect(locateTables(titled("项目支出绩效目标表"))).toHaveLength(1);
    // A project about a library is a project.
    expect(locateTables(titled("2024年数字政府指标库建设项目绩效目标表"))).toHaveLength(1);
  });

  it("leaves an evaluation's index system alone: scored, with no column of targets (fifteenth session)", () => {
    const system = (header: string) =>
      gridOf(`事前绩效评估指标体系|<|<|<|<|<
${header}
项目必要性（20分）|政策相关性|与部门职能的相关性|10|符合得10分|
^|需求迫切性|服务对象需求|10|需求明确得10分|
投入经济性（20分）|投入合理性|成本测算依据|10|依据充分得10分|`);
    expect(locateTables(system("一级指标|二级指标|三级指标|分值|评分标准|得分"))).toEqual([]);
    // With a column of targets it is a table to check, scores and all.
    expect(locateTables(system("一级指标|二级指标|三级指标|分值|指标值|得分"))).toHaveLength(1);
  });

  it("leaves a self-assessment's checklist alone: no header word names a target, its 一级 no class (nineteenth session)", () => {
    const checklist = (first: string) =>
      gridOf(`2024年度转移支付项目绩效自评表|<|<|<|<|<|<|<
指标名称|<|<|指标解释|记录|<|未完成原因及改进措施|需提供的支撑材料
一级指标|二级指标|三级指标|^|自评内容|完成情况|^|^
${first}|资金投入|预算编制科学性|预算编制依据充分|资金测算标准|已按要求完成||测算材料
^|资金下达|资金发放及时性|30日内下达|批资金日期|按时下达||资金文件`);
    expect(locateTables(checklist("项目预算管理"))).toEqual([]);
    // With a class of the vocabulary it is a table whose target column went unrecognised: still checked.
    expect(locateTables(checklist("产出指标"))).toHaveLength(1);
  });

  it("leaves an evaluation's index system alone by its 一级 (决策 and 过程, 投入 and 过程), targets or not", () => {
    const framework = (first: string, second: string) =>
      gridOf(`2024年度农村公路养护项目绩效评价指标体系|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|分值|得分
${first}|项目立项|立项依据充分性|充分|3|3
^|绩效目标|绩效目标合理性|合理|3|2
^|资金投入|预算编制科学性|科学|4|4
${second}|资金管理|资金到位率|100%|5|5
^|组织实施|管理制度健全性|健全|4|4
产出|产出数量|养护里程|≥320公里|10|10
效益|项目效益|群众出行条件|明显改善|10|9`);
    expect(locateTables(framework("决策", "过程"))).toEqual([]);
    expect(locateTables(framework("投入", "过程"))).toEqual([]);
    // A 决策 without the framework's 过程 is a target table's wrong 一级: still checked.
    expect(locateTables(framework("决策", "产出"))).toHaveLength(1);
    // Scored, ordered, or in other words (eighteenth session's review): still the framework.
    expect(locateTables(framework("决策（20分）", "过程（20分）"))).toEqual([]);
    expect(locateTables(framework("决策指标(20)", "过程指标(20)"))).toEqual([]);
    expect(locateTables(framework("A决策", "B过程"))).toEqual([]);
    expect(locateTables(framework("一、项目决策", "二、项目管理"))).toEqual([]);
    expect(locateTables(framework("前期工作", "实施过程"))).toEqual([]);
    expect(locateTables(framework("决策（20分）", "产出（40分）"))).toHaveLength(1);
  });
});

describe("form tables side by side, offset vertically", () => {
  /** 甲 at A1, 乙 to its right from row `rightTop` and column `rightLeft`, 丙 under 甲 after `belowGap` rows. */
  function sideBySide(rightTop: number, rightLeft: number, belowGap: number): Grid {
    const a = buildFormTable({ name: "甲" }).grid;
    const b = buildFormTable({ name: "乙", top: rightTop, left: rightLeft }).grid;
    const c = buildFormTable({ name: "丙", top: a.values.length + belowGap }).grid;
    return combineGrids("S", [a, b, c]);
  }
  const names = (grid: Grid) => parseAll(grid).map((t) => `${t.name?.text}@${t.anchor.row},${t.anchor.col}`);

  it("reads 丙 and 乙 where 丙's indicator header row runs into 乙's head block across one blank column", () => {
    // Row 35 holds 丙's 一级指标 … 指标值确定依据 (A–G), then, past a blank H, 乙's 项目编码 and 项目名称: read as
    // one list-export header, that made a table of every row below (其中：财政资金, 6月底 …) and lost both.
    expect(names(sideBySide(32, 8, 11))).toEqual(["甲@0,0", "丙@26,0", "乙@32,8"]);
  });

  it("reads 丙 and 乙 when they touch (no blank column between): a head label right of 三级 ends the header", () => {
    // 乙's `项目编码` stands right after 丙's 指标值确定依据: read as a list export's project field, it lost 丙.
    const tables = parseAll(sideBySide(32, 7, 11));
    expect(tables.map((t) => [t.name?.text, t.indicators.length])).toEqual([
      ["甲", 6],
      ["丙", 6],
      ["乙", 6],
    ]);
    expect(lintGrid(sideBySide(32, 7, 11)).diagnostics.map((d) => `${d.ruleId}@${d.cell}`)).toEqual([
      "spend-plan-label@A6",
      "spend-plan-label@A32",
      "spend-plan-label@H38",
    ]);
  });

  it("reads exactly the three tables at every offset", () => {
    const wrong: string[] = [];
    for (let rightTop = 0; rightTop <= 40; rightTop++)
      for (let rightLeft = 8; rightLeft <= 12; rightLeft++)
        for (const belowGap of [2, 5, 8, 11]) {
          const found = parseAll(sideBySide(rightTop, rightLeft, belowGap)).map((t) => t.name?.text);
          if (found.sort().join("") !== "丙乙甲")
            wrong.push(`${rightTop},${rightLeft},${belowGap}: ${found.join(" ")}`);
        }
    expect(wrong).toEqual([]);
  });
});

describe("where a table's indicators end", () => {
  /** The form table with `rows` written right under its last indicator row (after `gap` blank rows). */
  function withRowsBelow(rows: CellValue[][], gap = 0): Grid {
    const { grid } = buildFormTable({ name: "甲" });
    return { ...grid, values: [...grid.values, ...Array.from({ length: gap }, () => []), ...rows] };
  }
  const indicatorCount = (grid: Grid) => parseAll(grid).map((t) => t.indicators.length);

  it.each([
    ["填报说明：1.指标值应当量化；2.定性指标填写“达成年度目标”等。"],
    ["注：1.本表由项目单位填写，经主管部门审核后报财政局备案；2.指标值应当量化，不能量化的用定性描述。"],
    ["说明：绩效目标应当与预算资金量相匹配，指标值应当清晰、可衡量，并与部门职责相关联。"],
  ])("ends at a note in the first column, however long, merged across or not: %s", (note) => {
    const rows = buildFormTable({ name: "甲" }).table.indicators.length;
    expect(indicatorCount(withRowsBelow([[note]]))).toEqual([rows]);
    expect(indicatorCount(withRowsBelow([[note]], 1))).toEqual([rows]);
  });

  it.each([
    [[null, null, "填表人：张三", null, null, "联系电话：12345678"]],
    [[null, null, "注：本表由单位填写"]],
    [[null, null, "（单位盖章）"]],
    [[null, null, "财政部门审核意见"]],
    [[null, null, "合计", null, null, 170]],
    [[null, null, "填表人", "张三", null, "联系电话", "13800000000"]],
    [[null, null, "单位负责人", "张三"]],
    [[null, null, "备注", "本表金额单位为万元"]],
  ])("ends at a sign-off, note or total written in the names' column: %j", (row) => {
    const rows = buildFormTable({ name: "甲" }).table.indicators.length;
    expect(indicatorCount(withRowsBelow([row]))).toEqual([rows]);
  });

  it.each(["注射疫苗覆盖率", "注册企业数量", "说明会召开次数", "附件资料完整率", "资金总额", "其他资金"])(
    "goes on past an indicator named %s whose 一级 and 二级 are blank (merged from above)",
    (name) => {
      const indicators = DEFAULT_INDICATORS.map((r) => [...r] as IndicatorRow);
      indicators.splice(2, 0, ["", "", name, "说明", "≥50户", "计划标准"]);
      const { grid } = buildFormTable({ name: "甲", indicators });
      expect(indicatorCount(grid)).toEqual([indicators.length]);
    },
  );
});

describe("windows", () => {
  function sheetOf(n: number): Grid {
    const built = Array.from({ length: n }, (_, i) => buildFormTable({ top: i * 18, name: `项目${i}` }).grid);
    return combineGrids("Sheet1", built);
  }

  it("returns the tables whose anchor is inside the window", () => {
    const grid = sheetOf(5);
    const all = locateTables(grid);
    expect(all.map((l) => l.anchor.row)).toEqual([0, 18, 36, 54, 72]);
    expect(locateTables(grid, { top: 18, left: 0, bottom: 40, right: 6 }).map((l) => l.anchor.row)).toEqual([18, 36]);
    expect(locateTables(grid, { top: 19, left: 0, bottom: 35, right: 6 })).toEqual([]);
    expect(locateTables(grid, { top: 54, left: 0, bottom: 54, right: 0 })).toEqual([all[3]]);
  });

  it("picks a compact list up in the middle, with the unit in force", () => {
    const projects = ["甲", "乙", "丙", "丁"].map((name) => ({ name, goal: "目标", items: DEFAULT_ITEMS.slice(0, 1) }));
    const { grid, tables } = buildCompactTables({ projects });
    const found = locateTables(grid, { top: 4, left: 0, bottom: 4, right: 2 }).map((l) => parseTable(grid, l));
    expect(found).toEqual([tables[2]]);
    const bare = { layout: "compact" as const, range: tables[3].range, anchor: tables[3].anchor };
    expect(parseTable(grid, bare)).toEqual(tables[3]);
  });
});

describe("a table without a title under another", () => {
  const lower = (top: string) => `${top}
项目名称|乙项目|<|<|<
预算数（万元）|100|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|乙数量|≥5个|计划标准
成本指标|经济成本指标|乙成本|≤100万元|预算支出标准
效益指标|社会效益指标|乙效益|明显提升|计划标准
满意度指标|服务对象满意度指标|乙满意度|≥90%|计划标准`;
  const upper = `项目名称|甲项目|<|<|<
预算数（万元）|50|<|<|<
一级指标|二级指标|三级指标|指标值|指标值确定依据
产出指标|数量指标|完成时间|≤12月|计划标准
成本指标|经济成本指标|甲成本|≤50万元|预算支出标准
效益指标|社会效益指标|甲效益|明显提升|计划标准
满意度指标|^|^|^|^`;

  it.each([
    ["right under it", upper],
    ["under its sign-off", `${upper}\n填报人：张三|<|联系电话：13800000000|<|<`],
    ["under its score row", `${upper}\n总分|<|<|<|90`],
  ])("takes its own head block, %s (labels such as 指标值确定依据 do not carry the walk up)", (_, top) => {
    const result = lintGrid(gridOf(lower(top)));
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text])).toEqual([
      ["甲项目", "50"],
      ["乙项目", "100"],
    ]);
    expect(new Set(result.tables.map((t) => t.id)).size).toBe(2);
    expect(result.diagnostics.filter((d) => d.ruleId === "cost-over-budget")).toEqual([]);
  });
});

describe("tables whose head is written `标签：值` in one row", () => {
  it("a row of such labels ends the table above and heads the next (its budget with its unit counts)", () => {
    const result = lintGrid(
      gridOf(`项目名称：甲|<|项目编码：11010524T000001234567|<|预算数：360万元|<
一级指标|二级指标|三级指标|指标性质|指标值|度量单位
产出指标|数量指标|补贴驿站数量|≥|30|家
项目名称：乙|<|项目编码：11010524T000001234568|<|预算数：80万元|<
一级指标|二级指标|三级指标|指标性质|指标值|度量单位
成本指标|经济成本指标|保险费用|≤|100|万元`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text, t.indicators.length])).toEqual([
      ["甲", "360万元", 1],
      ["乙", "80万元", 1],
    ]);
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`).filter((f) => !f.includes("level1-missing"))).toEqual(
      ["E6 cost-over-budget"],
    );
  });
});

describe("a compact list with a totals row right under its header", () => {
  it("reads past the totals row and finds the projects below", () => {
    const result = lintGrid(
      gridOf(`项目名称（资金使用单位）|绩效目标|绩效指标
合计||
培训经费|开展培训。|1、1-产出指标；11-数量指标：培训场次；实施周期指标值:20场；年度指标值:20场。2、3-满意度指标；31-服务对象满意度：学员满意度；实施周期指标值:≥90%；年度指标值:≥90%。`),
    );
    expect(result.tables.map((t) => [t.layout, t.name?.text, t.indicators.length])).toEqual([
      ["compact", "培训经费", 2],
    ]);
  });
});

describe("a list whose first column names the unit on its own row, then each project (云南)", () => {
  it("reads each project under `单位名称、项目名称`, and no unit row as a project", () => {
    const result = lintGrid(
      gridOf(`预算项目支出绩效目标表|<|<|<|<|<|<|<
单位名称、项目名称|项目年度绩效目标|一级指标|二级指标|三级指标|指标性质|指标值|度量单位
昆明市五华区卫生健康局|||||||
计划生育特别扶助资金|足额兑现扶助金。|产出指标|数量指标|扶助对象人数|=|1260|人
^|^|满意度指标|服务对象满意度指标|扶助对象满意度|≥|90|%
昆明市五华区教育体育局|||||||
学生资助资金|保障困难学生就学。|产出指标|数量指标|资助学生人数|≥|3000|人次
^|^|满意度指标|服务对象满意度指标|学生满意度|≥|90|%`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.indicators.length])).toEqual([
      ["计划生育特别扶助资金", 2],
      ["学生资助资金", 2],
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
  });
});

describe("中期 and 年度 sets side by side, each with its own 一级, captioned over the goals (河北)", () => {
  it("is one table with the year's budget, not two halves", () => {
    const result = lintGrid(
      gridOf(`项目支出绩效目标申报表|<|<|<|<|<|<|<|<
项目名称|城区道路亮化维护|<|<|<|<|<|<|<
项目资金（万元）|中期资金总额：|<|<|540|年度资金总额：|<|<|180
^|其中：财政拨款|<|<|540|其中：财政拨款|<|<|180
总体目标|中期目标（2025年-2027年）|<|<|<|年度目标|<|<|<
^|三年内完成老旧路灯LED改造3000盏。|<|<|<|完成老旧路灯LED改造1000盏。|<|<|<
绩效指标|一级指标|二级指标|三级指标|指标值|一级指标|二级指标|三级指标|指标值
^|产出指标|数量指标|LED路灯改造数量|3000盏|产出指标|数量指标|LED路灯改造数量|1000盏
^|成本指标|经济成本指标|路灯改造成本|≤360万元|成本指标|经济成本指标|路灯改造成本|≤120万元
^|效益指标|社会效益指标|夜间出行安全保障|有效保障|效益指标|社会效益指标|夜间出行安全保障|有效保障
^|满意度指标|服务对象满意度指标|市民满意度|≥90%|满意度指标|服务对象满意度指标|市民满意度|≥90%`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text])).toEqual([["城区道路亮化维护", "180"]]);
    expect(result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
  });
});

describe("a list's unit rows carrying their projects' total, under a slash-joined header (云南)", () => {
  it("reads no unit row as a project, though it has an amount", () => {
    const result = lintGrid(
      gridOf(`预算项目支出绩效目标表|<|<|<|<|<|<|<|<
单位名称/项目名称|预算金额（万元）|项目年度绩效目标|一级指标|二级指标|三级指标|指标性质|指标值|度量单位
昆明市五华区卫生健康局|60||||||
计划生育特别扶助资金|60|足额兑现扶助金。|产出指标|数量指标|扶助对象人数|=|1260|人
^|^|^|满意度指标|服务对象满意度指标|扶助对象满意度|≥|90|%`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text, t.indicators.length])).toEqual([
      ["计划生育特别扶助资金", "60", 2],
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
  });
});

describe("a list's unit rows named in any way, carrying their projects' total", () => {
  it("reads a row whose amount is the total of the projects below it as the unit's, not a project", () => {
    const result = lintGrid(
      gridOf(`预算项目支出绩效目标表|<|<|<|<|<|<|<|<
单位名称、项目名称|预算金额（万元）|项目年度绩效目标|一级指标|二级指标|三级指标|指标性质|指标值|度量单位
昆明市五华区总工会|30||||||
困难职工帮扶资金|20|帮扶困难职工。|产出指标|数量指标|帮扶困难职工人数|≥|300|人
^|^|^|满意度指标|服务对象满意度指标|职工满意度|≥|90|%
职工疗休养经费|10|组织职工疗休养。|产出指标|数量指标|疗休养人数|≥|100|人
^|^|^|满意度指标|服务对象满意度指标|职工满意度|≥|90|%`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.budget?.text])).toEqual([
      ["困难职工帮扶资金", "20"],
      ["职工疗休养经费", "10"],
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.cell} ${d.ruleId}`)).toEqual([]);
  });

  it("keeps a project with an amount and no targets yet where the list names units in a column of their own", () => {
    const result = lintGrid(
      gridOf(`项目支出绩效目标表|<|<|<|<|<|<|<|<|<
单位名称|项目名称|预算金额（万元）|项目年度绩效目标|一级指标|二级指标|三级指标|指标性质|指标值|度量单位
某区卫生健康局|某区妇幼保健院|120|||||||
某区卫生健康局|基本公共卫生服务补助|200|提供基本公共卫生服务。|产出指标|数量指标|建档人数|≥|50000|人
^|^|^|^|满意度指标|服务对象满意度指标|居民满意度|≥|85|%`),
    );
    expect(result.tables.map((t) => [t.name?.text, t.indicators.length])).toEqual([
      ["某区妇幼保健院", 0],
      ["基本公共卫生服务补助", 2],
    ]);
  });
});
