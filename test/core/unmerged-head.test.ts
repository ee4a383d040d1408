/**
 * Merged cells exported unmerged: systems' exports and web copies lose merges, leaving blank cells beside a label or
 * the label's text repeated in each cell it covered. Each table must read as its merged twin does (corpus syntax:
 * `|` between cells, `<` merged left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Field } from "../../src/core/model/table";
import { gridOf } from "../corpus/corpus";

const text = (f: Field | undefined) => (f ? f.text : "-");

/** The first table's head fields, its indicator count, and every finding as `A1 rule`. */
function read(table: string) {
  const result = lintGrid(gridOf(table));
  const [t] = result.tables;
  return {
    head: {
      name: text(t.name),
      budget: text(t.budget),
      fiscal: text(t.fiscal),
      other: text(t.other),
      goal: text(t.goal),
    },
    indicators: t.indicators.length,
    findings: result.diagnostics.map((d) => `${d.cell} ${d.ruleId}`),
  };
}

const TRAINING_ROWS = `一级指标|二级指标|三级指标|指标值|度量单位|备注
产出指标|数量指标|培训次数|≥2|次|
效益指标|社会效益指标|业务水平|提升||
满意度指标|服务对象满意度指标|学员满意度|≥90|%|`;

describe("unmerged: a goal label, blank cells, then another label on its row", () => {
  // A 自评表's goal row: `项目年度目标` merged over three columns, `年度目标完成情况` beside it, their texts under them.
  const selfAssessment = (goalRow: string, textRow: string) => `项目名称|培训经费|<|<|<|<
${goalRow}
${textRow}
预算数|10|<|<|<|<
${TRAINING_ROWS}`;

  test("the goal is the text below the label, as in the merged twin (no false field-missing)", () => {
    const merged = read(
      selfAssessment("项目年度目标|<|<|年度目标完成情况|<|<", "开展业务培训2次。|<|<|完成培训2次。|<|<"),
    );
    const unmerged = read(selfAssessment("项目年度目标|||年度目标完成情况||", "开展业务培训2次。|||完成培训2次。||"));
    expect(merged.head.goal).toBe("开展业务培训2次。");
    expect(unmerged.head.goal).toBe("开展业务培训2次。");
    expect(unmerged.findings).toEqual(merged.findings);
    expect(unmerged.findings).not.toContain("B2 field-missing");
  });

  test("the label column merged down on its left, then copied down (`项目基本情况`)", () => {
    const table = `项目名称|培训经费|<|<|<|<
项目基本情况|项目年度目标|||年度目标完成情况|
项目基本情况|开展业务培训2次。|||完成培训2次。|
预算数|10|<|<|<|<
${TRAINING_ROWS}`;
    expect(read(table).head.goal).toBe("开展业务培训2次。");
  });

  test("a goal left blank, only the result written under its own label: still missing", () => {
    const { head, findings } = read(selfAssessment("项目年度目标|||年度目标完成情况||", "|||完成培训2次。||"));
    expect(head.goal).toBe("");
    expect(findings).toContain("B2 field-missing");
  });

  test("the next label the head words do not name, its value beside it (`项目属性 | 新增项目`)", () => {
    const table = `项目名称|培训经费|<|<|<|<
年度绩效目标|||项目属性|新增项目|
开展业务培训2次。|||||
预算数|10|<|<|<|<
${TRAINING_ROWS}`;
    expect(read(table).head.goal).toBe("开展业务培训2次。");
  });

  test("a flat head's labels over their values, blank cells between (`项目名称 | | 主管部门 | | 预算数`)", () => {
    const table = `项目名称||主管部门||预算数|
培训经费||某局||10|
年度绩效目标|开展业务培训2次|<|<|<|<
${TRAINING_ROWS}`;
    expect(read(table).head).toMatchObject({ name: "培训经费", budget: "10" });
  });

  test("a funds row unmerged (`预算数 | | 财政资金 | | 其他资金` over the amounts)", () => {
    const funds = (labels: string, amounts: string) => `项目名称|培训经费|<|<|<|<|<
项目资金|${labels}
^|${amounts}
年度绩效目标|开展业务培训2次|<|<|<|<|<
一级指标|二级指标|三级指标|指标值|度量单位|指标值确定依据|备注
产出指标|数量指标|培训次数|≥2|次|计划标准|
成本指标|经济成本指标|培训成本|≤100|万元|预算支出标准|
效益指标|社会效益指标|业务水平|提升||计划标准|
满意度指标|服务对象满意度指标|学员满意度|≥90|%|计划标准|`;
    const merged = read(funds("预算数|<|财政资金|<|其他资金|<", "100|<|80|<|20|<"));
    const unmerged = read(funds("预算数||财政资金||其他资金|", "100||80||20|"));
    expect(unmerged.head).toMatchObject({ budget: "100", fiscal: "80", other: "20" });
    expect(unmerged.findings).toEqual(merged.findings);
  });

  test("a blank name stays missing where the text below has a label of its own on its left", () => {
    const table = `项目信息|项目名称|||项目类型|专项业务费
年度目标|开展业务培训2次。|||||
预算数|10|<|<|<|<
${TRAINING_ROWS}`;
    const { head, findings } = read(table);
    expect(head).toMatchObject({ name: "", goal: "开展业务培训2次。" });
    expect(findings).toContain("C1 field-missing");
  });

  test("a blank name stays missing where a label stands below it", () => {
    const table = `项目名称|||项目类型|专项业务费|
主管部门|某局||||
年度绩效目标|开展业务培训2次|<|<|<|<
预算数|10|<|<|<|<
${TRAINING_ROWS}`;
    const { head, findings } = read(table);
    expect(head.name).toBe("");
    expect(findings).toContain("B1 field-missing");
  });
});

