import rule from "../../src/core/rules/field-missing";
import type { TargetTable } from "../../src/core/model/table";
import { compact, flat, form, runRule, written } from "../helpers/rule-tester";
import { DEFAULT_ITEMS } from "../helpers/compact-table";
import { DEFAULT_FLAT_ROWS, type FlatRow } from "../helpers/flat-table";

/** The table as the parser gives it when a label was not found at all. */
function without(table: TargetTable, ...keys: ("name" | "budget" | "goal" | "code")[]): TargetTable {
  const copy = { ...table };
  for (const key of keys) delete copy[key];
  return copy;
}

const flatRowsWith = (i: number, col: number, v: string): FlatRow[] =>
  DEFAULT_FLAT_ROWS.map((r, j) => (j === i ? (r.map((c, k) => (k === col ? v : c)) as FlatRow) : r));

runRule(rule, {
  valid: [
    {
      // Nineteenth session's review: indicator-incomplete's one note covers an unused template row.
      name: "flat: a `*` column blank on an empty template row",
      table: written(`项目名称|X项目|<|<|<|<|<
预算数（万元）|100|<|<|<|<|<
绩效目标|完成X。|<|<|<|<|<
一级指标|二级指标|三级指标|*指标值|*计量单位|*指标解释|*评(扣)分标准
产出指标|数量指标|培训人次|500|人次|培训人次|未达扣分
效益指标|经济效益指标|||||未达扣分
^|社会效益指标|技能提升|明显||技能|未达扣分
满意度指标|服务对象满意度指标|学员满意度|90|%|满意度|未达扣分`),
    },
    { name: "form: every head field filled", table: form() },
    { name: "form: budget 0 is a value, not a blank", table: form({ budget: 0, fiscal: 0 }) },
    { name: "compact: no budget or code in this layout", table: compact() },
    { name: "flat: every field filled", table: flat() },
    { name: "flat: head labels not found are not reported", table: without(flat(), "budget", "code") },
    { name: "flat: an empty *指标值 is value-missing's business", table: flat({ rows: flatRowsWith(0, 4, "") }) },
    {
      // A `*一级指标`/`*二级指标` blank below its group carries the group's; a blank 三级 or basis is another rule's.
      name: "flat: `*` level columns blank below their group, a blank `*三级指标` and `*指标值确定依据`",
      table: written(`项目名称|X项目|<|<|<|<|<
预算数（万元）|100|<|<|<|<|<
绩效目标|完成X。|<|<|<|<|<
*一级指标|*二级指标|*三级指标|*指标值|*计量单位|*指标解释|*指标值确定依据
产出指标|数量指标|培训人次|500|人次|培训人次|计划标准
||培训班期数|5|期|培训期数|计划标准
|质量指标||95|%|合格率|
满意度指标|服务对象满意度指标|学员满意度|90|%|满意度|历史标准`),
    },
    {
      name: "flat: a 定性 row leaves *计量单位 empty (a phrase has no unit)",
      table: written(`项目名称|X项目|<|<|<|<|<|<
预算数（万元）|100|<|<|<|<|<|<
绩效目标|完成X。|<|<|<|<|<|<
一级指标|二级指标|三级指标|*指标值类型|*指标值|*计量单位|*指标解释|*评(扣)分标准
产出指标|数量指标|培训人次|定量|500|人次|培训人次|未完成不得分
效益指标|社会效益指标|技能水平|定性|明显提升||技能提升|未达到不得分`),
    },
    { name: "form: 其他资金 blank is normal", table: form({ other: " " }) },
    {
      name: "form: a label the template does not have is not missing (spec §7)",
      table: without(form({ top: 3, left: 2 }), "budget", "code"),
    },
    { name: "compact: a goal not found is not reported", table: without(compact(), "goal") },
  ],
  invalid: [
    {
      name: "form: empty 预算数 points at the value cell",
      table: form({ budget: null }),
      errors: [{ cell: "C4", severity: "error", messageId: "budget", fix: null, suggestions: [] }],
    },
    {
      name: "form: blank texts (spaces, full-width space) count as empty",
      table: form({ name: "  ", goal: "\u3000" }),
      errors: [
        { cell: "E3", severity: "error", messageId: "name", fix: null, suggestions: [] },
        { cell: "B8", severity: "error", messageId: "goal", fix: null, suggestions: [] },
      ],
    },
    {
      name: "form: empty 项目编码 is a warning",
      table: form({ code: "" }),
      errors: [{ cell: "B3", severity: "warning", messageId: "code", fix: null, suggestions: [] }],
    },
    {
      name: "compact: empty project name and goal",
      table: compact({ projects: [{ name: "", goal: "", items: DEFAULT_ITEMS }] }),
      errors: [
        { cell: "A3", severity: "error", messageId: "name", fix: null, suggestions: [] },
        { cell: "B3", severity: "error", messageId: "goal", fix: null, suggestions: [] },
      ],
    },
    {
      name: "flat: empty head fields",
      table: flat({ budget: null, code: null, goal: "" }),
      errors: [
        { cell: "E2", severity: "warning", messageId: "code", fix: null, suggestions: [] },
        { cell: "B4", severity: "error", messageId: "budget", fix: null, suggestions: [] },
        { cell: "B5", severity: "error", messageId: "goal", fix: null, suggestions: [] },
      ],
    },
    {
      name: "flat: empty * columns",
      table: flat({
        rows: flatRowsWith(1, 6, "").map((r, j) => (j === 3 ? (r.map((c, k) => (k === 7 ? " " : c)) as FlatRow) : r)),
      }),
      errors: [
        { cell: "G8", severity: "error", messageId: "column", fix: null, suggestions: [] },
        { cell: "H10", severity: "error", messageId: "column", fix: null, suggestions: [] },
      ],
    },
    {
      name: "flat: a `*` column left blank on every row is one finding, at its first cell",
      table: written(`项目名称|X项目|<|<|<|<|<
预算数（万元）|100|<|<|<|<|<
绩效目标|完成X。|<|<|<|<|<
一级指标|二级指标|三级指标|*指标值|*计量单位|*指标解释|*评(扣)分标准
产出指标|数量指标|培训人次|500|人次|培训人次|
^|^|培训班期数|5|期|培训期数|
满意度指标|服务对象满意度指标|学员满意度|90|%|满意度|`),
      errors: [{ cell: "G5", severity: "error", messageId: "column", fix: null, suggestions: [] }],
    },
  ],
});
