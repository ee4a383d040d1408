/**
 * The template's own words with their digits typed full-width (a Chinese input method): `指标２`, `指标１：`,
 * `（２０１９年度）`, `（５０分）`, `目标内容１：`. They read as the half-width words do (corpus syntax: `|` between cells,
 * `<` merged left, `^` merged up).
 */
import { lintGrid } from "../../src/core/lint/lint";
import type { Diagnostic } from "../../src/core/model/diagnostic";
import { tableYear } from "../../src/core/model/table-year";
import { gridOf } from "../corpus/corpus";

const FULL_WIDTH_DIGITS = (text: string) =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const HALF_WIDTH_DIGITS = (text: string) =>
  text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

function findings(table: string): Diagnostic[] {
  return lintGrid(gridOf(table)).diagnostics;
}

/** Every finding as `A1 rule severity message → fixes`, its digits half-width (a message quotes the cell). */
function shown(table: string): string[] {
  return findings(table).map((d) => {
    const fixes = [d.fix, ...(d.suggestions ?? [])].map((f) => f?.replacement ?? "-").join(" / ");
    return HALF_WIDTH_DIGITS(`${d.cell} ${d.ruleId} ${d.severity} ${d.message.zh} → ${fixes}`);
  });
}

const cells = (table: string) => findings(table).map((d) => `${d.cell} ${d.ruleId}`);

/** 安徽's 自评表 template: `指标1：` before each name, `指标2` rows left blank. `#` marks the template's digits. */
const SELF_ASSESSMENT = `2024年度项目支出绩效自评表|<|<|<
项目名称|道路养护|<|<
主管部门|某县交通局|<|<
年度目标|完成道路养护10公里|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|指标#1:养护里程|≥10公里
^|^|指标#2|
^|质量指标|指标#1:验收合格率|100%
^|^|指标#2|
效益指标|社会效益指标|指标#1:通行条件|有效改善
满意度指标|服务对象满意度指标|指标#1:群众满意度|≥90%
成本指标|经济成本指标|指标#1:养护成本|≤50万元`;

const typed = (template: string, full: boolean) =>
  template.replace(/#(\d)/g, (_, d: string) => (full ? FULL_WIDTH_DIGITS(d) : d));

describe("the template's numbering typed full-width (`指标１：`, `指标２`)", () => {
  const full = typed(SELF_ASSESSMENT, true);
  const half = typed(SELF_ASSESSMENT, false);

  test("a blank `指标２` row is the template's placeholder: no value-missing, no indicator-duplicate", () => {
    expect(cells(full)).not.toContain("D7 value-missing");
    expect(cells(full)).not.toContain("D9 value-missing");
    expect(cells(full)).not.toContain("C9 indicator-duplicate");
    expect(cells(full)).toContain("C7 indicator-incomplete");
  });

  test("`指标１:` before a name is the template's numbering, removed by text-artifact's fix", () => {
    const prefix = findings(full).find((d) => d.cell === "C6" && d.ruleId === "text-artifact");
    expect(prefix?.message.zh).toContain("编号前缀“指标１:”");
    expect(prefix?.fix?.replacement).toBe("养护里程");
  });

  test("the findings are the half-width twin's", () => {
    expect(shown(full)).toEqual(shown(half));
  });

  test("a name that goes on from the number keeps it (`指标３个村覆盖数`, `指标２０２４年完成数`)", () => {
    const table = half
      .replace("指标1:验收合格率|100%", `${FULL_WIDTH_DIGITS("指标3")}个村覆盖数|3个`)
      .replace("指标1:通行条件|有效改善", `${FULL_WIDTH_DIGITS("指标2024")}年完成数|≥5个`);
    expect(cells(table)).not.toContain("C8 text-artifact");
    expect(cells(table)).not.toContain("C10 text-artifact");
  });
});

describe("a year line typed full-width (`（２０１９年度）`)", () => {
  const table = (year: string) => `项目支出绩效目标表|<|<|<
${year}|<|<|<
项目名称|道路养护|<|<
主管部门|某县交通局|<|<
年度目标|完成道路养护10公里|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|养护里程|≥10公里
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%`;

  test.each(["（２０１９年度）", "(２０１９年度)", "(　２０１９　年度)"])("%s gives the table's year", (line) => {
    const [read] = lintGrid(gridOf(table(line))).tables;
    expect(read.yearLine?.text).toBe(line);
    expect(tableYear(read)).toBe(2019);
    // A 2019 table is asked no 成本指标, as its half-width twin is not.
    expect(cells(table(line))).not.toContain("A6 level1-missing");
    expect(shown(table(line))).toEqual(shown(table("(2019年度)")));
  });
});

describe("a 一级 holding only its score, typed full-width (`（５０分）`)", () => {
  const table = (score: string) => `项目名称|道路养护|<|<
年度目标|完成道路养护10公里|<|<
一级指标|二级指标|三级指标|指标值
${score}|数量指标|养护里程|≥10公里
^|质量指标|验收合格率|100%
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%
成本指标|经济成本指标|养护成本|≤50万元`;

  test("is told its name is missing, as `（50分）` is, the 产出 class offered before the score", () => {
    const level1 = findings(table("（５０分）")).find((d) => d.ruleId === "level1-unknown");
    expect(level1?.messageId).toBe("scoreOnly");
    expect(level1?.suggestions?.map((s) => s.replacement)).toEqual(["产出指标（５０分）"]);
    expect(shown(table("（５０分）"))).toEqual(shown(table("（50分）")));
  });
});

describe("a goal's line numbered `目标内容１：`", () => {
  const table = (goal: string) => `项目名称|道路养护|<|<
年度目标|${goal}|<|<
一级指标|二级指标|三级指标|指标值
产出指标|数量指标|养护里程|≥10公里
效益指标|社会效益指标|通行条件|有效改善
满意度指标|服务对象满意度指标|群众满意度|≥90%
成本指标|经济成本指标|养护成本|≤50万元`;

  test("the template's numbering is removed, as `目标内容1：` is", () => {
    const artifact = findings(table("目标内容１：完成道路养护10公里")).find((d) => d.ruleId === "text-artifact");
    expect(artifact?.fix?.replacement).toBe("完成道路养护10公里");
    expect(shown(table("目标内容１：完成道路养护10公里"))).toEqual(shown(table("目标内容1：完成道路养护10公里")));
  });
});