describe("unmerged: a caption column left of 一级 copied down each row", () => {
  const withCaption = (caption: (row: number) => string) => `项目名称|培训经费|<|<|<
预算数|10|<|<|<
年度绩效目标|开展业务培训2次|<|<|<
${caption(0)}|一级指标|二级指标|三级指标|指标值
${caption(1)}|产出指标|数量指标|培训次数|≥2次
${caption(2)}|效益指标|社会效益指标|业务水平|提升
${caption(3)}|满意度指标|服务对象满意度指标|学员满意度|≥120%`;
  const FINDINGS = ["B4 level1-missing", "E7 percent-out-of-range"];

  test("a caption that is a head label (`年度绩效目标(90分)`) ends no block: its rows are read", () => {
    const merged = read(withCaption((r) => (r === 0 ? "年度绩效目标(90分)" : "^")));
    const copied = read(withCaption(() => "年度绩效目标(90分)"));
    expect(merged).toMatchObject({ indicators: 3, findings: FINDINGS });
    expect(copied).toMatchObject({ indicators: 3, findings: FINDINGS });
    expect(read(withCaption(() => "年度绩效目标"))).toMatchObject({ indicators: 3, findings: FINDINGS });
  });

  test("a caption that is no head label was read already (`绩效指标`), and still is", () => {
    expect(read(withCaption(() => "绩效指标"))).toMatchObject({ indicators: 3, findings: FINDINGS });
  });

  test("the next table's head right under the copied rows still ends the block", () => {
    const table = `${withCaption(() => "年度绩效目标(90分)")}
项目名称|乙项目|<|<|<
预算数|20|<|<|<
年度绩效目标|开展业务培训3次|<|<|<
年度绩效目标(90分)|一级指标|二级指标|三级指标|指标值
年度绩效目标(90分)|产出指标|数量指标|培训次数|≥3次
年度绩效目标(90分)|满意度指标|服务对象满意度指标|学员满意度|≥90%`;
    const result = lintGrid(gridOf(table));
    expect(result.tables.map((t) => [t.id, t.name?.text, t.indicators.length])).toEqual([
      ["S!A1", "培训经费", 3],
      ["S!A8", "乙项目", 2],
    ]);
  });

  test("a different caption on a group's rows is no copy: it ends the block as the merged twin's does", () => {
    const caption = (r: number) => (r === 3 ? "年度绩效目标" : "绩效指标");
    const merged = (r: number) => (r === 0 ? "绩效指标" : r === 3 ? "年度绩效目标" : "^");
    expect(read(withCaption(caption)).indicators).toBe(read(withCaption(merged)).indicators);
  });
});

describe("unmerged: a head label's text repeated in the cells its merge covered", () => {
  test("`项目名称: | 项目名称: | 项目名称:` with nothing after it: the name is missing, not the label below", () => {
    const table = (row2: string, row3: string) => `绩效目标表|<|<|<|<
${row2}
${row3}
整体目标: 组织开展食品安全宣传培训工作|<|<|<|<
一级指标|二级指标|三级指标|指标值|度量单位
产出指标|数量指标|培训次数|2|次
效益指标|社会效益指标|食品安全意识|提升|
满意度指标|服务对象满意度指标|群众满意度|90|%`;
    const merged = read(table("单位信息: 324001-某局机关|<|项目名称:|<|<", "主管部门: 324-某部门|<|项目经办人:|<|<"));
    const copied = read(
      table(
        "单位信息: 324001-某局机关|单位信息: 324001-某局机关|项目名称:|项目名称:|项目名称:",
        "主管部门: 324-某部门|主管部门: 324-某部门|项目经办人:|项目经办人:|项目经办人:",
      ),
    );
    expect(merged.head.name).toBe("");
    expect(copied.head.name).toBe("");
    expect(copied.findings).toEqual(merged.findings);
    expect(copied.findings).toContain("C2 field-missing");
  });

  const funds = (fiscal: string, other: string) => `项目名称|物业管理|<|<|<
项目资金(万元)|年度资金总额:|<|1125|<
^|${fiscal}
^|${other}
年度目标|维护安置小区安全巡逻及物业日常管理|<|<|<
一级指标|二级指标|三级指标|指标值|<
产出指标|数量指标|安置小区数量|8个|<
效益指标|社会效益指标|居住环境|改善|<
满意度指标|服务对象满意度指标|居民满意度|≥90%|<`;
  const MERGED = read(funds("其中:财政拨款|<|1125|<", "其他资金|<||<"));

  test("`其中:财政拨款 | 其中:财政拨款 | 1125`: the amount after the copy (no false sum error)", () => {
    const copied = read(funds("其中:财政拨款|其中:财政拨款|1125|<", "其他资金|<||<"));
    expect(MERGED.head).toMatchObject({ budget: "1125", fiscal: "1125", other: "" });
    expect(copied.head).toMatchObject({ budget: "1125", fiscal: "1125", other: "" });
    expect(copied.findings).toEqual(MERGED.findings);
    expect(copied.findings).not.toContain("B3 budget-sum-mismatch");
  });

  test("`其他资金 | 其他资金 | ` left blank: blank, not the goal text below", () => {
    const copied = read(funds("其中:财政拨款|<|1125|<", "其他资金|其他资金||<"));
    expect(copied.head).toMatchObject({ fiscal: "1125", other: "" });
    expect(copied.findings).toEqual(MERGED.findings);
  });

  test("the amount merged over two cells copied too (`1125 | 1125`), and the total's label copied", () => {
    expect(read(funds("其中:财政拨款|其中:财政拨款|1125|1125", "其他资金|<||<")).findings).toEqual(MERGED.findings);
    const totalCopied = read(
      funds("其中:财政拨款|其中:财政拨款|1125|<", "其他资金|<||<").replace(
        "年度资金总额:|<|1125",
        "年度资金总额:|年度资金总额:|1125",
      ),
    );
    expect(totalCopied.head).toMatchObject({ budget: "1125", fiscal: "1125" });
    expect(totalCopied.findings).toEqual(MERGED.findings);
  });
});

describe("unmerged: what stays a blank value (the session's own review)", () => {
  const rows = `一级指标|二级指标|三级指标|指标值
产出指标|数量指标|培训人次|≥100人次
成本指标|经济成本指标|培训成本|≤10万元
效益指标|社会效益指标|技能提升|明显提升
满意度指标|服务对象满意度指标|学员满意度|≥90%`;

  test.each(["项目负责人", "建设内容", "实施地点", "经办人"])(
    "a row of pairs (`项目名称 | | 主管部门 | XX局`) over a row of labels (`%s | | 联系电话 |`): the name is blank",
    (label) => {
      const got = read(`项目名称||主管部门|XX局
${label}||联系电话|
预算数|10|<|<
年度目标|开展培训|<|<
${rows}`);
      expect(got.head.name).toBe("");
      expect(got.findings).toContain("B1 field-missing");
    },
  );

  test("a blank budget beside a paired label, labels below (`预算数 | | 项目属性 | 新增` over `实施期限 | | …`)", () => {
    const got = read(`项目名称|培训|<|<
预算数||项目属性|新增
实施期限||项目类型|专项
年度目标|开展培训|<|<
${rows}`);
    expect(got.head.budget).toBe("");
    expect(got.findings).toContain("B2 field-missing");
  });

  test("a blank name over a funds table's caption and headers (`资金情况(万元) | | 全年预算数(A) | …`): the name is blank", () => {
    const got = read(`绩效目标自评表 (2019年度)|<|<|<|<|<|<
项目名称||实施单位|<|<|<|<
资金情况(万元)||全年预算数(A)|全年执行数(B)|分值|执行率(B/A)|得分
^|年度资金总额:|30|30|10|100%|10
^|其中:本年财政拨款|30|30|10|100%|10
年度目标|开展培训|<|<|<|<|<
${rows}`);
    expect(got.head.name).toBe("");
    expect(got.findings).toContain("B2 field-missing");
  });

  test("a goal heading and its text each written in every cell of their merge: the text is the goal", () => {
    const got = read(`项目名称|培训|<|<
预算数|10|<|<
年度绩效目标|年度绩效目标|年度绩效目标|年度绩效目标
开展培训100人次|开展培训100人次|开展培训100人次|开展培训100人次
${rows}`);
    expect(got.head.goal).toBe("开展培训100人次");
    expect(got.findings).toEqual([]);
  });

  test("a budget label and its amount each written in every cell of their merge: the amount is the budget", () => {
    const got = read(`项目名称|培训|<|<
预算数|预算数|预算数|预算数
100|100|100|100
年度目标|开展培训|<|<
${rows}`);
    expect(got.head.budget).toBe("100");
    expect(got.findings).toEqual([]);
  });
});
